#pragma once

#include "codeboom/model/types.h"

#include <wx/aui/aui.h>
#include <wx/frame.h>

#include <memory>
#include <optional>
#include <string>

class wxDataViewCtrl;
class wxDataViewEvent;
class wxListCtrl;
class wxListEvent;
class wxTextCtrl;

namespace codeboom {
class Command;
class Project;
} // namespace codeboom

namespace codeboom::gui {

class CodeTreeModel;
class TranscriptView;

// The coding workbench. Every gesture ends in a core command run through run(); the frame keeps
// no project state of its own beyond what is on screen. The gesture methods are public so the
// GUI tests drive exactly what the mouse and keys drive.
class MainFrame : public wxFrame {
public:
    MainFrame(std::unique_ptr<Project> project, bool restoreLayout);
    ~MainFrame() override;

    Project* project() const { return project_.get(); }
    TranscriptView* transcript() const { return transcript_; }
    CodeTreeModel* codeModel() const { return codeModel_.get(); }
    wxListCtrl* segmentList() const { return segments_; }
    const wxString& lastError() const { return lastError_; }
    void setQuiet(bool quiet) { quiet_ = quiet; } // report errors in lastError() only (tests)

    void openDocument(RowId documentId);
    void selectCode(RowId codeId);
    std::optional<RowId> selectedCode() const;
    bool codeSelection(RowId codeId, bool exact = false);
    bool codeWithLastCode();
    bool codeInVivo();
    bool moveCode(RowId code, std::optional<RowId> newParent);
    bool mergeCodes(RowId source, RowId target);
    bool undo();
    bool redo();
    // Opens the document of the n-th retrieved segment with the segment selected (double-click).
    void showSegment(std::size_t index);

private:
    bool run(Command& command);
    void refreshAll();
    void refreshDocuments();
    void refreshSegments();
    void refreshMenus();
    void showError(const wxString& message);
    void buildMenus();
    void buildPanes();
    void onCodeActivated(wxDataViewEvent& event);
    void onCodeSelected(wxDataViewEvent& event);
    void onBeginDrag(wxDataViewEvent& event);
    void onDrop(wxDataViewEvent& event);
    void onSegmentActivated(wxListEvent& event);
    void onNewCode();
    void onRenameCode();
    void onDeleteCode();
    void onImport();
    void onOpenProject();
    void onNewProject();
    void setProject(std::unique_ptr<Project> project);

    std::unique_ptr<Project> project_;
    wxAuiManager aui_;
    wxListCtrl* documents_ = nullptr;
    TranscriptView* transcript_ = nullptr;
    wxDataViewCtrl* codeTree_ = nullptr;
    wxObjectDataPtr<CodeTreeModel> codeModel_;
    wxListCtrl* segments_ = nullptr;
    wxTextCtrl* memo_ = nullptr;
    std::vector<RowId> documentIds_;
    std::vector<std::pair<RowId, std::pair<std::size_t, std::size_t>>> segmentTargets_;
    std::optional<RowId> lastCode_;
    bool quiet_ = false;
    wxString lastError_;
};

} // namespace codeboom::gui
