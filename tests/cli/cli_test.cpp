#include "cli/cli_fixture.h"

#include <gmock/gmock.h>
#include <nlohmann/json.hpp>

#include <sstream>

namespace codeboom {
namespace {

using test::CliResult;

using ::testing::HasSubstr;
using ::testing::StartsWith;

class CliTest : public test::CliTestBase {
protected:
    void SetUp() override { ASSERT_EQ(cli({"init", "p.codeboom"}).status, 0); }
};

TEST_F(CliTest, InitRefusesAnExistingFile) {
    const CliResult r = cli({"init", "p.codeboom"});
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.err, "codeboom-cli: p.codeboom already exists; choose another file name\n");
    EXPECT_EQ(r.out, "");
}

TEST_F(CliTest, ImportListsDocumentsWithTheContractColumns) {
    dir.write("int1.txt", "I: Hoe kwam u bij Leo?\nR: Via de gemeente, eh, via een folder.\n");
    CliResult r = cli({"import", "p.codeboom", "int1.txt"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(
        r.out,
        StartsWith(
            "file\tstatus\tdocument\tuuid\tchars\tturns\tmessage\nint1.txt\timported\tint1\t"));
    r = cli({"documents", "p.codeboom"});
    ASSERT_EQ(r.status, 0);
    std::istringstream lines(r.out);
    std::string header;
    std::string row;
    std::getline(lines, header);
    std::getline(lines, row);
    EXPECT_THAT(header,
                StartsWith("name\tuuid\tchars\twords\tparagraphs\tturns\tspeakers\tsha256"));
    EXPECT_THAT(row, StartsWith("int1\t"));
    EXPECT_THAT(row, HasSubstr("\t62\t14\t2\t2\t2\t"));
    r = cli({"turns", "p.codeboom", "int1"});
    EXPECT_EQ(r.out, "index\tspeaker\tstart\tend\ttimestamp\tbody_"
                     "start\n0\tI\t0\t22\t\t3\n1\tR\t23\t62\t\t26\n");
}

TEST_F(CliTest, BatchImportReportsEveryFailureAndKeepsTheGoodFiles) {
    dir.write("goed.txt", "R: Dit gaat goed.\n");
    dir.write("kapot.docx", "geen zip");
    dir.write("plaatje.png", "\x89PNG");
    const CliResult r =
        cli({"import", "p.codeboom", "goed.txt", "kapot.docx", "plaatje.png", "weg.txt"});
    EXPECT_EQ(r.status, 1);
    EXPECT_THAT(r.err, HasSubstr("kapot.docx"));
    EXPECT_THAT(r.err, HasSubstr("plaatje.png: unsupported file type '.png'"));
    EXPECT_THAT(r.err, HasSubstr("weg.txt: no such file"));
    EXPECT_THAT(r.out, HasSubstr("goed.txt\timported\tgoed"));
    EXPECT_THAT(r.out, HasSubstr("kapot.docx\tfailed"));
    const CliResult docs = cli({"documents", "p.codeboom"});
    EXPECT_EQ(std::count(docs.out.begin(), docs.out.end(), '\n'), 2);
}

TEST_F(CliTest, ImportsAFolderAndAttributes) {
    std::filesystem::create_directory(dir / "transcripten");
    dir.write("transcripten/a.txt", "I: Vraag?\nR: Antwoord.\n");
    dir.write("transcripten/b.txt", "I: Nog een vraag?\nR: Nog een antwoord.\n");
    dir.write("transcripten/notities.md", "# geen transcript");
    dir.write("resp.csv", "spreker;document;rol\nR;a;respondent\nR;b;respondent\n");
    CliResult r = cli({"import", "p.codeboom", "transcripten", "--attributes", "resp.csv"});
    ASSERT_EQ(r.status, 0) << r.err;
    r = cli({"attributes", "p.codeboom"});
    EXPECT_EQ(r.out, "case\tkind\tdocument\tattribute\tvalue\nR\tspeaker\ta\trol\trespondent\n"
                     "R\tspeaker\tb\trol\trespondent\n");
}

TEST_F(CliTest, CodesCodingsUndoAndTheLog) {
    dir.write("int.txt", "R1: De financi\xC3\xABle drempel is hoog.\n");
    ASSERT_EQ(cli({"import", "p.codeboom", "int.txt"}).status, 0);
    ASSERT_EQ(cli({"code-add", "p.codeboom", "Regulatief", "--color", "#336699"}).status, 0);
    CliResult r = cli({"code-add", "p.codeboom", "Regulatief > Financi\xC3\xABle drempel",
                       "--description", "Kosten als reden om niet te leren."});
    ASSERT_EQ(r.status, 0) << r.err;
    r = cli({"code", "p.codeboom", "int", "7", "25", "Regulatief > financi\xC3\xABle drempel",
             "--memo", "kern"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("\tint\t7\t25\tRegulatief > Financi\xC3\xABle drempel\tanouk\t"
                                 "financi\xC3\xABle drempel\tkern\n"));
    r = cli({"codes", "p.codeboom"});
    EXPECT_THAT(r.out, StartsWith("path\tuuid\tcolor\tregions\tdescription"));
    EXPECT_THAT(r.out, HasSubstr("\t#336699\t0\t"));
    EXPECT_THAT(r.out, HasSubstr("\t1\tKosten als reden om niet te leren."));
    r = cli({"--coder", "bram", "codings", "p.codeboom"}, "");
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1); // header only: bram coded nothing
    r = cli({"codings", "p.codeboom", "--doc", "int"}, "");
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 2);
    r = cli({"undo", "p.codeboom"});
    EXPECT_EQ(
        r.out,
        "action\tlabel\nundone\tapply code 'Regulatief > financi\xC3\xABle drempel' to int 7–25\n");
    r = cli({"log", "p.codeboom", "--json"});
    EXPECT_THAT(r.out, HasSubstr("\"action\": \"undo\""));
    r = cli({"check", "p.codeboom"});
    EXPECT_EQ(r.status, 0) << r.out;
}

TEST_F(CliTest, CoderComesFromOptionThenEnvironment) {
    dir.write("int.txt", "R: Tekst.\n");
    ASSERT_EQ(cli({"import", "p.codeboom", "int.txt"}).status, 0);
    ASSERT_EQ(cli({"code-add", "p.codeboom", "X"}).status, 0);
    CliResult r = cli({"code", "--coder", "carla", "p.codeboom", "int", "3", "8", "X"}, "bram");
    EXPECT_THAT(r.out, HasSubstr("\tcarla\t"));
    r = cli({"code", "p.codeboom", "int", "3", "8", "X"}, "bram");
    EXPECT_THAT(r.out, HasSubstr("\tbram\t"));
}

TEST_F(CliTest, ErrorsAreOneLineAndChangeNothing) {
    dir.write("int.txt", "R: Tekst.\n");
    ASSERT_EQ(cli({"import", "p.codeboom", "int.txt"}).status, 0);
    ASSERT_EQ(cli({"code-add", "p.codeboom", "X"}).status, 0);
    const std::string before = cli({"log", "p.codeboom"}).out;
    CliResult r = cli({"code", "p.codeboom", "int", "5", "99", "X"});
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.err, "codeboom-cli: cannot code 5–99 in 'int': the document has 9 characters\n");
    r = cli({"code", "p.codeboom", "int", "-1", "4", "X"});
    EXPECT_EQ(r.status, 2);
    r = cli({"code", "p.codeboom", "int", "1"});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err, "codeboom-cli: missing TO\n");
    r = cli({"codes", "p.codeboom", "--colour", "x"});
    EXPECT_EQ(r.status, 2);
    r = cli({"frobnicate", "p.codeboom"});
    EXPECT_EQ(r.err, "codeboom-cli: unknown command 'frobnicate' (see codeboom-cli --help)\n");
    r = cli({"codes", "nergens.codeboom"});
    EXPECT_EQ(r.err, "codeboom-cli: nergens.codeboom: no such project file\n");
    EXPECT_EQ(cli({"log", "p.codeboom"}).out, before);
}

TEST_F(CliTest, CodeTreeCommandsRoundTrip) {
    for (const char* path : {"A", "B", "A > A1", "A > A2"})
        ASSERT_EQ(cli({"code-add", "p.codeboom", path}).status, 0);
    ASSERT_EQ(cli({"code-rename", "p.codeboom", "A > A1", "Eerste"}).status, 0);
    ASSERT_EQ(cli({"code-move", "p.codeboom", "A > A2", "B"}).status, 0);
    ASSERT_EQ(cli({"code-color", "p.codeboom", "B", "#112233"}).status, 0);
    ASSERT_EQ(cli({"code-describe", "p.codeboom", "B", "Tweede hoofdcode."}).status, 0);
    ASSERT_EQ(cli({"code-move", "p.codeboom", "B", "--root", "--position", "0"}).status, 0);
    ASSERT_EQ(cli({"code-merge", "p.codeboom", "A > Eerste", "B > A2"}).status, 0);
    ASSERT_EQ(cli({"code-delete", "p.codeboom", "A"}).status, 0);
    CliResult r = cli({"codes", "p.codeboom"});
    EXPECT_THAT(r.out, HasSubstr("\nB\t"));
    EXPECT_THAT(r.out, HasSubstr("\nB > A2\t"));
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 3);
    r = cli({"code-move", "p.codeboom", "B", "B > A2"});
    EXPECT_EQ(r.status, 1);
    EXPECT_THAT(r.err, HasSubstr("a code cannot be placed inside itself"));
    for (int i = 0; i < 11; ++i)
        ASSERT_EQ(cli({"undo", "p.codeboom"}).status, 0);
    r = cli({"codes", "p.codeboom"});
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1);
    EXPECT_EQ(cli({"undo", "p.codeboom"}).err, "codeboom-cli: nothing to undo for coder 'anouk'\n");
}

TEST_F(CliTest, CodesMergedListsWhatCodeMergeTookOutOfTheTree) {
    for (const char* path : {"Drempels", "Barrieres", "Obstakels"})
        ASSERT_EQ(cli({"code-add", "p.codeboom", path}).status, 0);
    ASSERT_EQ(
        cli({"code-merge", "p.codeboom", "Barrieres", "Drempels", "--reason", "dubbel"}).status, 0);
    ASSERT_EQ(cli({"code-merge", "p.codeboom", "Drempels", "Obstakels"}, "bram").status, 0);
    CliResult r = cli({"codes", "p.codeboom"});
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 2); // the header and Obstakels
    r = cli({"codes", "p.codeboom", "--merged", "--json"});
    ASSERT_EQ(r.status, 0) << r.err;
    const auto rows = nlohmann::json::parse(r.out);
    ASSERT_EQ(rows.size(), 2u);
    // Barrieres' codings went to Drempels, and with Drempels to Obstakels.
    EXPECT_EQ(rows[0]["path"], "Barrieres");
    EXPECT_EQ(rows[0]["status"], "merged-into");
    EXPECT_EQ(rows[0]["merged_into"], "Obstakels");
    EXPECT_EQ(rows[0]["coder"], "anouk");
    EXPECT_EQ(rows[0]["reason"], "dubbel");
    EXPECT_EQ(rows[0]["when"].get<std::string>().size(), 24u);
    EXPECT_EQ(rows[1]["path"], "Drempels");
    EXPECT_EQ(rows[1]["merged_into"], "Obstakels");
    EXPECT_EQ(rows[1]["coder"], "bram");
    EXPECT_EQ(rows[1]["reason"], "");
    r = cli({"codes", "p.codeboom", "--merged"});
    EXPECT_EQ(r.out.substr(0, r.out.find('\n')),
              "path\tstatus\tmerged_into\twhen\tcoder\treason\tuuid");
    EXPECT_THAT(r.out, HasSubstr("\nBarrieres\tmerged-into\tObstakels\t"));
    ASSERT_EQ(cli({"undo", "p.codeboom"}, "bram").status, 0);
    r = cli({"codes", "p.codeboom", "--merged"});
    EXPECT_THAT(r.out, HasSubstr("\nBarrieres\tmerged-into\tDrempels\t"));
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 2);
    r = cli({"status-set", "p.codeboom", "Drempels", "merged-into"});
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.err, "codeboom-cli: status 'merged-into' cannot be set on 'Drempels': merge the "
                     "code into another one instead\n");
}

TEST_F(CliTest, TextIsSlicedByCodePoints) {
    dir.write("int.txt", "R: Idee\xC3\xABn \xF0\x9F\x98\x80 genoeg.\n");
    ASSERT_EQ(cli({"import", "p.codeboom", "int.txt"}).status, 0);
    EXPECT_EQ(cli({"text", "p.codeboom", "int", "--from", "3", "--to", "11"}).out,
              "Idee\xC3\xABn \xF0\x9F\x98\x80");
    CliResult r = cli({"text", "p.codeboom", "int", "--from", "3", "--to", "99"});
    EXPECT_EQ(r.status, 1);
    // "R: Ideeën 😀 genoeg." is 19 code points.
    EXPECT_EQ(r.err, "codeboom-cli: cannot show 3–99 of 'int': the document has 19 characters\n");
    r = cli({"text", "p.codeboom", "int", "--from", "9", "--to", "3"});
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.err,
              "codeboom-cli: cannot show 9–3 of 'int': the start must come before the end\n");
}

TEST_F(CliTest, SampleTranscriptsImportWithTheirSpeakersAndAttributes) {
    const std::string samples = CODEBOOM_SAMPLES_DIR;
    CliResult r =
        cli({"import", "p.codeboom", samples + "/focusgroep-leo.docx",
             samples + "/interview-werkgever.txt", samples + "/interview-loopbaanadviseur.odt",
             "--attributes", samples + "/respondenten.csv"});
    ASSERT_EQ(r.status, 0) << r.err;
    r = cli({"documents", "p.codeboom", "--json"});
    const auto documents = nlohmann::json::parse(r.out);
    ASSERT_EQ(documents.size(), 3u);
    EXPECT_EQ(documents[0]["name"], "focusgroep-leo");
    EXPECT_EQ(documents[0]["speakers"], 6); // the moderator and five participants
    EXPECT_EQ(documents[1]["speakers"], 2);
    EXPECT_EQ(documents[2]["speakers"], 2);
    r = cli({"turns", "p.codeboom", "interview-loopbaanadviseur", "--json"});
    const auto turns = nlohmann::json::parse(r.out);
    EXPECT_EQ(turns[0]["speaker"], "Interviewer");
    EXPECT_EQ(turns[1]["speaker"], "Respondent");
    r = cli({"attributes", "p.codeboom"});
    EXPECT_THAT(r.out, HasSubstr("Deelnemer 1\tspeaker\tfocusgroep-leo\tgeslacht\tv\n"));
    EXPECT_EQ(cli({"check", "p.codeboom"}).status, 0);
}

} // namespace
} // namespace codeboom
