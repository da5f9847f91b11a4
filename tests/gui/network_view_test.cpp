#include "codeboom/io/export_error.h"
#include "codeboom/model/relations.h"
#include "codeboom/project.h"
#include "codeboom/view/network.h"

#include "frame_fixture.h"
#include "main_frame.h"
#include "network_view.h"
#include "relation_dialogs.h"
#include "support/project_fixture.h"

#include <gtest/gtest.h>
#include <wx/app.h>

#include <set>

namespace codeboom::gui {
namespace {

// The view on a copy of the sample project (samples/build_sample.py): eight relations among
// twelve codes, Employability the core category.
class NetworkViewTest : public SampleFrameTest {
protected:
    void SetUp() override {
        SampleFrameTest::SetUp();
        view_ = new NetworkView(*frame_);
        view_->Show();
        wxYield();
    }

    NetworkView* view_ = nullptr;
};

TEST_F(NetworkViewTest, ShowsTheCoreNetwork) {
    const Network core = networkOf(project());
    ASSERT_FALSE(core.edges.empty());
    ASSERT_EQ(view_->network().nodes.size(), core.nodes.size());
    ASSERT_EQ(view_->network().edges.size(), core.edges.size());
    for (std::size_t i = 0; i < core.nodes.size(); ++i)
        EXPECT_EQ(view_->network().nodes[i].uuid, core.nodes[i].uuid);
    for (std::size_t i = 0; i < core.edges.size(); ++i)
        EXPECT_EQ(view_->network().edges[i].relationUuid, core.edges[i].relationUuid);

    view_->showAllCodes(true);
    EXPECT_EQ(view_->network().nodes.size(), networkOf(project(), true).nodes.size());
    EXPECT_EQ(view_->network().edges.size(), core.edges.size());
}

TEST_F(NetworkViewTest, OpensInCoresSeededLayoutWithItsPartsArrangedForTheWindow) {
    Network core = networkOf(project());
    layOutNetwork(core, 1);
    const Network& shown = view_->network();
    // Each connected part keeps the shape core gave it: related codes keep their offsets.
    for (const NetworkEdge& edge : core.edges) {
        EXPECT_NEAR(shown.nodes[edge.to].x - shown.nodes[edge.from].x,
                    core.nodes[edge.to].x - core.nodes[edge.from].x, 1e-6);
        EXPECT_NEAR(shown.nodes[edge.to].y - shown.nodes[edge.from].y,
                    core.nodes[edge.to].y - core.nodes[edge.from].y, 1e-6);
    }
    for (const NetworkNode& node : shown.nodes) {
        EXPECT_GE(node.x - node.radius, 0) << node.path;
        EXPECT_LE(node.x + node.radius, shown.width) << node.path;
        EXPECT_GE(node.y - node.radius, 0) << node.path;
        EXPECT_LE(node.y + node.radius, shown.height) << node.path;
    }
}

TEST_F(NetworkViewTest, NodeAtFindsEachNodeByItsCentre) {
    const Network& network = view_->network();
    for (std::size_t i = 0; i < network.nodes.size(); ++i)
        EXPECT_EQ(view_->nodeAt({network.nodes[i].x, network.nodes[i].y}), i);
    EXPECT_FALSE(view_->nodeAt({1, 1})); // the picture's corner is padding
}

TEST_F(NetworkViewTest, DraggingPinsOneNodeAndReLayoutClearsThePins) {
    const Network before = view_->network();
    view_->dragNode(0, {200, 150});
    const Network& after = view_->network();
    EXPECT_DOUBLE_EQ(after.nodes[0].x, 200);
    EXPECT_DOUBLE_EQ(after.nodes[0].y, 150);
    EXPECT_TRUE(after.nodes[0].pinned);
    for (std::size_t i = 1; i < after.nodes.size(); ++i) {
        EXPECT_DOUBLE_EQ(after.nodes[i].x, before.nodes[i].x) << i;
        EXPECT_FALSE(after.nodes[i].pinned) << i;
    }
    // A drag past the edge keeps the circle inside the picture.
    view_->dragNode(1, {-500, -500});
    EXPECT_DOUBLE_EQ(after.nodes[1].x, after.nodes[1].radius);
    EXPECT_DOUBLE_EQ(after.nodes[1].y, after.nodes[1].radius);

    view_->relayout();
    for (std::size_t i = 0; i < after.nodes.size(); ++i) {
        EXPECT_FALSE(after.nodes[i].pinned) << i;
        // The same layout again, its parts arranged anew (to rounding).
        EXPECT_NEAR(after.nodes[i].x, before.nodes[i].x, 1e-6) << i;
        EXPECT_NEAR(after.nodes[i].y, before.nodes[i].y, 1e-6) << i;
    }
}

TEST_F(NetworkViewTest, CreateRelationAddsOneThatUndoRemoves) {
    const Network& network = view_->network();
    // The first two codes without a relation between them.
    std::set<std::pair<std::size_t, std::size_t>> linked;
    for (const NetworkEdge& edge : network.edges)
        linked.insert(std::minmax(edge.from, edge.to));
    std::size_t from = 0, to = 1;
    while (linked.count({from, to}))
        ++to;
    ASSERT_LT(to, network.nodes.size());
    const std::string fromUuid = network.nodes[from].uuid;
    const std::string toUuid = network.nodes[to].uuid;
    const std::size_t relationsBefore = relations(project()).size();
    const std::size_t edgesBefore = network.edges.size();
    view_->dragNode(3, {100, 100}); // a pin the reload must keep

    const RelationType type = resolveRelationType(project(), "is oorzaak van");
    ASSERT_TRUE(view_->createRelation(from, to, type.uuid, "Uit de netwerkweergave."))
        << view_->status();
    const std::vector<Relation> all = relations(project());
    ASSERT_EQ(all.size(), relationsBefore + 1);
    const auto added = std::find_if(all.begin(), all.end(), [&](const Relation& r) {
        return r.memo == "Uit de netwerkweergave.";
    });
    ASSERT_NE(added, all.end());
    EXPECT_EQ(added->type.uuid, type.uuid);
    EXPECT_EQ(project().codeTree().find(added->fromCode)->uuid, fromUuid);
    EXPECT_EQ(project().codeTree().find(added->toCode)->uuid, toUuid);
    EXPECT_EQ(view_->network().edges.size(), edgesBefore + 1);
    EXPECT_TRUE(view_->network().nodes[3].pinned);
    EXPECT_DOUBLE_EQ(view_->network().nodes[3].x, 100);

    // The same relation again: core refuses and the view says why.
    EXPECT_FALSE(view_->createRelation(from, to, type.uuid));
    EXPECT_TRUE(view_->status().Contains("already")) << view_->status();

    ASSERT_TRUE(frame_->undo());
    EXPECT_EQ(relations(project()).size(), relationsBefore);
    view_->reload();
    EXPECT_EQ(view_->network().edges.size(), edgesBefore);
}

TEST_F(NetworkViewTest, EdgeAtFindsEachRelationAtItsMiddle) {
    const Network& network = view_->network();
    for (std::size_t i = 0; i < network.edges.size(); ++i) {
        const NetworkPoint middle = pointOnCurve(network, i, 0.5);
        EXPECT_EQ(view_->edgeAt({middle.x, middle.y}), i) << i;
    }
    EXPECT_FALSE(view_->edgeAt({1, 1}));
    // On a code's circle a click is for the code, not for the lines that start there.
    const NetworkNode& node = network.nodes[network.edges[0].from];
    EXPECT_FALSE(view_->edgeAt({node.x, node.y}));
}

TEST_F(NetworkViewTest, EvidenceRowsAreTheRelationsEvidence) {
    const Network& network = view_->network();
    std::size_t rows = 0;
    for (std::size_t i = 0; i < network.edges.size(); ++i) {
        const Relation core = relation(project(), network.edges[i].relationUuid);
        const std::vector<EvidenceRow> shown = view_->evidenceRows(i);
        ASSERT_EQ(shown.size(), core.evidence.size()) << i;
        for (std::size_t k = 0; k < shown.size(); ++k) {
            const Coding coding = project().coding(core.evidence[k]);
            EXPECT_EQ(shown[k].codingUuid, coding.uuid);
            EXPECT_EQ(shown[k].document, coding.document);
            EXPECT_EQ(shown[k].codePath, coding.codePath);
            EXPECT_EQ(shown[k].text, coding.text);
        }
        rows += shown.size();
    }
    EXPECT_GT(rows, 0u);
}

TEST_F(NetworkViewTest, ExportWritesSvgAndPng) {
    const std::filesystem::path svg = dir_ / "network.svg";
    const std::filesystem::path png = dir_ / "network.png";
    view_->dragNode(0, {120, 90}); // the export draws the positions on screen
    view_->exportPicture(svg);
    view_->exportPicture(png);
    const std::string text = test::slurp(svg);
    EXPECT_TRUE(text.starts_with("<?xml")) << text.substr(0, 80);
    EXPECT_NE(text.find("<svg"), std::string::npos);
    EXPECT_TRUE(text.ends_with("</svg>\n"));
    EXPECT_NE(text.find(view_->network().edges[0].relationUuid), std::string::npos);
    EXPECT_TRUE(test::slurp(png).starts_with("\x89PNG\r\n\x1a\n"));
    EXPECT_THROW(view_->exportPicture(dir_ / "network.gif"), ExportError);
}

} // namespace
} // namespace codeboom::gui
