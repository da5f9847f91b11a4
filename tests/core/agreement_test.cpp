#include "codeboom/analysis/agreement.h"
#include "codeboom/analysis/kappa.h"
#include "codeboom/analysis/krippendorff.h"
#include "codeboom/error.h"

#include "support/project_fixture.h"

namespace codeboom {
namespace {

using test::ProjectTest;

constexpr std::optional<double> kMissing = std::nullopt;

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers,
// 12 units, values 1-5, missing data (refi-qda-and-fixtures.md 4.1). Rows are units here.
ReliabilityData krippendorff2011() {
    const std::vector<std::vector<std::optional<double>>> observers = {
        {1, 2, 3, 3, 2, 1, 4, 1, 2, kMissing, kMissing, kMissing},
        {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, kMissing, 3},
        {kMissing, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, kMissing},
        {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, kMissing}};
    ReliabilityData units(12);
    for (const auto& observer : observers)
        for (std::size_t u = 0; u < 12; ++u)
            units[u].push_back(observer[u]);
    return units;
}

TEST(KrippendorffAlphaTest, Krippendorff2011WorkedExampleNominal) {
    const auto alpha = krippendorffAlpha(krippendorff2011(), AlphaMetric::Nominal);
    ASSERT_TRUE(alpha);
    EXPECT_NEAR(*alpha, 0.743, 0.0005);
    EXPECT_NEAR(*alpha, 0.7434, 0.00005);
}

TEST(KrippendorffAlphaTest, Krippendorff2011WorkedExampleInterval) {
    const auto alpha = krippendorffAlpha(krippendorff2011(), AlphaMetric::Interval);
    ASSERT_TRUE(alpha);
    EXPECT_NEAR(*alpha, 0.849, 0.0005);
    EXPECT_NEAR(*alpha, 0.8491, 0.00005);
}

TEST(KrippendorffAlphaTest, Krippendorff2004BinaryExampleAgreesWithTheTwoByTwoForm) {
    // Krippendorff (2004: p. 224): (1,0)(1,1)(0,1)(0,0)(0,0)(0,1)(0,0)(0,1)(0,0)(0,0);
    // a = 1, b = 1, c = 3, d = 5, alpha 0.095, % 0.600, Cohen's kappa 0.0909.
    const ReliabilityData data = {{1, 0}, {1, 1}, {0, 1}, {0, 0}, {0, 0},
                                  {0, 1}, {0, 0}, {0, 1}, {0, 0}, {0, 0}};
    const TwoByTwo table{1, 1, 3, 5};
    // 1 - (n - 1) o01 / (n0 n1) = 1 - 19 * 4 / (14 * 6) = 0.095238...
    EXPECT_NEAR(*krippendorffAlpha(data, AlphaMetric::Nominal), 1.0 - 76.0 / 84.0, 1e-12);
    EXPECT_NEAR(*binaryAlpha(coincidencesOf(table)), 1.0 - 76.0 / 84.0, 1e-12);
    EXPECT_DOUBLE_EQ(*percentAgreement(table), 0.6);
    // Po 0.6, Pe (2*4 + 8*6) / 100 = 0.56, kappa 0.04 / 0.44 = 0.0909...
    EXPECT_NEAR(*cohenKappa(table), 0.04 / 0.44, 1e-12);
}

TEST(KrippendorffAlphaTest, NoVariationIsUndefined) {
    EXPECT_FALSE(krippendorffAlpha({{1, 1}, {1, 1}}, AlphaMetric::Nominal));
    EXPECT_FALSE(krippendorffAlpha({{1, kMissing}}, AlphaMetric::Nominal));
}

TEST(CohenKappaTest, Cohen1960Page45) {
    // Cohen (1960: p. 45), 200 items: Po 0.70, Pe 0.41, kappa 0.29 / 0.59 = 0.4915.
    const auto kappa = cohenKappa({{88, 14, 18}, {10, 40, 10}, {2, 6, 12}});
    ASSERT_TRUE(kappa);
    EXPECT_NEAR(*kappa, 0.29 / 0.59, 1e-12);
    EXPECT_NEAR(*kappa, 0.492, 0.0005);
}

TEST(CohenKappaTest, Cohen1960Page37IsNegative) {
    // Po 0.29, Pe 0.35: kappa -0.06 / 0.65 = -0.0923.
    EXPECT_NEAR(*cohenKappa({{25, 12, 3}, {13, 2, 15}, {12, 16, 2}}), -0.06 / 0.65, 1e-12);
}

TEST(CohenKappaTest, WikipediaTwoByTwoAndUndefinedWhenPeIsOne) {
    EXPECT_NEAR(*cohenKappa(TwoByTwo{20, 5, 10, 15}), 0.4, 1e-12);
    EXPECT_FALSE(cohenKappa(TwoByTwo{10, 0, 0, 0}));
    EXPECT_FALSE(cohenKappa(TwoByTwo{0, 0, 0, 10}));
    EXPECT_FALSE(cohenKappa(TwoByTwo{}));
}

TEST(FleissKappaTest, Fleiss1971Page379) {
    const std::vector<std::vector<int>> ratings = {
        {4, 4, 4, 4, 4, 4}, {2, 2, 2, 5, 5, 5}, {2, 3, 3, 3, 3, 5}, {5, 5, 5, 5, 5, 5},
        {2, 2, 2, 4, 4, 4}, {1, 1, 3, 3, 3, 3}, {3, 3, 3, 3, 5, 5}, {1, 1, 3, 3, 3, 4},
        {1, 1, 4, 4, 4, 4}, {5, 5, 5, 5, 5, 5}, {1, 4, 4, 4, 4, 4}, {1, 2, 4, 4, 4, 4},
        {2, 2, 2, 3, 3, 3}, {1, 4, 4, 4, 4, 4}, {2, 2, 4, 4, 4, 5}, {3, 3, 3, 3, 3, 5},
        {1, 1, 1, 4, 5, 5}, {1, 1, 1, 1, 1, 2}, {2, 2, 4, 4, 4, 4}, {1, 3, 3, 5, 5, 5},
        {5, 5, 5, 5, 5, 5}, {2, 4, 4, 4, 4, 4}, {2, 2, 4, 5, 5, 5}, {1, 1, 4, 4, 4, 4},
        {1, 4, 4, 4, 4, 5}, {2, 2, 2, 2, 2, 4}, {1, 1, 1, 1, 5, 5}, {2, 2, 4, 4, 4, 4},
        {1, 3, 3, 3, 3, 3}, {5, 5, 5, 5, 5, 5}};
    std::vector<std::vector<double>> counts;
    for (const auto& subject : ratings) {
        std::vector<double> row(5, 0.0);
        for (const int category : subject)
            row[static_cast<std::size_t>(category - 1)] += 1;
        counts.push_back(row);
    }
    const auto kappa = fleissKappa(counts);
    ASSERT_TRUE(kappa);
    EXPECT_NEAR(*kappa, 0.430, 0.0005);
}

// Coding cases worked by hand. Coders anouk (X) and bram (Y), code "Regulatief".
class AgreementTest : public ProjectTest {
protected:
    void SetUp() override {
        ProjectTest::SetUp();
        addCode("Regulatief");
        addCode("Normatief");
    }
    void codeAs(const std::string& coder, const std::string& doc, std::size_t start,
                std::size_t end, const std::string& code = "Regulatief") {
        reopen(coder);
        applyCoding(doc, start, end, code);
    }
    AgreementReport agreement(std::vector<std::string> coders, AgreementUnit unit,
                              double overlap = 0.9) {
        AgreementOptions options;
        options.coders = std::move(coders);
        options.unit = unit;
        options.overlap = overlap;
        return computeAgreement(*project, options);
    }
    const AgreementRow& row(const AgreementReport& report, const std::string& code,
                            const std::string& document) {
        for (const AgreementRow& r : report.rows)
            if (r.code == code && r.document == document)
                return r;
        throw std::runtime_error("no row " + code + " / " + document);
    }
    // Four paragraphs of 10 code points each ("aaaaaaaaa\n" ...).
    std::vector<Paragraph> fourParagraphs(const std::string& name) {
        const std::string doc =
            importText(name, "aaaaaaaaa\n\nbbbbbbbbb\n\nccccccccc\n\nddddddddd\n");
        return project->paragraphs(project->document(name).id);
    }
};

TEST_F(AgreementTest, CharacterUnitCountsEveryCodePoint) {
    importText("int1", std::string(100, 'x'));
    ASSERT_EQ(project->document("int1").chars, 100u);
    codeAs("anouk", "int1", 0, 40);
    codeAs("bram", "int1", 20, 60);
    codeAs("bram", "int1", 50, 55); // inside bram's region: regions, not codings, count
    const auto report = agreement({"anouk", "bram"}, AgreementUnit::Character);
    const AgreementRow& r = row(report, "Regulatief", "int1");
    // a = 20 (20-40), b = 20 (0-20), c = 20 (40-60), d = 40.
    EXPECT_EQ(r.table.a, 20u);
    EXPECT_EQ(r.table.b, 20u);
    EXPECT_EQ(r.table.c, 20u);
    EXPECT_EQ(r.table.d, 40u);
    EXPECT_EQ(r.units, 100u);
    EXPECT_DOUBLE_EQ(*r.percent, 0.6);
    // Pe = (40*40 + 60*60) / 100^2 = 0.52; kappa = 0.08 / 0.48.
    EXPECT_NEAR(*r.kappa, 0.08 / 0.48, 1e-12);
    // n = 200, n1 = 80, n0 = 120, o01 = 40: alpha = 1 - 199 * 40 / 9600.
    EXPECT_NEAR(*r.alpha, 1.0 - 199.0 * 40.0 / 9600.0, 1e-12);
    // Only one code and one document: the code row and the pooled row are the same table.
    EXPECT_EQ(row(report, "Regulatief", "*").table.a, 20u);
    EXPECT_EQ(row(report, "*", "*").table.d, 40u);
}

TEST_F(AgreementTest, PooledRowsSumTablesBeforeComputing) {
    importText("int1", std::string(100, 'x'));
    importText("int2", std::string(50, 'y'));
    codeAs("anouk", "int1", 0, 40);
    codeAs("bram", "int1", 20, 60);
    codeAs("anouk", "int2", 0, 50, "Normatief");
    codeAs("bram", "int2", 0, 50, "Normatief");
    const auto report = agreement({"anouk", "bram"}, AgreementUnit::Character);
    // Regulatief in int2: nobody coded it, d = 50; pooled over documents a=20 b=20 c=20 d=90.
    const AgreementRow& regulatief = row(report, "Regulatief", "*");
    EXPECT_EQ(regulatief.table.d, 90u);
    EXPECT_EQ(regulatief.units, 150u);
    EXPECT_NEAR(*regulatief.percent, 110.0 / 150.0, 1e-12); // (a + d) / N
    // Normatief in int2 is coded completely by both: Pe = 1, kappa undefined, percent 1.
    const AgreementRow& whole = row(report, "Normatief", "int2");
    EXPECT_EQ(whole.table.a, 50u);
    EXPECT_FALSE(whole.kappa);
    EXPECT_FALSE(whole.alpha);
    EXPECT_DOUBLE_EQ(*whole.percent, 1.0);
    // Pooled: a = 20 + 50, b = 20, c = 20, d = 90 + 100 = 190; N = 300.
    const AgreementRow& pooled = row(report, "*", "*");
    EXPECT_EQ(pooled.table.a, 70u);
    EXPECT_EQ(pooled.table.d, 190u);
    EXPECT_EQ(pooled.units, 300u);
    const double pe = (90.0 * 90.0 + 210.0 * 210.0) / (300.0 * 300.0);
    EXPECT_NEAR(*pooled.kappa, (260.0 / 300.0 - pe) / (1 - pe), 1e-12);
    EXPECT_EQ(report.rows.size(), 7u); // 2 codes x (2 documents + pooled) + pooled
}

TEST_F(AgreementTest, ParagraphUnitCountsParagraphsARegionIntersects) {
    const auto paragraphs = fourParagraphs("int1");
    ASSERT_EQ(paragraphs.size(), 4u);
    codeAs("anouk", "int1", paragraphs[0].start + 2, paragraphs[0].start + 4);
    codeAs("anouk", "int1", paragraphs[1].start, paragraphs[1].start + 1);
    codeAs("bram", "int1", paragraphs[1].end - 1, paragraphs[2].start + 1);
    // a = 1 (p1), b = 1 (p0), c = 1 (p2), d = 1 (p3); Po 0.5 = Pe: kappa 0.
    const auto report = agreement({"anouk", "bram"}, AgreementUnit::Paragraph);
    const AgreementRow& r = row(report, "Regulatief", "int1");
    EXPECT_EQ(r.table.a, 1u);
    EXPECT_EQ(r.table.b, 1u);
    EXPECT_EQ(r.table.c, 1u);
    EXPECT_EQ(r.table.d, 1u);
    EXPECT_DOUBLE_EQ(*r.percent, 0.5);
    EXPECT_NEAR(*r.kappa, 0.0, 1e-12);
    // n = 8, n0 = n1 = 4, o01 = 2: alpha = 1 - 7 * 2 / 16 = 0.125.
    EXPECT_NEAR(*r.alpha, 0.125, 1e-12);
}

TEST_F(AgreementTest, TurnUnitUsesSpeakerTurns) {
    importText("fg",
               "I: Hoe kwam u bij Leo?\nR: Via de gemeente.\nI: En verder?\nR: Een folder.\n");
    const auto turns = project->turns(project->document("fg").id);
    ASSERT_EQ(turns.size(), 4u);
    codeAs("anouk", "fg", turns[1].bodyStart, turns[1].bodyStart + 3);
    codeAs("bram", "fg", turns[1].bodyStart + 1, turns[2].bodyStart + 1);
    const auto report = agreement({"anouk", "bram"}, AgreementUnit::Turn);
    const AgreementRow& r = row(report, "Regulatief", "fg");
    // turn 0: neither; turn 1: both; turn 2: bram only; turn 3: neither.
    EXPECT_EQ(r.table.a, 1u);
    EXPECT_EQ(r.table.b, 0u);
    EXPECT_EQ(r.table.c, 1u);
    EXPECT_EQ(r.table.d, 2u);
    // Po = 3/4, Pe = (1*2 + 3*2) / 16 = 1/2: kappa = (3/4 - 1/2) / (1/2) = 0.5.
    EXPECT_NEAR(*r.kappa, 0.5, 1e-12);
}

TEST_F(AgreementTest, SegmentUnitMatchesRegionsOneToOneByOverlap) {
    importText("int1", std::string(100, 'x'));
    codeAs("anouk", "int1", 0, 10);
    codeAs("anouk", "int1", 20, 30);
    codeAs("anouk", "int1", 50, 60);
    codeAs("bram", "int1", 0, 10);  // 10/10: match
    codeAs("bram", "int1", 21, 30); // 9/10 = 0.9: match at the default threshold
    codeAs("bram", "int1", 52, 60); // 8/10: no match at 0.9
    codeAs("bram", "int1", 80, 90); // nothing of anouk's
    auto report = agreement({"anouk", "bram"}, AgreementUnit::Segment);
    const AgreementRow& r = row(report, "Regulatief", "int1");
    EXPECT_EQ(r.table.a, 2u);
    EXPECT_EQ(r.table.b, 1u);
    EXPECT_EQ(r.table.c, 2u);
    EXPECT_EQ(r.units, 5u);
    EXPECT_DOUBLE_EQ(*r.percent, 0.4);
    EXPECT_FALSE(r.kappa);
    EXPECT_FALSE(r.alpha);
    report = agreement({"anouk", "bram"}, AgreementUnit::Segment, 0.8);
    EXPECT_EQ(row(report, "Regulatief", "int1").table.a, 3u);
    EXPECT_DOUBLE_EQ(*row(report, "Regulatief", "int1").percent, 0.75);
}

TEST(SegmentMatchingTest, LargestOverlapIsMatchedFirstOneToOne) {
    // Y's [0,10) overlaps X's [0,10) (1.0) and [0,11)... one X region can match once only.
    const std::vector<Span> x = {{0, 10}, {12, 22}};
    const std::vector<Span> y = {{0, 10}, {1, 10}};
    const TwoByTwo t = matchSegments(x, y, 0.5);
    EXPECT_EQ(t.a, 1u);
    EXPECT_EQ(t.b, 1u);
    EXPECT_EQ(t.c, 1u);
}

TEST_F(AgreementTest, ThreeCodersGiveFleissKappaAndAlpha) {
    const auto paragraphs = fourParagraphs("int1");
    codeAs("anouk", "int1", paragraphs[0].start, paragraphs[1].start + 1);
    codeAs("bram", "int1", paragraphs[1].start, paragraphs[2].start + 1);
    codeAs("chris", "int1", paragraphs[1].start + 2, paragraphs[1].start + 3);
    const auto report = agreement({"anouk", "bram", "chris"}, AgreementUnit::Paragraph);
    const AgreementRow& r = row(report, "Regulatief", "int1");
    // Units coded by 1, 3, 1 and 0 coders: o00 = 5, o01 = 2, o11 = 3 (n = 12).
    EXPECT_DOUBLE_EQ(r.coincidences.o00, 5.0);
    EXPECT_DOUBLE_EQ(r.coincidences.o01, 2.0);
    EXPECT_DOUBLE_EQ(r.coincidences.o11, 3.0);
    EXPECT_EQ(r.unanimous, 2u);
    EXPECT_DOUBLE_EQ(*r.percent, 0.5);
    // alpha = 1 - 11 * 2 / (7 * 5); Fleiss: P = 8/12, Pe = (49 + 25) / 144.
    EXPECT_NEAR(*r.alpha, 1.0 - 22.0 / 35.0, 1e-12);
    EXPECT_NEAR(*r.kappa, (8.0 / 12.0 - 74.0 / 144.0) / (1.0 - 74.0 / 144.0), 1e-12);
}

TEST_F(AgreementTest, BadInputIsRefusedWithAMessage) {
    importText("int1", std::string(10, 'x'));
    codeAs("anouk", "int1", 0, 5);
    EXPECT_THROW(agreement({"anouk"}, AgreementUnit::Character), InvalidArgumentError);
    try {
        agreement({"anouk", "zoe"}, AgreementUnit::Character);
        FAIL();
    } catch (const InvalidArgumentError& e) {
        EXPECT_STREQ(e.what(), "there is no coder 'zoe' in test.codeboom");
    }
    codeAs("bram", "int1", 0, 5);
    codeAs("chris", "int1", 0, 5);
    EXPECT_THROW(agreement({"anouk", "bram", "chris"}, AgreementUnit::Segment),
                 InvalidArgumentError);
    EXPECT_THROW(parseAgreementUnit("zin"), InvalidArgumentError);
}

} // namespace
} // namespace codeboom
