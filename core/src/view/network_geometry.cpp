#include "codeboom/view/network_geometry.h"

#include "codeboom/text/offsets.h"

#include <algorithm>
#include <cmath>

namespace codeboom {

namespace {

constexpr double kArrowLength = 10;
constexpr double kArrowHalfWidth = 4.5;
constexpr double kGap = 2;         // between a line's end and the circle it points at
constexpr double kLineReach = 6;   // how far from a line a click still hits it
constexpr double kCurveSteps = 32; // straight pieces a curve is measured in

double length(NetworkPoint p) {
    return std::hypot(p.x, p.y);
}

NetworkPoint unit(NetworkPoint p, NetworkPoint fallback) {
    const double l = length(p);
    return l < 1e-9 ? fallback : p * (1 / l);
}

NetworkPoint centreOf(const NetworkNode& node) {
    return {node.x, node.y};
}

NetworkPoint controlOf(const Network& network, const NetworkEdge& edge) {
    const NetworkPoint a = centreOf(network.nodes[edge.from]);
    const NetworkPoint b = centreOf(network.nodes[edge.to]);
    // The bend is measured from the lower node index (network.h), so two relations in opposite
    // directions between the same codes bend apart.
    const NetworkPoint low = edge.from < edge.to ? a : b;
    const NetworkPoint high = edge.from < edge.to ? b : a;
    const NetworkPoint along = unit(high - low, {1, 0});
    const NetworkPoint normal{-along.y, along.x};
    return (a + b) * 0.5 + normal * (2 * edge.bend);
}

struct Box {
    NetworkPoint centre;
    double width = 0;
    double height = 0;
};

// How much two boxes, each with a little air around it, cover each other (0: they do not meet).
double overlap(const Box& a, const Box& b) {
    const double x = (a.width + b.width) / 2 + 6 - std::abs(a.centre.x - b.centre.x);
    const double y = (a.height + b.height) / 2 + 4 - std::abs(a.centre.y - b.centre.y);
    return x > 0 && y > 0 ? x * y : 0;
}

// What a relation's label must not cover: each code's circle and its name.
std::vector<Box> nodeBoxes(const Network& network, const NetworkLabelStyle& style) {
    std::vector<Box> boxes;
    for (const NetworkNode& node : network.nodes) {
        boxes.push_back({centreOf(node), 2 * node.radius, 2 * node.radius - 4});
        const NetworkPoint name = nameCentreOf(node);
        boxes.push_back({name, style.textWidth(node.name, style.nodeFont), style.nodeFont});
        if (node.isCore && style.coreTagWidth > 0)
            boxes.push_back({{name.x, name.y + 15}, style.coreTagWidth, 11});
    }
    return boxes;
}

double distanceToSegment(NetworkPoint p, NetworkPoint a, NetworkPoint b) {
    const NetworkPoint ab = b - a;
    const double l = length(ab);
    if (l < 1e-9)
        return length(p - a);
    const NetworkPoint ap = p - a;
    const double t = std::clamp((ap.x * ab.x + ap.y * ab.y) / (l * l), 0.0, 1.0);
    return length(p - (a + ab * t));
}

// The curve without its label placed.
EdgeCurve bareCurveOf(const Network& network, std::size_t edge) {
    const NetworkEdge& e = network.edges[edge];
    const NetworkNode& from = network.nodes[e.from];
    const NetworkNode& to = network.nodes[e.to];
    const NetworkPoint a = centreOf(from);
    const NetworkPoint b = centreOf(to);
    EdgeCurve curve;
    curve.directed = e.directed;
    curve.control = controlOf(network, e);
    const NetworkPoint leaving = unit(curve.control - a, unit(b - a, {1, 0}));
    const NetworkPoint arriving = unit(curve.control - b, unit(a - b, {-1, 0}));
    curve.start = a + leaving * (from.radius + kGap + (from.isCore ? kCoreRing : 0));
    curve.end = b + arriving * (to.radius + kGap + (to.isCore ? kCoreRing : 0));
    const NetworkPoint back = curve.end + arriving * kArrowLength;
    const NetworkPoint side{-arriving.y * kArrowHalfWidth, arriving.x * kArrowHalfWidth};
    curve.arrow = {curve.end, back + side, back - side};
    return curve;
}

} // namespace

double estimatedTextWidth(const std::string& text, double size) {
    // DejaVu Sans averages a little over half its size per character (6.2 pixels at 10.5).
    return 0.59 * size * static_cast<double>(countCodePoints(text));
}

const std::string& edgeLabelOf(const NetworkEdge& edge, Language language) {
    return language == Language::Dutch ? edge.labelNl : edge.labelEn;
}

NetworkPoint nameCentreOf(const NetworkNode& node) {
    return {node.x, node.y + node.radius + (node.isCore ? 18 : 14)};
}

NetworkPoint pointOnCurve(const Network& network, std::size_t edge, double t) {
    const NetworkEdge& e = network.edges[edge];
    const NetworkPoint a = centreOf(network.nodes[e.from]);
    const NetworkPoint b = centreOf(network.nodes[e.to]);
    return a * ((1 - t) * (1 - t)) + controlOf(network, e) * (2 * t * (1 - t)) + b * (t * t);
}

std::vector<EdgeCurve> curvesOf(const Network& network, Language language,
                                const NetworkLabelStyle& style) {
    std::vector<Box> obstacles = nodeBoxes(network, style);
    std::vector<EdgeCurve> curves;
    curves.reserve(network.edges.size());
    for (std::size_t i = 0; i < network.edges.size(); ++i) {
        EdgeCurve curve = bareCurveOf(network, i);
        curve.labelWidth = style.textWidth(edgeLabelOf(network.edges[i], language), style.edgeFont);
        const NetworkPoint middle = pointOnCurve(network, i, 0.5);
        const NetworkPoint along = unit(pointOnCurve(network, i, 0.55) - middle, {1, 0});
        const NetworkPoint across{-along.y, along.x};
        // Far enough beside the curve for the label's box to clear it, whatever its direction.
        const double clear = std::abs(across.x) * (curve.labelWidth / 2 + 4) +
                             std::abs(across.y) * (style.edgeFont / 2 + 4);
        std::vector<NetworkPoint> places;
        for (const double t : {0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74})
            places.push_back(pointOnCurve(network, i, t));
        // Beside the curve, the further out the later: past a circle's edge between close codes.
        for (const double out : {clear, clear + 12, clear + 24})
            for (const double t : {0.5, 0.42, 0.58})
                for (const double side : {out, -out})
                    places.push_back(pointOnCurve(network, i, t) + across * side);
        double least = -1;
        for (const NetworkPoint& place : places) {
            const Box label{place, curve.labelWidth, style.edgeFont};
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
        obstacles.push_back({curve.labelCentre, curve.labelWidth, style.edgeFont});
        curves.push_back(curve);
    }
    return curves;
}

std::optional<std::size_t> nodeAt(const Network& network, NetworkPoint point) {
    for (std::size_t i = network.nodes.size(); i-- > 0;) {
        const NetworkNode& node = network.nodes[i];
        if (length(point - centreOf(node)) <= node.radius + (node.isCore ? kCoreRing : 2))
            return i;
    }
    return std::nullopt;
}

std::optional<std::size_t> edgeAt(const Network& network, NetworkPoint point, Language language,
                                  const NetworkLabelStyle& style) {
    if (nodeAt(network, point))
        return std::nullopt;
    const std::vector<EdgeCurve> curves = curvesOf(network, language, style);
    for (std::size_t i = 0; i < curves.size(); ++i)
        if (std::abs(point.x - curves[i].labelCentre.x) <= curves[i].labelWidth / 2 + 3 &&
            std::abs(point.y - curves[i].labelCentre.y) <= style.edgeFont / 2 + 2)
            return i;
    std::optional<std::size_t> nearest;
    double best = kLineReach;
    for (std::size_t i = 0; i < curves.size(); ++i) {
        NetworkPoint previous = pointOnCurve(network, i, 0);
        for (double step = 1; step <= kCurveSteps; ++step) {
            const NetworkPoint next = pointOnCurve(network, i, step / kCurveSteps);
            if (const double d = distanceToSegment(point, previous, next); d < best) {
                best = d;
                nearest = i;
            }
            previous = next;
        }
    }
    return nearest;
}

} // namespace codeboom
