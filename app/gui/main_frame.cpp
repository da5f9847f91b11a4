#include "main_frame.h"

#include "codeboom/commands/code_commands.h"
#include "codeboom/commands/coding_commands.h"
#include "codeboom/commands/document_commands.h"
#include "codeboom/error.h"
#include "codeboom/io/importer.h"
#include "codeboom/project.h"

#include "code_tree_model.h"
#include "transcript_view.h"

#include <wx/config.h>
#include <wx/dataview.h>
#include <wx/filedlg.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/statusbr.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>
#include <wx/utils.h>

namespace codeboom::gui {

namespace {

enum MenuId {
    kCodeSelection = wxID_HIGHEST + 1,
    kCodeWithLast,
    kCodeInVivo,
    kNewCode,
    kRenameCode,
    kDeleteCode,
    kImport,
    kOpenProject,
    kNewProject,
};

wxString utf8(const std::string& text) {
    return wxString::FromUTF8(text);
}

std::string speakerAt(Project& project, RowId document, std::size_t position) {
    for (const Turn& turn : project.turns(document))
        if (turn.start <= position && position < turn.end)
            return turn.speaker;
    return {};
}

} // namespace

MainFrame::MainFrame(std::unique_ptr<Project> project, bool restoreLayout)
    : wxFrame(nullptr, wxID_ANY, "Codeboom", wxDefaultPosition, wxSize(1400, 900)),
      codeModel_(new CodeTreeModel) {
    aui_.SetManagedWindow(this);
    buildMenus();
    buildPanes();
    CreateStatusBar(2);
    if (restoreLayout) {
        wxString perspective;
        if (wxConfig::Get()->Read("/layout/perspective", &perspective))
            aui_.LoadPerspective(perspective, false);
    }
    aui_.Update();
    setProject(std::move(project));
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& event) {
        wxConfig::Get()->Write("/layout/perspective", aui_.SavePerspective());
        event.Skip();
    });
}

MainFrame::~MainFrame() {
    aui_.UnInit();
}

void MainFrame::setProject(std::unique_ptr<Project> project) {
    project_ = std::move(project);
    transcript_->clear();
    lastCode_.reset();
    const bool open = project_ != nullptr;
    for (const int id :
         {kImport, kCodeSelection, kCodeWithLast, kCodeInVivo, kNewCode, kRenameCode, kDeleteCode})
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
    if (!documentIds_.empty())
        openDocument(documentIds_.front());
}

void MainFrame::onOpenProject() {
    wxFileDialog dialog(this, _("Open project"), "", "",
                        _("Codeboom projects") + " (*.codeboom)|*.codeboom",
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK)
        return;
    const std::string path(dialog.GetPath().utf8_str());
    const std::string coder =
        project_ ? project_->coderName() : std::string(wxGetUserId().utf8_str());
    try {
        setProject(Project::open(path, coder));
    } catch (const ProjectLockedError& e) {
        if (wxMessageBox(wxString::FromUTF8(e.what()) + "\n\n" + _("Open it read-only?"),
                         _("Codeboom"), wxYES_NO | wxICON_QUESTION, this) == wxYES)
            setProject(Project::open(path, coder, true));
    } catch (const Error& e) {
        showError(wxString::FromUTF8(e.what()));
    }
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
        showError(wxString::FromUTF8(e.what()));
    }
}

void MainFrame::buildMenus() {
    auto* file = new wxMenu;
    file->Append(kNewProject, _("&New project...\tCtrl+Shift+N"));
    file->Append(kOpenProject, _("&Open project...\tCtrl+O"));
    file->AppendSeparator();
    file->Append(kImport, _("&Import transcripts...\tCtrl+Shift+I"));
    file->AppendSeparator();
    file->Append(wxID_EXIT, _("&Quit\tCtrl+Q"));
    auto* edit = new wxMenu;
    edit->Append(wxID_UNDO, _("&Undo\tCtrl+Z"));
    edit->Append(wxID_REDO, _("&Redo\tCtrl+Y"));
    auto* code = new wxMenu;
    code->Append(kCodeSelection, _("&Code selection with selected code\tCtrl+Enter"));
    code->Append(kCodeWithLast, _("Code with &last used code\tCtrl+L"));
    code->Append(kCodeInVivo, _("&In-vivo code\tCtrl+I"));
    code->AppendSeparator();
    code->Append(kNewCode, _("&New code...\tCtrl+N"));
    code->Append(kRenameCode, _("&Rename code...\tF2"));
    code->Append(kDeleteCode, _("&Delete code"));
    auto* bar = new wxMenuBar;
    bar->Append(file, _("&File"));
    bar->Append(edit, _("&Edit"));
    bar->Append(code, _("&Code"));
    SetMenuBar(bar);
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
        wxEVT_MENU, [this](wxCommandEvent&) { onNewCode(); }, kNewCode);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { onRenameCode(); }, kRenameCode);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { onDeleteCode(); }, kDeleteCode);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { onImport(); }, kImport);
}

void MainFrame::buildPanes() {
    documents_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxSize(260, -1),
                                wxLC_REPORT | wxLC_SINGLE_SEL);
    documents_->AppendColumn(_("Document"), wxLIST_FORMAT_LEFT, 130);
    documents_->AppendColumn(_("Turns"), wxLIST_FORMAT_RIGHT, 62);
    documents_->AppendColumn(_("Speakers"), wxLIST_FORMAT_RIGHT, 70);
    documents_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
        const auto row = static_cast<std::size_t>(event.GetIndex());
        if (row < documentIds_.size() && transcript_->documentId() != documentIds_[row])
            openDocument(documentIds_[row]);
    });

    transcript_ = new TranscriptView(this);

    codeTree_ = new wxDataViewCtrl(this, wxID_ANY, wxDefaultPosition, wxSize(340, -1),
                                   wxDV_SINGLE | wxDV_NO_HEADER | wxDV_ROW_LINES);
    codeTree_->AssociateModel(codeModel_.get());
    codeTree_->AppendIconTextColumn(_("Code"), CodeTreeModel::kName, wxDATAVIEW_CELL_INERT, 265);
    codeTree_->AppendTextColumn(_("Regions"), CodeTreeModel::kRegions, wxDATAVIEW_CELL_INERT, 45,
                                wxALIGN_RIGHT);
    codeTree_->EnableDragSource(wxDF_UNICODETEXT);
    codeTree_->EnableDropTarget(wxDF_UNICODETEXT);
    codeTree_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, &MainFrame::onCodeActivated, this);
    codeTree_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, &MainFrame::onCodeSelected, this);
    codeTree_->Bind(wxEVT_DATAVIEW_ITEM_BEGIN_DRAG, &MainFrame::onBeginDrag, this);
    codeTree_->Bind(wxEVT_DATAVIEW_ITEM_DROP_POSSIBLE,
                    [](wxDataViewEvent& event) { event.Allow(); });
    codeTree_->Bind(wxEVT_DATAVIEW_ITEM_DROP, &MainFrame::onDrop, this);

    segments_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxSize(-1, 190),
                               wxLC_REPORT | wxLC_SINGLE_SEL);
    segments_->AppendColumn(_("Document"), wxLIST_FORMAT_LEFT, 175);
    segments_->AppendColumn(_("Speaker"), wxLIST_FORMAT_LEFT, 100);
    segments_->AppendColumn(_("Coder"), wxLIST_FORMAT_LEFT, 65);
    segments_->AppendColumn(_("Text"), wxLIST_FORMAT_LEFT, 1000);
    segments_->Bind(wxEVT_LIST_ITEM_ACTIVATED, &MainFrame::onSegmentActivated, this);

    memo_ = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxSize(300, 190),
                           wxTE_MULTILINE | wxTE_READONLY | wxTE_WORDWRAP);

    aui_.AddPane(documents_, wxAuiPaneInfo()
                                 .Name("documents")
                                 .Caption(_("Documents"))
                                 .Left()
                                 .BestSize(270, -1)
                                 .MinSize(200, -1));
    aui_.AddPane(transcript_,
                 wxAuiPaneInfo().Name("transcript").Caption(_("Transcript")).CenterPane());
    aui_.AddPane(codeTree_, wxAuiPaneInfo()
                                .Name("codes")
                                .Caption(_("Codes"))
                                .Right()
                                .BestSize(340, 560)
                                .MinSize(340, 300));
    aui_.AddPane(segments_, wxAuiPaneInfo()
                                .Name("segments")
                                .Caption(_("Retrieved segments"))
                                .Bottom()
                                .BestSize(-1, 200));
    aui_.AddPane(memo_, wxAuiPaneInfo()
                            .Name("memo")
                            .Caption(_("Memo"))
                            .Right()
                            .Position(1)
                            .BestSize(340, 130)
                            .MinSize(-1, 100));
}

void MainFrame::showError(const wxString& message) {
    lastError_ = message;
    if (!quiet_)
        wxMessageBox(message, _("Codeboom"), wxOK | wxICON_WARNING, this);
}

bool MainFrame::run(Command& command) {
    if (!project_)
        return false;
    try {
        project_->execute(command);
    } catch (const Error& e) {
        showError(wxString::FromUTF8(e.what()));
        return false;
    }
    lastError_.clear();
    refreshAll();
    return true;
}

void MainFrame::refreshAll() {
    if (!project_)
        return;
    const auto selected = selectedCode();
    codeModel_->reload(*project_);
    for (const RowId id : codeModel_->order())
        codeTree_->Expand(codeModel_->itemOf(id));
    if (selected && project_->codeTree().find(*selected))
        codeTree_->Select(codeModel_->itemOf(*selected));
    refreshDocuments();
    if (transcript_->documentId()) {
        bool stillThere = false;
        for (const RowId id : documentIds_)
            stillThere = stillThere || id == *transcript_->documentId();
        if (stillThere)
            transcript_->refreshCodings(*project_);
        else
            transcript_->clear();
    }
    refreshSegments();
    refreshMenus();
}

void MainFrame::refreshDocuments() {
    documents_->DeleteAllItems();
    documentIds_.clear();
    for (const Document& doc : project_->documents()) {
        const long row = documents_->InsertItem(documents_->GetItemCount(), utf8(doc.name));
        documents_->SetItem(row, 1, wxString::Format("%zu", doc.turns));
        documents_->SetItem(row, 2, wxString::Format("%zu", doc.speakers));
        documentIds_.push_back(doc.id);
        if (transcript_->documentId() == doc.id)
            documents_->SetItemState(row, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    }
}

void MainFrame::refreshSegments() {
    segments_->DeleteAllItems();
    segmentTargets_.clear();
    const auto code = selectedCode();
    if (!code || !project_) {
        memo_->Clear();
        return;
    }
    CodingFilter filter;
    filter.codeId = *code;
    filter.includeDescendants = true;
    for (const Coding& c : project_->codings(filter)) {
        const long row = segments_->InsertItem(segments_->GetItemCount(), utf8(c.document));
        segments_->SetItem(row, 1, utf8(speakerAt(*project_, c.documentId, c.start)));
        segments_->SetItem(row, 2, utf8(c.coder));
        wxString text = utf8(c.text);
        text.Replace("\n", " ¶ ");
        segments_->SetItem(row, 3, text);
        segmentTargets_.push_back({c.documentId, {c.start, c.end}});
    }
    const Code* info = project_->codeTree().find(*code);
    memo_->SetValue(info ? utf8(info->path) + "\n\n" + utf8(info->description) : wxString());
}

void MainFrame::refreshMenus() {
    wxMenuBar* bar = GetMenuBar();
    const auto undoLabel = project_->undoLabel();
    const auto redoLabel = project_->redoLabel();
    bar->SetLabel(wxID_UNDO, undoLabel
                                 ? wxString::Format(_("&Undo: %s"), utf8(*undoLabel)) + "\tCtrl+Z"
                                 : _("&Undo\tCtrl+Z"));
    bar->SetLabel(wxID_REDO, redoLabel
                                 ? wxString::Format(_("&Redo: %s"), utf8(*redoLabel)) + "\tCtrl+Y"
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
    codeTree_->Select(codeModel_->itemOf(codeId));
    codeTree_->EnsureVisible(codeModel_->itemOf(codeId));
    refreshSegments();
}

std::optional<RowId> MainFrame::selectedCode() const {
    const wxDataViewItem item = codeTree_->GetSelection();
    if (!item.IsOk())
        return std::nullopt;
    return codeModel_->codeOf(item);
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
    return run(command);
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
    if (!project_)
        return false;
    try {
        project_->undo();
    } catch (const Error& e) {
        showError(wxString::FromUTF8(e.what()));
        return false;
    }
    refreshAll();
    return true;
}

bool MainFrame::redo() {
    if (!project_)
        return false;
    try {
        project_->redo();
    } catch (const Error& e) {
        showError(wxString::FromUTF8(e.what()));
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
}

void MainFrame::onBeginDrag(wxDataViewEvent& event) {
    if (!event.GetItem().IsOk()) {
        event.Veto();
        return;
    }
    auto* data = new wxTextDataObject(
        wxString::Format("%lld", static_cast<long long>(codeModel_->codeOf(event.GetItem()))));
    event.SetDataObject(data);
    event.SetDragFlags(wxDrag_AllowMove);
}

void MainFrame::onDrop(wxDataViewEvent& event) {
    wxTextDataObject data;
    data.SetData(wxDF_UNICODETEXT, event.GetDataSize(), event.GetDataBuffer());
    long long dragged = 0;
    if (!data.GetText().ToLongLong(&dragged))
        return;
    const std::optional<RowId> target =
        event.GetItem().IsOk() ? std::optional<RowId>(codeModel_->codeOf(event.GetItem()))
                               : std::nullopt;
    moveCode(dragged, target);
}

void MainFrame::onSegmentActivated(wxListEvent& event) {
    showSegment(static_cast<std::size_t>(event.GetIndex()));
}

void MainFrame::showSegment(std::size_t index) {
    if (index >= segmentTargets_.size())
        return;
    const auto& [document, range] = segmentTargets_[index];
    if (transcript_->documentId() != document)
        openDocument(document);
    transcript_->select(*project_, range.first, range.second);
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
    DeleteCode command(project_->codeTree().find(*code)->uuid);
    run(command);
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
    wxString failures;
    for (const wxString& path : paths) {
        try {
            ImportDocument command(
                readTranscript(std::string(path.utf8_str()), {}, project_->wordCounter()));
            project_->execute(command);
        } catch (const Error& e) {
            failures += wxString::FromUTF8(e.what()) + "\n";
        }
    }
    refreshAll();
    if (!failures.empty())
        showError(_("Some files could not be imported:") + "\n\n" + failures);
}

} // namespace codeboom::gui
