#include "main_frame.h"

#include "codeboom/commands/code_commands.h"
#include "codeboom/commands/coding_commands.h"
#include "codeboom/commands/document_commands.h"
#include "codeboom/commands/memo_commands.h"
#include "codeboom/error.h"
#include "codeboom/io/importer.h"
#include "codeboom/project.h"
#include "codeboom/text/segment_context.h"

#include "code_phase_filter.h"
#include "code_tree_menu.h"
#include "code_tree_model.h"
#include "document_summary.h"
#include "import_progress.h"
#include "language.h"
#include "memo_pane.h"
#include "open_error.h"
#include "preferences.h"
#include "preferences_dialog.h"
#include "transcript_view.h"
#include "view_menus.h"

#include <wx/config.h>
#include <wx/dataview.h>
#include <wx/filedlg.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/statusbr.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>
#include <wx/utils.h>

#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <tuple>

namespace codeboom::gui {

namespace {

// Room at the code tree's right edge for GTK's overlay scroll bar.
constexpr int kCodeTreeMargin = 16;

enum MenuId {
    kCodeSelection = wxID_HIGHEST + 1,
    kCodeWithLast,
    kCodeInVivo,
    kCodeWith,
    kNewCode,
    kRenameCode,
    kDeleteCode,
    kImport,
    kOpenProject,
    kOpenReadOnly,
    kNewProject,
    kResetLayout,
    kFirstPaneToggle, // one item per pane in kPanes, in that order
};

// The panes a user may close, and bring back from the Window menu.
const char* const kPanes[] = {"documents", "codes", "memo", "segments"};

wxString utf8(const std::string& text) {
    return wxString::FromUTF8(text);
}

// Speakers of many positions, reading each document's turns once.
class SpeakerLookup {
public:
    explicit SpeakerLookup(Project& project) : project_(project) {}
    std::string at(RowId document, std::size_t position) {
        auto it = turns_.find(document);
        if (it == turns_.end())
            it = turns_.emplace(document, project_.turns(document)).first;
        for (const Turn& turn : it->second)
            if (turn.start <= position && position < turn.end)
                return turn.speaker;
        return {};
    }

private:
    Project& project_;
    std::map<RowId, std::vector<Turn>> turns_;
};

// A name inside a menu label: '&' would otherwise mark a mnemonic.
wxString menuText(const std::string& text) {
    wxString out = wxString::FromUTF8(text);
    out.Replace("&", "&&");
    return out;
}

// What a code dragged within the tree carries, so that it is never taken for dragged text.
const char* const kCodeDragPrefix = "codeboom-code:";

} // namespace

MainFrame::MainFrame(std::unique_ptr<Project> project, bool restoreLayout)
    : wxFrame(nullptr, wxID_ANY, "Codeboom", wxDefaultPosition, wxSize(1400, 900)),
      codeModel_(new CodeTreeModel) {
    aui_.SetManagedWindow(this);
    buildMenus();
    buildPanes();
    captionPanes();
    buildWindowMenu(*GetMenuBar());
    CreateStatusBar(2);
    defaultLayout_ = aui_.SavePerspective();
    if (restoreLayout) {
        wxString perspective;
        if (wxConfig::Get()->Read("/layout/perspective", &perspective)) {
            aui_.LoadPerspective(perspective, false);
            captionPanes();
        }
    }
    aui_.Update();
    setProject(std::move(project));
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& event) {
        memo_->commit();
        wxConfig::Get()->Write("/layout/perspective", aui_.SavePerspective());
        event.Skip();
    });
}

MainFrame::~MainFrame() {
    memo_->detach();
    aui_.UnInit();
}

void MainFrame::setProject(std::unique_ptr<Project> project) {
    memo_->show(nullptr, MemoTarget{}); // saves an edit in progress while its project is open
    project_ = std::move(project);
    transcript_->clear();
    lastCode_.reset();
    listedCodings_.clear();
    segments_->DeleteAllItems();
    segmentTargets_.clear();
    const bool open = project_ != nullptr;
    for (const int id : {kImport, kCodeSelection, kCodeWithLast, kCodeInVivo, kCodeWith, kNewCode,
                         kRenameCode, kDeleteCode})
        GetMenuBar()->Enable(id, open && !project_->readOnly());
    if (!open) {
        SetTitle("Codeboom");
        GetMenuBar()->Enable(wxID_UNDO, false);
        GetMenuBar()->Enable(wxID_REDO, false);
        return;
    }
    SetTitle(utf8(project_->fileName()) + (project_->readOnly() ? _(" (read-only)") : wxString()) +
             " — Codeboom");
    SetStatusText(wxString::Format(_("Coder: %s"), utf8(project_->coderName())), 1);
    refreshAll();
    memo_->show(project_.get(), MemoTarget{});
    if (!documentIds_.empty())
        openDocument(documentIds_.front());
}

void MainFrame::onOpenProject(bool readOnly) {
    wxFileDialog dialog(this, readOnly ? _("Open project read-only") : _("Open project"), "", "",
                        _("Codeboom projects") + " (*.codeboom)|*.codeboom",
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() == wxID_OK)
        openProject(dialog.GetPath(), readOnly);
}

bool MainFrame::openProject(const wxString& file, bool readOnly) {
    const std::string path(file.utf8_str());
    const std::string coder =
        project_ ? project_->coderName() : std::string(wxGetUserId().utf8_str());
    try {
        try {
            setProject(Project::open(path, coder, readOnly));
        } catch (const ProjectLockedError& e) {
            if (quiet_ || wxMessageBox(openErrorMessage(e, file) + "\n\n" + _("Open it read-only?"),
                                       _("Codeboom"), wxYES_NO | wxICON_QUESTION, this) != wxYES) {
                showError(openErrorMessage(e, file));
                return false;
            }
            setProject(Project::open(path, coder, true));
        }
    } catch (const Error& e) {
        showError(openErrorMessage(e, file));
        return false;
    }
    return true;
}

void MainFrame::onNewProject() {
    wxFileDialog dialog(this, _("New project"), "", "project.codeboom",
                        _("Codeboom projects") + " (*.codeboom)|*.codeboom", wxFD_SAVE);
    if (dialog.ShowModal() != wxID_OK)
        return;
    const std::string coder =
        project_ ? project_->coderName() : std::string(wxGetUserId().utf8_str());
    try {
        setProject(Project::create(std::string(dialog.GetPath().utf8_str()), coder));
    } catch (const Error& e) {
        showError(translatedError(e));
    }
}

void MainFrame::buildMenus() {
    auto* file = new wxMenu;
    file->Append(kNewProject, _("&New project...\tCtrl+Shift+N"));
    file->Append(kOpenProject, _("&Open project...\tCtrl+O"));
    file->Append(kOpenReadOnly, _("Open project &read-only..."));
    file->AppendSeparator();
    file->Append(kImport, _("&Import transcripts...\tCtrl+Shift+I"));
    file->AppendSeparator();
    file->Append(wxID_EXIT, _("&Quit\tCtrl+Q"));
    auto* edit = new wxMenu;
    edit->Append(wxID_UNDO, _("&Undo\tCtrl+Z"));
    edit->Append(wxID_REDO, _("&Redo\tCtrl+Y"));
    edit->AppendSeparator();
    edit->Append(wxID_PREFERENCES, _("&Preferences...\tCtrl+,"));
    auto* code = new wxMenu;
    code->Append(kCodeSelection, _("&Code selection with selected code\tCtrl+Enter"));
    code->Append(kCodeWithLast, _("Code with &last used code\tCtrl+L"));
    code->Append(kCodeInVivo, _("&In-vivo code\tCtrl+I"));
    code->Append(kCodeWith, _("Code &with...\tCtrl+K"));
    code->AppendSeparator();
    code->Append(kNewCode, _("&New code...\tCtrl+N"));
    code->Append(kRenameCode, _("&Rename code...\tF2"));
    code->Append(kDeleteCode, _("&Delete code"));
    auto* bar = new wxMenuBar;
    bar->Append(file, _("&File"));
    bar->Append(edit, _("&Edit"));
    bar->Append(code, _("&Code"));
    SetMenuBar(bar);
    addViewMenus(*this, *bar);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { undo(); }, wxID_UNDO);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { redo(); }, wxID_REDO);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            if (const auto selected = selectedCode())
                codeSelection(*selected, wxGetKeyState(WXK_ALT));
        },
        kCodeSelection);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { codeWithLastCode(); }, kCodeWithLast);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { codeInVivo(); }, kCodeInVivo);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { codeWith(); }, kCodeWith);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { onPreferences(); }, wxID_PREFERENCES);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { onNewCode(); }, kNewCode);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { onRenameCode(); }, kRenameCode);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { onDeleteCode(); }, kDeleteCode);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { onImport(); }, kImport);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { onNewProject(); }, kNewProject);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { onOpenProject(false); }, kOpenProject);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { onOpenProject(true); }, kOpenReadOnly);
}

void MainFrame::buildPanes() {
    documents_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxSize(300, -1),
                                wxLC_REPORT | wxLC_SINGLE_SEL);
    documents_->AppendColumn(_("Document"), wxLIST_FORMAT_LEFT, 165);
    documents_->AppendColumn(_("Turns"), wxLIST_FORMAT_RIGHT, 62);
    documents_->AppendColumn(_("Speakers"), wxLIST_FORMAT_RIGHT, 70);
    documents_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
        const auto row = static_cast<std::size_t>(event.GetIndex());
        if (row < documentIds_.size() && transcript_->documentId() != documentIds_[row])
            openDocument(documentIds_[row]);
        // The user chose this document (not the list following the transcript): show its memo.
        if (row < documentIds_.size() && !listingDocuments_)
            showMemo({MemoTargetKind::Document, project_->documentById(documentIds_[row]).uuid});
    });
    documents_->Bind(wxEVT_MOTION, [this](wxMouseEvent& event) {
        event.Skip();
        int flags = 0;
        const long row = documents_->HitTest(event.GetPosition(), flags);
        if (row == tipRow_)
            return;
        tipRow_ = row;
        if (project_ && row >= 0 && static_cast<std::size_t>(row) < documentIds_.size())
            documents_->SetToolTip(documentSummary(
                *project_, project_->documentById(documentIds_[static_cast<std::size_t>(row)])));
        else
            documents_->UnsetToolTip();
    });

    transcript_ = new TranscriptView(this);
    transcript_->editor()->Bind(wxEVT_CONTEXT_MENU, &MainFrame::onTranscriptMenu, this);

    auto* codesPane = new wxPanel(this);
    codeTree_ = new wxDataViewCtrl(codesPane, wxID_ANY, wxDefaultPosition, wxSize(340, -1),
                                   wxDV_MULTIPLE | wxDV_NO_HEADER | wxDV_ROW_LINES);
    codeTree_->AssociateModel(codeModel_.get());
    codeTree_->AppendIconTextColumn(_("Code"), CodeTreeModel::kName, wxDATAVIEW_CELL_INERT, 265);
    codeTree_->AppendTextColumn(_("Regions"), CodeTreeModel::kRegions, wxDATAVIEW_CELL_INERT, 45,
                                wxALIGN_RIGHT);
    codeTree_->AppendTextColumn(wxString(), CodeTreeModel::kMargin, wxDATAVIEW_CELL_INERT,
                                kCodeTreeMargin);
    // The names take what the counts and the scroll bar's margin leave, so the counts stay at the
    // pane's right edge however wide the user makes it.
    codeTree_->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        const int name = codeTree_->GetClientSize().x - codeTree_->GetColumn(1)->GetWidth() -
                         kCodeTreeMargin - 4;
        if (name > 100)
            codeTree_->GetColumn(0)->SetWidth(name);
    });
    codeTree_->EnableDragSource(wxDF_UNICODETEXT);
    codeTree_->EnableDropTarget(wxDF_UNICODETEXT);
    codeTree_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, &MainFrame::onCodeActivated, this);
    codeTree_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, &MainFrame::onCodeSelected, this);
    codeTree_->Bind(wxEVT_DATAVIEW_ITEM_BEGIN_DRAG, &MainFrame::onBeginDrag, this);
    codeTree_->Bind(wxEVT_DATAVIEW_ITEM_DROP_POSSIBLE,
                    [](wxDataViewEvent& event) { event.Allow(); });
    codeTree_->Bind(wxEVT_DATAVIEW_ITEM_DROP, &MainFrame::onDrop, this);
    phaseFilter_ = new CodePhaseFilter(codesPane, *codeTree_, *codeModel_);
    auto* codesSizer = new wxBoxSizer(wxVERTICAL);
    codesSizer->Add(phaseFilter_, 0, wxEXPAND | wxALL, 4);
    codesSizer->Add(codeTree_, 1, wxEXPAND);
    codesPane->SetSizer(codesSizer);
    codeTree_->Bind(wxEVT_DATAVIEW_ITEM_CONTEXT_MENU, [this](wxDataViewEvent& event) {
        if (!event.GetItem().IsOk())
            return;
        const RowId code = codeModel_->codeOf(event.GetItem());
        selectCode(code);
        const std::unique_ptr<wxMenu> menu = codeTreeMenu(*this, code);
        codeTree_->PopupMenu(menu.get());
    });

    segments_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxSize(-1, 190),
                               wxLC_REPORT | wxLC_SINGLE_SEL);
    segments_->AppendColumn(_("Document"), wxLIST_FORMAT_LEFT, 175);
    segments_->AppendColumn(_("Speaker"), wxLIST_FORMAT_LEFT, 100);
    segments_->AppendColumn(_("Coder"), wxLIST_FORMAT_LEFT, 65);
    segments_->AppendColumn(_("Code"), wxLIST_FORMAT_LEFT, 150);
    segments_->AppendColumn(_("Text"), wxLIST_FORMAT_LEFT, 380);
    segments_->AppendColumn(_("Context"), wxLIST_FORMAT_LEFT, 900);
    segments_->Bind(wxEVT_LIST_ITEM_ACTIVATED, &MainFrame::onSegmentActivated, this);

    memo_ = new MemoPane(this, [this](Command& command) { return run(command); });

    // Transcripts dropped anywhere on the window are imported; the code tree keeps its own
    // target (codes and transcript text), and the transcript's replaces Scintilla's text drop,
    // which a read-only text has no use for.
    const auto importDropped = [this](const std::vector<std::filesystem::path>& files) {
        importFiles(files);
    };
    SetDropTarget(new FileDrop(importDropped));
    documents_->SetDropTarget(new FileDrop(importDropped));
    segments_->SetDropTarget(new FileDrop(importDropped));
    transcript_->editor()->SetDropTarget(new FileDrop(importDropped));

    aui_.AddPane(documents_,
                 wxAuiPaneInfo().Name("documents").Left().BestSize(305, -1).MinSize(200, -1));
    aui_.AddPane(transcript_, wxAuiPaneInfo().Name("transcript").CenterPane());
    aui_.AddPane(codesPane,
                 wxAuiPaneInfo().Name("codes").Right().BestSize(340, 560).MinSize(340, 300));
    aui_.AddPane(segments_, wxAuiPaneInfo().Name("segments").Bottom().BestSize(-1, 200));
    aui_.AddPane(memo_, wxAuiPaneInfo().Name("memo").Right().Position(1).BestSize(340, 200).MinSize(
                            -1, 140));
}

void MainFrame::captionPanes() {
    aui_.GetPane("documents").Caption(_("Documents"));
    aui_.GetPane("transcript").Caption(_("Transcript"));
    aui_.GetPane("codes").Caption(_("Codes"));
    aui_.GetPane("segments").Caption(_("Retrieved segments"));
    aui_.GetPane("memo").Caption(_("Memo"));
}

void MainFrame::buildWindowMenu(wxMenuBar& bar) {
    auto* window = new wxMenu;
    for (std::size_t i = 0; i < std::size(kPanes); ++i) {
        const int id = kFirstPaneToggle + static_cast<int>(i);
        window->AppendCheckItem(id, aui_.GetPane(kPanes[i]).caption);
        Bind(
            wxEVT_MENU,
            [this, pane = kPanes[i]](wxCommandEvent& event) {
                aui_.GetPane(pane).Show(event.IsChecked());
                aui_.Update();
            },
            id);
        Bind(
            wxEVT_UPDATE_UI,
            [this, pane = kPanes[i]](wxUpdateUIEvent& event) {
                event.Check(aui_.GetPane(pane).IsShown());
            },
            id);
    }
    window->AppendSeparator();
    window->Append(kResetLayout, _("&Reset layout"));
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            aui_.LoadPerspective(defaultLayout_, false);
            captionPanes();
            aui_.Update();
        },
        kResetLayout);
    bar.Append(window, _("&Window"));
}

void MainFrame::showError(const wxString& message) {
    lastError_ = message;
    if (!quiet_)
        wxMessageBox(message, _("Codeboom"), wxOK | wxICON_WARNING, this);
}

bool MainFrame::run(Command& command, const std::string& reason) {
    if (!project_)
        return false;
    try {
        project_->execute(command, reason);
    } catch (const Error& e) {
        showError(translatedError(e));
        return false;
    }
    lastError_.clear();
    refreshAll();
    return true;
}

// After any change: each pane compares with core and touches only what differs, so that a
// coding in a large project repaints one region and one count, not the whole window.
void MainFrame::refreshAll() {
    ++revision_;
    if (!project_)
        return;
    const std::vector<RowId> selected = selectedCodes();
    if (codeModel_->update(*project_)) {
        for (const RowId id : codeModel_->order())
            if (codeModel_->isShown(id))
                codeTree_->Expand(codeModel_->itemOf(id));
        wxDataViewItemArray items;
        for (const RowId id : selected)
            if (project_->codeTree().find(id) && codeModel_->isShown(id))
                items.push_back(codeModel_->itemOf(id));
        codeTree_->SetSelections(items);
    }
    refreshDocuments();
    if (transcript_->documentId()) {
        bool stillThere = false;
        for (const RowId id : documentIds_)
            stillThere = stillThere || id == *transcript_->documentId();
        if (stillThere)
            transcript_->refreshCodings(*project_, changedRange_);
        else
            transcript_->clear();
    }
    refreshSegments(true);
    memo_->reload();
    refreshMenus();
}

void MainFrame::refreshDocuments() {
    const std::vector<Document> documents = project_->documents();
    bool same = documents.size() == documentIds_.size();
    for (std::size_t i = 0; same && i < documents.size(); ++i) {
        const long row = static_cast<long>(i);
        same = documents[i].id == documentIds_[i] &&
               documents_->GetItemText(row, 0) == utf8(documents[i].name) &&
               documents_->GetItemText(row, 1) == wxString::Format("%zu", documents[i].turns) &&
               documents_->GetItemText(row, 2) == wxString::Format("%zu", documents[i].speakers);
    }
    listingDocuments_ = true;
    if (same) {
        for (std::size_t i = 0; i < documentIds_.size(); ++i)
            if (transcript_->documentId() == documentIds_[i])
                documents_->SetItemState(static_cast<long>(i), wxLIST_STATE_SELECTED,
                                         wxLIST_STATE_SELECTED);
        listingDocuments_ = false;
        return;
    }
    documents_->DeleteAllItems();
    documentIds_.clear();
    for (const Document& doc : documents) {
        const long row = documents_->InsertItem(documents_->GetItemCount(), utf8(doc.name));
        documents_->SetItem(row, 1, wxString::Format("%zu", doc.turns));
        documents_->SetItem(row, 2, wxString::Format("%zu", doc.speakers));
        documentIds_.push_back(doc.id);
        if (transcript_->documentId() == doc.id)
            documents_->SetItemState(row, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    }
    listingDocuments_ = false;
}

void MainFrame::refreshSegments(bool onlyIfChanged) {
    std::vector<Coding> codings;
    if (project_) {
        // A region under two selected codes (a category and its sub-code) is listed once; the
        // list is in document order, as core returns each code's regions.
        std::set<RowId> seen;
        for (const RowId code : selectedCodes()) {
            CodingFilter filter;
            filter.codeId = code;
            filter.includeDescendants = true;
            for (Coding& c : project_->codings(filter))
                if (seen.insert(c.id).second)
                    codings.push_back(std::move(c));
        }
        std::map<RowId, std::size_t> documentOrder;
        for (const RowId id : documentIds_)
            documentOrder.emplace(id, documentOrder.size());
        std::stable_sort(codings.begin(), codings.end(), [&](const Coding& a, const Coding& b) {
            return std::tie(documentOrder[a.documentId], a.documentId, a.start, a.end, a.id) <
                   std::tie(documentOrder[b.documentId], b.documentId, b.start, b.end, b.id);
        });
    }
    // Codings never change their text: the same codings make the same list.
    std::vector<RowId> ids;
    for (const Coding& c : codings)
        ids.push_back(c.id);
    if (onlyIfChanged && ids == listedCodings_)
        return;
    // A gesture adds or removes a coding or two; rebuilding a long list for that takes longer
    // than the rest of the gesture together. Rows are only inserted and deleted when the codings
    // that stay keep their order.
    const std::set<RowId> kept(ids.begin(), ids.end());
    const std::set<RowId> listed(listedCodings_.begin(), listedCodings_.end());
    std::vector<RowId> stayingBefore, stayingAfter;
    for (const RowId id : listedCodings_)
        if (kept.count(id))
            stayingBefore.push_back(id);
    for (const RowId id : ids)
        if (listed.count(id))
            stayingAfter.push_back(id);
    const bool incremental = onlyIfChanged && listingCodings_ && stayingBefore == stayingAfter;
    if (!incremental) {
        segments_->DeleteAllItems();
        segmentTargets_.clear();
    }
    segments_->Freeze();
    if (incremental)
        for (std::size_t i = listedCodings_.size(); i-- > 0;)
            if (!kept.count(listedCodings_[i])) {
                segments_->DeleteItem(static_cast<long>(i));
                segmentTargets_.erase(segmentTargets_.begin() + static_cast<std::ptrdiff_t>(i));
            }
    if (project_) {
        SpeakerLookup speakers(*project_);
        for (std::size_t i = 0; i < codings.size(); ++i) {
            const Coding& c = codings[i];
            if (incremental && listed.count(c.id))
                continue;
            insertSegmentRow(static_cast<long>(i),
                             {c.documentId, c.start, c.end, c.coder, c.codePath}, c.document,
                             speakers.at(c.documentId, c.start));
        }
    }
    segments_->Thaw();
    listedCodings_ = std::move(ids);
    listingCodings_ = true;
}

void MainFrame::insertSegmentRow(long row, const Passage& passage, const std::string& document,
                                 const std::string& speaker) {
    const auto oneLine = [](const std::string& text) {
        wxString out = utf8(text);
        out.Replace("\n", wxString::FromUTF8(" \xC2\xB6 "));
        return out;
    };
    const SegmentContext context =
        segmentContext(project_->text(passage.documentId).offsets, passage.start, passage.end);
    segments_->InsertItem(row, utf8(document));
    segments_->SetItem(row, 1, utf8(speaker));
    segments_->SetItem(row, 2, utf8(passage.coder));
    // The code's own name, as the tree shows it: a path's category is the part that fits.
    const std::size_t parent = passage.code.rfind(" > ");
    segments_->SetItem(
        row, 3, utf8(parent == std::string::npos ? passage.code : passage.code.substr(parent + 3)));
    segments_->SetItem(row, 4, oneLine(context.coded));
    segments_->SetItem(row, 5,
                       wxString::FromUTF8("\xE2\x80\xA6") + oneLine(context.before) +
                           wxString::FromUTF8("\xC2\xAB") + oneLine(context.coded) +
                           wxString::FromUTF8("\xC2\xBB") + oneLine(context.after) +
                           wxString::FromUTF8("\xE2\x80\xA6"));
    segmentTargets_.insert(segmentTargets_.begin() + row,
                           {passage.documentId, {passage.start, passage.end}});
}

void MainFrame::refreshMenus() {
    wxMenuBar* bar = GetMenuBar();
    // In the UI language: core gives the label as a message with values (command_label.h).
    const auto undoLabel = project_->undoLabelText();
    const auto redoLabel = project_->redoLabelText();
    const auto menuLabel = [](const CommandLabel& label) {
        wxString text = translatedLabel(label);
        text.Replace("&", "&&");
        return text;
    };
    bar->SetLabel(wxID_UNDO,
                  undoLabel ? wxString::Format(_("&Undo: %s"), menuLabel(*undoLabel)) + "\tCtrl+Z"
                            : _("&Undo\tCtrl+Z"));
    bar->SetLabel(wxID_REDO,
                  redoLabel ? wxString::Format(_("&Redo: %s"), menuLabel(*redoLabel)) + "\tCtrl+Y"
                            : _("&Redo\tCtrl+Y"));
    bar->Enable(wxID_UNDO, undoLabel.has_value() && !project_->readOnly());
    bar->Enable(wxID_REDO, redoLabel.has_value() && !project_->readOnly());
}

void MainFrame::openDocument(RowId documentId) {
    transcript_->show(*project_, documentId);
    refreshDocuments();
    SetStatusText(utf8(project_->documentById(documentId).name), 0);
}

void MainFrame::selectCode(RowId codeId) {
    // Select() would add to a multiple selection.
    wxDataViewItemArray items;
    items.push_back(codeModel_->itemOf(codeId));
    codeTree_->SetSelections(items);
    codeTree_->EnsureVisible(codeModel_->itemOf(codeId));
    refreshSegments();
    if (const Code* info = project_ ? project_->codeTree().find(codeId) : nullptr)
        showMemo({MemoTargetKind::Code, info->uuid});
}

std::optional<RowId> MainFrame::selectedCode() const {
    // With several rows selected, wx gives no item here.
    const wxDataViewItem item = codeTree_->GetSelection();
    if (!item.IsOk())
        return std::nullopt;
    return codeModel_->codeOf(item);
}

std::vector<RowId> MainFrame::selectedCodes() const {
    wxDataViewItemArray items;
    codeTree_->GetSelections(items);
    std::set<RowId> selected;
    for (const wxDataViewItem& item : items)
        selected.insert(codeModel_->codeOf(item));
    std::vector<RowId> out;
    for (const RowId id : codeModel_->order())
        if (selected.count(id))
            out.push_back(id);
    return out;
}

void MainFrame::selectCodes(const std::vector<RowId>& codeIds) {
    wxDataViewItemArray items;
    for (const RowId id : codeIds)
        if (codeModel_->isShown(id))
            items.push_back(codeModel_->itemOf(id));
    codeTree_->SetSelections(items);
    refreshSegments();
}

bool MainFrame::codeSelection(RowId codeId, bool exact) {
    if (!project_)
        return false;
    const auto range = transcript_->selection(*project_, exact);
    if (!range) {
        showError(_("Select some text in the transcript first."));
        return false;
    }
    const Code* code = project_->codeTree().find(codeId);
    if (!code)
        return false;
    ApplyCoding command(project_->documentById(*transcript_->documentId()).uuid, range->first,
                        range->second, code->uuid);
    lastCode_ = codeId;
    changedRange_ = range;
    const bool done = run(command);
    changedRange_.reset();
    return done;
}

bool MainFrame::codeWithLastCode() {
    if (!project_)
        return false;
    if (!lastCode_ || !project_->codeTree().find(*lastCode_)) {
        showError(_("No code has been used yet in this session."));
        return false;
    }
    return codeSelection(*lastCode_);
}

bool MainFrame::codeInVivo() {
    if (!project_)
        return false;
    const auto range = transcript_->selection(*project_, false);
    if (!range) {
        showError(_("Select some text in the transcript first."));
        return false;
    }
    wxString name = transcript_->selectedText();
    name.Replace("\n", " ");
    name.Trim().Trim(false);
    name.Replace(">", "");
    if (name.length() > 60)
        name = name.Left(60).Trim();
    CreateCode create(std::string(name.utf8_str()));
    if (!run(create))
        return false;
    const Code* code = project_->codeTree().findByUuid(create.createdUuid());
    return code && codeSelection(code->id);
}

bool MainFrame::moveCode(RowId code, std::optional<RowId> newParent) {
    if (!project_)
        return false;
    const Code* moving = project_->codeTree().find(code);
    if (!moving)
        return false;
    std::optional<std::string> parent;
    if (newParent)
        parent = project_->codeTree().find(*newParent)->uuid;
    MoveCode command(moving->uuid, parent);
    return run(command);
}

bool MainFrame::mergeCodes(RowId source, RowId target) {
    if (!project_)
        return false;
    MergeCodes command(project_->codeTree().find(source)->uuid,
                       project_->codeTree().find(target)->uuid);
    return run(command);
}

bool MainFrame::undo() {
    if (!project_ || !memo_->commit())
        return false;
    try {
        project_->undo();
    } catch (const Error& e) {
        showError(translatedError(e));
        return false;
    }
    refreshAll();
    return true;
}

bool MainFrame::redo() {
    if (!project_ || !memo_->commit())
        return false;
    try {
        project_->redo();
    } catch (const Error& e) {
        showError(translatedError(e));
        return false;
    }
    refreshAll();
    return true;
}

void MainFrame::onCodeActivated(wxDataViewEvent& event) {
    if (project_ && event.GetItem().IsOk() && transcript_->selection(*project_, true))
        codeSelection(codeModel_->codeOf(event.GetItem()), wxGetKeyState(WXK_ALT));
}

void MainFrame::onCodeSelected(wxDataViewEvent&) {
    refreshSegments();
    if (const auto code = selectedCode(); code && project_)
        if (const Code* info = project_->codeTree().find(*code))
            showMemo({MemoTargetKind::Code, info->uuid});
}

void MainFrame::onBeginDrag(wxDataViewEvent& event) {
    if (!event.GetItem().IsOk()) {
        event.Veto();
        return;
    }
    auto* data = new wxTextDataObject(wxString::Format(
        "%s%lld", kCodeDragPrefix, static_cast<long long>(codeModel_->codeOf(event.GetItem()))));
    event.SetDataObject(data);
    event.SetDragFlags(wxDrag_AllowMove);
}

void MainFrame::onDrop(wxDataViewEvent& event) {
    wxTextDataObject data;
    data.SetData(wxDF_UNICODETEXT, event.GetDataSize(), event.GetDataBuffer());
    const std::optional<RowId> target =
        event.GetItem().IsOk() ? std::optional<RowId>(codeModel_->codeOf(event.GetItem()))
                               : std::nullopt;
    dropOnCode(data.GetText(), target);
}

void MainFrame::onSegmentActivated(wxListEvent& event) {
    showSegment(static_cast<std::size_t>(event.GetIndex()));
}

void MainFrame::showSegment(std::size_t index) {
    if (index >= segmentTargets_.size())
        return;
    const auto& [document, range] = segmentTargets_[index];
    showRange(document, range.first, range.second);
}

void MainFrame::showRange(RowId documentId, std::size_t start, std::size_t end) {
    if (!project_)
        return;
    if (transcript_->documentId() != documentId)
        openDocument(documentId);
    transcript_->select(*project_, start, end);
}

void MainFrame::showPassages(const std::vector<Passage>& passages) {
    segments_->DeleteAllItems();
    segmentTargets_.clear();
    listingCodings_ = false;
    if (!project_)
        return;
    SpeakerLookup speakers(*project_);
    segments_->Freeze();
    for (const Passage& p : passages)
        insertSegmentRow(segments_->GetItemCount(), p, project_->documentById(p.documentId).name,
                         speakers.at(p.documentId, p.start));
    segments_->Thaw();
}

void MainFrame::onNewCode() {
    if (!project_)
        return;
    const auto parent = selectedCode();
    const wxString prefix =
        parent ? utf8(project_->codeTree().find(*parent)->path) + " > " : wxString();
    const wxString name = wxGetTextFromUser(_("Name of the new code:"), _("New code"), "", this);
    if (name.empty())
        return;
    CreateCode command(std::string((prefix + name).utf8_str()));
    run(command);
}

void MainFrame::onRenameCode() {
    if (!project_)
        return;
    const auto code = selectedCode();
    if (!code)
        return;
    const Code* info = project_->codeTree().find(*code);
    const wxString name =
        wxGetTextFromUser(_("New name:"), _("Rename code"), utf8(info->name), this);
    if (name.empty() || name == utf8(info->name))
        return;
    RenameCode command(info->uuid, std::string(name.utf8_str()));
    run(command);
}

void MainFrame::onDeleteCode() {
    if (!project_)
        return;
    const auto code = selectedCode();
    if (!code)
        return;
    // As from the code tree's menu: a code can take many codings with it.
    if (wxMessageBox(deleteQuestion(*project_, *code), _("Delete code"),
                     wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) == wxYES)
        deleteCode(*this, *code);
}

void MainFrame::onImport() {
    if (!project_)
        return;
    wxFileDialog dialog(
        this, _("Import transcripts"), "", "",
        _("Transcripts") +
            " (*.txt;*.docx;*.odt;*.rtf;*.srt;*.vtt)|*.txt;*.docx;*.odt;*.rtf;*.srt;*.vtt",
        wxFD_OPEN | wxFD_MULTIPLE | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK)
        return;
    wxArrayString paths;
    dialog.GetPaths(paths);
    std::vector<std::filesystem::path> files;
    for (const wxString& path : paths)
        files.emplace_back(std::string(path.utf8_str()));
    importFiles(files);
}

void MainFrame::showMemo(MemoTarget target) {
    memo_->show(project_.get(), std::move(target));
}

std::optional<RowId> MainFrame::pickerCategory() const {
    const auto selected = selectedCode();
    if (!selected || !project_)
        return std::nullopt;
    if (codeModel_->hasChildren(*selected))
        return selected;
    const Code* code = project_->codeTree().find(*selected);
    return code ? code->parentId : std::nullopt;
}

bool MainFrame::codeWith() {
    if (!project_)
        return false;
    if (!transcript_->selection(*project_, true)) {
        showError(_("Select some text in the transcript first."));
        return false;
    }
    CodePickerDialog picker(this, *project_, pickerCategory());
    if (picker.ShowModal() != wxID_OK)
        return false;
    return applyPicked(picker.choice());
}

bool MainFrame::applyPicked(const CodePickerDialog::Choice& choice) {
    if (!project_)
        return false;
    if (choice.code)
        return codeSelection(*choice.code);
    if (choice.newPath.empty())
        return false;
    if (!transcript_->selection(*project_, false)) {
        showError(_("Select some text in the transcript first."));
        return false;
    }
    CreateCode create(choice.newPath);
    if (!run(create))
        return false;
    const Code* code = project_->codeTree().findByUuid(create.createdUuid());
    return code && codeSelection(code->id);
}

bool MainFrame::dropOnCode(const wxString& data, std::optional<RowId> target) {
    if (!project_)
        return false;
    wxString rest;
    long long dragged = 0;
    if (data.StartsWith(kCodeDragPrefix, &rest) && rest.ToLongLong(&dragged))
        return moveCode(dragged, target);
    if (!target)
        return false;
    // Text from the transcript: what is dropped is the selection, which is what gets coded.
    wxString selected = transcript_->selectedText();
    wxString dropped = data;
    selected.Replace("\r\n", "\n");
    dropped.Replace("\r\n", "\n");
    if (selected.empty() || dropped != selected) {
        showError(_("Drag a selection from the transcript onto a code to code it."));
        return false;
    }
    return codeSelection(*target);
}

bool MainFrame::removeCoding(const std::string& codingUuid) {
    if (!project_)
        return false;
    RemoveCoding command(codingUuid);
    for (const PaintedCoding& c : transcript_->layers().codings)
        if (c.uuid == codingUuid) {
            const OffsetIndex& offsets = project_->text(*transcript_->documentId()).offsets;
            changedRange_ = {offsets.codePointOfByte(c.byteStart),
                             offsets.codePointOfByte(c.byteEnd)};
        }
    const bool done = run(command);
    changedRange_.reset();
    return done;
}

std::unique_ptr<wxMenu> MainFrame::transcriptMenu(std::size_t byte) {
    auto menu = std::make_unique<wxMenu>();
    if (!project_)
        return menu;
    const bool writable = !project_->readOnly();
    const std::vector<PaintedCoding> codings = transcript_->codingsAt(byte);
    for (const PaintedCoding& coding : codings) {
        // One coding: its items in the menu itself; several: a submenu for each.
        wxMenu* items = menu.get();
        if (codings.size() > 1) {
            items = new wxMenu;
            menu->AppendSubMenu(items, wxString::Format("%s (%s)", menuText(coding.codeName),
                                                        menuText(coding.coder)));
        }
        const std::string uuid = coding.uuid;
        const RowId codeId = coding.codeId;
        wxMenuItem* remove = items->Append(wxID_ANY, wxString::Format(_("Remove coding '%s' (%s)"),
                                                                      menuText(coding.codeName),
                                                                      menuText(coding.coder)));
        remove->Enable(writable);
        items->Bind(
            wxEVT_MENU, [this, uuid](wxCommandEvent&) { removeCoding(uuid); }, remove->GetId());
        const int memo = items->Append(wxID_ANY, _("Memo..."))->GetId();
        items->Bind(
            wxEVT_MENU,
            [this, uuid](wxCommandEvent&) {
                showMemo({MemoTargetKind::Coding, uuid});
                aui_.GetPane(memo_).Show();
                aui_.Update();
                memo_->editor()->SetFocus();
            },
            memo);
        const int show = items->Append(wxID_ANY, _("Show in code tree"))->GetId();
        items->Bind(
            wxEVT_MENU, [this, codeId](wxCommandEvent&) { selectCode(codeId); }, show);
    }
    if (!codings.empty())
        menu->AppendSeparator();
    const bool selection = transcript_->selection(*project_, true).has_value();
    menu->Append(kCodeWith, _("Code &with...\tCtrl+K"))->Enable(selection && writable);
    menu->Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { codeWith(); }, kCodeWith);
    menu->Append(wxID_COPY, _("&Copy\tCtrl+C"))->Enable(selection);
    menu->Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { transcript_->editor()->Copy(); }, wxID_COPY);
    return menu;
}

void MainFrame::onTranscriptMenu(wxContextMenuEvent& event) {
    wxStyledTextCtrl* editor = transcript_->editor();
    // From the keyboard the menu is about the caret; from the mouse, about the click.
    wxPoint where = event.GetPosition();
    std::optional<std::size_t> byte;
    if (where == wxDefaultPosition) {
        where = editor->PointFromPosition(editor->GetCurrentPos());
        byte = static_cast<std::size_t>(editor->GetCurrentPos());
    } else {
        where = editor->ScreenToClient(where);
        byte = transcript_->byteAt(where);
    }
    const std::unique_ptr<wxMenu> menu =
        transcriptMenu(byte.value_or(std::numeric_limits<std::size_t>::max()));
    editor->PopupMenu(menu.get(), where);
}

std::vector<ImportOutcome>
MainFrame::importFiles(const std::vector<std::filesystem::path>& inputs) {
    if (!project_)
        return {};
    memo_->commit();
    const std::vector<std::filesystem::path> files = transcriptFiles(inputs);
    std::vector<ImportOutcome> outcomes;
    {
        ImportProgress progress(this);
        outcomes = importTranscripts(*project_, files, {}, &progress);
    }
    lastError_.clear();
    refreshAll();
    for (const ImportOutcome& outcome : outcomes)
        if (outcome.imported()) {
            openDocument(project_->document(outcome.documentUuid).id);
            break;
        }
    wxString failures;
    for (const ImportOutcome& outcome : outcomes)
        if (!outcome.imported())
            failures += wxString::FromUTF8(outcome.error) + "\n";
    if (!failures.empty()) {
        lastError_ = failures;
        if (!quiet_)
            showImportFailures(this, outcomes);
    }
    return outcomes;
}

void MainFrame::onPreferences() {
    wxConfigBase& config = *wxConfig::Get();
    Preferences current = Preferences::load(config);
    if (current.coder.empty() && project_)
        current.coder = utf8(project_->coderName());
    PreferencesDialog dialog(this, current);
    if (dialog.ShowModal() == wxID_OK)
        applyPreferences(dialog.chosen(), config);
}

bool MainFrame::applyPreferences(const Preferences& preferences, wxConfigBase& config) {
    preferences.save(config);
    if (!project_ || preferences.coder.empty() || preferences.coder == utf8(project_->coderName()))
        return true;
    // The coder is fixed when a project opens: reopen it under the new name. The lock must be
    // released before the file can be opened again.
    memo_->show(nullptr, MemoTarget{});
    const std::filesystem::path path = project_->path();
    const bool readOnly = project_->readOnly();
    const std::string previous = project_->coderName();
    project_.reset();
    try {
        setProject(Project::open(path, std::string(preferences.coder.utf8_str()), readOnly));
        return true;
    } catch (const Error& e) {
        showError(translatedError(e));
        setProject(Project::open(path, previous, readOnly));
        return false;
    }
}

} // namespace codeboom::gui
