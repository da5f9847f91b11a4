#include "codeboom/io/network_picture.h"

#include "codeboom/io/export_error.h"
#include "codeboom/io/html_page.h"
#include "codeboom/view/network_geometry.h"

#include "picture_output.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace codeboom {

namespace {

constexpr double kNodeFont = 12;
constexpr double kEdgeFont = 10.5;
constexpr double kLegendFont = 11;

using io::svgNumber;

struct Label {
    std::string text;
    NetworkPoint centre;
    double width = 0;
    double size = 0;
};

struct EdgeShape {
    NetworkPoint start;
    NetworkPoint control; // of a quadratic Bézier curve; the middle of a straight line
    NetworkPoint end;
    std::optional<std::array<NetworkPoint, 3>> arrow;
    Label label;
    std::string uuid;
};

struct NodeShape {
    NetworkPoint centre;
    double radius = 0;
    std::string color;
    bool core = false;
    Label label;
    std::string uuid;
    std::string path;
};

struct Scene {
    double width = 0;
    double height = 0;
    std::vector<EdgeShape> edges;
    std::vector<NodeShape> nodes;
    Label legend;
};

Scene sceneOf(const Network& network, Language language, const std::filesystem::path& file) {
    if (network.nodes.empty())
        throw ExportError(
            Message{CODEBOOM_N_("{file}: nothing to draw: no code takes part in a relation and no "
                                "code is the core category"),
                    {{"file", file.string()}}});
    io::TextMeasure measure;
    Scene scene;
    scene.width = network.width;
    scene.height = network.height;
    const bool dutch = language == Language::Dutch;
    for (const NetworkNode& node : network.nodes) {
        NodeShape shape;
        shape.centre = {node.x, node.y};
        shape.radius = node.radius;
        shape.color = node.color;
        shape.core = node.isCore;
        shape.uuid = node.uuid;
        shape.path = node.path;
        shape.label = {node.name, nameCentreOf(node), measure.width(node.name, kNodeFont),
                       kNodeFont};
        scene.nodes.push_back(std::move(shape));
    }
    NetworkLabelStyle style;
    style.nodeFont = kNodeFont;
    style.edgeFont = kEdgeFont;
    style.textWidth = [&](const std::string& text, double size) {
        return measure.width(text, size);
    };
    const std::vector<EdgeCurve> curves = curvesOf(network, language, style);
    for (std::size_t i = 0; i < curves.size(); ++i) {
        const EdgeCurve& curve = curves[i];
        EdgeShape shape;
        shape.uuid = network.edges[i].relationUuid;
        shape.start = curve.start;
        shape.control = curve.control;
        shape.end = curve.end;
        if (curve.directed)
            shape.arrow = curve.arrow;
        shape.label = {edgeLabelOf(network.edges[i], language), curve.labelCentre, curve.labelWidth,
                       kEdgeFont};
        scene.edges.push_back(std::move(shape));
    }
    const std::string legend =
        dutch ? "Grootte: aantal gecodeerde fragmenten. Dubbele rand: kerncategorie. "
                "Pijl: gerichte relatie; lijn: symmetrische relatie."
              : "Size: number of coded regions. Double ring: core category. "
                "Arrow: directed relation; line: symmetric relation.";
    scene.legend = {
        legend, {0, scene.height - 12}, measure.width(legend, kLegendFont), kLegendFont};
    scene.legend.centre.x = 12 + scene.legend.width / 2;
    return scene;
}

std::string svgLabel(const Label& label, const char* textColor, double backgroundOpacity) {
    const double height = label.size + 4;
    std::string out = "<rect x=\"" + svgNumber(label.centre.x - label.width / 2 - 3) + "\" y=\"" +
                      svgNumber(label.centre.y - height / 2) + "\" width=\"" +
                      svgNumber(label.width + 6) + "\" height=\"" + svgNumber(height) +
                      "\" rx=\"3\" stroke=\"none\" fill=\"#ffffff\" fill-opacity=\"" +
                      svgNumber(backgroundOpacity) + "\"/>";
    out += "<text x=\"" + svgNumber(label.centre.x) + "\" y=\"" +
           svgNumber(label.centre.y + label.size * 0.35) +
           "\" text-anchor=\"middle\" stroke=\"none\" fill=\"" + textColor + "\" font-size=\"" +
           svgNumber(label.size) + "\">" + escapeHtml(label.text) + "</text>";
    return out;
}

void drawLabel(cairo_t* cr, const Label& label, double grey, double backgroundOpacity) {
    const double height = label.size + 4;
    if (backgroundOpacity > 0) {
        cairo_set_source_rgba(cr, 1, 1, 1, backgroundOpacity);
        cairo_rectangle(cr, label.centre.x - label.width / 2 - 3, label.centre.y - height / 2,
                        label.width + 6, height);
        cairo_fill(cr);
    }
    cairo_set_source_rgb(cr, grey, grey, grey);
    cairo_set_font_size(cr, label.size);
    cairo_move_to(cr, label.centre.x - label.width / 2, label.centre.y + label.size * 0.35);
    cairo_show_text(cr, label.text.c_str());
}

void draw(cairo_t* cr, const Scene& scene) {
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_select_font_face(cr, io::kPictureFont, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    for (const EdgeShape& edge : scene.edges) {
        // cairo draws cubic curves: the quadratic's control point, two thirds of the way.
        const NetworkPoint c1 = edge.start + (edge.control - edge.start) * (2.0 / 3);
        const NetworkPoint c2 = edge.end + (edge.control - edge.end) * (2.0 / 3);
        cairo_set_source_rgb(cr, 0.35, 0.35, 0.35);
        cairo_set_line_width(cr, 1.4);
        cairo_move_to(cr, edge.start.x, edge.start.y);
        cairo_curve_to(cr, c1.x, c1.y, c2.x, c2.y, edge.end.x, edge.end.y);
        cairo_stroke(cr);
        if (edge.arrow) {
            const auto& [tip, left, right] = *edge.arrow;
            cairo_move_to(cr, tip.x, tip.y);
            cairo_line_to(cr, left.x, left.y);
            cairo_line_to(cr, right.x, right.y);
            cairo_close_path(cr);
            cairo_fill(cr);
        }
    }
    for (const EdgeShape& edge : scene.edges)
        drawLabel(cr, edge.label, 0.25, 0.85);
    for (const NodeShape& node : scene.nodes) {
        // Text leaves a current point behind, which an arc would join with a line.
        cairo_new_path(cr);
        if (node.core) {
            cairo_set_source_rgb(cr, 0.13, 0.13, 0.13);
            cairo_set_line_width(cr, 2);
            cairo_arc(cr, node.centre.x, node.centre.y, node.radius + kCoreRing, 0, 2 * M_PI);
            cairo_stroke(cr);
        }
        cairo_arc(cr, node.centre.x, node.centre.y, node.radius, 0, 2 * M_PI);
        io::setHexColor(cr, node.color);
        cairo_fill_preserve(cr);
        cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
        cairo_set_line_width(cr, 1);
        cairo_stroke(cr);
        drawLabel(cr, node.label, 0.07, 0.8);
    }
    drawLabel(cr, scene.legend, 0.4, 0);
}

} // namespace

void writeNetworkSvg(const Network& network, const std::filesystem::path& file, Language language) {
    const Scene scene = sceneOf(network, language, file);
    std::string svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + svgNumber(scene.width) +
           "\" height=\"" + svgNumber(scene.height) + "\" viewBox=\"0 0 " + svgNumber(scene.width) +
           " " + svgNumber(scene.height) + "\" font-family=\"" + io::kPictureFont +
           ", Verdana, sans-serif\">\n";
    svg += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";
    svg += "<g class=\"edges\" stroke-linecap=\"round\">\n";
    for (const EdgeShape& edge : scene.edges) {
        svg += "<g class=\"edge\" data-relation=\"" + escapeHtml(edge.uuid) + "\">";
        svg += "<path d=\"M " + svgNumber(edge.start.x) + " " + svgNumber(edge.start.y) + " Q " +
               svgNumber(edge.control.x) + " " + svgNumber(edge.control.y) + " " +
               svgNumber(edge.end.x) + " " + svgNumber(edge.end.y) +
               "\" fill=\"none\" stroke=\"#595959\" stroke-width=\"1.4\"/>";
        if (edge.arrow) {
            const auto& [tip, left, right] = *edge.arrow;
            svg += "<polygon points=\"" + svgNumber(tip.x) + "," + svgNumber(tip.y) + " " +
                   svgNumber(left.x) + "," + svgNumber(left.y) + " " + svgNumber(right.x) + "," +
                   svgNumber(right.y) + "\" stroke=\"none\" fill=\"#595959\"/>";
        }
        svg += svgLabel(edge.label, "#404040", 0.85) + "</g>\n";
    }
    svg += "</g>\n<g class=\"nodes\">\n";
    for (const NodeShape& node : scene.nodes) {
        svg += "<g class=\"node\" data-code=\"" + escapeHtml(node.uuid) + "\"><title>" +
               escapeHtml(node.path) + "</title>";
        if (node.core)
            svg += "<circle cx=\"" + svgNumber(node.centre.x) + "\" cy=\"" +
                   svgNumber(node.centre.y) + "\" r=\"" + svgNumber(node.radius + kCoreRing) +
                   "\" fill=\"none\" stroke=\"#212121\" stroke-width=\"2\"/>";
        svg += "<circle cx=\"" + svgNumber(node.centre.x) + "\" cy=\"" + svgNumber(node.centre.y) +
               "\" r=\"" + svgNumber(node.radius) + "\" fill=\"" + escapeHtml(node.color) +
               "\" stroke=\"#333333\" stroke-width=\"1\"/>";
        svg += svgLabel(node.label, "#121212", 0.8) + "</g>\n";
    }
    svg += "</g>\n<text x=\"" + svgNumber(scene.legend.centre.x - scene.legend.width / 2) +
           "\" y=\"" + svgNumber(scene.legend.centre.y + scene.legend.size * 0.35) +
           "\" stroke=\"none\" fill=\"#666666\" font-size=\"" + svgNumber(scene.legend.size) +
           "\">" + escapeHtml(scene.legend.text) + "</text>\n</svg>\n";
    io::writeSvgFile(svg, file);
}

void writeNetworkPng(const Network& network, const std::filesystem::path& file, Language language) {
    const Scene scene = sceneOf(network, language, file);
    io::writePngFile(
        scene.width, scene.height, [&](cairo_t* cr) { draw(cr, scene); }, file);
}

} // namespace codeboom
