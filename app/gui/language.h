#pragma once

#include <wx/string.h>

namespace codeboom::gui {

// Sets the UI language: wx's own catalog (stock dialogs), then ours from <exe dir>/<lang>/,
// then ICU's default locale. `code` is "nl", "en" or empty for the system's language.
void setUpLanguage(const wxString& code);

} // namespace codeboom::gui
