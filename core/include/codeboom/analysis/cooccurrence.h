#pragma once

#include "codeboom/analysis/filters.h"
#include "codeboom/analysis/matrix.h"

#include <string_view>

namespace codeboom {

class Project;

enum class CooccurrenceUnit { Overlap, Turn, Paragraph, Document };
enum class CooccurrenceMeasure { Count, Jaccard, Dice, Ochiai, Conditional };

struct CooccurrenceOptions {
    AnalysisFilter filter;
    CooccurrenceUnit unit = CooccurrenceUnit::Overlap;
    CooccurrenceMeasure measure = CooccurrenceMeasure::Count;
};

// The code co-occurrence matrix of analysis-definitions.md: rows and columns are the same codes;
// cell (A, B) is the measure of n_AB, n_A and n_B. The diagonal holds n_A for `count` and is
// empty for the ratios; the total column and row ("n") hold n_A, so every ratio can be
// recomputed. An undefined ratio (zero denominator) is empty.
Matrix cooccurrenceMatrix(Project& project, const CooccurrenceOptions& options);

CooccurrenceUnit parseCooccurrenceUnit(std::string_view text);
CooccurrenceMeasure parseCooccurrenceMeasure(std::string_view text);

} // namespace codeboom
