#include "codeboom/analysis/integration.h"
#include "codeboom/analysis/paradigm.h"
#include "codeboom/analysis/relation_cycles.h"
#include "codeboom/analysis/saturation.h"
#include "codeboom/commands/core_category_commands.h"
#include "codeboom/commands/relation_commands.h"
#include "codeboom/error.h"

#include "support/project_fixture.h"

#include <gmock/gmock.h>

namespace codeboom {
namespace {

using ::testing::ElementsAre;

class AxialAnalysisTest : public test::ProjectTest {
protected:
    void SetUp() override {
        ProjectTest::SetUp();
        doc = importText("int1", "R: " + std::string(40, 'x') + "\n");
    }
    // A relation with `evidence` fresh codings (of the source code) as its evidence.
    void relate(const std::string& from, const std::string& type, const std::string& to,
                std::size_t evidence = 0) {
        std::vector<std::string> codings;
        for (std::size_t i = 0; i < evidence; ++i, ++next)
            codings.push_back(applyCoding(doc, 3 + next, 4 + next, from));
        AddRelation command(from, type, to, codings);
        project->execute(command);
    }
    void codes(std::initializer_list<const char*> paths) {
        for (const char* path : paths)
            addCode(path);
    }
    std::string doc;
    std::size_t next = 0;
};

// code | connected | path | evidence, as the CLI prints it (Dutch labels).
std::vector<std::string> rowsOf(Project& project) {
    std::vector<std::string> out;
    for (const IntegrationRow& row : integrationCheck(project))
        out.push_back(
            row.path + " | " + (row.connected ? "yes" : "no") + " | " +
            (row.connected ? describePath(project.codeTree(), row.route, Language::Dutch) : "") +
            " | " + std::to_string(row.evidence));
    return out;
}

TEST_F(AxialAnalysisTest, IntegrationCheckFindsShortestBestEvidencedPathsToTheCore) {
    // Tree order: K, K > k1, A, A > a1, A > a2, B, B > b1, C, C > c1, D, D > d1, E, G.
    codes({"K", "K > k1", "A", "A > a1", "A > a2", "B", "B > b1", "C", "C > c1", "D", "D > d1", "E",
           "G"});
    SetCoreCategory core("K");
    project->execute(core);
    relate("A > a1", "is oorzaak van", "K", 2);
    relate("A", "versterkt", "K", 1);
    relate("B > b1", "hangt samen met", "K > k1", 3);
    relate("E", "verzwakt", "B", 0);
    relate("E", "is voorwaarde voor", "K", 1);
    relate("B", "hangt samen met", "G", 2);
    relate("G", "versterkt", "K", 2);
    relate("C > c1", "hangt samen met", "A > a1", 2);
    relate("C > c1", "versterkt", "K > k1", 4);
    // Categories are the codes with sub-codes: K (the core), A, B, C, D.
    // A: directly to K in one step (1 evidence); via a1 would take two.
    // B: two steps either via E (0 + 1 = 1 evidence) or via G (2 + 2 = 4); the better evidenced
    //    one wins although E comes first in the tree. Via b1 and k1 would take three steps.
    // C: three steps to K through c1, then a1 (2 + 2 = 4) or k1 (4 + 0 = 4): a tie, which goes
    //    to the code first in tree order, k1.
    // D: no relation reaches its subtree.
    EXPECT_THAT(
        rowsOf(*project),
        ElementsAre("K | yes | K | 0", "A | yes | A -[versterkt]-> K | 1",
                    "B | yes | B -[hangt samen met]- G -[versterkt]-> K | 4",
                    "C | yes | C -[subcode]-> C > c1 -[versterkt]-> K > k1 <-[subcode]- K | 4",
                    "D | no |  | 0"));
    const auto rows = integrationCheck(*project);
    EXPECT_EQ(describePath(project->codeTree(), rows[2].route, Language::English),
              "B -[is associated with]- G -[strengthens]-> K");
    EXPECT_EQ(rows[2].route.steps.size(), 2u);
    EXPECT_EQ(rows[2].route.steps[0].evidence, 2u);
}

TEST_F(AxialAnalysisTest, IntegrationCheckNeedsACore) {
    codes({"A", "A > a1"});
    try {
        integrationCheck(*project);
        FAIL() << "no error";
    } catch (const InvalidArgumentError& e) {
        EXPECT_STREQ(e.what(), "test.codeboom has no core category; mark one before the "
                               "integration check");
    }
}

TEST_F(AxialAnalysisTest, CyclesAmongDirectedRelationsAreReportedOncePerCodeSequence) {
    codes({"X", "Y", "Z", "W"});
    relate("X", "is oorzaak van", "Y");
    relate("X", "versterkt", "Y", 1); // the better evidenced of the two X -> Y steps
    relate("Y", "is oorzaak van", "Z");
    relate("Z", "verzwakt", "X");
    relate("Y", "versterkt", "X");
    relate("Z", "hangt samen met", "W"); // symmetric: no part in cycles
    relate("W", "is oorzaak van", "X");  // W -> X -> Y -> Z, but Z - W is symmetric
    // From X (first in tree order), Y's successors in tree order are X then Z, so the two-step
    // cycle comes first.
    const CycleReport report = directedCycles(*project);
    std::vector<std::string> texts;
    for (const RelationPath& cycle : report.cycles)
        texts.push_back(describePath(project->codeTree(), cycle, Language::Dutch));
    EXPECT_THAT(texts, ElementsAre("X -[versterkt]-> Y -[versterkt]-> X",
                                   "X -[versterkt]-> Y -[is oorzaak van]-> Z -[verzwakt]-> X"));
    EXPECT_FALSE(report.truncated);
    const CycleReport first = directedCycles(*project, 1);
    EXPECT_EQ(first.cycles.size(), 1u);
    EXPECT_TRUE(first.truncated);
}

TEST_F(AxialAnalysisTest, NoCyclesInATree) {
    codes({"X", "Y", "Z"});
    relate("X", "causes", "Y");
    relate("X", "causes", "Z");
    relate("Y", "causes", "Z");
    EXPECT_TRUE(directedCycles(*project).cycles.empty());
}

TEST_F(AxialAnalysisTest, ParadigmModelPlacesRelatedCodesInTheirSlots) {
    codes({"P", "O", "Q", "R", "S", "V", "U", "C1", "C2", "T", "W"});
    for (auto [nl, en, directed, slot] :
         {std::tuple{"is context van", "is context of", true, "context"},
          std::tuple{"is strategie bij", "is strategy for", true, "strategies"},
          std::tuple{"gaat samen met", "goes with", false, "context"}}) {
        AddRelationType type(nl, en, directed, slot);
        project->execute(type);
    }
    relate("O", "is oorzaak van", "P");     // causal conditions
    relate("P", "is oorzaak van", "Q", 2);  // mirrored: consequences
    relate("R", "is gevolg van", "P");      // consequences
    relate("P", "is gevolg van", "S");      // mirrored: causal conditions
    relate("V", "is voorwaarde voor", "P"); // intervening conditions
    relate("P", "is voorwaarde voor", "U"); // no mirror: related only
    relate("C1", "is context van", "P");    // context
    relate("T", "is strategie bij", "P");   // strategies
    relate("P", "gaat samen met", "C2");    // symmetric: context either way
    relate("W", "hangt samen met", "P");    // no slot
    relate("O", "causes", "Q");             // does not touch P
    const ParadigmModel model = paradigmModel(*project, "p");
    EXPECT_EQ(model.path, "P");
    std::vector<std::string> placed;
    for (const ParadigmEntry& e : model.entries)
        placed.push_back((e.slot.empty() ? "related" : e.slot) + ": " + e.path);
    EXPECT_THAT(placed,
                ElementsAre("causal-conditions: O", "causal-conditions: S", "context: C1",
                            "context: C2", "intervening-conditions: V", "strategies: T",
                            "consequences: Q", "consequences: R", "related: U", "related: W"));
    EXPECT_EQ(model.entries[6].evidence, 2u);
    EXPECT_TRUE(model.entries[6].phenomenonIsSource);
    EXPECT_EQ(model.entries[6].labelNl, "is oorzaak van");
}

TEST_F(AxialAnalysisTest, SaturationCountsCodesNewInEachDocumentInTheOrderDocumentsWereCoded) {
    const std::string d2 = importText("d2", "R: " + std::string(20, 'y') + "\n");
    const std::string d3 = importText("d3", "R: " + std::string(20, 'z') + "\n");
    codes({"A", "A > a1", "A > a2", "B", "B > b1"});
    // Documents by position: int1, d2, d3. When each coding was made:
    auto code = [&](const std::string& document, std::size_t at, const std::string& path,
                    const std::string& when) {
        const std::string uuid = applyCoding(document, at, at + 1, path);
        auto stmt = project->database().prepare("UPDATE codings SET created_at = ? WHERE uuid = ?");
        stmt.bind(0, when).bind(1, uuid).run();
    };
    code(d2, 3, "A > a1", "2026-03-01T10:00:00.000Z");
    code(d2, 4, "B", "2026-03-01T10:05:00.000Z");
    code(doc, 3, "A > a1", "2026-03-02T09:00:00.000Z");
    code(doc, 4, "A > a2", "2026-03-02T09:01:00.000Z");
    code(doc, 5, "A", "2026-03-02T09:02:00.000Z");
    code(doc, 6, "B > b1", "2026-03-02T09:03:00.000Z");
    code(d3, 3, "B", "2026-03-02T09:00:00.000Z"); // first coded when int1 was: position decides
    code(d3, 4, "A > a2", "2026-03-04T09:00:00.000Z");
    code(d2, 5, "B > b1", "2026-03-05T09:00:00.000Z"); // later, but d2 is first in the order
    // d2 (first coded 1 March): a1, B and b1 (coded later, but d2 comes first) are new, a1 and
    //   b1 sub-codes: 3 new, 2 sub-codes, 3 in all.
    // int1 (2 March 09:00, position 0): a1 and b1 seen; a2 and A new: 2 new, 1 sub, 5 in all.
    // d3 (2 March 09:00, position 2): B and a2 seen: 0 new, 5 in all.
    std::vector<std::string> rows;
    for (const SaturationPoint& p : saturationCurve(*project))
        rows.push_back(p.document + " " + std::to_string(p.order) + " " +
                       std::to_string(p.newCodes) + " " + std::to_string(p.newSubcodes) + " " +
                       std::to_string(p.cumulative) + " " + p.firstCodedAt);
    EXPECT_THAT(rows, ElementsAre("d2 1 3 2 3 2026-03-01T10:00:00.000Z",
                                  "int1 2 2 1 5 2026-03-02T09:00:00.000Z",
                                  "d3 3 0 0 5 2026-03-02T09:00:00.000Z"));
}

TEST_F(AxialAnalysisTest, SaturationIsEmptyWithoutCodings) {
    codes({"A"});
    EXPECT_TRUE(saturationCurve(*project).empty());
}

} // namespace
} // namespace codeboom
