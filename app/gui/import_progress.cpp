#include "import_progress.h"

#include "language.h"

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/listctrl.h>
#include <wx/progdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace codeboom::gui {

ImportProgress::ImportProgress(wxWindow* parent) : parent_(parent) {}

ImportProgress::~ImportProgress() = default;

bool ImportProgress::advance(std::size_t done, std::size_t total, std::string_view item) {
    if (total < 2)
        return true;
    if (!dialog_)
        dialog_ = std::make_unique<wxProgressDialog>(
            _("Importing transcripts"), wxString(), static_cast<int>(total), parent_,
            wxPD_APP_MODAL | wxPD_AUTO_HIDE | wxPD_CAN_ABORT | wxPD_ELAPSED_TIME |
                wxPD_REMAINING_TIME);
    const wxString message =
        done < total ? wxString::Format(_("Importing %s (%zu of %zu)"),
                                        wxString::FromUTF8(std::string(item)), done + 1, total)
                     : _("Done");
    return dialog_->Update(static_cast<int>(done), message);
}

bool FileDrop::OnDropFiles(wxCoord, wxCoord, const wxArrayString& files) {
    std::vector<std::filesystem::path> paths;
    for (const wxString& file : files)
        paths.emplace_back(std::string(file.utf8_str()));
    handler_(paths);
    return true;
}

wxString failureReason(const ImportOutcome& outcome) {
    // The list names the file in a column of its own.
    const wxString prefix = wxString::FromUTF8(outcome.file.filename().string()) + ": ";
    const wxString reason = translatedLabel(outcome.reason);
    return reason.StartsWith(prefix) ? reason.Mid(prefix.length()) : reason;
}

void showImportFailures(wxWindow* parent, const std::vector<ImportOutcome>& outcomes) {
    std::size_t imported = 0;
    for (const ImportOutcome& outcome : outcomes)
        if (outcome.imported())
            ++imported;
    wxDialog dialog(parent, wxID_ANY, _("Import"), wxDefaultPosition, wxSize(720, 360),
                    wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER);
    auto* summary = new wxStaticText(
        &dialog, wxID_ANY,
        wxString::Format(_("%zu of %zu files were imported. These could not be imported:"),
                         imported, outcomes.size()));
    auto* list = new wxListCtrl(&dialog, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxLC_REPORT | wxLC_SINGLE_SEL);
    list->AppendColumn(_("File"), wxLIST_FORMAT_LEFT, 180);
    list->AppendColumn(_("Reason"), wxLIST_FORMAT_LEFT, 500);
    for (const ImportOutcome& outcome : outcomes) {
        if (outcome.imported())
            continue;
        const long row = list->InsertItem(list->GetItemCount(),
                                          wxString::FromUTF8(outcome.file.filename().string()));
        list->SetItem(row, 1, failureReason(outcome));
    }
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(summary, 0, wxALL, 10);
    sizer->Add(list, 1, wxEXPAND | wxLEFT | wxRIGHT, 10);
    if (wxSizer* buttons = dialog.CreateSeparatedButtonSizer(wxOK))
        sizer->Add(buttons, 0, wxEXPAND | wxALL, 10);
    dialog.SetSizer(sizer);
    dialog.ShowModal();
}

} // namespace codeboom::gui
