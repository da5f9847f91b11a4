#include "preferences_dialog.h"

#include <wx/choice.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace codeboom::gui {

namespace {

// The choice's entries, in order: the system's language, then each language in its own name.
const wxString kLanguageCodes[] = {"", "nl", "en"};

} // namespace

PreferencesDialog::PreferencesDialog(wxWindow* parent, const Preferences& current)
    : wxDialog(parent, wxID_ANY, _("Preferences")) {
    language_ = new wxChoice(this, wxID_ANY);
    language_->Append(_("System default"));
    language_->Append("Nederlands");
    language_->Append("English");
    auto* languageNote = new wxStaticText(
        this, wxID_ANY, _("A new language applies the next time Codeboom starts."));
    languageNote->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    coder_ = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxSize(240, -1));
    auto* coderNote =
        new wxStaticText(this, wxID_ANY, _("Your codings, memos and log entries carry this name."));
    coderNote->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));

    auto* grid = new wxFlexGridSizer(2, wxSize(12, 4));
    grid->AddGrowableCol(1);
    grid->Add(new wxStaticText(this, wxID_ANY, _("Interface language:")), 0,
              wxALIGN_CENTER_VERTICAL);
    grid->Add(language_, 0, wxEXPAND);
    grid->AddSpacer(0);
    grid->Add(languageNote, 0, wxBOTTOM, 10);
    grid->Add(new wxStaticText(this, wxID_ANY, _("Coder name:")), 0, wxALIGN_CENTER_VERTICAL);
    grid->Add(coder_, 0, wxEXPAND);
    grid->AddSpacer(0);
    grid->Add(coderNote, 0);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(grid, 1, wxEXPAND | wxALL, 14);
    if (wxSizer* buttons = CreateSeparatedButtonSizer(wxOK | wxCANCEL))
        sizer->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 10);
    SetSizerAndFit(sizer);
    choose(current);
}

void PreferencesDialog::choose(const Preferences& preferences) {
    language_->SetSelection(0);
    for (int i = 0; i < 3; ++i)
        if (kLanguageCodes[i] == preferences.language)
            language_->SetSelection(i);
    coder_->ChangeValue(preferences.coder);
}

Preferences PreferencesDialog::chosen() const {
    Preferences preferences;
    const int selection = language_->GetSelection();
    preferences.language = selection > 0 ? kLanguageCodes[selection] : wxString();
    preferences.coder = coder_->GetValue();
    preferences.coder.Trim().Trim(false);
    return preferences;
}

} // namespace codeboom::gui
