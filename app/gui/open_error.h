#pragma once

#include <wx/string.h>

namespace codeboom {
class Error;
}

namespace codeboom::gui {

// What the window says when a project cannot be opened. Core's messages are English; the window
// leads with what happened and what to do in the UI language, and keeps core's sentence as the
// detail (it names the exact cause, and a supporter can search for it).
wxString openErrorMessage(const Error& error, const wxString& file);

} // namespace codeboom::gui
