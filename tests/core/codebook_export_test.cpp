#include "codeboom/commands/codebook_commands.h"
#include "codeboom/io/codebook_export.h"
#include "codeboom/io/export_error.h"

#include "support/project_fixture.h"

#include <gmock/gmock.h>

#include <fstream>
#include <sstream>

namespace codeboom {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

// Two codes: a category with a definition full of characters every format must escape, and a
// sub-code anchored by a real coding and used twice.
class CodebookExportTest : public test::ProjectTest {
protected:
    void SetUp() override {
        ProjectTest::SetUp();
        // "R: " is 0-2: "De AVG verbiedt" is 3-18, "gegevens" 33-41.
        importText("int", "R: De AVG verbiedt het delen van gegevens.\n");
        root = addCode("Regulatief", "#2f6db5");
        sub = addCode("Regulatief > Wet- en regelgeving", "#173f6e");
        anchor = applyCoding("int", 3, 18, "Regulatief > Wet- en regelgeving");
        applyCoding("int", 33, 41, "Regulatief > Wet- en regelgeving");
        CodeFieldValues rootFields;
        rootFields.definition = "Regels, \"hard\" en\nzacht <b>";
        rootFields.exclusion = "Normen * en _nadruk_";
        rootFields.labelNl = "Regulatieve pijler";
        SetCodeFields setRoot("Regulatief", rootFields);
        project->execute(setRoot);
        CodeFieldValues subFields;
        subFields.anchor = anchor;
        subFields.labelEn = "Laws";
        SetCodeFields setSub("Regulatief > Wet- en regelgeving", subFields);
        project->execute(setSub);
    }

    std::string root, sub, anchor;
};

TEST_F(CodebookExportTest, CsvHasTheContractColumnsAndRfc4180Quoting) {
    EXPECT_EQ(codebookCsv(codebookOf(*project)),
              "\xEF\xBB\xBFpath,label_nl,label_en,color,definition,inclusion,exclusion,anchor,"
              "phase,status,uuid,merged_into\r\n"
              "Regulatief,Regulatieve pijler,,#2f6db5,\"Regels, \"\"hard\"\" en\nzacht <b>\",,"
              "Normen * en _nadruk_,,open,provisional," +
                  root +
                  ",\r\n"
                  "Regulatief > Wet- en regelgeving,,Laws,#173f6e,,,," +
                  anchor + ",open,provisional," + sub + ",\r\n");
}

TEST_F(CodebookExportTest, HtmlIsAPrintableAppendixInDutch) {
    const std::string html = codebookHtml(codebookOf(*project), Language::Dutch);
    EXPECT_THAT(html, StartsWith("<!DOCTYPE html>\n<html lang=\"nl\">"));
    EXPECT_THAT(html, HasSubstr("<title>Codeboek — test.codeboom</title>"));
    EXPECT_THAT(html, HasSubstr("@media print"));
    EXPECT_THAT(html, HasSubstr("<p>Project: test.codeboom · 2 codes</p>"));
    // The contents: the sub-code's list inside its parent's item.
    EXPECT_THAT(html, HasSubstr("<h2>Inhoud</h2>\n<ul>\n<li><a href=\"#code-1\">Regulatieve "
                                "pijler</a>\n<ul>\n<li><a href=\"#code-2\">Wet- en "
                                "regelgeving</a></li>\n</ul>\n</li>\n</ul>\n</nav>\n"));
    EXPECT_THAT(html, HasSubstr("<section class=\"code\" id=\"code-1\">\n<h2><span "
                                "class=\"swatch\" style=\"background:#2f6db5\"></span>Regulatieve "
                                "pijler</h2>\n<dl>\n<dt>Pad</dt><dd>Regulatief</dd>\n"));
    EXPECT_THAT(html, HasSubstr("<dt>Definitie</dt><dd>Regels, &quot;hard&quot; en<br>zacht "
                                "&lt;b&gt;</dd>\n<dt>Inclusiecriteria</dt><dd>—</dd>\n"));
    // The sub-code has no Dutch label, so its name stands in.
    EXPECT_THAT(html, HasSubstr("<h3><span class=\"swatch\" style=\"background:#173f6e\"></span>"
                                "Wet- en regelgeving</h3>"));
    EXPECT_THAT(html, HasSubstr("<dt>Ankervoorbeeld</dt><dd><blockquote>“De AVG "
                                "verbiedt”</blockquote><cite>int, tekens 3–18</cite></dd>\n"
                                "<dt>Aantal coderingen</dt><dd>2</dd>\n"));
    EXPECT_THAT(html, HasSubstr("<dt>Ankervoorbeeld</dt><dd>—</dd>\n<dt>Aantal "
                                "coderingen</dt><dd>0</dd>\n"));
    EXPECT_THAT(html, Not(HasSubstr("<script")));
}

TEST_F(CodebookExportTest, HtmlInEnglishUsesEnglishHeadingsAndLabels) {
    const std::string html = codebookHtml(codebookOf(*project), Language::English);
    EXPECT_THAT(html, StartsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
    EXPECT_THAT(html, HasSubstr("<h1>Codebook</h1>"));
    EXPECT_THAT(html, HasSubstr("<h2>Contents</h2>"));
    // No English label on the category: its name.
    EXPECT_THAT(html, HasSubstr("<dt>Label</dt><dd>Regulatief</dd>"));
    EXPECT_THAT(html, HasSubstr("</span>Laws</h3>"));
    EXPECT_THAT(html, HasSubstr("<dt>Anchor example</dt><dd><blockquote>“De AVG "
                                "verbiedt”</blockquote><cite>int, characters 3–18</cite></dd>\n"
                                "<dt>Number of codings</dt><dd>2</dd>\n"));
}

TEST_F(CodebookExportTest, MarkdownCarriesTheSameContentEscaped) {
    EXPECT_EQ(codebookMarkdown(codebookOf(*project), Language::Dutch),
              "# Codeboek\n\n"
              "Project: test.codeboom · 2 codes\n\n"
              "## Inhoud\n\n"
              "- [Regulatieve pijler](#code-1)\n"
              "  - [Wet- en regelgeving](#code-2)\n\n"
              "<a id=\"code-1\"></a>\n\n"
              "## Regulatieve pijler\n\n"
              "**Pad:** Regulatief\n\n"
              "**Label:** Regulatieve pijler\n\n"
              "**Definitie:** Regels, \"hard\" en\\\nzacht \\<b>\n\n"
              "**Inclusiecriteria:** —\n\n"
              "**Exclusiecriteria:** Normen \\* en \\_nadruk\\_\n\n"
              "**Ankervoorbeeld:** —\n\n"
              "**Aantal coderingen:** 0\n\n"
              "<a id=\"code-2\"></a>\n\n"
              "### Wet- en regelgeving\n\n"
              "**Pad:** Regulatief > Wet- en regelgeving\n\n"
              "**Label:** Wet- en regelgeving\n\n"
              "**Definitie:** —\n\n"
              "**Inclusiecriteria:** —\n\n"
              "**Exclusiecriteria:** —\n\n"
              "**Ankervoorbeeld:**\n\n"
              "> “De AVG verbiedt”\n>\n> — int, tekens 3–18\n\n"
              "**Aantal coderingen:** 2\n\n");
}

TEST_F(CodebookExportTest, AnAnchorFromAnotherProjectIsNamedNotQuoted) {
    // An imported codebook may point at a coding of the project it came from.
    const std::string elsewhere = "11111111-2222-4333-8444-555555555555";
    const auto csv = dir.write("cb.csv", "path,anchor\nRegulatief," + elsewhere + "\n");
    ImportCodebook import(readCsvFile(csv), "cb.csv");
    project->execute(import);
    const std::string html = codebookHtml(codebookOf(*project), Language::Dutch);
    EXPECT_THAT(html, HasSubstr("<dt>Ankervoorbeeld</dt><dd><cite>" + elsewhere +
                                " (niet in dit project)</cite></dd>"));
}

TEST_F(CodebookExportTest, TheExtensionChoosesTheFormat) {
    writeCodebook(*project, dir / "boek.md", Language::English);
    writeCodebook(*project, dir / "boek.HTML", Language::English);
    writeCodebook(*project, dir / "boek.csv", Language::English);
    const auto slurp = [](const std::filesystem::path& path) {
        std::ifstream in(path, std::ios::binary);
        std::stringstream buffer;
        buffer << in.rdbuf();
        return buffer.str();
    };
    EXPECT_THAT(slurp(dir / "boek.md"), StartsWith("# Codebook\n"));
    EXPECT_THAT(slurp(dir / "boek.HTML"), StartsWith("<!DOCTYPE html>"));
    EXPECT_THAT(slurp(dir / "boek.csv"), StartsWith("\xEF\xBB\xBFpath,label_nl,"));
    try {
        writeCodebook(*project, dir / "boek.txt", Language::Dutch);
        FAIL() << "no error";
    } catch (const ExportError& e) {
        EXPECT_EQ(std::string(e.what()), (dir / "boek.txt").string() +
                                             ": unknown codebook format '.txt'; name the file "
                                             ".html, .md or .csv");
    }
    EXPECT_FALSE(std::filesystem::exists(dir / "boek.txt"));
}

} // namespace
} // namespace codeboom
