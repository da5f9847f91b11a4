#include "codeboom/commands/code_commands.h"
#include "codeboom/commands/document_commands.h"
#include "codeboom/io/importer.h"
#include "codeboom/project.h"

#include "code_tree_model.h"
#include "main_frame.h"
#include "support/project_fixture.h"
#include "transcript_view.h"

#include <gtest/gtest.h>
#include <wx/app.h>
#include <wx/listctrl.h>

namespace codeboom::gui {
namespace {

// Boots the real main frame on a small project and drives the same methods the mouse and keys
// drive; asserts what the transcript view paints, what the tree counts and what core stores.
class MainFrameTest : public ::testing::Test {
protected:
    void SetUp() override {
        file_ = dir_ / "gui.codeboom";
        auto project = Project::create(file_, "anouk");
        // Code points: "I: Wat houdt u tegen?" 0-21, LF, "R: " 22-25, "De" 25-27,
        // "financiële" 28-38, "drempel" 39-46, "eerlijk" 51-58, "gezegd" 59-65, "tijd" 69-73,
        // 74 in all (end positions exclusive).
        const auto path = dir_.write(
            "int.txt", "I: Wat houdt u tegen?\nR: De financi\xC3\xABle drempel, en eerlijk "
                       "gezegd de tijd.\n");
        ImportDocument import(readTranscript(path, {}, project->wordCounter()));
        project->execute(import);
        for (const char* code :
             {"Regulatief", "Regulatief > Geld", "Regulatief > Tijd", "Drempels"}) {
            CreateCode create(code);
            project->execute(create);
        }
        frame_ = new MainFrame(std::move(project), false);
        frame_->setQuiet(true);
        frame_->Show();
        wxYield();
    }
    void TearDown() override {
        frame_->Destroy();
        wxYield();
    }
    RowId code(const std::string& path) { return frame_->project()->codeTree().resolve(path).id; }
    // Selects code points [from, to) in the transcript, as a mouse drag would.
    void selectText(std::size_t from, std::size_t to) {
        const OffsetIndex& offsets =
            frame_->project()->text(*frame_->transcript()->documentId()).offsets;
        frame_->transcript()->editor()->SetSelection(static_cast<int>(offsets.byteOf(from)),
                                                     static_cast<int>(offsets.byteOf(to)));
    }
    std::size_t codings() { return frame_->project()->codings().size(); }

    test::TempDir dir_;
    std::filesystem::path file_;
    MainFrame* frame_ = nullptr;
};

TEST_F(MainFrameTest, OpensTheFirstDocument) {
    ASSERT_TRUE(frame_->transcript()->documentId().has_value());
    EXPECT_EQ(frame_->transcript()->editor()->GetLineCount(), 2);
}

TEST_F(MainFrameTest, CodingASelectionPaintsItAndCountsIt) {
    // "financiële drempel" is code points 28..46; bytes 28..47 (ë takes two).
    selectText(28, 46);
    ASSERT_TRUE(frame_->codeSelection(code("Regulatief > Geld"))) << frame_->lastError();
    const auto all = frame_->project()->codings();
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].text, "financi\xC3\xABle drempel");
    EXPECT_EQ(frame_->transcript()->lanesAt(30), 1); // lane 0 on inside the region
    EXPECT_EQ(frame_->transcript()->lanesAt(27), 0); // nothing before it
    EXPECT_EQ(frame_->transcript()->lanesAt(47), 0); // nor after its last byte
    EXPECT_EQ(frame_->codeModel()->regionsOf(code("Regulatief > Geld")), 1u);
}

TEST_F(MainFrameTest, SelectionsSnapToWholeWordsUnlessExact) {
    selectText(30, 44); // "nanciële dremp"
    ASSERT_TRUE(frame_->codeSelection(code("Drempels")));
    EXPECT_EQ(frame_->project()->codings()[0].text, "financi\xC3\xABle drempel");
    selectText(30, 44);
    ASSERT_TRUE(frame_->codeSelection(code("Drempels"), true));
    EXPECT_EQ(frame_->project()->codings()[1].text, "nanci\xC3\xABle dremp");
}

TEST_F(MainFrameTest, OverlappingCodesTakeSeparateLanes) {
    selectText(28, 46);
    ASSERT_TRUE(frame_->codeSelection(code("Regulatief > Geld")));
    selectText(25, 73); // "De financiële drempel, en eerlijk gezegd de tijd"
    ASSERT_TRUE(frame_->codeSelection(code("Drempels")));
    EXPECT_EQ(frame_->transcript()->layers().lanesUsed, 2);
    EXPECT_EQ(frame_->transcript()->lanesAt(30), 0b11); // both lanes on in the overlap
    EXPECT_EQ(frame_->transcript()->lanesAt(26), 0b01); // the earlier start took lane 0
}

TEST_F(MainFrameTest, UndoAndRedoRestoreViewTreeAndCore) {
    selectText(28, 46);
    ASSERT_TRUE(frame_->codeSelection(code("Regulatief > Geld")));
    ASSERT_TRUE(frame_->undo());
    EXPECT_EQ(codings(), 0u);
    EXPECT_EQ(frame_->transcript()->lanesAt(30), 0);
    EXPECT_EQ(frame_->codeModel()->regionsOf(code("Regulatief > Geld")), 0u);
    EXPECT_TRUE(frame_->GetMenuBar()->GetLabel(wxID_REDO).StartsWith("&Redo: apply code"));
    ASSERT_TRUE(frame_->redo());
    EXPECT_EQ(codings(), 1u);
    EXPECT_EQ(frame_->transcript()->lanesAt(30), 1);
}

TEST_F(MainFrameTest, CodeWithLastCodeAndInVivo) {
    EXPECT_FALSE(frame_->codeWithLastCode());
    selectText(28, 46);
    ASSERT_TRUE(frame_->codeSelection(code("Regulatief > Tijd")));
    selectText(69, 73); // "tijd"
    ASSERT_TRUE(frame_->codeWithLastCode());
    EXPECT_EQ(frame_->codeModel()->regionsOf(code("Regulatief > Tijd")), 2u);
    selectText(51, 65); // "eerlijk gezegd"
    ASSERT_TRUE(frame_->codeInVivo()) << frame_->lastError();
    EXPECT_NE(frame_->project()->codeTree().findByPath("eerlijk gezegd"), nullptr);
    EXPECT_EQ(codings(), 3u);
}

TEST_F(MainFrameTest, DropReparentsAndRefusesCycles) {
    ASSERT_TRUE(frame_->moveCode(code("Drempels"), code("Regulatief > Geld")));
    EXPECT_NE(frame_->project()->codeTree().findByPath("Regulatief > Geld > Drempels"), nullptr);
    EXPECT_FALSE(frame_->moveCode(code("Regulatief"), code("Regulatief > Geld > Drempels")));
    EXPECT_TRUE(frame_->lastError().Contains("a code cannot be placed inside itself"));
    ASSERT_TRUE(frame_->moveCode(code("Regulatief > Geld > Drempels"), std::nullopt));
    EXPECT_NE(frame_->project()->codeTree().findByPath("Drempels"), nullptr);
}

TEST_F(MainFrameTest, MergeMovesRegionsAndRetrievesThem) {
    selectText(28, 46);
    ASSERT_TRUE(frame_->codeSelection(code("Regulatief > Geld")));
    ASSERT_TRUE(frame_->mergeCodes(code("Regulatief > Geld"), code("Drempels")));
    EXPECT_EQ(frame_->project()->codeTree().findByPath("Regulatief > Geld"), nullptr);
    EXPECT_EQ(frame_->codeModel()->regionsOf(code("Drempels")), 1u);
    frame_->selectCode(code("Drempels"));
    ASSERT_EQ(frame_->segmentList()->GetItemCount(), 1);
    EXPECT_EQ(frame_->segmentList()->GetItemText(0, 1), "R");
    EXPECT_EQ(frame_->segmentList()->GetItemText(0, 3),
              wxString::FromUTF8("financi\xC3\xABle drempel"));
}

} // namespace
} // namespace codeboom::gui

// GTK needs a display and a running wx application; CTest runs this binary under xvfb-run.
int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    wxApp::SetInstance(new wxApp);
    if (!wxEntryStart(argc, argv))
        return 1;
    wxTheApp->OnInit();
    const int result = RUN_ALL_TESTS();
    wxTheApp->OnExit();
    wxEntryCleanup();
    return result;
}
