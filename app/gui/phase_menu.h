#pragma once

#include <string>

class wxMenu;

namespace codeboom::gui {

class MainFrame;

// The Code menu's selective-coding items for the code selected in the tree: Phase > Open, Axial,
// Selective coding (radio items showing the code's phase) and Core category (checked on the
// core). Each runs a core command through MainFrame::run, so Undo reverts it.
void addPhaseMenu(MainFrame& frame, wxMenu& code);

// "open", "axial" or "selective"; false (message in lastError()) without a selected code or when
// core refuses.
bool setSelectedCodePhase(MainFrame& frame, const std::string& phase);
// Marks the selected code as the core category, or removes the mark from it.
bool setSelectedCodeCore(MainFrame& frame, bool core);

} // namespace codeboom::gui
