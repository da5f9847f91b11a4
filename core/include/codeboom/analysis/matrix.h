#pragma once

#include "codeboom/analysis/filters.h"
#include "codeboom/model/language.h"
#include "codeboom/model/types.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace codeboom {

// What produced a matrix, in words a reader can recompute from (analysis-definitions.md says
// every export carries unit, counting rule, filters and formula).
struct MatrixDefinition {
    std::string analysis; // "frequency" or "cooccurrence"
    std::string columns;  // frequency: document, speaker, coder or attribute:NAME
    std::string count;    // frequency: regions, chars, words or presence
    std::string percent;  // frequency: "", "row" or "column"
    std::string unit;     // co-occurrence: overlap, turn, paragraph or document
    std::string measure;  // co-occurrence: count, jaccard, dice, ochiai or conditional
    AnalysisFilter filter;
    std::string project; // file name
    std::string date;    // ISO 8601, UTC
};

// One coded region behind a cell, for drill-down and audit.
struct MatrixRegion {
    RowId documentId = 0;
    std::string document;
    RowId codeId = 0;
    std::string code;  // path
    std::string coder; // only for coder columns; empty when the region unites every coder
    std::size_t start = 0;
    std::size_t end = 0;
    bool operator==(const MatrixRegion&) const = default;
};

// The result of an analysis as a plain object the views only read: rows are codes in tree order,
// cells are numbers or empty (an undefined ratio), and every cell can list the regions behind it.
class Matrix {
public:
    std::vector<std::string> rowLabels; // code paths
    std::vector<RowId> rowCodes;
    std::vector<std::string> rowColors;
    std::vector<std::string> columnLabels;
    // Frequency: "total" (sums of the cells). Co-occurrence: "n" (n_A of each code).
    std::string totalLabel;
    std::vector<std::optional<double>> rowTotals;
    std::vector<std::optional<double>> columnTotals;
    std::optional<double> grandTotal;
    // Co-occurrence: the diagonal holds n_A (count) or nothing, not a pair's value, so pictures
    // leave it out of the colour scale.
    bool diagonalIsMarginal = false;
    MatrixDefinition definition;

    std::size_t rows() const { return rowLabels.size(); }
    std::size_t columns() const { return columnLabels.size(); }
    const std::optional<double>& at(std::size_t row, std::size_t column) const {
        return cells_[row * columns() + column];
    }
    std::optional<double>& at(std::size_t row, std::size_t column) {
        return cells_[row * columns() + column];
    }
    void resize(std::size_t rows, std::size_t columns);

    // The coded regions the cell counts, ordered by document, start and code.
    std::vector<MatrixRegion> regionsBehind(std::size_t row, std::size_t column) const;

    // How regionsBehind() finds a cell's regions again without storing a list per cell (a
    // co-occurrence matrix of a large project has millions of pairs).
    struct Provenance {
        enum class Rule { ByKey, Overlap, SharedUnit };
        Rule rule = Rule::ByKey;
        std::vector<Region> regions;       // sorted by row, document, coder, start
        std::vector<std::size_t> rowBegin; // as RegionSet::rowBegin
        // Per region (CSR): frequency: the columns it counts for; SharedUnit: the units (global
        // ids, sorted) it intersects.
        std::vector<std::uint32_t> keyBegin;
        std::vector<std::uint32_t> keys;
        std::vector<RowId> documentIds;
        std::vector<std::string> documentNames;
        std::vector<std::string> coderNames;
        bool splitByCoder = false;
    };
    Provenance provenance;

private:
    std::vector<std::optional<double>> cells_;
};

// The statement of unit, rule, filters, measure, formula, project and date as label/text lines.
std::vector<std::pair<std::string, std::string>> describe(const MatrixDefinition& definition,
                                                          Language language);
// The same as "Label: text" lines, each ending in '\n'.
std::string statementText(const MatrixDefinition& definition, Language language);

// A number as exports write it: whole numbers without a fraction, others as the shortest decimal
// that reads back to the same double; `decimal` is '.' or ','.
std::string formatNumber(double value, char decimal = '.');

} // namespace codeboom
