#pragma once

#include "codeboom/commands/command_label.h"

#include <wx/string.h>

#include <exception>

namespace codeboom::gui {

// Sets the UI language: wx's own catalog (stock dialogs), then ours from <catalogs>/<lang>/,
// then ICU's default locale. `code` is "nl", "en" or empty for the system's language;
// `catalogs` defaults to the executable's folder, where the build and the install put them.
void setUpLanguage(const wxString& code, const wxString& catalogs = {});

// A command's label in the UI language: core's English message looked up in our catalog, then
// its placeholders filled in ("code 'Financiële drempel' toepassen").
wxString translatedLabel(const CommandLabel& label);

// What an error says, in the UI language: core's errors carry their message with its values
// (error.h), translated like a label; any other exception's text is shown as it is.
wxString translatedError(const std::exception& error);

} // namespace codeboom::gui
