#include "codeboom/analysis/frequency.h"
#include "codeboom/io/export_error.h"
#include "codeboom/io/heatmap.h"
#include "codeboom/io/matrix_csv.h"
#include "codeboom/io/matrix_html.h"
#include "codeboom/io/matrix_xlsx.h"

#include "support/analysis_fixture.h"
#include "support/zip_builder.h"

#include <gmock/gmock.h>

#include <fstream>
#include <sstream>

namespace codeboom {
namespace {

using test::slurp;

using test::zipEntry;
using ::testing::HasSubstr;
using ::testing::StartsWith;

// A 2 x 2 matrix built by hand: a code name with a comma and a quote, a fraction, an empty
// (undefined) cell.
Matrix tinyMatrix() {
    Matrix m;
    m.resize(2, 2);
    m.rowLabels = {"Werk, \"zwaar\"", "Zorg"};
    m.columnLabels = {"int1", "a;b"};
    m.at(0, 0) = 1.5;
    m.at(1, 0) = 2;
    m.at(1, 1) = 0;
    m.rowTotals = {1.5, 2};
    m.columnTotals = {3.5, 0};
    m.grandTotal = 3.5;
    m.totalLabel = "total";
    m.definition.analysis = "frequency";
    m.definition.columns = "document";
    m.definition.count = "chars";
    m.definition.project = "leo.codeboom";
    m.definition.date = "2024-06-11T10:00:00Z";
    return m;
}

TEST(MatrixCsvTest, StandardDialectQuotesPerRfc4180) {
    // BOM, CRLF; the first label is quoted (comma and quote, the quote doubled); "a;b" needs no
    // quotes with ','. 1.5 + (empty) = 1.5; column totals 3.5 and 0.
    EXPECT_EQ(matrixCsv(tinyMatrix(), {}), "\xEF\xBB\xBF"
                                           "code,int1,a;b,total\r\n"
                                           "\"Werk, \"\"zwaar\"\"\",1.5,,1.5\r\n"
                                           "Zorg,2,0,2\r\n"
                                           "total,3.5,0,3.5\r\n");
}

TEST(MatrixCsvTest, ExcelNlDialectUsesSemicolonsAndDecimalCommas) {
    CsvOptions options;
    options.dialect = CsvDialect::ExcelNl;
    // Now "a;b" holds the separator and is quoted; the label with a quote stays quoted.
    EXPECT_EQ(matrixCsv(tinyMatrix(), options), "\xEF\xBB\xBF"
                                                "code;int1;\"a;b\";total\r\n"
                                                "\"Werk, \"\"zwaar\"\"\";1,5;;1,5\r\n"
                                                "Zorg;2;0;2\r\n"
                                                "total;3,5;0;3,5\r\n");
}

TEST(MatrixCsvTest, HeaderLinesOrSidecarCarryTheStatement) {
    CsvOptions options;
    options.withHeader = true;
    const std::string csv = matrixCsv(tinyMatrix(), options);
    EXPECT_THAT(csv, StartsWith("\xEF\xBB\xBF# Analysis: Code frequency matrix\r\n"));
    EXPECT_THAT(csv, HasSubstr("# Count: chars: code points covered by the regions\r\n"));
    EXPECT_THAT(csv, HasSubstr("# Project: leo.codeboom\r\n# Date: 2024-06-11T10:00:00Z\r\ncode,"));
    test::TempDir dir;
    writeMatrixCsv(tinyMatrix(), dir / "m.csv", {});
    EXPECT_THAT(slurp(dir / "m.csv"), StartsWith("\xEF\xBB\xBF"
                                                 "code,"));
    const std::string meta = slurp(dir / "m.meta.txt");
    EXPECT_THAT(meta, StartsWith("Analysis: Code frequency matrix\n"));
    EXPECT_THAT(meta, HasSubstr("Filters: documents: all; coders: all; codes: all; roll-up: no\n"));
    EXPECT_THAT(statementText(tinyMatrix().definition, Language::Dutch),
                HasSubstr("Eenheid: gecodeerd fragment"));
}

TEST(MatrixCsvTest, AnUnwritableFileIsNamed) {
    EXPECT_THROW(writeMatrixCsv(tinyMatrix(), "/nonexistent-dir/m.csv", {}), ExportError);
    try {
        writeMatrixCsv(tinyMatrix(), "/nonexistent-dir/m.csv", {});
    } catch (const ExportError& e) {
        EXPECT_THAT(e.what(), StartsWith("/nonexistent-dir/m.csv: cannot be written"));
    }
}

TEST(FormatNumberTest, WholeNumbersAndShortestDecimals) {
    EXPECT_EQ(formatNumber(3), "3");
    EXPECT_EQ(formatNumber(0.25), "0.25");
    EXPECT_EQ(formatNumber(1.0 / 3), "0.3333333333333333");
    EXPECT_EQ(formatNumber(0.4, ','), "0,4");
}

TEST(MatrixXlsxTest, WorkbookHoldsTheMatrixHeatMapAndDefinition) {
    test::TempDir dir;
    writeMatrixXlsx(tinyMatrix(), dir / "m.xlsx", Language::Dutch);
    const std::string book = zipEntry(dir / "m.xlsx", "xl/workbook.xml");
    EXPECT_THAT(book, HasSubstr("<sheet name=\"Matrix\""));
    EXPECT_THAT(book, HasSubstr("<sheet name=\"Definitie\""));
    const std::string sheet = zipEntry(dir / "m.xlsx", "xl/worksheets/sheet1.xml");
    // Frozen first row and column, the three-colour scale over B2:C3, 1.5 in B2.
    EXPECT_THAT(sheet, HasSubstr("<pane xSplit=\"1\" ySplit=\"1\" topLeftCell=\"B2\""));
    EXPECT_THAT(sheet, HasSubstr("<conditionalFormatting sqref=\"B2:C3\">"));
    EXPECT_THAT(sheet, HasSubstr("<colorScale>"));
    EXPECT_THAT(sheet, HasSubstr("<c r=\"B2\"><v>1.5</v></c>"));
    EXPECT_THAT(sheet, ::testing::Not(HasSubstr("r=\"C2\""))); // the empty cell is not written
    const std::string strings = zipEntry(dir / "m.xlsx", "xl/sharedStrings.xml");
    EXPECT_THAT(strings, HasSubstr("Werk, \"zwaar\""));
    EXPECT_THAT(strings, HasSubstr("totaal"));
    EXPECT_THAT(strings, HasSubstr("Codefrequentiematrix"));
}

TEST(MatrixXlsxTest, ColourScaleLeavesTheCooccurrenceDiagonalGrey) {
    // A 3 x 3 co-occurrence matrix with n_A on the diagonal (B2, C3, D4): the scale covers the
    // six pair cells only, row by row: C2:D2, B3, D3, B4:C4.
    Matrix m;
    m.resize(3, 3);
    m.rowLabels = m.columnLabels = {"A", "B", "C"};
    for (std::size_t r = 0; r < 3; ++r)
        for (std::size_t c = 0; c < 3; ++c)
            m.at(r, c) = r == c ? 40.0 : 1.0 + static_cast<double>(r + c);
    m.rowTotals = {0, 0, 0};
    m.columnTotals = {0, 0, 0};
    m.grandTotal = 0;
    m.totalLabel = "total";
    m.diagonalIsMarginal = true;
    m.definition.analysis = "cooccurrence";
    test::TempDir dir;
    writeMatrixXlsx(m, dir / "c.xlsx", Language::English);
    const std::string sheet = zipEntry(dir / "c.xlsx", "xl/worksheets/sheet1.xml");
    EXPECT_THAT(sheet, HasSubstr("<conditionalFormatting sqref=\"C2:D2 B3 D3 B4:C4\">"));
    EXPECT_EQ(sheet.find("<conditionalFormatting", sheet.find("</conditionalFormatting>")),
              std::string::npos); // one scale, so the pairs share one low-to-high range
    // The diagonal keeps its grey fill (a cell style), the pair cells have none.
    EXPECT_THAT(sheet, HasSubstr("<c r=\"B2\" s=\""));
    EXPECT_THAT(sheet, HasSubstr("<c r=\"D4\" s=\""));
    EXPECT_THAT(sheet, HasSubstr("<c r=\"C2\"><v>2</v></c>"));
}

TEST(MatrixHtmlTest, ReportIsSelfContainedWithStatementAndColouredCells) {
    const std::string html = matrixHtml(tinyMatrix(), Language::English);
    EXPECT_THAT(html, StartsWith("<!DOCTYPE html>"));
    EXPECT_THAT(html, HasSubstr("<dt>Project</dt><dd>leo.codeboom</dd>"));
    EXPECT_THAT(html, HasSubstr("<th class=\"row\">Werk, &quot;zwaar&quot;</th>"));
    // The scale runs 0..2: 2 is the darkest colour, 0 the lightest, the empty cell grey.
    EXPECT_THAT(html, HasSubstr("<td style=\"background:#08306B;color:#fff\">2</td>"));
    EXPECT_THAT(html, HasSubstr("<td style=\"background:#F7FBFF\">0</td>"));
    EXPECT_THAT(html, HasSubstr("<td style=\"background:#E6E6E6\"></td>"));
    EXPECT_THAT(html, ::testing::Not(HasSubstr("<script")));
    EXPECT_THAT(html, ::testing::Not(HasSubstr("src=")));
}

TEST(HeatmapTest, PngAndSvgAreWrittenWithReadableLabels) {
    test::TempDir dir;
    Matrix m = tinyMatrix();
    m.rowLabels[1] = "Financiële drempel";
    writeHeatmapPng(m, dir / "m.png", Language::English);
    EXPECT_THAT(slurp(dir / "m.png"), StartsWith("\x89PNG\r\n"));
    writeHeatmapSvg(m, dir / "m.svg", Language::English);
    const std::string svg = slurp(dir / "m.svg");
    EXPECT_THAT(svg, HasSubstr("<svg"));
    EXPECT_THAT(svg, HasSubstr("</svg>"));
    EXPECT_THROW(writeHeatmapPng(m, "/nonexistent-dir/m.png", Language::English), ExportError);
}

TEST(HeatScaleTest, StartsAtZeroAndSkipsTheCooccurrenceDiagonal) {
    Matrix m = tinyMatrix();
    EXPECT_EQ(HeatScale::of(m).high, 2.0);
    m.diagonalIsMarginal = true; // (1,1) = 0 and (0,0) = 1.5 leave the range; only 2 remains
    const HeatScale scale = HeatScale::of(m);
    EXPECT_EQ(scale.low, 0.0);
    EXPECT_EQ(scale.high, 2.0);
    EXPECT_EQ(hexOf(scale.colourOf(1.0)), "#6BAED6"); // the midpoint
}

class MatrixExportTest : public test::AnalysisTest {};

TEST_F(MatrixExportTest, FrequencyCsvOfAProjectNamesTheCodePaths) {
    const Matrix m = frequencyMatrix(*project, {});
    // As FrequencyTest.CountsRegionsPerDocumentWithTotals.
    EXPECT_EQ(matrixCsv(m, {}), "\xEF\xBB\xBF"
                                "code,int1,int2,total\r\n"
                                "Werk,2,1,3\r\n"
                                "Werk > Plezier,1,1,2\r\n"
                                "Zorg,1,1,2\r\n"
                                "total,4,3,7\r\n");
}

} // namespace
} // namespace codeboom
