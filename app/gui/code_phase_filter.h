#pragma once

#include <wx/choice.h>

#include <string>

class wxDataViewCtrl;

namespace codeboom::gui {

class CodeTreeModel;

// The choice above the code tree that narrows it to one grounded-theory phase (all phases, open,
// axial, selective). The model does the filtering; this control only tells it the phase and
// opens the tree again, so every code that is shown can be seen.
class CodePhaseFilter : public wxChoice {
public:
    CodePhaseFilter(wxWindow* parent, wxDataViewCtrl& tree, CodeTreeModel& model);

    // "open", "axial" or "selective"; empty for all phases. As choosing it in the list does.
    void select(const std::string& phase);

private:
    void apply();

    wxDataViewCtrl& tree_;
    CodeTreeModel& model_;
};

} // namespace codeboom::gui
