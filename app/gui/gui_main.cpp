#include "codeboom/error.h"
#include "codeboom/project.h"

#include "language.h"
#include "main_frame.h"
#include "open_error.h"
#include "preferences.h"
#include "screenshot.h"
#include "transcript_view.h"
#include "view_menus.h"

#include <wx/app.h>
#include <wx/cmdline.h>
#include <wx/config.h>
#include <wx/msgdlg.h>
#include <wx/timer.h>
#include <wx/utils.h>

#include <cstdlib>
#include <iostream>

namespace {

using codeboom::gui::MainFrame;

class CodeboomApp : public wxApp {
public:
    void OnInitCmdLine(wxCmdLineParser& parser) override {
        static const wxCmdLineEntryDesc options[] = {
            {wxCMD_LINE_OPTION, nullptr, "screenshot", "save a PNG of the window and exit",
             wxCMD_LINE_VAL_STRING, 0},
            {wxCMD_LINE_OPTION, nullptr, "select-code", "select this code (path) in the tree",
             wxCMD_LINE_VAL_STRING, 0},
            {wxCMD_LINE_OPTION, nullptr, "show",
             "open a view: matrix, network, integration, saturation, paradigm, disagreements, log "
             "or reviews",
             wxCMD_LINE_VAL_STRING, 0},
            {wxCMD_LINE_OPTION, nullptr, "lang", "interface language: nl or en",
             wxCMD_LINE_VAL_STRING, 0},
            {wxCMD_LINE_OPTION, nullptr, "coder", "who is coding", wxCMD_LINE_VAL_STRING, 0},
            {wxCMD_LINE_SWITCH, nullptr, "read-only", "open the project read-only",
             wxCMD_LINE_VAL_NONE, 0},
            {wxCMD_LINE_PARAM, nullptr, nullptr, "project", wxCMD_LINE_VAL_STRING,
             wxCMD_LINE_PARAM_OPTIONAL},
            {wxCMD_LINE_NONE, nullptr, nullptr, nullptr, wxCMD_LINE_VAL_NONE, 0}};
        parser.SetDesc(options);
        parser.SetSwitchChars("-");
    }

    bool OnCmdLineParsed(wxCmdLineParser& parser) override {
        parser.Found("screenshot", &screenshot_);
        parser.Found("select-code", &selectCode_);
        parser.Found("show", &show_);
        parser.Found("lang", &lang_);
        parser.Found("coder", &coderOption_);
        readOnly_ = parser.Found("read-only");
        if (parser.GetParamCount() > 0)
            projectPath_ = parser.GetParam(0);
        return true;
    }

    bool OnInit() override {
        if (!wxApp::OnInit())
            return false;
        // The command line overrides the preferences, which override the environment.
        const auto preferences = codeboom::gui::Preferences::load(*wxConfig::Get());
        codeboom::gui::setUpLanguage(lang_.empty() ? preferences.language : lang_);
        coder_ = codeboom::gui::effectiveCoder(coderOption_, preferences).utf8_str();
        std::unique_ptr<codeboom::Project> project;
        if (!projectPath_.empty()) {
            try {
                project = codeboom::Project::open(std::string(projectPath_.utf8_str()), coder_,
                                                  readOnly_);
            } catch (const codeboom::ProjectLockedError& e) {
                project = offerReadOnly(codeboom::gui::openErrorMessage(e, projectPath_));
            } catch (const codeboom::Error& e) {
                if (!screenshot_.empty()) {
                    std::cerr << "codeboom: " << e.what() << '\n';
                    return false;
                }
                wxMessageBox(codeboom::gui::openErrorMessage(e, projectPath_), "Codeboom",
                             wxOK | wxICON_ERROR);
            }
        }
        auto* frame = new MainFrame(std::move(project), screenshot_.empty());
        if (!selectCode_.empty() && frame->project()) {
            if (const auto* code =
                    frame->project()->codeTree().findByPath(std::string(selectCode_.utf8_str())))
                frame->selectCode(code->id);
        }
        frame->SetSize(1400, 900);
        frame->Show();
        wxTopLevelWindow* shown = frame;
        if (!show_.empty()) {
            wxFrame* view = codeboom::gui::showView(*frame, show_);
            if (!view) {
                std::cerr
                    << "codeboom: --show needs a project and one of matrix, network, "
                       "integration, saturation, paradigm, disagreements, log or reviews, not '"
                    << show_.utf8_str() << "'\n";
                frame->Destroy();
                return false;
            }
            view->SetSize(1400, 900);
            shown = view;
        }
        if (!screenshot_.empty())
            takeScreenshotSoon(frame, shown);
        return true;
    }

private:
    std::unique_ptr<codeboom::Project> offerReadOnly(const wxString& message) {
        if (!screenshot_.empty() || wxMessageBox(message + "\n\n" + _("Open it read-only?"),
                                                 "Codeboom", wxYES_NO | wxICON_QUESTION) != wxYES)
            return nullptr;
        return codeboom::Project::open(std::string(projectPath_.utf8_str()), coder_, true);
    }

    // GTK lays out and paints asynchronously: jump to the first retrieved segment once the
    // transcript has its real width (wrapping decides where it lies), then give the jump time to
    // paint before reading the pixels.
    void takeScreenshotSoon(MainFrame* frame, wxTopLevelWindow* shown) {
        timer_.Bind(wxEVT_TIMER, [this, frame, shown](wxTimerEvent&) {
            if (!jumped_) {
                jumped_ = true;
                frame->showSegment(0);
                timer_.StartOnce(700);
                return;
            }
            shown->Update();
            wxString error;
            if (!codeboom::gui::saveScreenshot(*shown, screenshot_, error)) {
                std::cerr << "codeboom: cannot save the screenshot: " << error.utf8_str() << '\n';
                exitCode_ = 1;
            }
            frame->Destroy();
        });
        timer_.StartOnce(800);
    }

    int OnExit() override { return exitCode_; }

    wxString screenshot_, coderOption_, selectCode_, show_, lang_, projectPath_;
    std::string coder_;
    bool readOnly_ = false;
    bool jumped_ = false;
    int exitCode_ = 0;
    wxTimer timer_;
};

} // namespace

wxIMPLEMENT_APP(CodeboomApp);
