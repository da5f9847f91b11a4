#include "network_geometry.h"

#include "codeboom/text/offsets.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace codeboom::gui {

namespace {

constexpr double kArrowLength = 10;
constexpr double kArrowHalfWidth = 4.5;
constexpr double kGap = 2;         // between a line's end and the circle it points at
constexpr double kCoreRing = 4;    // the core category's outer ring, outside its circle
constexpr double kLineReach = 6;   // how far from a line a click still hits it
constexpr double kCurveSteps = 32; // straight pieces a curve is measured in

wxPoint2DDouble unit(wxPoint2DDouble p, wxPoint2DDouble fallback) {
    const double length = p.GetVectorLength();
    return length < 1e-9 ? fallback : p / length;
}

wxPoint2DDouble centreOf(const NetworkNode& node) {
    return {node.x, node.y};
}

wxPoint2DDouble controlOf(const Network& network, const NetworkEdge& edge) {
    const wxPoint2DDouble a = centreOf(network.nodes[edge.from]);
    const wxPoint2DDouble b = centreOf(network.nodes[edge.to]);
    // The bend is measured from the lower node index (network.h), so two relations in opposite
    // directions between the same codes bend apart.
    const wxPoint2DDouble low = edge.from < edge.to ? a : b;
    const wxPoint2DDouble high = edge.from < edge.to ? b : a;
    const wxPoint2DDouble along = unit(high - low, {1, 0});
    const wxPoint2DDouble normal(-along.m_y, along.m_x);
    return (a + b) * 0.5 + normal * (2 * edge.bend);
}

struct Box {
    wxPoint2DDouble centre;
    double width = 0;
    double height = 0;
};

// How much two boxes, each with a little margin, cover each other (0: they do not meet).
double overlap(const Box& a, const Box& b) {
    const double x = (a.width + b.width) / 2 + 6 - std::abs(a.centre.m_x - b.centre.m_x);
    const double y = (a.height + b.height) / 2 + 4 - std::abs(a.centre.m_y - b.centre.m_y);
    return x > 0 && y > 0 ? x * y : 0;
}

// What a relation's label must not cover: each code's circle and its name.
std::vector<Box> nodeBoxes(const Network& network) {
    std::vector<Box> boxes;
    for (const NetworkNode& node : network.nodes) {
        boxes.push_back({centreOf(node), 2 * node.radius, 2 * node.radius - 4});
        boxes.push_back({{node.x, node.y + node.radius + (node.isCore ? 18 : 14)},
                         textWidth(node.name, kNodeFontSize),
                         kNodeFontSize});
        if (node.isCore) // the "core category" tag under the name (network_canvas.cpp)
            boxes.push_back({{node.x, node.y + node.radius + 33}, 85, 11});
    }
    return boxes;
}

double distanceToSegment(wxPoint2DDouble p, wxPoint2DDouble a, wxPoint2DDouble b) {
    const wxPoint2DDouble ab = b - a;
    const double length = ab.GetVectorLength();
    if (length < 1e-9)
        return (p - a).GetVectorLength();
    const double t = std::clamp((p - a).GetDotProduct(ab) / (length * length), 0.0, 1.0);
    return (p - (a + ab * t)).GetVectorLength();
}

} // namespace

const std::string& labelOf(const NetworkEdge& edge, Language language) {
    return language == Language::Dutch ? edge.labelNl : edge.labelEn;
}

double textWidth(const std::string& text, double size) {
    // DejaVu Sans averages a little over half its size per character (core's layout: 6.2 at
    // 10.5 pixels, 6.8 at 12).
    return 0.59 * size * static_cast<double>(countCodePoints(text));
}

wxPoint2DDouble pointOnCurve(const Network& network, std::size_t edge, double t) {
    const NetworkEdge& e = network.edges[edge];
    const wxPoint2DDouble a = centreOf(network.nodes[e.from]);
    const wxPoint2DDouble b = centreOf(network.nodes[e.to]);
    return a * ((1 - t) * (1 - t)) + controlOf(network, e) * (2 * t * (1 - t)) + b * (t * t);
}

namespace {

// The curve without its label placed.
EdgeCurve bareCurveOf(const Network& network, std::size_t edge) {
    const NetworkEdge& e = network.edges[edge];
    const NetworkNode& from = network.nodes[e.from];
    const NetworkNode& to = network.nodes[e.to];
    const wxPoint2DDouble a = centreOf(from);
    const wxPoint2DDouble b = centreOf(to);
    EdgeCurve curve;
    curve.directed = e.directed;
    curve.control = controlOf(network, e);
    const wxPoint2DDouble leaving = unit(curve.control - a, unit(b - a, {1, 0}));
    const wxPoint2DDouble arriving = unit(curve.control - b, unit(a - b, {-1, 0}));
    curve.start = a + leaving * (from.radius + kGap + (from.isCore ? kCoreRing : 0));
    curve.end = b + arriving * (to.radius + kGap + (to.isCore ? kCoreRing : 0));
    const wxPoint2DDouble back = curve.end + arriving * kArrowLength;
    const wxPoint2DDouble side(-arriving.m_y * kArrowHalfWidth, arriving.m_x * kArrowHalfWidth);
    curve.arrow = {curve.end, back + side, back - side};
    return curve;
}

} // namespace

std::vector<EdgeCurve> curvesOf(const Network& network, Language language) {
    // Each label goes on its curve's middle, unless a code's circle or name or an earlier label is
    // there: then the first free place a little further along the curve, or beside its middle.
    // Core's picture export tries fewer places; the window has the room to do better.
    std::vector<Box> obstacles = nodeBoxes(network);
    std::vector<EdgeCurve> curves;
    for (std::size_t i = 0; i < network.edges.size(); ++i) {
        EdgeCurve curve = bareCurveOf(network, i);
        curve.labelWidth = textWidth(labelOf(network.edges[i], language), kEdgeFontSize);
        const wxPoint2DDouble middle = pointOnCurve(network, i, 0.5);
        const wxPoint2DDouble along = unit(pointOnCurve(network, i, 0.55) - middle, {1, 0});
        const wxPoint2DDouble across(-along.m_y, along.m_x);
        std::vector<wxPoint2DDouble> places;
        for (const double t : {0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74})
            places.push_back(pointOnCurve(network, i, t));
        for (const double side : {14.0, -14.0, 24.0, -24.0})
            places.push_back(middle + across * side);
        // The first free place; when there is none, the one that covers least.
        double least = -1;
        for (const wxPoint2DDouble& place : places) {
            const Box label{place, curve.labelWidth, kEdgeFontSize};
            double covered = 0;
            for (const Box& box : obstacles)
                covered += overlap(label, box);
            if (least < 0 || covered < least) {
                least = covered;
                curve.labelCentre = place;
            }
            if (covered == 0)
                break;
        }
        obstacles.push_back({curve.labelCentre, curve.labelWidth, kEdgeFontSize});
        curves.push_back(curve);
    }
    return curves;
}

std::optional<std::size_t> nodeAt(const Network& network, wxPoint2DDouble point) {
    for (std::size_t i = network.nodes.size(); i-- > 0;) {
        const NetworkNode& node = network.nodes[i];
        if ((point - centreOf(node)).GetVectorLength() <= node.radius + (node.isCore ? 4 : 2))
            return i;
    }
    return std::nullopt;
}

std::optional<std::size_t> edgeAt(const Network& network, wxPoint2DDouble point,
                                  Language language) {
    if (nodeAt(network, point))
        return std::nullopt;
    const std::vector<EdgeCurve> curves = curvesOf(network, language);
    for (std::size_t i = 0; i < curves.size(); ++i)
        if (std::abs(point.m_x - curves[i].labelCentre.m_x) <= curves[i].labelWidth / 2 + 3 &&
            std::abs(point.m_y - curves[i].labelCentre.m_y) <= kEdgeFontSize / 2 + 2)
            return i;
    std::optional<std::size_t> nearest;
    double best = kLineReach;
    for (std::size_t i = 0; i < curves.size(); ++i) {
        wxPoint2DDouble previous = pointOnCurve(network, i, 0);
        for (double step = 1; step <= kCurveSteps; ++step) {
            const wxPoint2DDouble next = pointOnCurve(network, i, step / kCurveSteps);
            if (const double d = distanceToSegment(point, previous, next); d < best) {
                best = d;
                nearest = i;
            }
            previous = next;
        }
    }
    return nearest;
}

} // namespace codeboom::gui
