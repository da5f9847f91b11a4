#pragma once

#include "codeboom/team/merge.h"

#include "report_dialog.h"

#include <filesystem>
#include <vector>

namespace codeboom::gui {

class MainFrame;

// The dry run as the merge dialog lists it: conflicts and warnings first, then what the merged
// project will hold.
std::vector<ReportRow> mergeRows(const MergePlan& plan);

// Merges `inputs` into the new project `out` and opens it in the main window. Throws core's
// errors (a non-project, a newer project, conflicts); nothing is written then.
void mergeAndOpen(MainFrame& frame, const std::vector<std::filesystem::path>& inputs,
                  const std::filesystem::path& out);

// File > Merge projects...: pick the project files, show the dry run, and when the user goes on,
// ask for the new file, merge into it and open it.
void onMergeProjects(MainFrame& frame);

} // namespace codeboom::gui
