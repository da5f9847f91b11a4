#include "codeboom/analysis/frequency.h"
#include "codeboom/error.h"

#include "support/analysis_fixture.h"

#include <gmock/gmock.h>

namespace codeboom {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

class FrequencyTest : public test::AnalysisTest {
protected:
    Matrix frequency(FrequencyOptions options = {}) { return frequencyMatrix(*project, options); }
};

TEST_F(FrequencyTest, CountsRegionsPerDocumentWithTotals) {
    const Matrix m = frequency();
    EXPECT_THAT(m.rowLabels, ElementsAre("Werk", "Werk > Plezier", "Zorg"));
    EXPECT_THAT(m.columnLabels, ElementsAre("int1", "int2"));
    EXPECT_EQ(m.totalLabel, "total");
    // Werk: int1 W1 (touching codings and bram's nested one unite) + W2 = 2, int2 W3 = 1.
    // Plezier: P1, P2. Zorg: Z1 (anouk and bram on one passage = one region), Z2.
    EXPECT_EQ(cellsOf(m), (Cells{{2, 1, 3}, {1, 1, 2}, {1, 1, 2}, {4, 3, 7}}));
}

TEST_F(FrequencyTest, CountsCharsWordsAndPresence) {
    FrequencyOptions options;
    options.count = FrequencyCount::Chars;
    // Werk: W1 14 + W2 10 = 24, W3 7. Plezier: P1 4, P2 5. Zorg: Z1 13, Z2 10.
    EXPECT_EQ(cellsOf(frequency(options)),
              (Cells{{24, 7, 31}, {4, 5, 9}, {13, 10, 23}, {41, 22, 63}}));
    options.count = FrequencyCount::Words;
    // W1 "Goed, dank je." 3 + W2 "Echt goed." 2 = 5; W3 "Ik help" 2. P1 "cht " 1; P2 "a hoo" 2.
    // Z1 "Hoe gaat het?" 3; Z2 "t u?\nR: Ik" 4 (t, u, R, Ik).
    EXPECT_EQ(cellsOf(frequency(options)), (Cells{{5, 2, 7}, {1, 2, 3}, {3, 4, 7}, {9, 8, 17}}));
    options.count = FrequencyCount::Presence;
    // Every code has a region in both documents; totals are sums of the cells.
    EXPECT_EQ(cellsOf(frequency(options)), (Cells{{1, 1, 2}, {1, 1, 2}, {1, 1, 2}, {3, 3, 6}}));
}

TEST_F(FrequencyTest, CoderColumnsUniteEachCodersCodingsSeparately) {
    FrequencyOptions options;
    options.columns = FrequencyColumns::Coder;
    const Matrix m = frequency(options);
    EXPECT_THAT(m.columnLabels, ElementsAre("anouk", "bram"));
    // Werk: anouk [20,34) (touching), [35,45), int2 [18,25) = 3; bram [22,28) = 1.
    // Plezier: anouk 2, bram 0. Zorg: anouk [3,10), int2 [10,20) = 2; bram [5,16) = 1.
    EXPECT_EQ(cellsOf(m), (Cells{{3, 1, 4}, {2, 0, 2}, {2, 1, 3}, {7, 2, 9}}));
    EXPECT_THAT(m.regionsBehind(0, 1),
                ElementsAre(MatrixRegion{m.provenance.documentIds[0], "int1", m.rowCodes[0], "Werk",
                                         "bram", 22, 28}));
}

TEST_F(FrequencyTest, SpeakerColumnsCountARegionForEverySpeakerItIntersects) {
    FrequencyOptions options;
    options.columns = FrequencyColumns::Speaker;
    const Matrix m = frequency(options);
    EXPECT_THAT(m.columnLabels, ElementsAre("I", "R"));
    // W1, W2, W3, P1, P2 lie in R turns. Z1 lies in int1's first I turn; Z2 [10,20) crosses
    // int2's I [0,14) and R [15,26), so it counts once for I and once for R.
    EXPECT_EQ(cellsOf(m), (Cells{{0, 3, 3}, {0, 2, 2}, {2, 1, 3}, {2, 6, 8}}));
    const auto behind = m.regionsBehind(2, 0);
    ASSERT_EQ(behind.size(), 2u);
    EXPECT_EQ(behind[0].document, "int1");
    EXPECT_EQ(behind[0].start, 3u);
    EXPECT_EQ(behind[0].end, 16u);
    EXPECT_EQ(behind[1].document, "int2");
    EXPECT_EQ(behind[1].start, 10u);
}

TEST_F(FrequencyTest, AttributeColumnsLookUpScopedSpeakerCasesFirst) {
    setAttribute("speaker", "R", "int1", "rol", "deelnemer");
    setAttribute("speaker", "R", "", "rol", "cliënt");
    setAttribute("speaker", "I", "", "rol", "interviewer");
    FrequencyOptions options;
    parseFrequencyColumns("attribute:rol", options);
    const Matrix m = frequency(options);
    EXPECT_THAT(m.columnLabels, ElementsAre("cliënt", "deelnemer", "interviewer"));
    // int1's R is deelnemer (scoped case), int2's R cliënt (project-wide), I interviewer.
    // Werk: W1, W2 deelnemer; W3 cliënt. Plezier: P1 deelnemer, P2 cliënt.
    // Zorg: Z1 interviewer; Z2 crosses I and R of int2: interviewer and cliënt.
    EXPECT_EQ(cellsOf(m), (Cells{{1, 2, 0, 3}, {1, 1, 0, 2}, {1, 0, 2, 3}, {3, 3, 2, 8}}));
}

TEST_F(FrequencyTest, AttributeColumnsFallBackToTheDocumentCase) {
    setAttribute("speaker", "R", "int1", "regio", "noord");
    setAttribute("document", "int2", "", "regio", "zuid");
    FrequencyOptions options;
    parseFrequencyColumns("attribute:regio", options);
    const Matrix m = frequency(options);
    EXPECT_THAT(m.columnLabels, ElementsAre("noord", "zuid"));
    // int1: R turns are noord; Z1 lies in an I turn and int1 has no document value: left out.
    // int2: no speaker has a value, so every region takes the document's zuid.
    EXPECT_EQ(cellsOf(m), (Cells{{2, 1, 3}, {1, 1, 2}, {0, 1, 1}, {3, 3, 6}}));
}

TEST_F(FrequencyTest, WhereKeepsRegionsInTurnsOfSpeakersWithTheValue) {
    setAttribute("speaker", "R", "int1", "rol", "deelnemer");
    setAttribute("speaker", "R", "", "rol", "cliënt");
    FrequencyOptions options;
    options.filter.where = parseWhere("rol=deelnemer");
    // Only int1's R turn [17,45) is admitted: W1, W2, P1 remain; Z1 (I turn) and int2 go.
    EXPECT_EQ(cellsOf(frequency(options)), (Cells{{2, 0, 2}, {1, 0, 1}, {0, 0, 0}, {3, 0, 3}}));
    options.columns = FrequencyColumns::Speaker;
    // Only admitted turns make speaker columns: R alone.
    const Matrix bySpeaker = frequency(options);
    EXPECT_THAT(bySpeaker.columnLabels, ElementsAre("R"));
    EXPECT_EQ(cellsOf(bySpeaker), (Cells{{2, 2}, {1, 1}, {0, 0}, {3, 3}}));
}

TEST_F(FrequencyTest, WhereKeepsWholeDocumentsWhoseCaseHasTheValue) {
    setAttribute("document", "int2", "", "regio", "zuid");
    FrequencyOptions options;
    options.filter.where = parseWhere("regio=zuid");
    // int2 is admitted whole: W3, P2, Z2; nothing of int1.
    EXPECT_EQ(cellsOf(frequency(options)), (Cells{{0, 1, 1}, {0, 1, 1}, {0, 1, 1}, {0, 3, 3}}));
}

TEST_F(FrequencyTest, CoderDocumentAndCodeFiltersNarrowTheRegions) {
    FrequencyOptions options;
    options.filter.coders = {"bram"};
    // bram alone: Werk [22,28) and Zorg [5,16) in int1; Plezier is an empty row.
    EXPECT_EQ(cellsOf(frequency(options)), (Cells{{1, 0, 1}, {0, 0, 0}, {1, 0, 1}, {2, 0, 2}}));
    options = {};
    options.filter.documents = {"int2"};
    const Matrix int2 = frequency(options);
    EXPECT_THAT(int2.columnLabels, ElementsAre("int2"));
    EXPECT_EQ(cellsOf(int2), (Cells{{1, 1}, {1, 1}, {1, 1}, {3, 3}}));
    options = {};
    options.filter.codes = "werk"; // paths compare without regard to case
    const Matrix werk = frequency(options);
    EXPECT_THAT(werk.rowLabels, ElementsAre("Werk", "Werk > Plezier"));
    EXPECT_EQ(cellsOf(werk), (Cells{{2, 1, 3}, {1, 1, 2}, {3, 2, 5}}));
}

TEST_F(FrequencyTest, RollupFoldsSubCodesIntoTheirParent) {
    FrequencyOptions options;
    options.filter.rollup = true;
    // Werk now also unites Plezier: int1 P1 lies inside W2 (still 2 regions); int2 P2 [40,45)
    // is apart from W3 [18,25): 2 regions. Plezier and Zorg are unchanged.
    EXPECT_EQ(cellsOf(frequency(options)), (Cells{{2, 2, 4}, {1, 1, 2}, {1, 1, 2}, {4, 4, 8}}));
}

TEST_F(FrequencyTest, RowAndColumnPercentagesLeaveZeroTotalsEmpty) {
    FrequencyOptions options;
    options.filter.coders = {"bram"};
    options.percent = Percentages::Row;
    const Matrix rows = frequency(options);
    // bram: Werk 1, 0 (total 1) -> 100, 0; Plezier 0, 0: undefined (empty); Zorg 1, 0 -> 100, 0.
    // Column totals 2, 0 of grand 2 -> 100, 0; grand -> 100.
    EXPECT_EQ(cellsOf(rows), (Cells{{100, 0, 100}, {-1, -1, -1}, {100, 0, 100}, {100, 0, 100}}));
    options.percent = Percentages::Column;
    const Matrix columns = frequency(options);
    // int1 total 2: Werk 50, Plezier 0, Zorg 50; int2 total 0: every cell empty. Row totals
    // 1, 0, 1 of grand 2: 50, 0, 50.
    EXPECT_EQ(cellsOf(columns), (Cells{{50, -1, 50}, {0, -1, 0}, {50, -1, 50}, {100, -1, 100}}));
}

TEST_F(FrequencyTest, ThirdsAreKeptExact) {
    FrequencyOptions options;
    options.percent = Percentages::Row;
    const Matrix m = frequency(options);
    // Werk 2 of 3 and 1 of 3.
    EXPECT_DOUBLE_EQ(*m.at(0, 0), 200.0 / 3);
    EXPECT_DOUBLE_EQ(*m.at(0, 1), 100.0 / 3);
}

TEST_F(FrequencyTest, CellsListTheRegionsBehindThem) {
    const Matrix m = frequency();
    const auto werkInt1 = m.regionsBehind(0, 0);
    ASSERT_EQ(werkInt1.size(), 2u);
    EXPECT_EQ(werkInt1[0].start, 20u); // W1 [20,34)
    EXPECT_EQ(werkInt1[0].end, 34u);
    EXPECT_EQ(werkInt1[1].start, 35u); // W2 [35,45)
    EXPECT_EQ(werkInt1[1].coder, "");  // regions unite every coder
    EXPECT_TRUE(m.regionsBehind(5, 0).empty());
}

TEST_F(FrequencyTest, UnknownNamesAreRefusedWithTheOption) {
    auto message = [&](FrequencyOptions options) {
        try {
            frequency(options);
        } catch (const Error& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    FrequencyOptions options;
    options.filter.coders = {"carla"};
    EXPECT_EQ(message(options), "--coders: there is no coder 'carla' in test.codeboom");
    options = {};
    parseFrequencyColumns("attribute:leeftijd", options);
    EXPECT_EQ(message(options),
              "--by attribute:leeftijd: no case in test.codeboom has that attribute");
    options = {};
    options.filter.where = parseWhere("rol=x");
    EXPECT_THAT(message(options), HasSubstr("--where: no case in test.codeboom"));
    EXPECT_THROW(parseFrequencyCount("lines"), InvalidArgumentError);
    EXPECT_THROW(parseWhere("rol"), InvalidArgumentError);
}

} // namespace
} // namespace codeboom
