#pragma once

#include "preferences.h"

#include <wx/dialog.h>

class wxChoice;
class wxTextCtrl;

namespace codeboom::gui {

// Edit > Preferences: the interface language (applied at the next start, as wx cannot swap the
// stock dialogs' catalog in a running program) and the coder name.
class PreferencesDialog : public wxDialog {
public:
    PreferencesDialog(wxWindow* parent, const Preferences& current);
    Preferences chosen() const;
    void choose(const Preferences& preferences); // as the controls would (tests)

private:
    wxChoice* language_;
    wxTextCtrl* coder_;
};

} // namespace codeboom::gui
