#pragma once

#include "codeboom/model/types.h"

#include <string>
#include <vector>

namespace codeboom {

class Project;

// One point of the saturation curve (docs/definitions.md, "Saturation curve").
struct SaturationPoint {
    RowId documentId = 0;
    std::string document;
    std::size_t order = 0;       // 1 for the document coded first
    std::string firstCodedAt;    // its earliest coding's created_at
    std::size_t newCodes = 0;    // codes used here and in no document earlier in the order
    std::size_t newSubcodes = 0; // those of them that are sub-codes
    std::size_t cumulative = 0;  // distinct codes used up to and including this document
};

// Documents with at least one coding, in the order they were first coded (earliest coding's
// created_at; ties by document position), with the codes each one brought in. All coders.
std::vector<SaturationPoint> saturationCurve(Project& project);

} // namespace codeboom
