#include "codeboom/view/network_geometry.h"

#include <gtest/gtest.h>

namespace codeboom {
namespace {

NetworkNode node(const std::string& name, double x, double y, double radius, bool core = false) {
    NetworkNode n;
    n.name = name;
    n.x = x;
    n.y = y;
    n.radius = radius;
    n.isCore = core;
    return n;
}

NetworkEdge edge(std::size_t from, std::size_t to, const std::string& label, bool directed) {
    NetworkEdge e;
    e.from = from;
    e.to = to;
    e.labelNl = label;
    e.labelEn = label + " (en)";
    e.directed = directed;
    return e;
}

// Two codes 200 pixels apart on a horizontal line, the first with radius 20, the second 10.
Network straight() {
    Network network;
    network.nodes = {node("A", 100, 100, 20), node("B", 300, 100, 10)};
    network.edges = {edge(0, 1, "versterkt", true)};
    network.width = 400;
    network.height = 200;
    return network;
}

void expectPoint(NetworkPoint actual, double x, double y) {
    EXPECT_NEAR(actual.x, x, 1e-9);
    EXPECT_NEAR(actual.y, y, 1e-9);
}

TEST(NetworkGeometryTest, ACurveIsCutBackToTheCirclesAndEndsInAnArrow) {
    const std::vector<EdgeCurve> curves =
        curvesOf(straight(), Language::Dutch, NetworkLabelStyle{});
    ASSERT_EQ(curves.size(), 1u);
    const EdgeCurve& c = curves[0];
    // 2 pixels of air beyond each circle; the control point of an unbent curve is the middle.
    expectPoint(c.start, 122, 100);
    expectPoint(c.control, 200, 100);
    expectPoint(c.end, 288, 100);
    EXPECT_TRUE(c.directed);
    // The tip at the end, the back corners 10 pixels back and 4.5 to each side.
    expectPoint(c.arrow[0], 288, 100);
    expectPoint(c.arrow[1], 278, 95.5);
    expectPoint(c.arrow[2], 278, 104.5);
    // Nothing is in the way: the label sits on the middle. 9 characters at 0.59 x 10.5 pixels.
    expectPoint(c.labelCentre, 200, 100);
    EXPECT_NEAR(c.labelWidth, 9 * 0.59 * 10.5, 1e-9);
    EXPECT_NEAR(curvesOf(straight(), Language::English, NetworkLabelStyle{})[0].labelWidth,
                14 * 0.59 * 10.5, 1e-9);
}

TEST(NetworkGeometryTest, ALineToTheCoreStopsAtItsOuterRing) {
    Network network = straight();
    network.nodes[1].isCore = true;
    const EdgeCurve c = curvesOf(network, Language::Dutch, NetworkLabelStyle{})[0];
    expectPoint(c.end, 300 - 10 - 2 - kCoreRing, 100);
    // The core's name goes 4 pixels further down, under the ring.
    expectPoint(nameCentreOf(network.nodes[0]), 100, 134);
    expectPoint(nameCentreOf(network.nodes[1]), 300, 128);
}

TEST(NetworkGeometryTest, BetweenCloseCodesTheLabelMovesBesideTheLineClearOfCirclesAndNames) {
    // 80 pixels apart, two circles of radius 20: the 111.5-pixel label does not fit between
    // them. Beside the line, 9.25 pixels (half its height and 4) clears the line only, 21.25
    // still touches the circles' boxes; 33.25 under the line meets A's name, above it is free.
    Network network;
    network.nodes = {node("A", 100, 100, 20), node("B", 180, 100, 20)};
    network.edges = {edge(0, 1, "is voorwaarde voor", true)};
    const EdgeCurve c = curvesOf(network, Language::Dutch, NetworkLabelStyle{})[0];
    expectPoint(c.labelCentre, 140, 100 - 33.25);
}

TEST(NetworkGeometryTest, ALabelKeepsClearOfAnEarlierOne) {
    // Two relations in opposite directions between the same codes, bent 6 pixels apart (as
    // networkOf does): their middles are 12 pixels apart, too close for two 10.5-pixel labels
    // with their air.
    Network network = straight();
    network.nodes[1].x = 500;
    network.edges = {edge(0, 1, "versterkt", true), edge(1, 0, "verzwakt", true)};
    network.edges[0].bend = -6;
    network.edges[1].bend = 6;
    const std::vector<EdgeCurve> curves = curvesOf(network, Language::Dutch, NetworkLabelStyle{});
    expectPoint(curves[0].labelCentre, 300, 94);
    // The second's middle (300, 106) and the places at t = 0.42 and 0.58 (32 pixels to either
    // side) still meet the first label; at t = 0.34 (64 pixels along) the boxes are clear.
    expectPoint(pointOnCurve(network, 1, 0.5), 300, 106);
    const NetworkPoint expected = pointOnCurve(network, 1, 0.34);
    EXPECT_NEAR(expected.x, 364, 1e-9);
    expectPoint(curves[1].labelCentre, expected.x, expected.y);
}

TEST(NetworkGeometryTest, HitTestsFindCodesOnTheirCircleAndRelationsOnTheirLineOrLabel) {
    const Network network = straight();
    const NetworkLabelStyle style;
    EXPECT_EQ(nodeAt(network, {100, 100}), 0u);
    EXPECT_EQ(nodeAt(network, {121.9, 100}), 0u); // 2 pixels of grace beyond the radius
    EXPECT_FALSE(nodeAt(network, {122.5, 100}));
    EXPECT_EQ(nodeAt(network, {305, 103}), 1u);

    EXPECT_EQ(edgeAt(network, {200, 100}, Language::Dutch, style), 0u);
    EXPECT_EQ(edgeAt(network, {200, 107}, Language::Dutch, style), 0u); // on the label's box
    EXPECT_FALSE(edgeAt(network, {200, 110}, Language::Dutch, style));
    EXPECT_EQ(edgeAt(network, {250, 105}, Language::Dutch, style), 0u); // 5 pixels off the line
    EXPECT_FALSE(edgeAt(network, {250, 107}, Language::Dutch, style));
    // On a code's circle a click is for the code, not for the lines that start there.
    EXPECT_FALSE(edgeAt(network, {110, 100}, Language::Dutch, style));
}

TEST(NetworkGeometryTest, AMeasuredTextWidthIsUsedWhereGiven) {
    NetworkLabelStyle style;
    style.textWidth = [](const std::string& text, double) {
        return 10.0 * static_cast<double>(text.size());
    };
    EXPECT_DOUBLE_EQ(curvesOf(straight(), Language::Dutch, style)[0].labelWidth, 90);
    EXPECT_NEAR(estimatedTextWidth("Financi\xC3\xABle", 12), 10 * 0.59 * 12, 1e-9);
}

} // namespace
} // namespace codeboom
