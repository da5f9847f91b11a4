#include "merge_dialog.h"

#include "codeboom/error.h"
#include "codeboom/project.h"

#include "display_format.h"
#include "language.h"
#include "main_frame.h"

#include <wx/filedlg.h>
#include <wx/msgdlg.h>
#include <wx/utils.h>

namespace codeboom::gui {

std::vector<ReportRow> mergeRows(const MergePlan& plan) {
    std::vector<ReportRow> rows;
    for (const MergeIssue& issue : plan.issues)
        rows.push_back({(issue.severity == "conflict" ? _("Conflict") : _("Warning")) + ": " +
                            fromUtf8(issue.kind),
                        "", fromUtf8(issue.subject + " \xE2\x80\x94 " + issue.detail), true});
    for (const MergeLine& line : plan.lines)
        rows.push_back({fromUtf8(line.kind), "", fromUtf8(line.name + "  " + line.detail)});
    return rows;
}

void mergeAndOpen(MainFrame& frame, const std::vector<std::filesystem::path>& inputs,
                  const std::filesystem::path& out) {
    const std::string coder =
        frame.project() ? frame.project()->coderName() : toUtf8(wxGetUserId());
    mergeProjects(out, inputs, coder);
    frame.setProject(Project::open(out, coder));
}

void onMergeProjects(MainFrame& frame) {
    wxFileDialog pick(&frame, _("Merge projects: choose the project files"), "", "",
                      _("Codeboom projects") + " (*.codeboom)|*.codeboom",
                      wxFD_OPEN | wxFD_MULTIPLE | wxFD_FILE_MUST_EXIST);
    if (pick.ShowModal() != wxID_OK)
        return;
    wxArrayString paths;
    pick.GetPaths(paths);
    std::vector<std::filesystem::path> inputs;
    wxString names;
    for (const wxString& path : paths) {
        inputs.emplace_back(toUtf8(path));
        names += (names.empty() ? "" : ", ") + fromUtf8(inputs.back().filename().string());
    }
    MergePlan plan;
    try {
        plan = planMerge(inputs);
    } catch (const Error& e) {
        wxMessageBox(translatedError(e), _("Merge projects"), wxOK | wxICON_WARNING, &frame);
        return;
    }
    std::size_t conflicts = 0, warnings = 0;
    for (const MergeIssue& issue : plan.issues)
        ++(issue.severity == "conflict" ? conflicts : warnings);
    const wxString summary =
        conflicts ? wxString::Format(_("%zu conflicts block the merge: Codeboom does not decide "
                                       "them for you. Resolve them in the projects first."),
                                     conflicts)
                  : wxString::Format(_("No conflicts; %zu warnings. Nothing is written until you "
                                       "choose the new project file."),
                                     warnings);
    ReportDialog dryRun(&frame, _("Merge projects"), wxString::Format(_("Merging %s"), names),
                        summary, mergeRows(plan), _("Merge into a new project..."), conflicts == 0);
    if (dryRun.ShowModal() != wxID_OK)
        return;
    wxFileDialog save(&frame, _("Merged project"), "", "merged.codeboom",
                      _("Codeboom projects") + " (*.codeboom)|*.codeboom", wxFD_SAVE);
    if (save.ShowModal() != wxID_OK)
        return;
    try {
        mergeAndOpen(frame, inputs, std::filesystem::path(toUtf8(save.GetPath())));
    } catch (const Error& e) {
        wxMessageBox(translatedError(e), _("Merge projects"), wxOK | wxICON_WARNING, &frame);
    }
}

} // namespace codeboom::gui
