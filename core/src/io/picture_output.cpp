#include "picture_output.h"

#include "codeboom/io/export_error.h"

#include <charconv>
#include <cmath>
#include <fstream>

namespace codeboom::io {

namespace {

void check(cairo_status_t status, const std::filesystem::path& file) {
    if (status != CAIRO_STATUS_SUCCESS)
        throw ExportError(
            Message{CODEBOOM_N_("{file}: cannot be written ({reason})"),
                    {{"file", file.string()}, {"reason", cairo_status_to_string(status)}}});
}

} // namespace

TextMeasure::TextMeasure()
    : surface_(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1), cairo_surface_destroy),
      cr_(cairo_create(surface_.get()), cairo_destroy) {}

double TextMeasure::width(const std::string& text, double size, bool bold) {
    cairo_select_font_face(cr_.get(), kPictureFont, CAIRO_FONT_SLANT_NORMAL,
                           bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr_.get(), size);
    cairo_text_extents_t extents;
    cairo_text_extents(cr_.get(), text.c_str(), &extents);
    return extents.x_advance;
}

std::string svgNumber(double value) {
    char text[32];
    const auto result = std::to_chars(text, text + sizeof text, std::round(value * 10) / 10,
                                      std::chars_format::fixed, 1);
    return std::string(text, result.ptr);
}

void setHexColor(cairo_t* cr, const std::string& hex) {
    const auto channel = [&](std::size_t at) {
        return static_cast<double>(std::stoi(hex.substr(at, 2), nullptr, 16)) / 255.0;
    };
    if (hex.size() == 7 && hex[0] == '#')
        cairo_set_source_rgb(cr, channel(1), channel(3), channel(5));
    else
        cairo_set_source_rgb(cr, 0.6, 0.6, 0.6);
}

void writeSvgFile(const std::string& svg, const std::filesystem::path& file) {
    std::ofstream out(file, std::ios::binary);
    out << svg;
    out.close();
    if (!out)
        throw ExportError(
            Message{CODEBOOM_N_("{file}: cannot be written (is the folder writable?)"),
                    {{"file", file.string()}}});
}

void writePngFile(double width, double height, const std::function<void(cairo_t*)>& draw,
                  const std::filesystem::path& file) {
    Surface surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24,
                                               static_cast<int>(std::ceil(width)),
                                               static_cast<int>(std::ceil(height))),
                    cairo_surface_destroy);
    check(cairo_surface_status(surface.get()), file);
    {
        Cairo cr(cairo_create(surface.get()), cairo_destroy);
        draw(cr.get());
        check(cairo_status(cr.get()), file);
    }
    check(cairo_surface_write_to_png(surface.get(), file.c_str()), file);
}

} // namespace codeboom::io
