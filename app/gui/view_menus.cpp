#include "view_menus.h"

#include "codeboom/project.h"

#include "disagreement_browser.h"
#include "event_log_view.h"
#include "integration_view.h"
#include "main_frame.h"
#include "matrix_view.h"
#include "merge_dialog.h"
#include "network_view.h"
#include "phase_menu.h"
#include "refi_dialogs.h"
#include "review_list.h"

#include <wx/menu.h>

namespace codeboom::gui {

namespace {

template <typename View> View* openView(MainFrame& frame) {
    if (!frame.project())
        return nullptr;
    View* view = nullptr;
    for (wxWindow* child : frame.GetChildren())
        if (auto* found = dynamic_cast<View*>(child); found && !found->IsBeingDeleted())
            view = found;
    if (!view)
        view = new View(frame);
    view->Show();
    view->Raise();
    return view;
}

} // namespace

wxFrame* showView(MainFrame& frame, const wxString& name) {
    if (name == "matrix")
        return openView<MatrixView>(frame);
    if (name == "network")
        return openView<NetworkView>(frame);
    if (name == "disagreements")
        return openView<DisagreementBrowser>(frame);
    if (name == "log")
        return openView<EventLogView>(frame);
    if (name == "reviews")
        return openView<ReviewList>(frame);
    if (name == "integration" || name == "saturation" || name == "paradigm") {
        IntegrationView* view = openView<IntegrationView>(frame);
        if (view)
            view->showPage(name == "integration"  ? IntegrationView::Page::Integration
                           : name == "saturation" ? IntegrationView::Page::Saturation
                                                  : IntegrationView::Page::Paradigm);
        return view;
    }
    return nullptr;
}

void addViewMenus(MainFrame& frame, wxMenuBar& bar) {
    const int importRefi = wxWindow::NewControlId();
    const int exportRefi = wxWindow::NewControlId();
    const int merge = wxWindow::NewControlId();
    const int matrix = wxWindow::NewControlId();
    const int integration = wxWindow::NewControlId();
    const int saturation = wxWindow::NewControlId();
    const int paradigm = wxWindow::NewControlId();
    const int network = wxWindow::NewControlId();
    const int disagreements = wxWindow::NewControlId();
    const int reviews = wxWindow::NewControlId();
    const int review = wxWindow::NewControlId();
    const int log = wxWindow::NewControlId();

    // File: after the transcript import, before the separator above Quit.
    if (wxMenu* file = bar.GetMenu(0)) {
        std::size_t at = file->GetMenuItemCount();
        file->FindChildItem(wxID_EXIT, &at);
        if (at > 0 && file->FindItemByPosition(at - 1)->IsSeparator())
            --at;
        file->Insert(at++, importRefi, _("Import REFI-QDA..."),
                     _("A project (.qdpx) or codebook (.qdc) from ATLAS.ti, NVivo, MAXQDA or "
                       "QualCoder"));
        file->Insert(at++, exportRefi, _("Export REFI-QDA..."));
        file->InsertSeparator(at++);
        file->Insert(at++, merge, _("&Merge projects..."),
                     _("Combine team members' project files into a new project"));
    }
    auto* analysis = new wxMenu;
    analysis->Append(matrix, _("Code &matrix...\tCtrl+Shift+M"),
                     _("Code frequencies and co-occurrences as a heat map"));
    analysis->Append(network, _("Code &network...\tCtrl+Shift+G"),
                     _("Codes and their relations as a graph (axial coding)"));
    analysis->AppendSeparator();
    analysis->Append(integration, _("&Integration check..."),
                     _("How each category connects to the core category, and the story line"));
    analysis->Append(saturation, _("&Saturation curve..."),
                     _("The new codes each document brought, in the order they were coded"));
    analysis->Append(paradigm, _("&Paradigm model..."),
                     _("A category's related codes in Strauss & Corbin's paradigm model"));
    auto* team = new wxMenu;
    team->Append(disagreements, _("&Disagreements between coders...\tCtrl+Shift+D"));
    team->Append(reviews, _("Review &marks..."));
    team->Append(review, _("&Review the coding at the selection...\tCtrl+Shift+R"));
    team->AppendSeparator();
    team->Append(log, _("&Event log...\tCtrl+Shift+L"));
    // After the Code menu, so the menus read in the order of the work.
    const int code = bar.FindMenu(_("&Code"));
    if (code != wxNOT_FOUND)
        addPhaseMenu(frame, *bar.GetMenu(static_cast<std::size_t>(code)));
    const std::size_t position =
        code == wxNOT_FOUND ? bar.GetMenuCount() : static_cast<std::size_t>(code) + 1;
    bar.Insert(position, analysis, _("&Analysis"));
    bar.Insert(position + 1, team, _("&Team"));

    frame.Bind(
        wxEVT_MENU, [&frame](wxCommandEvent&) { onImportRefi(frame); }, importRefi);
    frame.Bind(
        wxEVT_MENU, [&frame](wxCommandEvent&) { onExportRefi(frame); }, exportRefi);
    frame.Bind(
        wxEVT_MENU, [&frame](wxCommandEvent&) { onMergeProjects(frame); }, merge);
    frame.Bind(
        wxEVT_MENU, [&frame](wxCommandEvent&) { showView(frame, "matrix"); }, matrix);
    frame.Bind(
        wxEVT_MENU, [&frame](wxCommandEvent&) { showView(frame, "integration"); }, integration);
    frame.Bind(
        wxEVT_MENU, [&frame](wxCommandEvent&) { showView(frame, "saturation"); }, saturation);
    frame.Bind(
        wxEVT_MENU, [&frame](wxCommandEvent&) { showView(frame, "paradigm"); }, paradigm);
    frame.Bind(
        wxEVT_MENU, [&frame](wxCommandEvent&) { showView(frame, "network"); }, network);
    frame.Bind(
        wxEVT_MENU, [&frame](wxCommandEvent&) { showView(frame, "disagreements"); }, disagreements);
    frame.Bind(
        wxEVT_MENU, [&frame](wxCommandEvent&) { showView(frame, "reviews"); }, reviews);
    frame.Bind(
        wxEVT_MENU, [&frame](wxCommandEvent&) { reviewCodingAtSelection(frame); }, review);
    frame.Bind(
        wxEVT_MENU, [&frame](wxCommandEvent&) { showView(frame, "log"); }, log);
    auto needsProject = [&frame](wxUpdateUIEvent& event) {
        event.Enable(frame.project() != nullptr);
    };
    auto needsWritable = [&frame](wxUpdateUIEvent& event) {
        event.Enable(frame.project() && !frame.project()->readOnly());
    };
    for (const int id : {exportRefi, matrix, network, integration, saturation, paradigm,
                         disagreements, reviews, log})
        frame.Bind(wxEVT_UPDATE_UI, needsProject, id);
    for (const int id : {importRefi, review})
        frame.Bind(wxEVT_UPDATE_UI, needsWritable, id);
}

} // namespace codeboom::gui
