#include "codeboom/analysis/cooccurrence.h"
#include "codeboom/error.h"

#include "support/analysis_fixture.h"

#include <gmock/gmock.h>

#include <cmath>

namespace codeboom {
namespace {

using ::testing::ElementsAre;

class CooccurrenceTest : public test::AnalysisTest {
protected:
    Matrix cooccurrence(CooccurrenceUnit unit = CooccurrenceUnit::Overlap,
                        CooccurrenceMeasure measure = CooccurrenceMeasure::Count,
                        AnalysisFilter filter = {}) {
        return cooccurrenceMatrix(*project, {filter, unit, measure});
    }
    static std::vector<std::pair<std::size_t, std::size_t>>
    spans(const std::vector<MatrixRegion>& regions) {
        std::vector<std::pair<std::size_t, std::size_t>> out;
        for (const MatrixRegion& r : regions)
            out.emplace_back(r.start, r.end);
        return out;
    }
};

// Rows and columns: Werk (W), Werk > Plezier (P), Zorg (Z); the last column and row are n.
TEST_F(CooccurrenceTest, OverlapCountsPairsOfRegionsSharingACodePoint) {
    const Matrix m = cooccurrence();
    EXPECT_THAT(m.columnLabels, ElementsAre("Werk", "Werk > Plezier", "Zorg"));
    EXPECT_EQ(m.totalLabel, "n");
    // n_W = 3 (W1, W2, W3), n_P = 2, n_Z = 2.
    // W-P: W2 [35,45) holds P1 [36,40) (nested) = 1; W3 and P2 are apart.
    // W-Z: W3 [18,25) and Z2 [10,20) share 18, 19 = 1; W1 [20,34) and Z1 [3,16) do not meet.
    // P-Z: none. The diagonal holds n_A; the grand total is empty.
    EXPECT_EQ(cellsOf(m), (Cells{{3, 1, 1, 3}, {1, 2, 0, 2}, {1, 0, 2, 2}, {3, 2, 2, -1}}));
}

TEST_F(CooccurrenceTest, MeasuresFollowTheirFormulas) {
    const auto jaccard = cooccurrence(CooccurrenceUnit::Overlap, CooccurrenceMeasure::Jaccard);
    // W-P: 1 / (3 + 2 - 1) = 0.25; W-Z likewise; P-Z: 0 / (2 + 2 - 0) = 0; diagonal empty.
    EXPECT_EQ(cellsOf(jaccard),
              (Cells{{-1, 0.25, 0.25, 3}, {0.25, -1, 0, 2}, {0.25, 0, -1, 2}, {3, 2, 2, -1}}));
    const auto dice = cooccurrence(CooccurrenceUnit::Overlap, CooccurrenceMeasure::Dice);
    // W-P: 2 x 1 / (3 + 2) = 0.4.
    EXPECT_DOUBLE_EQ(*dice.at(0, 1), 0.4);
    EXPECT_DOUBLE_EQ(*dice.at(1, 2), 0.0);
    const auto ochiai = cooccurrence(CooccurrenceUnit::Overlap, CooccurrenceMeasure::Ochiai);
    // W-P: 1 / sqrt(3 x 2) = 0.4082...
    EXPECT_DOUBLE_EQ(*ochiai.at(0, 1), 1 / std::sqrt(6.0));
    EXPECT_DOUBLE_EQ(*ochiai.at(1, 0), 1 / std::sqrt(6.0));
    const auto conditional =
        cooccurrence(CooccurrenceUnit::Overlap, CooccurrenceMeasure::Conditional);
    // Row W, column P: P(P | W) = 1 / 3; row P, column W: 1 / 2 (asymmetric).
    EXPECT_DOUBLE_EQ(*conditional.at(0, 1), 1.0 / 3);
    EXPECT_DOUBLE_EQ(*conditional.at(1, 0), 0.5);
    EXPECT_DOUBLE_EQ(*conditional.at(2, 0), 0.5);
    EXPECT_FALSE(conditional.at(0, 0).has_value());
}

TEST_F(CooccurrenceTest, UndefinedRatiosAreEmpty) {
    addCode("Leeg");
    addCode("Ook leeg");
    // Rows W, P, Z, Leeg (L), Ook leeg (O); n_L = n_O = 0.
    const auto jaccard = cooccurrence(CooccurrenceUnit::Overlap, CooccurrenceMeasure::Jaccard);
    EXPECT_DOUBLE_EQ(*jaccard.at(0, 3), 0.0);   // W-L: 0 / (3 + 0 - 0)
    EXPECT_FALSE(jaccard.at(3, 4).has_value()); // L-O: 0 / 0
    const auto dice = cooccurrence(CooccurrenceUnit::Overlap, CooccurrenceMeasure::Dice);
    EXPECT_FALSE(dice.at(3, 4).has_value()); // 0 / (0 + 0)
    const auto ochiai = cooccurrence(CooccurrenceUnit::Overlap, CooccurrenceMeasure::Ochiai);
    EXPECT_FALSE(ochiai.at(0, 3).has_value()); // W-L: 0 / sqrt(3 x 0)
    const auto conditional =
        cooccurrence(CooccurrenceUnit::Overlap, CooccurrenceMeasure::Conditional);
    EXPECT_DOUBLE_EQ(*conditional.at(0, 3), 0.0);   // row W: 0 / 3
    EXPECT_FALSE(conditional.at(3, 0).has_value()); // row L: 0 / 0
    const auto count = cooccurrence();
    EXPECT_EQ(*count.at(3, 4), 0.0); // a count is never undefined
}

TEST_F(CooccurrenceTest, TurnsCountUnitsNotRegions) {
    // Turns with codes: int1 I [0,16): Z1; int1 R [17,45): W1, W2, P1; int2 I [0,14): Z2;
    // int2 R [15,26): W3, Z2; int2 R [36,47): P2.
    // n_W = 2, n_P = 2, n_Z = 3; W-P: int1 R = 1; W-Z: int2 R [15,26) = 1; P-Z: 0.
    EXPECT_EQ(cellsOf(cooccurrence(CooccurrenceUnit::Turn)),
              (Cells{{2, 1, 1, 2}, {1, 2, 0, 2}, {1, 0, 3, 3}, {2, 2, 3, -1}}));
}

TEST_F(CooccurrenceTest, ParagraphsSplitATurn) {
    // int1's R turn has two paragraphs: [17,34) holds W1, [35,45) holds W2 and P1.
    // n_W = 3 (int1 [17,34), [35,45), int2 [15,26)), n_P = 2, n_Z = 3 (int1 [0,16), int2
    // [0,14), [15,26)); W-P: [35,45) = 1; W-Z: int2 [15,26) = 1.
    EXPECT_EQ(cellsOf(cooccurrence(CooccurrenceUnit::Paragraph)),
              (Cells{{3, 1, 1, 3}, {1, 2, 0, 2}, {1, 0, 3, 3}, {3, 2, 3, -1}}));
}

TEST_F(CooccurrenceTest, DocumentsCountOncePerDocument) {
    // Every code is in both documents: n = 2 each and every pair shares both.
    EXPECT_EQ(cellsOf(cooccurrence(CooccurrenceUnit::Document)),
              (Cells{{2, 2, 2, 2}, {2, 2, 2, 2}, {2, 2, 2, 2}, {2, 2, 2, -1}}));
    // Jaccard: 2 / (2 + 2 - 2) = 1.
    EXPECT_EQ(*cooccurrence(CooccurrenceUnit::Document, CooccurrenceMeasure::Jaccard).at(0, 2),
              1.0);
}

TEST_F(CooccurrenceTest, TouchingRegionsOfTwoCodesDoNotOverlap) {
    addCode("Rust");
    applyCoding("int1", 45, 50, "Rust"); // starts where W2 [35,45) ends
    // Overlap: no shared code point. Turns: W2 is in R [17,45), Rust in I [46,54). Document: 1.
    EXPECT_EQ(*cooccurrence().at(0, 3), 0.0);
    EXPECT_EQ(*cooccurrence(CooccurrenceUnit::Turn).at(0, 3), 0.0);
    EXPECT_EQ(*cooccurrence(CooccurrenceUnit::Document).at(0, 3), 1.0);
}

TEST_F(CooccurrenceTest, TwoCodersOnOnePassageMakeOnePair) {
    addCode("Rust");
    applyCoding("int1", 55, 61, "Rust");
    applyCoding("int1", 56, 60, "Zorg");
    reopen("bram");
    applyCoding("int1", 55, 61, "Rust"); // the same passage again: still one region of Rust
    // Rust [55,61) and Zorg [56,60) make one pair; n_Rust = 1, n_Z = 3 (Z1, Z2, [56,60)).
    const Matrix m = cooccurrence();
    EXPECT_EQ(*m.at(3, 2), 1.0);
    EXPECT_EQ(*m.rowTotals[3], 1.0);
    EXPECT_EQ(*m.rowTotals[2], 3.0);
}

TEST_F(CooccurrenceTest, RollupMakesParentsCooccurWithTheirChildren) {
    AnalysisFilter filter;
    filter.rollup = true;
    // Werk with Plezier: int1 [20,34), [35,45) (P1 inside), int2 [18,25), [40,45): n_W = 4.
    // W-P: [35,45)-P1 and [40,45)-P2 = 2; W-Z: [18,25)-Z2 = 1.
    EXPECT_EQ(cellsOf(cooccurrence(CooccurrenceUnit::Overlap, CooccurrenceMeasure::Count, filter)),
              (Cells{{4, 2, 1, 4}, {2, 2, 0, 2}, {1, 0, 2, 2}, {4, 2, 2, -1}}));
}

TEST_F(CooccurrenceTest, FiltersApplyBeforeCounting) {
    AnalysisFilter filter;
    filter.coders = {"bram"};
    // bram: Werk [22,28), Zorg [5,16) in int1: they do not overlap.
    EXPECT_EQ(cellsOf(cooccurrence(CooccurrenceUnit::Overlap, CooccurrenceMeasure::Count, filter)),
              (Cells{{1, 0, 0, 1}, {0, 0, 0, 0}, {0, 0, 1, 1}, {1, 0, 1, -1}}));
    filter = {};
    filter.documents = {"int2"};
    // int2: W3-Z2 overlap; n_W = 1, n_P = 1, n_Z = 1.
    EXPECT_EQ(cellsOf(cooccurrence(CooccurrenceUnit::Overlap, CooccurrenceMeasure::Count, filter)),
              (Cells{{1, 0, 1, 1}, {0, 1, 0, 1}, {1, 0, 1, 1}, {1, 1, 1, -1}}));
    filter = {};
    filter.codes = "Werk";
    EXPECT_EQ(cellsOf(cooccurrence(CooccurrenceUnit::Overlap, CooccurrenceMeasure::Count, filter)),
              (Cells{{3, 1, 3}, {1, 2, 2}, {3, 2, -1}}));
    filter = {};
    SetAttribute rol(CaseRef{"speaker", "R", ""}, "rol", "deelnemer");
    project->execute(rol);
    filter.where = parseWhere("rol=deelnemer");
    // Only R turns: Z1 (in I) goes; Z2 crosses into R and stays. Turn units are R turns only:
    // W: int1 R, int2 R [15,26) = 2; P: int1 R, int2 R [36,47) = 2; Z: int2 R [15,26) = 1.
    EXPECT_EQ(cellsOf(cooccurrence(CooccurrenceUnit::Turn, CooccurrenceMeasure::Count, filter)),
              (Cells{{2, 1, 1, 2}, {1, 2, 0, 2}, {1, 0, 1, 1}, {2, 2, 1, -1}}));
}

TEST_F(CooccurrenceTest, CellsListTheRegionsBehindThem) {
    const Matrix overlap = cooccurrence();
    // W-Z: Z2 [10,20) and W3 [18,25), in text order.
    EXPECT_THAT(spans(overlap.regionsBehind(0, 2)),
                ElementsAre(std::pair<std::size_t, std::size_t>{10, 20},
                            std::pair<std::size_t, std::size_t>{18, 25}));
    EXPECT_EQ(overlap.regionsBehind(2, 0), overlap.regionsBehind(0, 2));
    EXPECT_EQ(overlap.regionsBehind(0, 0).size(), 3u); // the diagonal: every region of W
    EXPECT_TRUE(overlap.regionsBehind(1, 2).empty());
    const Matrix turns = cooccurrence(CooccurrenceUnit::Turn);
    // W-P share int1's R turn: W1, W2 and P1 lie in it.
    EXPECT_THAT(spans(turns.regionsBehind(0, 1)),
                ElementsAre(std::pair<std::size_t, std::size_t>{20, 34},
                            std::pair<std::size_t, std::size_t>{35, 45},
                            std::pair<std::size_t, std::size_t>{36, 40}));
}

TEST_F(CooccurrenceTest, OptionWordsAreParsedOrRefused) {
    EXPECT_EQ(parseCooccurrenceUnit("paragraph"), CooccurrenceUnit::Paragraph);
    EXPECT_EQ(parseCooccurrenceMeasure("ochiai"), CooccurrenceMeasure::Ochiai);
    try {
        parseCooccurrenceMeasure("cosine");
        FAIL();
    } catch (const InvalidArgumentError& e) {
        EXPECT_STREQ(e.what(),
                     "--measure must be count, jaccard, dice, ochiai or conditional, not 'cosine'");
    }
}

} // namespace
} // namespace codeboom
