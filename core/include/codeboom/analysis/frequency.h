#pragma once

#include "codeboom/analysis/filters.h"
#include "codeboom/analysis/matrix.h"

#include <string>
#include <string_view>

namespace codeboom {

class Project;

enum class FrequencyColumns { Document, Speaker, Coder, Attribute };
enum class FrequencyCount { Regions, Chars, Words, Presence };
enum class Percentages { None, Row, Column };

struct FrequencyOptions {
    AnalysisFilter filter;
    FrequencyColumns columns = FrequencyColumns::Document;
    std::string attribute; // for FrequencyColumns::Attribute
    FrequencyCount count = FrequencyCount::Regions;
    Percentages percent = Percentages::None;
};

// The code frequency matrix of analysis-definitions.md: codes x documents | speakers | coders |
// attribute values, with a total row and column (sums of the cells). With percentages a
// crosstab's row or column percentages replace the counts; a zero total leaves them empty.
Matrix frequencyMatrix(Project& project, const FrequencyOptions& options);

// Parsers for the option words (document, speaker, coder, attribute:NAME; regions, chars,
// words, presence; row, column); they throw InvalidArgumentError naming the option.
void parseFrequencyColumns(std::string_view text, FrequencyOptions& options);
FrequencyCount parseFrequencyCount(std::string_view text);
Percentages parsePercentages(std::string_view text);

} // namespace codeboom
