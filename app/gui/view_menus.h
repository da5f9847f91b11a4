#pragma once

#include <wx/string.h>

class wxFrame;
class wxMenuBar;

namespace codeboom::gui {

class MainFrame;

// Adds the analysis and team work to the main window's menus: File > Import / Export REFI-QDA
// and Merge projects, Code > Phase and Core category, Analysis > Code matrix, Code network,
// Integration check, Saturation curve, Team > Disagreements, Review marks, Review the coding at
// the selection, Event log. Items that need a (writable) project follow its state.
void addViewMenus(MainFrame& frame, wxMenuBar& bar);

// Opens the view called `name` (matrix, network, integration, saturation, paradigm, disagreements,
// log or reviews; integration and saturation are the two pages of one window), or raises it when it
// is open already; nullptr for another name or without a project.
wxFrame* showView(MainFrame& frame, const wxString& name);

} // namespace codeboom::gui
