#include "cli/cli_fixture.h"

#include <gmock/gmock.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <sstream>

namespace codeboom {
namespace {

using test::CliResult;
using ::testing::HasSubstr;
using ::testing::StartsWith;

std::size_t lines(const std::string& text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

class CodebookCliTest : public test::CliTestBase {
protected:
    void SetUp() override {
        ASSERT_EQ(cli({"init", "p.codeboom"}).status, 0);
        // "R: " is 0-2, so "De AVG verbiedt" is 3-18.
        dir.write("int.txt", "R: De AVG verbiedt het delen van gegevens.\n");
        ASSERT_EQ(cli({"import", "p.codeboom", "int.txt"}).status, 0);
    }
    // The first field of the last row of a command's TSV output (the coding's UUID for `code`).
    static std::string firstField(const std::string& out) {
        std::istringstream in(out);
        std::string line, last;
        while (std::getline(in, line))
            last = line;
        return last.substr(0, last.find('\t'));
    }
};

TEST_F(CodebookCliTest, CodeFieldsSetsTheFieldsThatCodesListsAtTheEnd) {
    ASSERT_EQ(cli({"code-add", "p.codeboom", "Regulatief"}).status, 0);
    ASSERT_EQ(cli({"code-add", "p.codeboom", "Regulatief > Wet- en regelgeving"}).status, 0);
    const CliResult coded =
        cli({"code", "p.codeboom", "int", "3", "18", "Regulatief > Wet- en regelgeving"});
    ASSERT_EQ(coded.status, 0) << coded.err;
    const std::string coding = firstField(coded.out);
    CliResult r = cli({"code-fields", "p.codeboom", "regulatief", "--definition",
                       "Formele regels.\nMet dwang.", "--inclusion", "Wetten", "--exclusion",
                       "Normen", "--anchor", coding, "--label-nl", "Regulatieve pijler",
                       "--label-en", "Regulative pillar"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "path\tdefinition\tinclusion\texclusion\tanchor\tlabel_nl\tlabel_en\n"
                     "Regulatief\tFormele regels.\\nMet dwang.\tWetten\tNormen\t" +
                         coding + "\tRegulatieve pijler\tRegulative pillar\n");
    r = cli({"codes", "p.codeboom"});
    EXPECT_THAT(r.out, StartsWith("path\tuuid\tcolor\tregions\tdescription\tdepth\tinclusion\t"
                                  "exclusion\tanchor\tlabel_nl\tlabel_en"));
    EXPECT_THAT(r.out, HasSubstr("\t0\tFormele regels.\\nMet dwang.\t0\tWetten\tNormen\t" + coding +
                                 "\tRegulatieve pijler\tRegulative pillar"));
    r = cli({"undo", "p.codeboom"});
    EXPECT_EQ(r.out, "action\tlabel\nundone\tset codebook fields of code 'regulatief'\n");
    r = cli({"codes", "p.codeboom", "--json"});
    const auto codes = nlohmann::json::parse(r.out);
    EXPECT_EQ(codes[0]["description"], "");
    EXPECT_EQ(codes[0]["label_en"], "");
}

TEST_F(CodebookCliTest, CodeFieldsRefusesBadRequestsWithClearMessages) {
    ASSERT_EQ(cli({"code-add", "p.codeboom", "Regulatief"}).status, 0);
    ASSERT_EQ(cli({"code-add", "p.codeboom", "Normatief"}).status, 0);
    const std::string coding =
        firstField(cli({"code", "p.codeboom", "int", "3", "18", "Normatief"}).out);
    const std::string log = cli({"log", "p.codeboom"}).out;
    CliResult r = cli({"code-fields", "p.codeboom", "Nergens", "--definition", "x"});
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.err, "codeboom-cli: there is no code 'Nergens' (write the path from the top, "
                     "e.g. 'Regulatief > Subsidies')\n");
    r = cli({"code-fields", "p.codeboom", "Regulatief", "--anchor", coding});
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.err, "codeboom-cli: coding '" + coding +
                         "' cannot be the anchor example of 'Regulatief': it is coded "
                         "'Normatief', which is neither that code nor one of its sub-codes\n");
    r = cli({"code-fields", "p.codeboom", "Regulatief"});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err, "codeboom-cli: code-fields: give at least one of --definition, --inclusion, "
                     "--exclusion, --anchor, --label-nl, --label-en\n");
    r = cli({"code-fields", "p.codeboom", "Regulatief", "--defintion", "x"});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(cli({"log", "p.codeboom"}).out, log);
}

TEST_F(CodebookCliTest, TemplateListAndApplyAsOneUndoStep) {
    CliResult r = cli({"template-apply", "p.codeboom", "--list"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "name\ttitle\tcodes\n"
                     "scott\tScott: de drie pijlers van instituties\t16\n"
                     "emerson\tEmerson: collaborative governance regime\t32\n"
                     "employability\tEmployability: vijf dimensies\t6\n"
                     "provan-kenis\tProvan & Kenis: vormen van netwerksturing\t9\n");
    r = cli({"template-apply", "p.codeboom", "--list", "--lang", "en"});
    EXPECT_THAT(r.out, HasSubstr("scott\tScott: the three pillars of institutions\t16\n"));

    ASSERT_EQ(cli({"code-add", "p.codeboom", "Aanjagers", "--color", "#000000"}).status, 0);
    r = cli({"template-apply", "p.codeboom", "emerson"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, StartsWith("path\tstatus\tnote\nSysteemcontext\tadded\t\n"));
    EXPECT_THAT(r.out, HasSubstr("\nAanjagers\tfilled\t\nAanjagers > Leiderschap\tadded\t\n"));
    EXPECT_EQ(lines(r.out), 1u + 32u);
    EXPECT_EQ(lines(cli({"codes", "p.codeboom"}).out), 1u + 32u); // Aanjagers was not doubled
    r = cli({"undo", "p.codeboom"});
    EXPECT_EQ(r.out, "action\tlabel\nundone\tapply codebook template 'emerson'\n");
    EXPECT_EQ(lines(cli({"codes", "p.codeboom"}).out), 1u + 1u);

    r = cli({"template-apply", "p.codeboom", "weber"});
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.err, "codeboom-cli: there is no codebook template 'weber'; the templates are "
                     "scott, emerson, employability, provan-kenis\n");
    r = cli({"template-apply", "p.codeboom"});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err, "codeboom-cli: missing NAME (or --list)\n");
}

TEST_F(CodebookCliTest, ExportWritesHtmlMarkdownAndCsv) {
    ASSERT_EQ(cli({"template-apply", "p.codeboom", "employability", "--lang", "en"}).status, 0);
    CliResult r = cli({"codebook-export", "p.codeboom", "codeboek.html"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "file\tcodes\ncodeboek.html\t6\n");
    const std::string html = test::slurp(dir / "codeboek.html");
    EXPECT_THAT(html, HasSubstr("<h1>Codeboek</h1>"));
    EXPECT_THAT(html, HasSubstr("<dt>Definitie</dt><dd>The specific knowledge and skills"));
    ASSERT_EQ(cli({"codebook-export", "p.codeboom", "codebook.md", "--lang", "en"}).status, 0);
    EXPECT_THAT(test::slurp(dir / "codebook.md"),
                HasSubstr("### Occupational expertise\n\n**Path:** Employability > "
                          "Beroepsexpertise\n\n**Label:** Occupational expertise\n\n"));
    ASSERT_EQ(cli({"codebook-export", "p.codeboom", "codebook.csv"}).status, 0);
    EXPECT_THAT(test::slurp(dir / "codebook.csv"),
                StartsWith("\xEF\xBB\xBFpath,label_nl,label_en,color,definition,inclusion,"
                           "exclusion,anchor,phase,status,uuid,merged_into\r\nEmployability,"
                           "Employability "
                           "(duurzame inzetbaarheid),Employability,#e0892b,"));
    r = cli({"codebook-export", "p.codeboom", "codebook.pdf"});
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.err, "codeboom-cli: codebook.pdf: unknown codebook format '.pdf'; name the file "
                     ".html, .md or .csv\n");
    r = cli({"codebook-export", "p.codeboom", "codebook.html", "--lang", "de"});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err, "codeboom-cli: --lang must be nl or en, not 'de'\n");
}

TEST_F(CodebookCliTest, ImportReadsAnExportBackAndUndoes) {
    ASSERT_EQ(cli({"template-apply", "p.codeboom", "provan-kenis"}).status, 0);
    ASSERT_EQ(cli({"codebook-export", "p.codeboom", "netwerk.csv"}).status, 0);
    ASSERT_EQ(cli({"init", "q.codeboom"}).status, 0);
    CliResult r = cli({"codebook-import", "q.codeboom", "netwerk.csv"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, StartsWith("path\tstatus\tnote\nNetwerksturing\tadded\t\n"));
    EXPECT_EQ(lines(r.out), 1u + 9u);
    // Same codes, same UUIDs, same fields: the two listings are identical.
    EXPECT_EQ(cli({"codes", "q.codeboom"}).out, cli({"codes", "p.codeboom"}).out);
    r = cli({"undo", "q.codeboom"});
    EXPECT_EQ(r.out, "action\tlabel\nundone\timport codebook 'netwerk.csv'\n");
    EXPECT_EQ(lines(cli({"codes", "q.codeboom"}).out), 1u);

    dir.write("kapot.csv", "path,color\nA,#aabbcc\nB,blauw\n");
    const std::string log = cli({"log", "q.codeboom"}).out;
    r = cli({"codebook-import", "q.codeboom", "kapot.csv"});
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.err, "codeboom-cli: kapot.csv, line 3: colour 'blauw' is not of the form "
                     "#RRGGBB (e.g. #4e79a7)\n");
    dir.write("zonderpad.csv", "definition\nx\n");
    r = cli({"codebook-import", "q.codeboom", "zonderpad.csv"});
    EXPECT_EQ(r.status, 1);
    EXPECT_THAT(r.err,
                StartsWith("codeboom-cli: zonderpad.csv, line 1: there is no 'path' column"));
    EXPECT_EQ(cli({"log", "q.codeboom"}).out, log);
    EXPECT_EQ(lines(cli({"codes", "q.codeboom"}).out), 1u);
}

} // namespace
} // namespace codeboom
