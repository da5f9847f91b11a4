#include "paradigm_page.h"

#include "codeboom/error.h"
#include "codeboom/model/core_category.h"
#include "codeboom/project.h"

#include "display_format.h"
#include "language.h"
#include "main_frame.h"

#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>

namespace codeboom::gui {

wxString paradigmSlotName(const std::string& slot) {
    if (slot == "causal-conditions")
        return _("Causal conditions");
    if (slot == "context")
        return _("Context");
    if (slot == "intervening-conditions")
        return _("Intervening conditions");
    if (slot == "strategies")
        return _("Strategies");
    if (slot == "consequences")
        return _("Consequences");
    return _("Related, no slot");
}

ParadigmPage::ParadigmPage(wxWindow* parent, MainFrame& frame) : wxPanel(parent), frame_(frame) {
    SetBackgroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW));
    auto* column = new wxBoxSizer(wxVERTICAL);
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    row->Add(new wxStaticText(this, wxID_ANY, _("Phenomenon (category):")), 0,
             wxALIGN_CENTER_VERTICAL | wxRIGHT, 8);
    choice_ = new wxChoice(this, wxID_ANY);
    row->Add(choice_, 1);
    column->Add(row, 0, wxEXPAND | wxALL, 12);
    summary_ = new wxStaticText(this, wxID_ANY, "");
    summary_->SetForegroundColour(wxColour(0x4B, 0x55, 0x63));
    column->Add(summary_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 12);
    list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                           wxLC_REPORT | wxLC_SINGLE_SEL);
    list_->AppendColumn(_("Slot"), wxLIST_FORMAT_LEFT, 200);
    list_->AppendColumn(_("Code"), wxLIST_FORMAT_LEFT, 430);
    list_->AppendColumn(_("Relation"), wxLIST_FORMAT_LEFT, 330);
    list_->AppendColumn(_("Evidence"), wxLIST_FORMAT_RIGHT, 100);
    column->Add(list_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 12);
    auto* note = new wxStaticText(
        this, wxID_ANY,
        _("A relation's type decides the slot: \"X is cause of the phenomenon\" puts X under "
          "causal conditions, \"the phenomenon is cause of X\" under consequences. Give your own "
          "relation types a slot with relation-type-add --slot."));
    note->SetForegroundColour(wxColour(0x4B, 0x55, 0x63));
    note->Wrap(1000);
    column->Add(note, 0, wxLEFT | wxRIGHT | wxBOTTOM, 12);
    SetSizer(column);

    choice_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { showModel(); });
    list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& event) {
        const auto index = static_cast<std::size_t>(event.GetIndex());
        if (index < model_.entries.size()) {
            frame_.selectCode(model_.entries[index].code);
            frame_.Raise();
        }
    });
}

void ParadigmPage::reload() {
    Project* project = frame_.project();
    const wxString chosen = choice_->GetStringSelection();
    paths_.clear();
    choice_->Clear();
    if (!project)
        return;
    // Categories first in the user's mind, but any code can be the phenomenon: offer every code.
    for (const Code& code : project->codeTree().codes())
        paths_.push_back(code.path);
    for (const std::string& path : paths_)
        choice_->Append(fromUtf8(path));
    int selection = chosen.empty() ? wxNOT_FOUND : choice_->FindString(chosen, true);
    if (selection == wxNOT_FOUND)
        if (const Code* core = coreCategory(*project))
            selection = choice_->FindString(fromUtf8(core->path), true);
    choice_->SetSelection(selection == wxNOT_FOUND && !paths_.empty() ? 0 : selection);
    showModel();
}

bool ParadigmPage::showCode(const std::string& path) {
    const auto it = std::find(paths_.begin(), paths_.end(), path);
    if (it == paths_.end())
        return false;
    choice_->SetSelection(static_cast<int>(it - paths_.begin()));
    showModel();
    return true;
}

void ParadigmPage::showModel() {
    list_->DeleteAllItems();
    model_ = {};
    Project* project = frame_.project();
    const int selection = choice_->GetSelection();
    if (!project || selection == wxNOT_FOUND)
        return;
    try {
        model_ = paradigmModel(*project, paths_[static_cast<std::size_t>(selection)]);
    } catch (const Error& e) {
        summary_->SetLabel(translatedError(e));
        return;
    }
    const bool dutch = interfaceLanguage() == Language::Dutch;
    for (const ParadigmEntry& entry : model_.entries) {
        const long row = list_->InsertItem(list_->GetItemCount(), paradigmSlotName(entry.slot));
        list_->SetItem(row, 1, fromUtf8(entry.path));
        const wxString type = fromUtf8(dutch ? entry.labelNl : entry.labelEn);
        // The relation as it reads, with the phenomenon where it stands.
        list_->SetItem(row, 2,
                       entry.phenomenonIsSource ? wxString::Format(_("phenomenon %s this"), type)
                                                : wxString::Format(_("this %s phenomenon"), type));
        list_->SetItem(row, 3, wxString::Format("%zu", entry.evidence));
    }
    summary_->SetLabel(
        model_.entries.empty()
            ? _("No code is related to this one yet. Relate codes to it in the network view.")
            : wxString::Format(wxPLURAL("%zu related code, placed by its relation's type.",
                                        "%zu related codes, placed by their relations' types.",
                                        static_cast<unsigned>(model_.entries.size())),
                               model_.entries.size()));
}

} // namespace codeboom::gui
