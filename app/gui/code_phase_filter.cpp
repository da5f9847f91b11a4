#include "code_phase_filter.h"

#include "code_tree_model.h"

#include <wx/dataview.h>

#include <algorithm>
#include <array>
#include <vector>

namespace codeboom::gui {

namespace {

// In the choice's order; the empty phase is "all phases".
constexpr std::array<const char*, 4> kPhases = {"", "open", "axial", "selective"};

} // namespace

CodePhaseFilter::CodePhaseFilter(wxWindow* parent, wxDataViewCtrl& tree, CodeTreeModel& model)
    : wxChoice(parent, wxID_ANY), tree_(tree), model_(model) {
    Append(std::vector<wxString>{_("All phases"), _("Open coding"), _("Axial coding"),
                                 _("Selective coding")});
    SetSelection(0);
    SetToolTip(_("Show the codes in this phase, with the categories they belong to"));
    Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { apply(); });
}

void CodePhaseFilter::select(const std::string& phase) {
    const auto at = std::find(kPhases.begin(), kPhases.end(), phase);
    SetSelection(at == kPhases.end() ? 0 : static_cast<int>(at - kPhases.begin()));
    apply();
}

void CodePhaseFilter::apply() {
    const int index = std::max(GetSelection(), 0);
    model_.setPhaseFilter(kPhases[static_cast<std::size_t>(index)]);
    for (const RowId id : model_.order())
        if (model_.isShown(id))
            tree_.Expand(model_.itemOf(id));
}

} // namespace codeboom::gui
