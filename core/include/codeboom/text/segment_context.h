#pragma once

#include "codeboom/text/offsets.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace codeboom {

// A coded passage with a few words of the text around it, as a retrieval list shows it (a
// keyword-in-context line). The surrounding words stop at a paragraph break: the next turn is
// another speaker, not context.
struct SegmentContext {
    std::string before;
    std::string coded;
    std::string after;
};

// The passage [start, end) (code points) of `offsets`' text with up to `words` whitespace-
// separated words before and after it. Throws InvalidArgumentError for a range past the end.
SegmentContext segmentContext(const OffsetIndex& offsets, std::size_t start, std::size_t end,
                              std::size_t words = 5);

} // namespace codeboom
