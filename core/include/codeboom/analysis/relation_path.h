#pragma once

#include "codeboom/analysis/matrix.h"
#include "codeboom/model/types.h"

#include <string>
#include <vector>

namespace codeboom {

class CodeTree;

// One step of a walk over the code network: over a relation or over a link in the code tree
// (between a category and one of its sub-codes).
struct PathStep {
    // How the step goes relative to the link: along a directed relation (or from a category to
    // its sub-code), against it, or over a symmetric relation.
    enum class Direction { Along, Against, Symmetric };
    RowId code = 0; // the code the step arrives at
    bool viaTree = false;
    std::string relationUuid; // empty for a tree link
    std::string labelNl;      // the relation type's labels; empty for a tree link
    std::string labelEn;
    Direction direction = Direction::Along;
    std::size_t evidence = 0; // evidence codings of the relation (0 for a tree link)
};

struct RelationPath {
    RowId start = 0;
    std::vector<PathStep> steps;
    std::size_t evidence() const;
};

// "A -[is oorzaak van]-> B <-[verzwakt]- C -[hangt samen met]- D -[subcode]-> D > E", with codes
// written as paths and relation types in the chosen language.
std::string describePath(const CodeTree& tree, const RelationPath& path, Language language);

} // namespace codeboom
