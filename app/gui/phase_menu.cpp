#include "phase_menu.h"

#include "codeboom/commands/code_phase_commands.h"
#include "codeboom/commands/core_category_commands.h"
#include "codeboom/project.h"

#include "main_frame.h"

#include <wx/menu.h>

#include <array>
#include <optional>
#include <utility>

namespace codeboom::gui {

namespace {

const Code* selectedCodeOf(const MainFrame& frame) {
    const auto selected = frame.selectedCode();
    return selected && frame.project() ? frame.project()->codeTree().find(*selected) : nullptr;
}

bool canEdit(const MainFrame& frame) {
    return frame.project() && !frame.project()->readOnly() && selectedCodeOf(frame);
}

} // namespace

bool setSelectedCodePhase(MainFrame& frame, const std::string& phase) {
    const Code* code = selectedCodeOf(frame);
    if (!code)
        return false;
    SetCodePhase command(code->uuid, phase);
    return frame.run(command);
}

bool setSelectedCodeCore(MainFrame& frame, bool core) {
    const Code* code = selectedCodeOf(frame);
    if (!code)
        return false;
    SetCoreCategory command(core ? std::optional<std::string>(code->uuid) : std::nullopt);
    return frame.run(command);
}

void addPhaseMenu(MainFrame& frame, wxMenu& code) {
    const std::array<std::pair<const char*, wxString>, 3> phases = {
        std::pair{"open", _("&Open coding")}, std::pair{"axial", _("&Axial coding")},
        std::pair{"selective", _("&Selective coding")}};
    auto* phaseMenu = new wxMenu;
    code.AppendSeparator();
    code.AppendSubMenu(phaseMenu, _("&Phase"), _("The grounded-theory phase of the selected code"));
    const int core = wxWindow::NewControlId();
    code.AppendCheckItem(core, _("C&ore category"),
                         _("Mark the selected code as the core category (selective coding)"));
    for (const auto& [phase, label] : phases) {
        const int id = wxWindow::NewControlId();
        phaseMenu->AppendRadioItem(id, label);
        const std::string value = phase;
        frame.Bind(
            wxEVT_MENU, [&frame, value](wxCommandEvent&) { setSelectedCodePhase(frame, value); },
            id);
        frame.Bind(
            wxEVT_UPDATE_UI,
            [&frame, value](wxUpdateUIEvent& event) {
                event.Enable(canEdit(frame));
                // A radio item cannot be unchecked: without a selected code they stay as they are.
                if (const Code* selected = selectedCodeOf(frame))
                    event.Check(selected->phase == value);
            },
            id);
    }
    frame.Bind(
        wxEVT_MENU,
        [&frame](wxCommandEvent& event) { setSelectedCodeCore(frame, event.IsChecked()); }, core);
    frame.Bind(
        wxEVT_UPDATE_UI,
        [&frame](wxUpdateUIEvent& event) {
            event.Enable(canEdit(frame));
            const Code* selected = selectedCodeOf(frame);
            event.Check(selected && selected->isCore);
        },
        core);
}

} // namespace codeboom::gui
