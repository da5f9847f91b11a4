#pragma once

#include "codeboom/model/types.h"

#include <map>
#include <vector>

namespace codeboom {

class Project;

struct Span {
    std::size_t start = 0;
    std::size_t end = 0;
    bool operator==(const Span&) const = default;
};

// Coded regions as analysis-definitions.md defines them: overlapping or touching spans unite
// into one maximal span. The input need not be sorted.
std::vector<Span> uniteSpans(std::vector<Span> spans);

// Number of coded regions per code (all documents, all coders), computed by one sorted sweep.
std::map<RowId, std::size_t> regionCounts(Project& project);

} // namespace codeboom
