#pragma once

#include <cairo.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <string>

namespace codeboom::io {

// What the pictures Codeboom draws itself (network, saturation curve) share: one font for both
// the SVG and the PNG, text measured with cairo, locale-free SVG numbers and the file handling.

inline constexpr const char* kPictureFont = "DejaVu Sans";

using Cairo = std::unique_ptr<cairo_t, decltype(&cairo_destroy)>;
using Surface = std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)>;

// Text widths come from cairo's toy text API with kPictureFont, so label backgrounds fit in the
// PNG and, with that font installed, in the SVG.
class TextMeasure {
public:
    TextMeasure();
    double width(const std::string& text, double size, bool bold = false);

private:
    Surface surface_;
    Cairo cr_;
};

// A number with one decimal and a point whatever the locale (a Dutch locale would write a comma).
std::string svgNumber(double value);

// Sets the source colour from "#RRGGBB" (grey for anything else).
void setHexColor(cairo_t* cr, const std::string& hex);

// Writes the SVG text; throws ExportError naming the file.
void writeSvgFile(const std::string& svg, const std::filesystem::path& file);

// An RGB image of width x height painted by `draw`, written as PNG; throws
// ExportError naming the file when cairo fails.
void writePngFile(double width, double height, const std::function<void(cairo_t*)>& draw,
                  const std::filesystem::path& file);

} // namespace codeboom::io
