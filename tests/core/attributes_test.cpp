#include "codeboom/commands/attribute_commands.h"
#include "codeboom/error.h"
#include "codeboom/io/csv.h"

#include "support/project_fixture.h"

#include <gmock/gmock.h>

namespace codeboom {
namespace {

using ::testing::HasSubstr;

TEST(CsvTest, ReadsCommaAndSemicolonFilesWithQuotes) {
    const auto comma = parseCsv("spreker,rol\nR1,\"deelnemer, zorg\"\r\n", "a.csv");
    EXPECT_EQ(comma.delimiter, ',');
    ASSERT_EQ(comma.rows.size(), 1u);
    EXPECT_EQ(comma.rows[0][1], "deelnemer, zorg");
    const auto semicolon =
        parseCsv("spreker;opmerking\nR2;\"zei \"\"nee\"\"\nen ging\"\nR3;\n", "b.csv");
    EXPECT_EQ(semicolon.delimiter, ';');
    ASSERT_EQ(semicolon.rows.size(), 2u);
    EXPECT_EQ(semicolon.rows[0][1], "zei \"nee\"\nen ging");
    EXPECT_EQ(semicolon.rows[1][1], "");
    EXPECT_EQ(semicolon.lines[1], 4u);
}

TEST(CsvTest, ErrorsNameFileAndLine) {
    auto message = [](const std::string& text) {
        try {
            parseCsv(text, "respondenten.csv");
        } catch (const ImportError& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    EXPECT_EQ(message("a,b\n1,2,3\n"), "respondenten.csv, line 2: 3 fields where the header has 2");
    EXPECT_EQ(message("a,b\n1,\"open\n"),
              "respondenten.csv, line 2: a quoted field is never closed");
    EXPECT_EQ(message(""), "respondenten.csv: the file is empty; expected a header row");
    EXPECT_EQ(message("a,b\n1,x\"y\n"),
              "respondenten.csv, line 2: a quote inside an unquoted field; quote the whole field");
}

TEST(CsvTest, DecodesWindows1252AndStripsTheBom) {
    test::TempDir dir;
    const auto ansi = dir.write("ansi.csv", "spreker;woonplaats\nR1;Maastricht \x80 Heerl\xEBn\n");
    const auto table = readCsvFile(ansi);
    EXPECT_EQ(table.encoding, "windows-1252");
    EXPECT_EQ(table.rows[0][1], "Maastricht \xE2\x82\xAC Heerl\xC3\xABn");
    const auto bom = dir.write("bom.csv", "\xEF\xBB\xBFspreker,rol\nR1,x\n");
    EXPECT_EQ(readCsvFile(bom).header[0], "spreker");
    const auto utf16 = dir.write("utf16.csv", std::string("\xFF\xFEs\0p\0", 6));
    EXPECT_THROW(readCsvFile(utf16), ImportError);
}

class AttributesTest : public test::ProjectTest {
protected:
    std::string valueOf(const std::string& caseName, const std::string& attribute) {
        for (const CaseAttribute& a : project->attributes())
            if (a.caseName == caseName && a.name == attribute)
                return a.value;
        return "(none)";
    }
    void SetUp() override {
        ProjectTest::SetUp();
        importText("fg", "Moderator: Welkom.\nDeelnemer 1: Dag.\n");
        importText("int", "I: Hallo.\nR: Hoi.\n");
    }
};

TEST_F(AttributesTest, ImportsSpeakerAttributesScopedByDocument) {
    CsvTable table = parseCsv("spreker;document;geslacht;leeftijd\n"
                              "Deelnemer 1;fg;v;34\nR;int;m;\nModerator;;x;51\n",
                              "respondenten.csv");
    ImportAttributes command(table, "respondenten.csv");
    project->execute(command);
    const auto attributes = project->attributes();
    ASSERT_EQ(attributes.size(), 5u);
    EXPECT_EQ(attributes[0].caseName, "Moderator");
    EXPECT_EQ(attributes[0].document, "");
    EXPECT_EQ(attributes[2].caseName, "Deelnemer 1");
    EXPECT_EQ(attributes[2].document, "fg");
    EXPECT_EQ(attributes[2].name, "geslacht");
    EXPECT_EQ(attributes[2].value, "v");
    EXPECT_EQ(attributes[4].caseName, "R");
    EXPECT_EQ(attributes[4].value, "m");
    project->undo();
    EXPECT_EQ(count("attributes"), 0u);
    EXPECT_EQ(count("cases"), 0u);
}

TEST_F(AttributesTest, UnknownDocumentRefusesTheWholeFile) {
    CsvTable table = parseCsv("spreker,document,rol\nDeelnemer 1,fg,deelnemer\nR9,interview 9,x\n",
                              "respondenten.csv");
    ImportAttributes command(table, "respondenten.csv");
    try {
        project->execute(command);
        FAIL();
    } catch (const ImportError& e) {
        EXPECT_STREQ(e.what(), "respondenten.csv, line 3: there is no document 'interview 9' in "
                               "test.codeboom");
    }
    EXPECT_EQ(count("attributes"), 0u);
    EXPECT_EQ(count("cases"), 0u);
}

TEST_F(AttributesTest, DocumentKeyedFileAndSingleValues) {
    ImportAttributes byDocument(
        parseCsv("document,setting\nfg,focusgroep\nint,interview\n", "docs.csv"), "docs.csv");
    project->execute(byDocument);
    EXPECT_EQ(project->attributes().front().kind, "document");
    SetAttribute set({"speaker", "R", "int"}, "rol", "respondent");
    project->execute(set);
    SetAttribute change({"speaker", "R", "int"}, "rol", "adviseur");
    project->execute(change);
    EXPECT_EQ(valueOf("R", "rol"), "adviseur");
    EXPECT_EQ(valueOf("fg", "setting"), "focusgroep");
    SetAttribute clear({"speaker", "R", "int"}, "rol", "");
    project->execute(clear);
    EXPECT_EQ(project->attributes().size(), 2u);
    EXPECT_EQ(valueOf("R", "rol"), "(none)");
    project->undo();
    EXPECT_EQ(valueOf("R", "rol"), "adviseur");
    ImportAttributes noKey(parseCsv("leeftijd\n40\n", "x.csv"), "x.csv");
    EXPECT_THROW(project->execute(noKey), ImportError);
}

} // namespace
} // namespace codeboom
