#include "relation_dialogs.h"

#include "codeboom/project.h"

#include "display_format.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace codeboom::gui {

std::vector<EvidenceRow> evidenceRowsOf(Project& project, const Relation& relation) {
    std::vector<EvidenceRow> rows;
    for (const std::string& uuid : relation.evidence) {
        const Coding coding = project.coding(uuid);
        EvidenceRow row{coding.uuid, coding.document, {}, coding.codePath, coding.text};
        for (const Turn& turn : project.turns(coding.documentId))
            if (turn.start <= coding.start && coding.start < turn.end)
                row.speaker = turn.speaker;
        rows.push_back(std::move(row));
    }
    return rows;
}

NewRelationDialog::NewRelationDialog(wxWindow* parent, Project& project,
                                     const std::string& fromName, const std::string& toName)
    : wxDialog(parent, wxID_ANY, _("New relation")), types_(relationTypes(project)) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* codes = new wxStaticText(
        this, wxID_ANY,
        wxString::Format(_("From '%s' to '%s'"), fromUtf8(fromName), fromUtf8(toName)));
    codes->SetFont(codes->GetFont().Bold());
    sizer->Add(codes, 0, wxALL, 12);

    auto* grid = new wxFlexGridSizer(2, 8, 8);
    grid->AddGrowableCol(1);
    grid->AddGrowableRow(1);
    type_ = new wxChoice(this, wxID_ANY);
    const bool dutch = interfaceLanguage() == Language::Dutch;
    for (const RelationType& type : types_) {
        const wxString label = fromUtf8(dutch ? type.labelNl : type.labelEn);
        type_->Append(type.directed ? label : label + " " + _("(symmetric)"));
    }
    type_->SetSelection(0);
    grid->Add(new wxStaticText(this, wxID_ANY, _("Relation type")), 0, wxALIGN_CENTRE_VERTICAL);
    grid->Add(type_, 1, wxEXPAND);
    memo_ = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxSize(380, 90), wxTE_MULTILINE);
    grid->Add(new wxStaticText(this, wxID_ANY, _("Memo (optional)")), 0, wxTOP, 4);
    grid->Add(memo_, 1, wxEXPAND);
    sizer->Add(grid, 1, wxEXPAND | wxLEFT | wxRIGHT, 12);
    sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 12);
    SetSizerAndFit(sizer);
    CentreOnParent();
}

std::string NewRelationDialog::typeUuid() const {
    const int selected = type_->GetSelection();
    return selected == wxNOT_FOUND ? std::string()
                                   : types_[static_cast<std::size_t>(selected)].uuid;
}

std::string NewRelationDialog::memo() const {
    return toUtf8(memo_->GetValue());
}

RelationEvidenceDialog::RelationEvidenceDialog(wxWindow* parent, const wxString& title,
                                               const std::vector<EvidenceRow>& rows,
                                               const std::string& memo)
    : wxDialog(parent, wxID_ANY, title, wxDefaultPosition, wxSize(860, 460),
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(new wxStaticText(
                   this, wxID_ANY,
                   rows.empty()
                       ? _("No codings are evidence of this relation yet.")
                       : wxString::Format(wxPLURAL("%zu evidence coding", "%zu evidence codings",
                                                   static_cast<unsigned>(rows.size())),
                                          rows.size())),
               0, wxALL, 10);
    auto* list = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxLC_REPORT | wxLC_SINGLE_SEL);
    list->AppendColumn(_("Document"), wxLIST_FORMAT_LEFT, 170);
    list->AppendColumn(_("Speaker"), wxLIST_FORMAT_LEFT, 90);
    list->AppendColumn(_("Code"), wxLIST_FORMAT_LEFT, 200);
    list->AppendColumn(_("Text"), wxLIST_FORMAT_LEFT, 700);
    for (const EvidenceRow& row : rows) {
        const long item = list->InsertItem(list->GetItemCount(), fromUtf8(row.document));
        list->SetItem(item, 1, fromUtf8(row.speaker));
        list->SetItem(item, 2, fromUtf8(row.codePath));
        wxString text = fromUtf8(row.text);
        text.Replace("\n", wxString::FromUTF8(" \xC2\xB6 "));
        list->SetItem(item, 3, text);
    }
    sizer->Add(list, 1, wxEXPAND | wxLEFT | wxRIGHT, 10);
    sizer->Add(new wxStaticText(this, wxID_ANY, _("Memo")), 0, wxLEFT | wxTOP, 10);
    auto* memoText =
        new wxTextCtrl(this, wxID_ANY, memo.empty() ? _("(no memo)") : fromUtf8(memo),
                       wxDefaultPosition, wxSize(-1, 70), wxTE_MULTILINE | wxTE_READONLY);
    sizer->Add(memoText, 0, wxEXPAND | wxALL, 10);
    sizer->Add(CreateStdDialogButtonSizer(wxOK), 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 10);
    SetSizer(sizer);
    CentreOnParent();
}

} // namespace codeboom::gui
