#include "codeboom/view/network_packing.h"

#include <gtest/gtest.h>

namespace codeboom {
namespace {

// Three parts: A and B related 200 pixels apart, C and D on their own, all the same size.
Network threeParts() {
    Network network;
    for (const char* name : {"A", "B", "C", "D"}) {
        NetworkNode node;
        node.name = name;
        node.radius = 12;
        network.nodes.push_back(node);
    }
    network.nodes[1].x = 200;
    network.nodes[2].x = 60;  // C and D start inside A and B's part, where the layout can leave
    network.nodes[3].y = 300; // unrelated codes
    NetworkEdge edge;
    edge.from = 0;
    edge.to = 1;
    network.edges.push_back(edge);
    return network;
}

TEST(NetworkPackingTest, AWideWindowPutsThePartsInOneRow) {
    Network network = threeParts();
    packNetwork(network, 10);
    const auto& n = network.nodes;
    EXPECT_DOUBLE_EQ(n[1].x - n[0].x, 200); // a part keeps its shape
    EXPECT_DOUBLE_EQ(n[1].y, n[0].y);
    EXPECT_DOUBLE_EQ(n[2].y, n[0].y); // one row of equally tall parts
    EXPECT_DOUBLE_EQ(n[3].y, n[0].y);
    EXPECT_GT(n[2].x, n[1].x); // in order: A-B, then C, then D
    EXPECT_GT(n[3].x, n[2].x);
    for (const NetworkNode& node : n) {
        EXPECT_GE(node.x - node.radius, 0);
        EXPECT_LE(node.x + node.radius, network.width);
        EXPECT_GE(node.y - node.radius, 0);
        EXPECT_LE(node.y + node.radius + 20, network.height - 30); // above the legend line
    }
}

TEST(NetworkPackingTest, ATallWindowStacksThePartsInRowsAsWideAsTheWidest) {
    Network network = threeParts();
    packNetwork(network, 0.1);
    const auto& n = network.nodes;
    EXPECT_DOUBLE_EQ(n[1].x - n[0].x, 200);
    // A-B is 200 + 2 * (12 + 7.5) = 239 pixels wide; C and D (39 each, 36 between) share the
    // row under it: 12 + 7.5 above a centre, 12 + 27.5 below, 36 between the rows.
    EXPECT_DOUBLE_EQ(n[2].y - n[0].y, 12 + 7.5 + 12 + 27.5 + 36);
    EXPECT_DOUBLE_EQ(n[3].y, n[2].y);
    EXPECT_DOUBLE_EQ(n[3].x - n[2].x, 39 + 36);
}

} // namespace
} // namespace codeboom
