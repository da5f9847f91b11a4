#pragma once

#include <cstddef>
#include <string_view>

namespace codeboom {

// How much two texts have in common, from 0 (nothing) to 1 (the same words in the same order):
// the Jaccard index of their sets of four-word shingles. A corrected typo changes the four
// shingles around it, so a transcript with a few fixes still scores well above 0.9.
double textSimilarity(std::string_view a, std::string_view b);

// The line (from 1) on which two texts first differ; 0 when they are equal.
std::size_t firstDifferingLine(std::string_view a, std::string_view b);

} // namespace codeboom
