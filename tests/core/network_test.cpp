#include "codeboom/commands/core_category_commands.h"
#include "codeboom/commands/relation_commands.h"
#include "codeboom/io/export_error.h"
#include "codeboom/io/network_picture.h"
#include "codeboom/view/network.h"

#include "support/project_fixture.h"

#include <gmock/gmock.h>

namespace codeboom {
namespace {

using ::testing::HasSubstr;

std::size_t occurrences(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

// Four codes in relations, one unrelated code, and the core (which has no relation yet).
class NetworkTest : public test::ProjectTest {
protected:
    void SetUp() override {
        ProjectTest::SetUp();
        const std::string doc = importText("int1", "R: " + std::string(40, 'x') + "\n");
        addCode("Regulatief", "#2f6db5");
        addCode("Regulatief > Financi\xC3\xABle drempel", "#4a86cc");
        addCode("Employability", "#e0892b");
        addCode("Samenwerking", "#2a9d8f");
        addCode("Vertrouwen");
        addCode("Normatief");
        // Financiële drempel: 4 regions (the most), Employability: 1, the rest none.
        for (std::size_t i = 0; i < 4; ++i)
            applyCoding(doc, 3 + 2 * i, 4 + 2 * i, "Regulatief > Financi\xC3\xABle drempel");
        applyCoding(doc, 20, 22, "Employability");
        for (auto [from, type, to] :
             {std::tuple{"Regulatief > Financi\xC3\xABle drempel", "verzwakt", "Employability"},
              std::tuple{"Employability", "hangt samen met", "Regulatief"},
              std::tuple{"Regulatief", "versterkt", "Employability"},
              std::tuple{"Samenwerking", "is voorwaarde voor", "Employability"}}) {
            AddRelation relation(from, type, to);
            project->execute(relation);
        }
        SetCoreCategory core("Vertrouwen");
        project->execute(core);
    }
};

TEST_F(NetworkTest, NodesAreTheRelatedCodesAndTheCoreSizedByRegions) {
    const Network network = networkOf(*project);
    std::vector<std::string> names;
    for (const NetworkNode& node : network.nodes)
        names.push_back(node.name);
    EXPECT_THAT(names, ::testing::ElementsAre("Regulatief", "Financi\xC3\xABle drempel",
                                              "Employability", "Samenwerking", "Vertrouwen"));
    // Radius 12 + 18 * sqrt(regions / 4): 4 regions -> 30, 1 -> 21, none -> 12.
    EXPECT_DOUBLE_EQ(network.nodes[1].radius, 30);
    EXPECT_DOUBLE_EQ(network.nodes[2].radius, 21);
    EXPECT_DOUBLE_EQ(network.nodes[0].radius, 12);
    EXPECT_EQ(network.nodes[1].frequency, 4u);
    EXPECT_EQ(network.nodes[2].color, "#e0892b");
    EXPECT_TRUE(network.nodes[4].isCore);
    ASSERT_EQ(network.edges.size(), 4u);
    // Listing order: Regulatief's two relations with Employability (associated, strengthens)
    // share the pair and bend apart by half a lane each way; the others are straight.
    EXPECT_EQ(network.edges[0].labelNl, "versterkt");
    EXPECT_DOUBLE_EQ(network.edges[0].bend, -17);
    EXPECT_EQ(network.edges[2].labelNl, "hangt samen met");
    EXPECT_FALSE(network.edges[2].directed);
    EXPECT_DOUBLE_EQ(network.edges[2].bend, 17);
    EXPECT_DOUBLE_EQ(network.edges[1].bend, 0);
    EXPECT_EQ(networkOf(*project, /*allCodes=*/true).nodes.size(), 6u);
}

TEST_F(NetworkTest, LayoutIsDeterministicInsideThePictureAndKeepsPinnedNodes) {
    Network a = networkOf(*project);
    Network b = networkOf(*project);
    layOutNetwork(a, 7);
    layOutNetwork(b, 7);
    EXPECT_GE(a.width, 480);
    EXPECT_GE(a.height, 320);
    EXPECT_EQ(a.width, b.width);
    EXPECT_EQ(a.height, b.height);
    for (std::size_t i = 0; i < a.nodes.size(); ++i) {
        const NetworkNode& node = a.nodes[i];
        EXPECT_EQ(node.x, b.nodes[i].x);
        EXPECT_EQ(node.y, b.nodes[i].y);
        // The circle and the name under it (20 pixels) are inside the picture.
        EXPECT_GE(node.x - node.radius, 0);
        EXPECT_LE(node.x + node.radius, a.width);
        EXPECT_GE(node.y - node.radius, 0);
        EXPECT_LE(node.y + node.radius + 20, a.height);
        for (std::size_t j = 0; j < i; ++j)
            EXPECT_GE(std::hypot(node.x - a.nodes[j].x, node.y - a.nodes[j].y),
                      node.radius + a.nodes[j].radius)
                << node.name << " overlaps " << a.nodes[j].name;
    }
    // Linked codes end up about 170 pixels apart, and at least far enough for the label between
    // them: Financiële drempel (radius 30) and Employability (21) with "verzwakt" / "weakens"
    // (8 and 7 characters) need 30 + 21 + 6.2 * 8 + 30 = 130.6 pixels.
    const double apart = std::hypot(a.nodes[1].x - a.nodes[2].x, a.nodes[1].y - a.nodes[2].y);
    EXPECT_GE(apart, 130.6);
    EXPECT_LT(apart, 260);
    // The user drags Employability to the top left corner and the rest is laid out again: the
    // dragged node and the picture's size stay.
    const double width = a.width;
    const double height = a.height;
    a.nodes[2].x = 40;
    a.nodes[2].y = 40;
    a.nodes[2].pinned = true;
    layOutNetwork(a, 7);
    EXPECT_EQ(a.nodes[2].x, 40);
    EXPECT_EQ(a.nodes[2].y, 40);
    EXPECT_EQ(a.width, width);
    EXPECT_EQ(a.height, height);
    for (const NetworkNode& node : a.nodes) {
        EXPECT_GE(node.x - node.radius, 0) << node.name;
        EXPECT_LE(node.x + node.radius, width) << node.name;
    }
}

TEST_F(NetworkTest, SvgHasOneGroupPerNodeAndEdgeWithTextKept) {
    Network network = networkOf(*project);
    layOutNetwork(network);
    const auto svgFile = dir / "netwerk.svg";
    writeNetworkSvg(network, svgFile, Language::Dutch);
    const std::string svg = test::slurp(svgFile);
    EXPECT_EQ(svg.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ", 0), 0u);
    EXPECT_THAT(svg, HasSubstr("width=\"" + std::to_string(static_cast<int>(network.width)) +
                               ".0\" height=\"" + std::to_string(static_cast<int>(network.height)) +
                               ".0\""));
    EXPECT_EQ(occurrences(svg, "<g class=\"node\""), 5u);
    EXPECT_EQ(occurrences(svg, "<g class=\"edge\""), 4u);
    EXPECT_EQ(occurrences(svg, "<polygon"), 3u); // arrowheads: the directed relations only
    EXPECT_EQ(occurrences(svg, "stroke=\"#212121\""), 1u); // the core's second ring
    EXPECT_THAT(svg, HasSubstr(">Financi\xC3\xABle drempel</text>"));
    EXPECT_THAT(svg, HasSubstr("<title>Regulatief &gt; Financi\xC3\xABle drempel</title>"));
    EXPECT_THAT(svg, HasSubstr(">is voorwaarde voor</text>"));
    EXPECT_THAT(svg, HasSubstr("fill=\"#e0892b\""));
    writeNetworkSvg(network, svgFile, Language::English);
    EXPECT_THAT(test::slurp(svgFile), HasSubstr(">is condition for</text>"));
}

TEST_F(NetworkTest, PngHasThePicturesSize) {
    Network network = networkOf(*project);
    layOutNetwork(network);
    const auto pngFile = dir / "netwerk.png";
    writeNetworkPng(network, pngFile, Language::Dutch);
    const std::string png = test::slurp(pngFile);
    ASSERT_GT(png.size(), 2000u);
    EXPECT_EQ(png.substr(1, 3), "PNG");
    // IHDR: width and height as big-endian 32-bit numbers at bytes 16 and 20.
    auto be32 = [&](std::size_t at) {
        return (static_cast<unsigned char>(png[at]) << 24) |
               (static_cast<unsigned char>(png[at + 1]) << 16) |
               (static_cast<unsigned char>(png[at + 2]) << 8) |
               static_cast<unsigned char>(png[at + 3]);
    };
    EXPECT_EQ(be32(16), static_cast<unsigned>(network.width));
    EXPECT_EQ(be32(20), static_cast<unsigned>(network.height));
}

TEST_F(NetworkTest, AnEmptyNetworkIsRefusedNamingTheFile) {
    const auto empty = dir / "leeg.codeboom";
    auto other = Project::create(empty, "anouk");
    Network network = networkOf(*other);
    layOutNetwork(network);
    try {
        writeNetworkPng(network, dir / "leeg.png", Language::Dutch);
        FAIL() << "no error";
    } catch (const ExportError& e) {
        EXPECT_THAT(e.what(), HasSubstr("leeg.png: nothing to draw"));
    }
}

} // namespace
} // namespace codeboom
