#pragma once

#include <string>
#include <vector>

namespace codeboom {

class Project;

struct CheckResult {
    std::string check; // e.g. "sqlite-integrity", "coding-text"
    bool ok = true;
    std::string detail; // what was checked, or the first problems found
};

// Checks everything a damaged or hand-edited file could get wrong: SQLite's own integrity and
// foreign keys, text hashes, offsets in range, every coding's stored text against the document,
// and the event log's hash chain.
std::vector<CheckResult> checkProject(Project& project);

} // namespace codeboom
