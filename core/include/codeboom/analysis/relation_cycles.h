#pragma once

#include "codeboom/analysis/relation_path.h"

#include <vector>

namespace codeboom {

class Project;

struct CycleReport {
    // Each cycle starts and ends at its code that comes first in tree order.
    std::vector<RelationPath> cycles;
    bool truncated = false; // more than `limit` cycles exist
};

// The cycles among directed relations (A causes B causes A): every elementary cycle of codes,
// found with Johnson's algorithm. Cycles are allowed; this reports them. Several directed
// relations from one code to the same other code count as one step, shown by the one with the
// most evidence (then the lowest type, then the oldest). Symmetric relations and the code tree
// take no part.
CycleReport directedCycles(Project& project, std::size_t limit = 1000);

} // namespace codeboom
