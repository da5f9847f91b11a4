#pragma once

#include "codeboom/commands/import_batch.h"
#include "codeboom/model/memos.h"
#include "codeboom/model/types.h"

#include "code_picker_dialog.h"

#include <wx/aui/aui.h>
#include <wx/frame.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class wxConfigBase;
class wxContextMenuEvent;
class wxDataViewCtrl;
class wxDataViewEvent;
class wxListCtrl;
class wxListEvent;
class wxMenu;
class wxTextCtrl;

namespace codeboom {
class Command;
class Project;
} // namespace codeboom

namespace codeboom::gui {

class CodePhaseFilter;
class CodeTreeModel;
class MemoPane;
class TranscriptView;
struct Preferences;

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
    wxListCtrl* documentList() const { return documents_; }
    MemoPane* memoPane() const { return memo_; }
    CodePhaseFilter* phaseFilter() const { return phaseFilter_; }
    const wxString& lastError() const { return lastError_; }
    void setQuiet(bool quiet) { quiet_ = quiet; } // report errors in lastError() only (tests)

    void openDocument(RowId documentId);
    void selectCode(RowId codeId);
    // The one selected code; none when several are selected (the single-code gestures then
    // have no target).
    std::optional<RowId> selectedCode() const;
    // Every selected code, in tree order: the retrieved segments list their regions together.
    std::vector<RowId> selectedCodes() const;
    void selectCodes(const std::vector<RowId>& codeIds);
    bool codeSelection(RowId codeId, bool exact = false);
    bool codeWithLastCode();
    bool codeInVivo();
    bool moveCode(RowId code, std::optional<RowId> newParent);
    bool mergeCodes(RowId source, RowId target);
    bool undo();
    bool redo();
    // Shows the memo on `target` (its ref a UUID) in the memo pane.
    void showMemo(MemoTarget target);
    // Code with... (Ctrl+K): the type-ahead picker, then applyPicked().
    bool codeWith();
    // Codes the transcript selection with the picker's choice, creating the code first when the
    // typed name matched none.
    bool applyPicked(const CodePickerDialog::Choice& choice);
    // Where the picker puts a new code: the selected code if it is a category, else its parent.
    std::optional<RowId> pickerCategory() const;
    // Something dropped onto the code tree at `target`: a code dragged within the tree is
    // re-parented; text dragged from the transcript codes the transcript's selection.
    bool dropOnCode(const wxString& data, std::optional<RowId> target);
    bool removeCoding(const std::string& codingUuid);
    // The transcript's context menu at an editor byte position: each coding there with Remove,
    // Memo... and Show in code tree, then Code with... and Copy.
    std::unique_ptr<wxMenu> transcriptMenu(std::size_t byte);
    // Imports transcript files (and the transcripts in folders) with a progress dialog; the
    // files that failed are listed with their reasons. Dropping files does the same.
    std::vector<ImportOutcome> importFiles(const std::vector<std::filesystem::path>& inputs);
    // Stores the preferences in `config`; a new coder name takes effect at once (the project is
    // reopened for that coder), a new language at the next start.
    bool applyPreferences(const Preferences& preferences, wxConfigBase& config);
    // Opens the document of the n-th retrieved segment with the segment selected (double-click).
    void showSegment(std::size_t index);

    // For the analysis and team views (matrix, disagreements, reviews, REFI-QDA, merge), which
    // keep no project of their own. run() executes a command as every gesture does, with the
    // user's reason for the event log; false (message in lastError()) when core refuses.
    bool run(Command& command, const std::string& reason = {});
    void setProject(std::unique_ptr<Project> project);
    // File > Open: `file` for the current coder, read-only for review if asked. A project another
    // program holds open is offered read-only; any other refusal is shown with core's reason.
    bool openProject(const wxString& file, bool readOnly = false);
    // Lists passages in the retrieved-segments pane (a matrix cell's regions); double-click
    // jumps to them as to any retrieved segment.
    struct Passage {
        RowId documentId = 0;
        std::size_t start = 0;
        std::size_t end = 0;
        std::string coder;
        std::string code; // its path
    };
    void showPassages(const std::vector<Passage>& passages);
    // Opens the document with [start, end) selected and in view.
    void showRange(RowId documentId, std::size_t start, std::size_t end);
    // Grows with every change the window shows (a command, undo, redo, another project), so a
    // view knows on activation whether it must read the project again.
    std::uint64_t revision() const { return revision_; }

private:
    void refreshAll();
    void refreshDocuments();
    // The selected codes' segments; `onlyIfChanged` leaves the list alone (and any passages a
    // view put there) when the code's codings are the ones listed.
    void refreshSegments(bool onlyIfChanged = false);
    // Inserts one retrieved segment at `row`: its document, speaker, coder, text and context.
    void insertSegmentRow(long row, const Passage& passage, const std::string& document,
                          const std::string& speaker);
    void refreshMenus();
    void showError(const wxString& message);
    void buildMenus();
    void buildPanes();
    // A saved layout carries the captions in the language it was saved in: they are set again.
    void captionPanes();
    void buildWindowMenu(wxMenuBar& bar);
    void onCodeActivated(wxDataViewEvent& event);
    void onCodeSelected(wxDataViewEvent& event);
    void onBeginDrag(wxDataViewEvent& event);
    void onDrop(wxDataViewEvent& event);
    void onSegmentActivated(wxListEvent& event);
    void onNewCode();
    void onRenameCode();
    void onDeleteCode();
    void onImport();
    void onPreferences();
    void onTranscriptMenu(wxContextMenuEvent& event);
    void onOpenProject(bool readOnly);
    void onNewProject();

    std::unique_ptr<Project> project_;
    wxAuiManager aui_;
    wxString defaultLayout_; // for Window > Reset layout
    wxListCtrl* documents_ = nullptr;
    TranscriptView* transcript_ = nullptr;
    wxDataViewCtrl* codeTree_ = nullptr;
    wxObjectDataPtr<CodeTreeModel> codeModel_;
    CodePhaseFilter* phaseFilter_ = nullptr;
    wxListCtrl* segments_ = nullptr;
    MemoPane* memo_ = nullptr;
    bool listingDocuments_ = false;    // the list is being filled, not clicked
    long tipRow_ = -1;                 // the document whose summary the tooltip shows
    std::vector<RowId> listedCodings_; // what the segments list shows for the selected codes
    bool listingCodings_ = false;      // false while it shows a view's passages instead
    std::vector<RowId> documentIds_;
    std::vector<std::pair<RowId, std::pair<std::size_t, std::size_t>>> segmentTargets_;
    std::optional<RowId> lastCode_;
    // Where in the open transcript the command being run adds or removes a coding, so that
    // only that stretch is read again (code points).
    std::optional<std::pair<std::size_t, std::size_t>> changedRange_;
    bool quiet_ = false;
    wxString lastError_;
    std::uint64_t revision_ = 0;
};

} // namespace codeboom::gui
