#include "codeboom/io/agreement_export.h"
#include "codeboom/io/export_error.h"

#include "support/project_fixture.h"
#include "support/zip_builder.h"

#include <gmock/gmock.h>

#include <clocale>

namespace codeboom {
namespace {

using test::slurp;
using test::zipEntry;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

// anouk and bram on 100 code points: a 20, b 20, c 20, d 40 (agreement_test.cpp's first case):
// percent 0.6, kappa 0.08 / 0.48, alpha 1 - 199 * 40 / 9600. A second code nobody agreed on has
// Pe = 1 and no kappa.
AgreementReport twoCoders() {
    AgreementReport report;
    report.coders = {"anouk", "bram"};
    report.project = "leo.codeboom";
    report.date = "2026-11-23T10:00:00Z";
    AgreementRow werk;
    werk.code = "Werk, \"zwaar\"";
    werk.document = "*";
    werk.units = 100;
    werk.table = {20, 20, 20, 40};
    werk.percent = 0.6;
    werk.kappa = 0.08 / 0.48;
    werk.alpha = 1.0 - 199.0 * 40.0 / 9600.0;
    AgreementRow zorg;
    zorg.code = "Zorg";
    zorg.document = "*";
    zorg.units = 100;
    zorg.table = {0, 0, 0, 100};
    zorg.percent = 1.0;
    report.rows = {werk, zorg};
    return report;
}

TEST(AgreementExportTest, CsvKeepsTheContractColumnsAndLeavesUndefinedFiguresEmpty) {
    EXPECT_EQ(agreementCsv(twoCoders(), false, false, Language::English),
              "code,unit,units,a,b,c,d,percent,kappa,alpha\n"
              "\"Werk, \"\"zwaar\"\"\",character,100,20,20,20,40,0.600000,0.166667,0.170833\n"
              "Zorg,character,100,0,0,0,100,1.000000,,\n");
}

TEST(AgreementExportTest, CsvCanStartWithTheStatement) {
    const std::string csv = agreementCsv(twoCoders(), false, true, Language::Dutch);
    EXPECT_THAT(csv,
                StartsWith("# Analyse: Overeenstemming tussen codeurs\n# Codeurs: anouk, bram\n"
                           "# Eenheid: teken: elk codepunt van de vergeleken documenten\n"));
    EXPECT_THAT(csv, HasSubstr("# Kappa: Cohens kappa = (Po - Pe) / (1 - Pe)"));
    EXPECT_THAT(csv, HasSubstr("# Project: leo.codeboom\n# Datum: 2026-11-23T10:00:00Z\n"
                               "code,unit,units,a,b,c,d,percent,kappa,alpha\n"));
}

TEST(AgreementExportTest, CsvFileGetsTheStatementInASidecar) {
    test::TempDir dir;
    writeAgreementCsv(twoCoders(), dir / "k.csv", false, Language::English);
    EXPECT_THAT(slurp(dir / "k.csv"), StartsWith("code,unit,units,a,b,c,d,"));
    const std::string statement = slurp(dir / "k.meta.txt");
    EXPECT_THAT(statement, StartsWith("Analysis: Intercoder agreement\nCoders: anouk, bram\n"));
    EXPECT_THAT(statement, HasSubstr("Table: a = both coders, b = first coder only"));
    EXPECT_THAT(statement, HasSubstr("Percent: (a+d) / N\n"));
}

TEST(AgreementExportTest, FiguresIgnoreADutchNumericLocale) {
    // The GUI runs with a Dutch locale, whose decimal separator is a comma.
    const char* before = std::setlocale(LC_NUMERIC, nullptr);
    const std::string saved = before ? before : "C";
    ASSERT_TRUE(std::setlocale(LC_NUMERIC, "nl_NL.UTF-8"))
        << "the nl_NL.UTF-8 locale is missing; tools/install-deps.sh generates it";
    const std::string csv = agreementCsv(twoCoders(), false, false, Language::English);
    std::setlocale(LC_NUMERIC, saved.c_str());
    EXPECT_THAT(csv, HasSubstr(",0.600000,0.166667,0.170833\n"));
}

TEST(AgreementExportTest, HtmlCarriesStatementAndTable) {
    const std::string html = agreementHtml(twoCoders(), false, Language::English);
    EXPECT_THAT(html, StartsWith("<!DOCTYPE html>"));
    EXPECT_THAT(html, HasSubstr("<dt>Coders</dt><dd>anouk, bram</dd>"));
    EXPECT_THAT(html, HasSubstr("<td>Werk, &quot;zwaar&quot;</td>"));
    EXPECT_THAT(html, HasSubstr("<td>0.166667</td>"));
    EXPECT_THAT(html, Not(HasSubstr("<script")));
}

TEST(AgreementExportTest, WorkbookHoldsNumbersAndTheDefinition) {
    test::TempDir dir;
    writeAgreementXlsx(twoCoders(), dir / "k.xlsx", false, Language::Dutch);
    const std::string book = zipEntry(dir / "k.xlsx", "xl/workbook.xml");
    EXPECT_THAT(book, HasSubstr("<sheet name=\"Overeenstemming\""));
    EXPECT_THAT(book, HasSubstr("<sheet name=\"Definitie\""));
    const std::string sheet = zipEntry(dir / "k.xlsx", "xl/worksheets/sheet1.xml");
    // Row 2: the code as text, then units 100 and a..d as numbers, percent 0.6 as a number.
    EXPECT_THAT(sheet, HasSubstr("<c r=\"C2\"><v>100</v></c>"));
    EXPECT_THAT(sheet, HasSubstr("<c r=\"G2\"><v>40</v></c>"));
    EXPECT_THAT(sheet, HasSubstr("<v>0.6</v>"));
    EXPECT_THAT(sheet, Not(HasSubstr("r=\"I3\""))); // Zorg's undefined kappa stays empty
    const std::string strings = zipEntry(dir / "k.xlsx", "xl/sharedStrings.xml");
    EXPECT_THAT(strings, HasSubstr("Werk, \"zwaar\""));
    EXPECT_THAT(strings, HasSubstr("Overeenstemming tussen codeurs"));
}

TEST(AgreementExportTest, UnwritableFileIsAnExportErrorNamingIt) {
    test::TempDir dir;
    EXPECT_THROW(
        writeAgreementXlsx(twoCoders(), dir / "geen-map" / "k.xlsx", false, Language::English),
        ExportError);
    try {
        writeAgreementCsv(twoCoders(), dir / "geen-map" / "k.csv", false, Language::English);
        FAIL() << "no error";
    } catch (const ExportError& e) {
        EXPECT_THAT(e.what(), HasSubstr("k.csv: cannot be written"));
    }
}

} // namespace
} // namespace codeboom
