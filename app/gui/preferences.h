#pragma once

#include <wx/string.h>

class wxConfigBase;

namespace codeboom::gui {

// What the user chose in Edit > Preferences, kept in wxConfig between sessions.
struct Preferences {
    wxString language; // "nl", "en", or empty for the system's language
    wxString coder;    // empty: $CODEBOOM_CODER, else the login name

    static Preferences load(wxConfigBase& config);
    void save(wxConfigBase& config) const;
};

// The coder name to use: the command line's, else the preference, else $CODEBOOM_CODER, else
// the login name.
wxString effectiveCoder(const wxString& commandLine, const Preferences& preferences);

} // namespace codeboom::gui
