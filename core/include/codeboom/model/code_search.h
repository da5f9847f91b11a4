#pragma once

#include "codeboom/model/code_tree.h"

#include <string_view>
#include <vector>

namespace codeboom {

// The codes a type-ahead picker offers for `query`: those whose path contains every word of the
// query, anywhere, compared by searchFold() (so "fin drem" finds "Regulatief > Financiële
// drempel"). Codes whose own name starts with the query come first, then those whose name holds
// it, then the rest; tree order within each group. An empty query offers every code.
std::vector<const Code*> codesMatching(const CodeTree& tree, std::string_view query);

} // namespace codeboom
