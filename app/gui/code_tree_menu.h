#pragma once

#include "codeboom/model/types.h"

#include <wx/string.h>

#include <memory>
#include <string>

class wxMenu;

namespace codeboom {
class Project;
}

namespace codeboom::gui {

class MainFrame;

// The code tree's context menu on `code`: New sub-code..., Rename..., Recolour..., Describe...,
// Merge into... and Delete. Each item ends in a core command run through MainFrame::run, so
// Edit > Undo takes it back. Items that change the project are disabled when it is read-only.
std::unique_ptr<wxMenu> codeTreeMenu(MainFrame& frame, RowId code);

// What the menu items do once their dialog has been answered; the GUI tests call these.
bool recolourCode(MainFrame& frame, RowId code, const std::string& color);
// The codebook fields Describe... edits; an empty text clears a field.
bool describeCode(MainFrame& frame, RowId code, const std::string& definition,
                  const std::string& inclusion, const std::string& exclusion);
bool deleteCode(MainFrame& frame, RowId code);
// The confirmation Delete asks, naming the codes and codings that go with the code.
wxString deleteQuestion(Project& project, RowId code);

} // namespace codeboom::gui
