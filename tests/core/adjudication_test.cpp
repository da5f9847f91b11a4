#include "codeboom/analysis/agreement.h"
#include "codeboom/error.h"
#include "codeboom/team/adjudication.h"

#include "support/project_fixture.h"

#include <gmock/gmock.h>

namespace codeboom {
namespace {

using test::ProjectTest;

// anouk (X) and bram (Y) code "Regulatief" in a 100-character document.
class AdjudicationTest : public ProjectTest {
protected:
    void SetUp() override {
        ProjectTest::SetUp();
        importText("int1", std::string(100, 'x'));
        addCode("Regulatief");
        addCode("Normatief");
        reopen("anouk");
        applyCoding("int1", 10, 30, "Regulatief");
        applyCoding("int1", 50, 60, "Regulatief"); // bram codes the same: no disagreement
        applyCoding("int1", 80, 90, "Regulatief");
        reopen("bram");
        applyCoding("int1", 20, 40, "Regulatief");
        applyCoding("int1", 50, 60, "Regulatief");
        reopen("supervisor");
    }
    std::vector<Span> consensus() {
        CodingFilter filter;
        filter.coder = "consensus";
        std::vector<Span> out;
        for (const Coding& c : project->codings(filter))
            out.push_back({c.start, c.end});
        return out;
    }
    void decide(Span span, Decision decision, const std::string& recode = {}) {
        Adjudicate command("anouk", "bram", "consensus", "int1", "Regulatief", span, decision,
                           recode);
        project->execute(command, "besproken op 12 maart");
    }
};

TEST_F(AdjudicationTest, DisagreementsShowBothCodersSpansInContext) {
    const auto list = findDisagreements(*project, "anouk", "bram");
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0].span, (Span{10, 40}));
    EXPECT_EQ(list[0].x, (std::vector<Span>{{10, 30}}));
    EXPECT_EQ(list[0].y, (std::vector<Span>{{20, 40}}));
    EXPECT_EQ(list[0].code, "Regulatief");
    EXPECT_EQ(list[0].context,
              std::string(10, 'x') + "[[" + std::string(30, 'x') + "]]" + std::string(40, 'x'));
    EXPECT_EQ(list[1].span, (Span{80, 90}));
    EXPECT_TRUE(list[1].y.empty());
}

TEST_F(AdjudicationTest, EachDecisionBuildsTheConsensusLayer) {
    decide({10, 40}, Decision::TakeX);
    EXPECT_EQ(consensus(), (std::vector<Span>{{10, 30}}));
    decide({10, 40}, Decision::TakeY); // a later decision replaces the earlier one
    EXPECT_EQ(consensus(), (std::vector<Span>{{20, 40}}));
    decide({10, 40}, Decision::Union);
    EXPECT_EQ(consensus(), (std::vector<Span>{{10, 40}}));
    decide({10, 40}, Decision::Intersection);
    EXPECT_EQ(consensus(), (std::vector<Span>{{20, 30}}));
    decide({10, 40}, Decision::Neither);
    EXPECT_TRUE(consensus().empty());
    decide({80, 90}, Decision::Recode, "Normatief");
    CodingFilter filter;
    filter.coder = "consensus";
    ASSERT_EQ(project->codings(filter).size(), 1u);
    EXPECT_EQ(project->codings(filter)[0].codePath, "Normatief");
}

TEST_F(AdjudicationTest, DecisionsAreUndoableAndAudited) {
    decide({10, 40}, Decision::Union);
    const Event last = project->events().back();
    EXPECT_EQ(last.command, "adjudicate");
    EXPECT_EQ(last.coder, "supervisor");
    EXPECT_EQ(last.reason, "besproken op 12 maart");
    EXPECT_EQ(last.label, "adjudicate 'Regulatief' in int1 10–40: union");
    project->undo();
    EXPECT_TRUE(consensus().empty());
    EXPECT_FALSE(project->findCoder("consensus")); // the layer's coder row went with it
    project->redo();
    EXPECT_EQ(consensus(), (std::vector<Span>{{10, 40}}));
}

TEST_F(AdjudicationTest, AgreementBeforeAndAfterAdjudication) {
    decide({10, 40}, Decision::TakeX);
    decide({50, 60}, Decision::TakeX);
    decide({80, 90}, Decision::TakeX);
    AgreementOptions options;
    options.coders = {"anouk", "consensus"};
    options.unit = AgreementUnit::Segment;
    const auto after = computeAgreement(*project, options);
    EXPECT_DOUBLE_EQ(*after.rows.back().percent, 1.0);
    options.coders = {"anouk", "bram"};
    const auto before = computeAgreement(*project, options);
    // Segments: 50-60 matches; 10-30 vs 20-40 overlap 10/30; 80-90 unmatched: a 1, b 2, c 1.
    EXPECT_DOUBLE_EQ(*before.rows.back().percent, 0.25);
}

TEST_F(AdjudicationTest, BadDecisionsAreRefused) {
    Adjudicate sameName("anouk", "bram", "bram", "int1", "Regulatief", {10, 40}, Decision::Union);
    EXPECT_EQ(messageOf(sameName), "the consensus layer needs its own coder name, not 'bram'");
    Adjudicate noTarget("anouk", "bram", "consensus", "int1", "Regulatief", {10, 40},
                        Decision::Recode);
    EXPECT_EQ(messageOf(noTarget), "the decision 'recode' needs the code to recode to");
    EXPECT_THROW(parseDecision("beide"), InvalidArgumentError);
    EXPECT_THROW(findDisagreements(*project, "anouk", "zoe"), InvalidArgumentError);
}

} // namespace
} // namespace codeboom
