#include "preferences.h"

#include <wx/config.h>
#include <wx/utils.h>

namespace codeboom::gui {

Preferences Preferences::load(wxConfigBase& config) {
    Preferences preferences;
    config.Read("/preferences/language", &preferences.language);
    config.Read("/preferences/coder", &preferences.coder);
    if (preferences.language != "nl" && preferences.language != "en")
        preferences.language.clear();
    return preferences;
}

void Preferences::save(wxConfigBase& config) const {
    config.Write("/preferences/language", language);
    config.Write("/preferences/coder", coder);
    config.Flush();
}

wxString effectiveCoder(const wxString& commandLine, const Preferences& preferences) {
    if (!commandLine.empty())
        return commandLine;
    if (!preferences.coder.empty())
        return preferences.coder;
    wxString environment;
    if (wxGetEnv("CODEBOOM_CODER", &environment) && !environment.empty())
        return environment;
    return wxGetUserId();
}

} // namespace codeboom::gui
