#include "codeboom/io/heatmap.h"

#include "codeboom/io/export_error.h"

#include <cairo-svg.h>
#include <cairo.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>

namespace codeboom {

bool isMarginalCell(const Matrix& matrix, std::size_t row, std::size_t column) {
    return matrix.diagonalIsMarginal && row == column;
}

HeatScale HeatScale::of(const Matrix& m) {
    HeatScale scale;
    bool any = false;
    for (std::size_t r = 0; r < m.rows(); ++r)
        for (std::size_t c = 0; c < m.columns(); ++c)
            if (const auto& v = m.at(r, c); v && !isMarginalCell(m, r, c)) {
                scale.low = any ? std::min(scale.low, *v) : *v;
                scale.high = any ? std::max(scale.high, *v) : *v;
                any = true;
            }
    // Counts and ratios are never negative: starting the scale at 0 keeps a 1 from looking like
    // nothing when every cell is 1 or more.
    scale.low = std::min(scale.low, 0.0);
    return scale;
}

double HeatScale::fraction(double value) const {
    if (high <= low)
        return value > low ? 1.0 : 0.0;
    return std::clamp((value - low) / (high - low), 0.0, 1.0);
}

Rgb HeatScale::colourOf(double value) const {
    const double t = fraction(value);
    const Rgb from = t < 0.5 ? kHeatLow : kHeatMid;
    const Rgb to = t < 0.5 ? kHeatMid : kHeatHigh;
    const double u = t < 0.5 ? t * 2 : (t - 0.5) * 2;
    auto mix = [u](unsigned char a, unsigned char b) {
        return static_cast<unsigned char>(std::lround(a + (b - a) * u));
    };
    return {mix(from.r, to.r), mix(from.g, to.g), mix(from.b, to.b)};
}

std::string hexOf(Rgb c) {
    char text[8];
    std::snprintf(text, sizeof text, "#%02X%02X%02X", c.r, c.g, c.b);
    return text;
}

namespace {

constexpr double kMargin = 20;
constexpr double kLabelFont = 12;
constexpr double kValueFont = 10;
constexpr double kTitleFont = 15;
constexpr double kGap = 8;
constexpr std::size_t kMaxLabelChars = 60;

using Cairo = std::unique_ptr<cairo_t, decltype(&cairo_destroy)>;
using Surface = std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)>;

void setColour(cairo_t* cr, Rgb c) {
    cairo_set_source_rgb(cr, c.r / 255.0, c.g / 255.0, c.b / 255.0);
}

// Cuts a label at a code point boundary, so UTF-8 stays valid.
std::string shortened(const std::string& label) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < label.size(); ++i)
        if ((static_cast<unsigned char>(label[i]) & 0xC0) != 0x80 && ++count > kMaxLabelChars)
            return label.substr(0, i) + "\xE2\x80\xA6";
    return label;
}

double textWidth(cairo_t* cr, const std::string& text) {
    cairo_text_extents_t extents;
    cairo_text_extents(cr, text.c_str(), &extents);
    return extents.x_advance;
}

struct Layout {
    double cell = 28;
    double rowLabelWidth = 0;
    double columnLabelHeight = 0;
    double top = 0; // where the column labels start
    double width = 0;
    double height = 0;
    bool values = true;
    std::string title;
    std::string subtitle;
};

std::string titleOf(const Matrix& m, Language language) {
    const auto lines = describe(m.definition, language);
    return lines.empty() ? std::string() : lines[0].second;
}

std::string subtitleOf(const Matrix& m, Language language) {
    // Columns/unit and count/measure in a line: enough to read the picture, the export's
    // statement has the rest.
    const auto lines = describe(m.definition, language);
    std::string text;
    for (const auto& [label, value] : lines)
        if (label == "Count" || label == "Telling" || label == "Measure" || label == "Maat" ||
            label == "Columns" || label == "Kolommen" || label == "Project" || label == "Date" ||
            label == "Datum")
            text += (text.empty() ? "" : "  |  ") + label + ": " + value;
    return text;
}

Layout layoutOf(const Matrix& m, Language language) {
    Surface scratch(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1), cairo_surface_destroy);
    Cairo cr(cairo_create(scratch.get()), cairo_destroy);
    cairo_select_font_face(cr.get(), "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                           CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr.get(), kLabelFont);
    Layout l;
    const std::size_t n = std::max(m.rows(), m.columns());
    if (n > 40)
        l.cell = std::max(6.0, 28.0 * 40 / static_cast<double>(n));
    l.values = l.cell >= 24;
    for (const std::string& label : m.rowLabels)
        l.rowLabelWidth = std::max(l.rowLabelWidth, textWidth(cr.get(), shortened(label)));
    for (const std::string& label : m.columnLabels)
        l.columnLabelHeight = std::max(l.columnLabelHeight, textWidth(cr.get(), shortened(label)));
    l.title = titleOf(m, language);
    l.subtitle = subtitleOf(m, language);
    const double subtitleWidth = textWidth(cr.get(), l.subtitle);
    cairo_set_font_size(cr.get(), kTitleFont);
    const double titleWidth = textWidth(cr.get(), l.title);
    l.top = kMargin + kTitleFont + kGap + kLabelFont + 2 * kGap;
    const double gridWidth = l.rowLabelWidth + kGap + l.cell * static_cast<double>(m.columns());
    const double legendWidth = 420;
    l.width =
        std::ceil(2 * kMargin + std::max({gridWidth, titleWidth, subtitleWidth, legendWidth}));
    l.height = std::ceil(l.top + l.columnLabelHeight + kGap +
                         l.cell * static_cast<double>(m.rows()) + 2 * kGap + 60 + kMargin);
    return l;
}

void draw(cairo_t* cr, const Matrix& m, const Layout& l, Language language) {
    const HeatScale scale = HeatScale::of(m);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
    cairo_set_font_size(cr, kTitleFont);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    cairo_move_to(cr, kMargin, kMargin + kTitleFont);
    cairo_show_text(cr, l.title.c_str());
    cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, kLabelFont);
    cairo_set_source_rgb(cr, 0.3, 0.3, 0.3);
    cairo_move_to(cr, kMargin, kMargin + kTitleFont + kGap + kLabelFont);
    cairo_show_text(cr, l.subtitle.c_str());

    const double gridX = kMargin + l.rowLabelWidth + kGap;
    const double gridY = l.top + l.columnLabelHeight + kGap;
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    // Column labels read upwards, their ends on the grid's top edge.
    for (std::size_t c = 0; c < m.columns(); ++c) {
        const std::string label = shortened(m.columnLabels[c]);
        cairo_save(cr);
        cairo_move_to(cr, gridX + l.cell * (static_cast<double>(c) + 0.5) + kLabelFont * 0.35,
                      gridY - kGap / 2);
        cairo_rotate(cr, -M_PI / 2);
        cairo_show_text(cr, label.c_str());
        cairo_restore(cr);
    }
    for (std::size_t r = 0; r < m.rows(); ++r) {
        const std::string label = shortened(m.rowLabels[r]);
        cairo_move_to(cr, gridX - kGap - textWidth(cr, label),
                      gridY + l.cell * (static_cast<double>(r) + 0.5) + kLabelFont * 0.35);
        cairo_show_text(cr, label.c_str());
    }
    cairo_set_font_size(cr, kValueFont);
    for (std::size_t r = 0; r < m.rows(); ++r)
        for (std::size_t c = 0; c < m.columns(); ++c) {
            const auto& v = m.at(r, c);
            const bool marginal = isMarginalCell(m, r, c);
            const Rgb colour = v && !marginal ? scale.colourOf(*v) : kHeatEmpty;
            const double x = gridX + l.cell * static_cast<double>(c);
            const double y = gridY + l.cell * static_cast<double>(r);
            setColour(cr, colour);
            cairo_rectangle(cr, x, y, l.cell, l.cell);
            cairo_fill_preserve(cr);
            cairo_set_source_rgb(cr, 1, 1, 1);
            cairo_set_line_width(cr, 1);
            cairo_stroke(cr);
            if (!l.values || !v)
                continue;
            std::string text = formatNumber(std::round(*v * 100) / 100);
            const bool dark = !marginal && scale.fraction(*v) > 0.55;
            cairo_set_source_rgb(cr, dark ? 1 : 0.1, dark ? 1 : 0.1, dark ? 1 : 0.1);
            cairo_move_to(cr, x + (l.cell - textWidth(cr, text)) / 2,
                          y + l.cell / 2 + kValueFont * 0.35);
            cairo_show_text(cr, text.c_str());
        }

    // Legend: the gradient from low to high, and what a grey cell means.
    const bool dutch = language == Language::Dutch;
    const double legendY = gridY + l.cell * static_cast<double>(m.rows()) + 2 * kGap;
    const double barWidth = 200;
    cairo_pattern_t* gradient = cairo_pattern_create_linear(kMargin, 0, kMargin + barWidth, 0);
    for (const auto& [offset, c] : {std::pair{0.0, kHeatLow}, {0.5, kHeatMid}, {1.0, kHeatHigh}})
        cairo_pattern_add_color_stop_rgb(gradient, offset, c.r / 255.0, c.g / 255.0, c.b / 255.0);
    cairo_rectangle(cr, kMargin, legendY, barWidth, 14);
    cairo_set_source(cr, gradient);
    cairo_fill_preserve(cr);
    cairo_pattern_destroy(gradient);
    cairo_set_source_rgb(cr, 0.5, 0.5, 0.5);
    cairo_set_line_width(cr, 0.5);
    cairo_stroke(cr);
    cairo_set_font_size(cr, kLabelFont);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    const std::string low = formatNumber(std::round(scale.low * 1000) / 1000);
    const std::string high = formatNumber(std::round(scale.high * 1000) / 1000);
    cairo_move_to(cr, kMargin, legendY + 14 + kLabelFont + 4);
    cairo_show_text(cr, low.c_str());
    cairo_move_to(cr, kMargin + barWidth - textWidth(cr, high), legendY + 14 + kLabelFont + 4);
    cairo_show_text(cr, high.c_str());
    setColour(cr, kHeatEmpty);
    cairo_rectangle(cr, kMargin + barWidth + 20, legendY, 14, 14);
    cairo_fill(cr);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    cairo_move_to(cr, kMargin + barWidth + 40, legendY + 11);
    const std::string grey = m.diagonalIsMarginal
                                 ? (dutch ? "leeg (onbepaald) of diagonaal (n_A)"
                                          : "empty (undefined) or diagonal (n_A)")
                                 : (dutch ? "leeg (onbepaald)" : "empty (undefined)");
    cairo_show_text(cr, grey.c_str());
}

void check(cairo_status_t status, const std::filesystem::path& file) {
    if (status != CAIRO_STATUS_SUCCESS)
        throw ExportError(
            Message{CODEBOOM_N_("{file}: cannot be written ({reason})"),
                    {{"file", file.string()}, {"reason", cairo_status_to_string(status)}}});
}

} // namespace

void writeHeatmapPng(const Matrix& matrix, const std::filesystem::path& file, Language language) {
    const Layout layout = layoutOf(matrix, language);
    Surface surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, static_cast<int>(layout.width),
                                               static_cast<int>(layout.height)),
                    cairo_surface_destroy);
    check(cairo_surface_status(surface.get()), file);
    {
        Cairo cr(cairo_create(surface.get()), cairo_destroy);
        draw(cr.get(), matrix, layout, language);
        check(cairo_status(cr.get()), file);
    }
    check(cairo_surface_write_to_png(surface.get(), file.c_str()), file);
}

void writeHeatmapSvg(const Matrix& matrix, const std::filesystem::path& file, Language language) {
    const Layout layout = layoutOf(matrix, language);
    Surface surface(cairo_svg_surface_create(file.c_str(), layout.width, layout.height),
                    cairo_surface_destroy);
    check(cairo_surface_status(surface.get()), file);
    {
        Cairo cr(cairo_create(surface.get()), cairo_destroy);
        draw(cr.get(), matrix, layout, language);
        check(cairo_status(cr.get()), file);
    }
    cairo_surface_finish(surface.get());
    check(cairo_surface_status(surface.get()), file);
}

} // namespace codeboom
