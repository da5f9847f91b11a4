#pragma once

#include "codeboom/analysis/paradigm.h"

#include <wx/panel.h>

#include <string>
#include <vector>

class wxChoice;
class wxListCtrl;
class wxStaticText;

namespace codeboom::gui {

class MainFrame;

// Strauss & Corbin's paradigm model of one category: the phenomenon chosen above, and below it
// every related code in the slot its relation's type names (causal conditions, context,
// intervening conditions, strategies, consequences; related codes whose type names no slot
// last), as core's paradigmModel places them. Double-click a row to select its code.
class ParadigmPage : public wxPanel {
public:
    ParadigmPage(wxWindow* parent, MainFrame& frame);

    // Reads the categories again and shows the chosen one's model (the core category at first).
    void reload();
    // Shows the model of the code at `path`; false when no such code is offered.
    bool showCode(const std::string& path);
    const ParadigmModel& model() const { return model_; }
    wxListCtrl* list() const { return list_; }

private:
    void showModel();

    MainFrame& frame_;
    std::vector<std::string> paths_; // offered in the choice, in tree order
    ParadigmModel model_;
    wxChoice* choice_ = nullptr;
    wxStaticText* summary_ = nullptr;
    wxListCtrl* list_ = nullptr;
};

// The Dutch or English name of a paradigm slot ("causal-conditions" ...); "" for no slot.
wxString paradigmSlotName(const std::string& slot);

} // namespace codeboom::gui
