#pragma once

#include "codeboom/analysis/relation_path.h"

#include <string>
#include <vector>

namespace codeboom {

class Project;

// One category in the integration check (docs/definitions.md, "Integration check").
struct IntegrationRow {
    RowId code = 0;
    std::string path;
    bool connected = false;
    RelationPath route; // from the category to the core; no steps for the core itself
    std::size_t evidence = 0;
};

// Every category (a code with sub-codes) and the core category, in tree order, with the shortest
// path to the core over relations (either direction) and links in the code tree; among shortest
// paths the one with the most evidence. Throws InvalidArgumentError when no code is the core.
std::vector<IntegrationRow> integrationCheck(Project& project);

} // namespace codeboom
