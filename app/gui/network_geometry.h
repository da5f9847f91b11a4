#pragma once

#include "codeboom/model/language.h"
#include "codeboom/view/network.h"

#include <wx/geometry.h>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace codeboom::gui {

// Where the network view draws a relation, in the picture's pixels: the same quadratic curve
// core's picture export draws (its control point twice the bend off the middle), cut back to
// the two circles, with the arrow head (directed relations) and the label's centre.
struct EdgeCurve {
    wxPoint2DDouble start;
    wxPoint2DDouble control;
    wxPoint2DDouble end;
    bool directed = true;
    std::array<wxPoint2DDouble, 3> arrow; // tip, then the two back corners
    wxPoint2DDouble labelCentre;
    double labelWidth = 0;
};

// A pixel larger than core's picture export (12 and 10.5): the window is read from further away
// and is usually scaled down to show the whole network.
inline constexpr double kNodeFontSize = 13;
inline constexpr double kEdgeFontSize = 11.5;

const std::string& labelOf(const NetworkEdge& edge, Language language);
// A text's width at `size` pixels, estimated from its length, as core's layout does; hit tests
// and label placement use it so they do not depend on a device context.
double textWidth(const std::string& text, double size);

// Every relation's curve, in the order of network.edges, with the labels placed so that they
// cover no code, no name and no other label where the curve leaves room.
std::vector<EdgeCurve> curvesOf(const Network& network, Language language);
// The point of the curve at `t` (0 at the start node's centre, 1 at the end node's).
wxPoint2DDouble pointOnCurve(const Network& network, std::size_t edge, double t);

// The node whose circle is at `point` (the topmost, i.e. the last drawn, when circles meet).
std::optional<std::size_t> nodeAt(const Network& network, wxPoint2DDouble point);
// The relation whose line or label is within a few pixels of `point`; none on a code's circle,
// where the lines start.
std::optional<std::size_t> edgeAt(const Network& network, wxPoint2DDouble point, Language language);

} // namespace codeboom::gui
