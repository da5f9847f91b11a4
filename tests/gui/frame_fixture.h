#pragma once

#include "codeboom/project.h"
#include "codeboom/view/transcript_layers.h"

#include "main_frame.h"
#include "support/project_fixture.h"
#include "transcript_view.h"

#include <gtest/gtest.h>
#include <wx/app.h>
#include <wx/stc/stc.h>

#include <filesystem>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace codeboom::gui {

// The real main frame on a project, quiet (a refusal goes to lastError(), not a message box), as
// every GUI test boots it; destroyed after the test.
class FrameTest : public ::testing::Test {
protected:
    void boot(std::unique_ptr<Project> project) {
        frame_ = new MainFrame(std::move(project), false);
        frame_->setQuiet(true);
        frame_->Show();
        wxYield();
    }
    void TearDown() override {
        if (frame_)
            frame_->Destroy();
        wxYield();
    }
    Project& project() { return *frame_->project(); }
    RowId code(const std::string& path) { return frame_->project()->codeTree().resolve(path).id; }
    // Every byte's indicator lanes and each lane's value (the colour), as the editor holds them.
    std::vector<std::pair<int, std::vector<int>>> indicatorState() const {
        wxStyledTextCtrl* editor = frame_->transcript()->editor();
        std::vector<std::pair<int, std::vector<int>>> out;
        for (int byte = 0; byte < editor->GetLength(); ++byte) {
            std::vector<int> values;
            for (int lane = 0; lane <= TranscriptLayers::kVisibleLanes; ++lane)
                values.push_back(
                    editor->IndicatorValueAt(TranscriptView::kFirstIndicator + lane, byte));
            out.emplace_back(frame_->transcript()->lanesAt(static_cast<std::size_t>(byte)), values);
        }
        return out;
    }

    test::TempDir dir_;
    MainFrame* frame_ = nullptr;
};

// The frame on a copy of the sample project (samples/build_sample.py), coded as anouk.
class SampleFrameTest : public FrameTest {
protected:
    void SetUp() override {
        const std::filesystem::path file = dir_ / "leo.codeboom";
        std::filesystem::copy_file(CODEBOOM_SAMPLE_PROJECT, file);
        boot(Project::open(file, "anouk"));
    }
};

} // namespace codeboom::gui
