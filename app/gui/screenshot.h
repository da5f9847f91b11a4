#pragma once

#include <wx/string.h>

class wxTopLevelWindow;

namespace codeboom::gui {

// Saves the window as it is on screen (its whole client area, menus and panes included) as PNG.
// Returns false with a reason when the toolkit cannot read the window back.
bool saveScreenshot(wxTopLevelWindow& window, const wxString& file, wxString& error);

} // namespace codeboom::gui
