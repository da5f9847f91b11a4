#include "report_dialog.h"

#include <wx/button.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace codeboom::gui {

ReportDialog::ReportDialog(wxWindow* parent, const wxString& title, const wxString& heading,
                           const wxString& subheading, const std::vector<ReportRow>& rows,
                           const wxString& okLabel, bool okEnabled)
    : wxDialog(parent, wxID_ANY, title, wxDefaultPosition, wxSize(860, 520),
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* top = new wxStaticText(this, wxID_ANY, heading);
    top->SetFont(top->GetFont().Bold().Larger());
    sizer->Add(top, 0, wxLEFT | wxRIGHT | wxTOP, 14);
    if (!subheading.empty()) {
        auto* sub = new wxStaticText(this, wxID_ANY, subheading);
        sub->SetForegroundColour(wxColour(0x4B, 0x55, 0x63));
        sub->Wrap(820);
        sizer->Add(sub, 0, wxLEFT | wxRIGHT | wxTOP, 14);
    }
    auto* list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxLC_REPORT | wxLC_SINGLE_SEL);
    list->AppendColumn(_("Item"), wxLIST_FORMAT_LEFT, 170);
    list->AppendColumn(_("Number"), wxLIST_FORMAT_RIGHT, 70);
    list->AppendColumn(_("Note"), wxLIST_FORMAT_LEFT, 580);
    for (const ReportRow& r : rows) {
        const long row = list->InsertItem(list->GetItemCount(), r.item);
        list->SetItem(row, 1, r.count);
        list->SetItem(row, 2, r.note);
        if (r.attention)
            list->SetItemTextColour(row, wxColour(0xB4, 0x53, 0x09));
    }
    sizer->Add(list, 1, wxEXPAND | wxALL, 14);
    auto* buttons = new wxStdDialogButtonSizer;
    if (okLabel.empty()) {
        buttons->AddButton(new wxButton(this, wxID_OK, _("Close")));
    } else {
        auto* ok = new wxButton(this, wxID_OK, okLabel);
        ok->Enable(okEnabled);
        ok->SetDefault();
        buttons->AddButton(ok);
        buttons->AddButton(new wxButton(this, wxID_CANCEL));
    }
    buttons->Realize();
    sizer->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 14);
    SetSizer(sizer);
    CentreOnParent();
}

} // namespace codeboom::gui
