#include "codeboom/io/saturation_picture.h"

#include "codeboom/io/export_error.h"
#include "codeboom/io/html_page.h"

#include "picture_output.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <string>
#include <vector>

namespace codeboom {

namespace {

using io::svgNumber;

constexpr double kTitleFont = 15;
constexpr double kLabelFont = 11;
constexpr double kTickFont = 10.5;
constexpr double kValueFont = 10;
constexpr double kPlotHeight = 300; // the least; a larger picture gives the plot the rest
constexpr double kNameAngle = -40;  // degrees; document names rise to the right, ending at the bar
constexpr std::size_t kMaxNameChars = 32;
constexpr const char* kTopLevelColor = "#4c78a8";
constexpr const char* kSubcodeColor = "#9ecae9";
constexpr const char* kCumulativeColor = "#e45756";
constexpr const char* kTextColor = "#222222";
constexpr const char* kMutedColor = "#555555";
constexpr const char* kGridColor = "#e3e3e3";

enum class Anchor { Start, Middle, End };

struct Text {
    std::string text;
    double x = 0;
    double y = 0; // the baseline
    double size = kLabelFont;
    Anchor anchor = Anchor::Start;
    double angle = 0; // degrees, about (x, y); negative turns anticlockwise
    const char* color = kTextColor;
    bool bold = false;
};

struct Box {
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
    const char* color = kTopLevelColor;
};

struct Line {
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    const char* color = kMutedColor;
    double width = 1;
};

struct DocumentShapes {
    std::string title; // its numbers, as a tooltip in the SVG
    Box topLevel;
    Box subcodes;
    double dotX = 0;
    double dotY = 0;
    Text cumulative;
    Text name;
};

struct Scene {
    double width = 0;
    double height = 0;
    std::vector<Line> grid;
    std::vector<Line> axes;
    std::vector<DocumentShapes> documents;
    std::vector<Box> swatches;
    std::vector<Text> texts;
};

// A name cut to kMaxNameChars code points with an ellipsis, so one long file name does not push
// the chart off the page.
std::string shortened(const std::string& name) {
    std::size_t chars = 0;
    for (std::size_t i = 0; i < name.size(); ++i)
        if ((static_cast<unsigned char>(name[i]) & 0xC0) != 0x80 && ++chars > kMaxNameChars)
            return name.substr(0, i) + "\xE2\x80\xA6";
    return name;
}

// 1, 2 or 5 times a power of ten, so that the axis has at most six steps.
std::size_t tickStep(std::size_t highest) {
    for (std::size_t power = 1;; power *= 10)
        for (const std::size_t factor : {std::size_t{1}, std::size_t{2}, std::size_t{5}})
            if (highest <= 6 * factor * power)
                return factor * power;
}

std::string count(std::size_t value) {
    return std::to_string(value);
}

Scene sceneOf(const std::vector<SaturationPoint>& curve, Language language,
              const std::filesystem::path& file, PictureSize fill) {
    if (curve.empty())
        throw ExportError(
            Message{CODEBOOM_N_("{file}: nothing to draw: no document has codings yet"),
                    {{"file", file.string()}}});
    const bool dutch = language == Language::Dutch;
    io::TextMeasure measure;
    const double sine = std::sin(-kNameAngle * std::numbers::pi / 180);
    const double cosine = std::cos(-kNameAngle * std::numbers::pi / 180);

    double longestName = 0;
    for (const SaturationPoint& point : curve)
        longestName = std::max(longestName, measure.width(shortened(point.document), kLabelFont));
    const std::size_t highest =
        std::max<std::size_t>(1, std::max_element(curve.begin(), curve.end(), [](auto& a, auto& b) {
                                     return a.cumulative < b.cumulative;
                                 })->cumulative);
    const std::size_t step = tickStep(highest);
    const std::size_t top = (highest + step - 1) / step * step;

    const std::string title =
        dutch ? "Verzadiging: nieuwe codes per document" : "Saturation: new codes per document";
    const std::vector<std::pair<std::string, const char*>> legend = {
        {dutch ? "Nieuwe hoofdcodes" : "New top-level codes", kTopLevelColor},
        {dutch ? "Nieuwe subcodes" : "New sub-codes", kSubcodeColor},
        {dutch ? "Codes tot nu toe (cumulatief)" : "Codes so far (cumulative)", kCumulativeColor}};
    double legendWidth = 0;
    for (const auto& [text, color] : legend)
        legendWidth += 18 + measure.width(text, kLabelFont) + 22;

    // The first name runs down to the left of its bar; the margin makes room for it.
    const double n = static_cast<double>(curve.size());
    double slot = std::clamp(660 / n, 36.0, 200.0);
    const double plotLeft = std::max(64.0, 12 + longestName * cosine - slot / 2);
    const double plotTop = 86;
    // Below the plot: the names, the axis title and the margins.
    const double below = 12 + longestName * sine + kLabelFont + 34;
    const double plotHeight = std::max(kPlotHeight, fill.height - plotTop - below);
    const double plotBottom = plotTop + plotHeight;
    double width = plotLeft + n * slot + 28;
    width = std::max(
        {width, 24 + legendWidth, 40 + measure.width(title, kTitleFont, true), fill.width});
    slot = (width - plotLeft - 28) / n;
    const double height = plotBottom + below;
    const auto yOf = [&](double value) {
        return plotBottom - plotHeight * value / static_cast<double>(top);
    };

    Scene scene;
    scene.width = std::ceil(width);
    scene.height = std::ceil(height);
    scene.texts.push_back({title, 20, 30, kTitleFont, Anchor::Start, 0, kTextColor, true});
    double x = 20;
    for (const auto& [text, color] : legend) {
        if (color == kCumulativeColor) {
            scene.axes.push_back({x, 54, x + 14, 54, color, 2});
        } else {
            scene.swatches.push_back({x, 48, 14, 12, color});
        }
        scene.texts.push_back({text, x + 18, 58, kLabelFont, Anchor::Start, 0, kMutedColor});
        x += 18 + measure.width(text, kLabelFont) + 22;
    }
    for (std::size_t value = 0; value <= top; value += step) {
        const double y = yOf(static_cast<double>(value));
        if (value > 0)
            scene.grid.push_back({plotLeft, y, width - 20, y, kGridColor, 1});
        scene.axes.push_back({plotLeft - 4, y, plotLeft, y, kMutedColor, 1});
        scene.texts.push_back(
            {count(value), plotLeft - 8, y + kTickFont * 0.35, kTickFont, Anchor::End});
    }
    scene.axes.push_back({plotLeft, plotTop - 6, plotLeft, plotBottom, kMutedColor, 1});
    scene.axes.push_back({plotLeft, plotBottom, width - 20, plotBottom, kMutedColor, 1});
    scene.texts.push_back({dutch ? "Aantal codes" : "Number of codes", 22,
                           (plotTop + plotBottom) / 2, kLabelFont, Anchor::Middle, -90,
                           kMutedColor});
    scene.texts.push_back(
        {dutch ? "Documenten in volgorde van coderen" : "Documents in the order they were coded",
         plotLeft + (width - 20 - plotLeft) / 2, height - 14, kLabelFont, Anchor::Middle, 0,
         kMutedColor});

    const double barWidth = std::min(46.0, slot * 0.6);
    for (std::size_t i = 0; i < curve.size(); ++i) {
        const SaturationPoint& point = curve[i];
        const double centre = plotLeft + slot * (static_cast<double>(i) + 0.5);
        const std::size_t topLevel = point.newCodes - point.newSubcodes;
        DocumentShapes shapes;
        shapes.title = point.document + ": " + count(point.newCodes) +
                       (dutch ? " nieuwe codes (" : " new codes (") + count(point.newSubcodes) +
                       (dutch ? " subcodes), " : " sub-codes), ") + count(point.cumulative) +
                       (dutch ? " in totaal" : " in all");
        const double topLevelY = yOf(static_cast<double>(topLevel));
        shapes.topLevel = {centre - barWidth / 2, topLevelY, barWidth, plotBottom - topLevelY,
                           kTopLevelColor};
        const double newY = yOf(static_cast<double>(point.newCodes));
        shapes.subcodes = {centre - barWidth / 2, newY, barWidth, topLevelY - newY, kSubcodeColor};
        shapes.dotX = centre;
        shapes.dotY = yOf(static_cast<double>(point.cumulative));
        shapes.cumulative = {count(point.cumulative), centre, shapes.dotY - 8,  kValueFont,
                             Anchor::Middle,          0,      kCumulativeColor, true};
        shapes.name = {shortened(point.document),
                       centre + 4,
                       plotBottom + 14,
                       kLabelFont,
                       Anchor::End,
                       kNameAngle};
        scene.documents.push_back(std::move(shapes));
    }
    return scene;
}

const char* anchorName(Anchor anchor) {
    switch (anchor) {
    case Anchor::Middle:
        return "middle";
    case Anchor::End:
        return "end";
    default:
        return "start";
    }
}

std::string svgText(const Text& text) {
    std::string out = "<text x=\"" + svgNumber(text.x) + "\" y=\"" + svgNumber(text.y) +
                      "\" font-size=\"" + svgNumber(text.size) + "\" fill=\"" + text.color + "\"";
    if (text.anchor != Anchor::Start)
        out += std::string(" text-anchor=\"") + anchorName(text.anchor) + "\"";
    if (text.bold)
        out += " font-weight=\"bold\"";
    if (text.angle != 0)
        out += " transform=\"rotate(" + svgNumber(text.angle) + " " + svgNumber(text.x) + " " +
               svgNumber(text.y) + ")\"";
    return out + ">" + escapeHtml(text.text) + "</text>";
}

std::string svgBox(const Box& box, const std::string& className) {
    return "<rect class=\"" + className + "\" x=\"" + svgNumber(box.x) + "\" y=\"" +
           svgNumber(box.y) + "\" width=\"" + svgNumber(box.width) + "\" height=\"" +
           svgNumber(box.height) + "\" fill=\"" + box.color + "\"/>";
}

std::string svgLine(const Line& line) {
    return "<line x1=\"" + svgNumber(line.x1) + "\" y1=\"" + svgNumber(line.y1) + "\" x2=\"" +
           svgNumber(line.x2) + "\" y2=\"" + svgNumber(line.y2) + "\" stroke=\"" + line.color +
           "\" stroke-width=\"" + svgNumber(line.width) + "\"/>";
}

void drawText(cairo_t* cr, const Text& text) {
    cairo_save(cr);
    cairo_select_font_face(cr, io::kPictureFont, CAIRO_FONT_SLANT_NORMAL,
                           text.bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, text.size);
    cairo_text_extents_t extents;
    cairo_text_extents(cr, text.text.c_str(), &extents);
    const double shift = text.anchor == Anchor::Start    ? 0
                         : text.anchor == Anchor::Middle ? extents.x_advance / 2
                                                         : extents.x_advance;
    cairo_translate(cr, text.x, text.y);
    cairo_rotate(cr, text.angle * std::numbers::pi / 180);
    io::setHexColor(cr, text.color);
    cairo_move_to(cr, -shift, 0);
    cairo_show_text(cr, text.text.c_str());
    cairo_new_path(cr);
    cairo_restore(cr);
}

void drawBox(cairo_t* cr, const Box& box) {
    if (box.height <= 0)
        return;
    io::setHexColor(cr, box.color);
    cairo_rectangle(cr, box.x, box.y, box.width, box.height);
    cairo_fill(cr);
}

void drawLine(cairo_t* cr, const Line& line) {
    io::setHexColor(cr, line.color);
    cairo_set_line_width(cr, line.width);
    // Half-pixel offsets keep one-pixel lines sharp.
    const double offset = line.width == 1 ? 0.5 : 0;
    cairo_move_to(cr, std::floor(line.x1) + offset, std::floor(line.y1) + offset);
    cairo_line_to(cr, std::floor(line.x2) + offset, std::floor(line.y2) + offset);
    cairo_stroke(cr);
}

void draw(cairo_t* cr, const Scene& scene) {
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    for (const Line& line : scene.grid)
        drawLine(cr, line);
    for (const DocumentShapes& document : scene.documents) {
        drawBox(cr, document.topLevel);
        drawBox(cr, document.subcodes);
    }
    for (const Line& line : scene.axes)
        drawLine(cr, line);
    for (const Box& box : scene.swatches)
        drawBox(cr, box);
    io::setHexColor(cr, kCumulativeColor);
    cairo_set_line_width(cr, 2);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    for (const DocumentShapes& document : scene.documents)
        cairo_line_to(cr, document.dotX, document.dotY);
    cairo_stroke(cr);
    for (const DocumentShapes& document : scene.documents) {
        io::setHexColor(cr, kCumulativeColor);
        cairo_arc(cr, document.dotX, document.dotY, 3.5, 0, 2 * std::numbers::pi);
        cairo_fill(cr);
        drawText(cr, document.cumulative);
        drawText(cr, document.name);
    }
    for (const Text& text : scene.texts)
        drawText(cr, text);
}

} // namespace

void writeSaturationSvg(const std::vector<SaturationPoint>& curve,
                        const std::filesystem::path& file, Language language, PictureSize fill) {
    const Scene scene = sceneOf(curve, language, file, fill);
    std::string svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + svgNumber(scene.width) +
           "\" height=\"" + svgNumber(scene.height) + "\" viewBox=\"0 0 " + svgNumber(scene.width) +
           " " + svgNumber(scene.height) + "\" font-family=\"" + io::kPictureFont +
           ", Verdana, sans-serif\">\n";
    svg += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n<g class=\"grid\">";
    for (const Line& line : scene.grid)
        svg += svgLine(line);
    svg += "</g>\n<g class=\"documents\">\n";
    for (const DocumentShapes& document : scene.documents) {
        svg += "<g class=\"document\"><title>" + escapeHtml(document.title) + "</title>";
        if (document.topLevel.height > 0)
            svg += svgBox(document.topLevel, "bar top-level");
        if (document.subcodes.height > 0)
            svg += svgBox(document.subcodes, "bar sub-codes");
        svg += svgText(document.name) + "</g>\n";
    }
    svg += "</g>\n<g class=\"axes\">";
    for (const Line& line : scene.axes)
        svg += svgLine(line);
    svg += "</g>\n<g class=\"legend\">";
    for (const Box& box : scene.swatches)
        svg += svgBox(box, "swatch");
    svg += "</g>\n<g class=\"cumulative\"><polyline fill=\"none\" stroke=\"" +
           std::string(kCumulativeColor) +
           "\" stroke-width=\"2\" stroke-linejoin=\"round\" "
           "points=\"";
    for (const DocumentShapes& document : scene.documents)
        svg += svgNumber(document.dotX) + "," + svgNumber(document.dotY) + " ";
    svg.back() = '"';
    svg += "/>";
    for (const DocumentShapes& document : scene.documents)
        svg += "<circle cx=\"" + svgNumber(document.dotX) + "\" cy=\"" + svgNumber(document.dotY) +
               "\" r=\"3.5\" fill=\"" + kCumulativeColor + "\"/>" + svgText(document.cumulative);
    svg += "</g>\n<g class=\"labels\">\n";
    for (const Text& text : scene.texts)
        svg += svgText(text) + "\n";
    svg += "</g>\n</svg>\n";
    io::writeSvgFile(svg, file);
}

void writeSaturationPng(const std::vector<SaturationPoint>& curve,
                        const std::filesystem::path& file, Language language, PictureSize fill) {
    const Scene scene = sceneOf(curve, language, file, fill);
    io::writePngFile(
        scene.width, scene.height, [&](cairo_t* cr) { draw(cr, scene); }, file);
}

} // namespace codeboom
