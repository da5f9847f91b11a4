#pragma once

#include "codeboom/analysis/matrix.h"

#include <filesystem>
#include <string>

namespace codeboom {

struct Rgb {
    unsigned char r = 0;
    unsigned char g = 0;
    unsigned char b = 0;
};

// The colour scale every matrix picture shares (heat-map PNG/SVG, HTML table, and the XLSX
// colour scale's three stops): light to dark blue from `low` to `high`. A co-occurrence diagonal
// (n_A, not a pair) is left out of the range, so it does not flatten every other cell.
struct HeatScale {
    double low = 0;
    double high = 0;
    static HeatScale of(const Matrix& matrix);
    // Where a value lies on the scale, 0..1.
    double fraction(double value) const;
    Rgb colourOf(double value) const;
};

inline constexpr Rgb kHeatLow{0xF7, 0xFB, 0xFF};
inline constexpr Rgb kHeatMid{0x6B, 0xAE, 0xD6};
inline constexpr Rgb kHeatHigh{0x08, 0x30, 0x6B};
inline constexpr Rgb kHeatEmpty{0xE6, 0xE6, 0xE6}; // an undefined cell or the diagonal

// "#RRGGBB".
std::string hexOf(Rgb colour);
// True when the cell is drawn outside the scale (the co-occurrence diagonal).
bool isMarginalCell(const Matrix& matrix, std::size_t row, std::size_t column);

// The matrix as a heat map with row and column labels, the values when the cells are large
// enough, and a colour legend; drawn with cairo, so it needs no display. Throw ExportError
// naming the file.
void writeHeatmapPng(const Matrix& matrix, const std::filesystem::path& file, Language language);
void writeHeatmapSvg(const Matrix& matrix, const std::filesystem::path& file, Language language);

} // namespace codeboom
