#pragma once

#include "codeboom/model/language.h"
#include "codeboom/view/network.h"

#include <array>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace codeboom {

// Where a laid-out network's lines, arrows and labels go, in the picture's pixels. The picture
// export and the window both draw from it, so what a researcher sees on screen and in the
// exported PNG or SVG agree, and hit tests find what is drawn.

struct NetworkPoint {
    double x = 0;
    double y = 0;
};

inline NetworkPoint operator+(NetworkPoint a, NetworkPoint b) {
    return {a.x + b.x, a.y + b.y};
}
inline NetworkPoint operator-(NetworkPoint a, NetworkPoint b) {
    return {a.x - b.x, a.y - b.y};
}
inline NetworkPoint operator*(NetworkPoint a, double f) {
    return {a.x * f, a.y * f};
}

// A text's width in pixels at `size` pixels of DejaVu Sans, estimated from its length.
double estimatedTextWidth(const std::string& text, double size);

// What the drawing looks like, as far as placing the relations' labels depends on it.
struct NetworkLabelStyle {
    double nodeFont = 12; // pixels
    double edgeFont = 10.5;
    // The window writes a tag ("core category") under the core's name; 0: no tag.
    double coreTagWidth = 0;
    // A text's width in pixels at a font size: measured by the picture export, estimated by the
    // window so that its hit tests need no device context.
    std::function<double(const std::string&, double)> textWidth = estimatedTextWidth;
};

// A relation drawn as a quadratic curve (its control point twice the bend off the middle), cut
// back to the two circles, with its arrow head (directed relations) and its label's centre.
struct EdgeCurve {
    NetworkPoint start;
    NetworkPoint control;
    NetworkPoint end;
    bool directed = true;
    std::array<NetworkPoint, 3> arrow; // tip, then the two back corners
    NetworkPoint labelCentre;
    double labelWidth = 0;
};

// The core category's outer ring, outside its circle.
inline constexpr double kCoreRing = 4;

const std::string& edgeLabelOf(const NetworkEdge& edge, Language language);
// Where a code's name is centred: under its circle (further under the core's ring).
NetworkPoint nameCentreOf(const NetworkNode& node);
// The point of the curve at `t` (0 at the start node's centre, 1 at the end node's).
NetworkPoint pointOnCurve(const Network& network, std::size_t edge, double t);

// Every relation's curve, in the order of network.edges. Each label goes on its curve's middle,
// unless a code's circle or name or an earlier label is there: then the first free place a
// little further along the curve or beside it; between close codes, where no place is free, the
// one that covers least.
std::vector<EdgeCurve> curvesOf(const Network& network, Language language,
                                const NetworkLabelStyle& style);

// The node whose circle is at `point` (the topmost, i.e. the last drawn, when circles meet).
std::optional<std::size_t> nodeAt(const Network& network, NetworkPoint point);
// The relation whose line or label is within a few pixels of `point`; none on a code's circle,
// where the lines start.
std::optional<std::size_t> edgeAt(const Network& network, NetworkPoint point, Language language,
                                  const NetworkLabelStyle& style);

} // namespace codeboom
