#include "cli/cli_fixture.h"

#include <gmock/gmock.h>

#include <sstream>

namespace codeboom {
namespace {

using test::CliResult;
using test::shellQuote;
using test::slurp;

using ::testing::HasSubstr;
using ::testing::StartsWith;

// A project where anouk and bram coded one document.
class TeamCliTest : public test::CliTestBase {
protected:
    void SetUp() override {
        ASSERT_EQ(cli({"init", "p.codeboom"}).status, 0);
        dir.write("int1.txt", std::string(100, 'x'));
        ASSERT_EQ(cli({"import", "p.codeboom", "int1.txt"}).status, 0);
        ASSERT_EQ(cli({"code-add", "p.codeboom", "Regulatief"}).status, 0);
        ASSERT_EQ(cli({"code", "p.codeboom", "int1", "0", "40", "Regulatief"}, "anouk").status, 0);
        ASSERT_EQ(cli({"code", "p.codeboom", "int1", "20", "60", "Regulatief"}, "bram").status, 0);
    }
};

TEST_F(TeamCliTest, AgreementCsvHasTheContractColumnsAndAPooledRow) {
    const CliResult r = cli({"agreement", "p.codeboom", "--coders", "anouk,bram"});
    ASSERT_EQ(r.status, 0) << r.err;
    // a 20, b 20, c 20, d 40: Po 0.6, Pe 0.52, kappa 0.08/0.48, alpha 1 - 199*40/9600.
    EXPECT_EQ(r.out, "code,unit,units,a,b,c,d,percent,kappa,alpha\n"
                     "Regulatief,character,100,20,20,20,40,0.600000,0.166667,0.170833\n"
                     "*,character,100,20,20,20,40,0.600000,0.166667,0.170833\n");
}

TEST_F(TeamCliTest, AgreementAtSegmentsLeavesUndefinedCellsEmpty) {
    const CliResult r = cli({"agreement", "p.codeboom", "--coders", "anouk,bram", "--unit",
                             "segment", "--overlap", "0.3", "--per-document"});
    ASSERT_EQ(r.status, 0) << r.err;
    // 20/60 = 0.33 >= 0.3: one matched pair.
    EXPECT_EQ(r.out, "code,document,unit,units,a,b,c,d,percent,kappa,alpha\n"
                     "Regulatief,int1,segment,1,1,0,0,,1.000000,,\n"
                     "Regulatief,*,segment,1,1,0,0,,1.000000,,\n"
                     "*,*,segment,1,1,0,0,,1.000000,,\n");
}

TEST_F(TeamCliTest, AgreementWritesHtmlToAFile) {
    const CliResult r = cli({"agreement", "p.codeboom", "--coders", "anouk,bram", "--unit",
                             "paragraph", "-o", "agreement.html"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "");
    EXPECT_THAT(slurp(dir / "agreement.html"), HasSubstr("<th>kappa</th>"));
}

TEST_F(TeamCliTest, AgreementRefusesAnUnknownCoderOrUnit) {
    CliResult r = cli({"agreement", "p.codeboom", "--coders", "anouk,zoe"});
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.err, "codeboom-cli: there is no coder 'zoe' in p.codeboom\n");
    r = cli({"agreement", "p.codeboom", "--coders", "anouk,bram", "--unit", "zin"});
    EXPECT_EQ(r.status, 1);
    EXPECT_THAT(r.err, HasSubstr("unknown agreement unit 'zin'"));
    r = cli({"agreement", "p.codeboom"});
    EXPECT_EQ(r.status, 2);
}

TEST_F(TeamCliTest, AuditVerifyReportsTheFirstBrokenLink) {
    CliResult r = cli({"audit", "verify", "p.codeboom"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, StartsWith("status\tevents\tevent\tproblem\nok\t4\t"));
    const std::string edit = "sqlite3 " + shellQuote((dir / "p.codeboom").string()) +
                             " \"UPDATE events SET reason = 'achteraf' WHERE id = 3\"";
    ASSERT_EQ(std::system(edit.c_str()), 0);
    r = cli({"audit", "verify", "p.codeboom"});
    EXPECT_EQ(r.status, 1);
    EXPECT_THAT(r.out, HasSubstr("broken\t4\t3\tits content does not match its hash"));
    EXPECT_THAT(r.err, HasSubstr("p.codeboom: the event log's hash chain is broken at event 3"));
}

TEST_F(TeamCliTest, AuditVerifyReportsRemovedLastEvents) {
    const std::string edit = "sqlite3 " + shellQuote((dir / "p.codeboom").string()) +
                             " \"DELETE FROM events WHERE id = 4\"";
    ASSERT_EQ(std::system(edit.c_str()), 0);
    const CliResult r = cli({"audit", "verify", "p.codeboom"});
    EXPECT_EQ(r.status, 1);
    EXPECT_THAT(r.out, HasSubstr("broken\t3\t4\tthe log ends at event 3 but the project "
                                 "recorded 4 events; the last event(s) were removed\n"));
    EXPECT_THAT(r.err, HasSubstr("p.codeboom: the event log's hash chain is broken at event 4: "
                                 "the log ends at event 3"));
}

TEST_F(TeamCliTest, MergeDryRunReportsADefinitionClearedInOneFile) {
    ASSERT_EQ(cli({"code-describe", "p.codeboom", "Regulatief", "Regels"}).status, 0);
    std::filesystem::copy_file(dir / "p.codeboom", dir / "q.codeboom");
    ASSERT_EQ(cli({"code-describe", "q.codeboom", "Regulatief", ""}).status, 0);
    const CliResult r = cli({"merge", "pq.codeboom", "p.codeboom", "q.codeboom", "--dry-run"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("warning:code-definition-cleared\tRegulatief\tthe definition "
                                 "'Regels' was cleared in q.codeboom; p.codeboom still had it "
                                 "unchanged, so it stays cleared\n"));
}

TEST_F(TeamCliTest, LogFiltersByCoderAndAction) {
    CliResult r = cli({"log", "p.codeboom", "--by", "bram"});
    ASSERT_EQ(r.status, 0) << r.err;
    std::istringstream lines(r.out);
    std::string header, row, extra;
    std::getline(lines, header);
    std::getline(lines, row);
    EXPECT_EQ(header, "id\ttime\tcoder\taction\tcommand\tlabel\treason\ttarget\tuuid");
    EXPECT_THAT(row, HasSubstr("\tbram\tdo\tapply-coding\t"));
    EXPECT_FALSE(std::getline(lines, extra));
    r = cli({"log", "p.codeboom", "--action", "create-code"});
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 2);
}

TEST_F(TeamCliTest, MergeDryRunThenMergeThenRefuseAConflict) {
    std::filesystem::copy_file(dir / "p.codeboom", dir / "q.codeboom");
    ASSERT_EQ(cli({"code-describe", "q.codeboom", "Regulatief", "Regels"}).status, 0);
    CliResult r = cli({"merge", "pq.codeboom", "p.codeboom", "q.codeboom", "--dry-run"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("document\tint1\t100 characters, from p.codeboom, q.codeboom\n"));
    EXPECT_THAT(r.out, HasSubstr("codings\t*\t2\n"));
    EXPECT_FALSE(std::filesystem::exists(dir / "pq.codeboom"));
    r = cli({"merge", "pq.codeboom", "p.codeboom", "q.codeboom"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_TRUE(std::filesystem::exists(dir / "pq.codeboom"));
    EXPECT_EQ(cli({"audit", "verify", "pq.codeboom"}).status, 0);
    ASSERT_EQ(cli({"code-describe", "p.codeboom", "Regulatief", "Wetten"}).status, 0);
    r = cli({"merge", "pq2.codeboom", "p.codeboom", "q.codeboom"});
    EXPECT_EQ(r.status, 1);
    EXPECT_THAT(r.out, HasSubstr("conflict:code-definition-differs\tRegulatief\t"));
    EXPECT_THAT(r.err, HasSubstr("merge refused: 1 conflict"));
    r = cli({"merge", "pq3.codeboom", "p.codeboom", "int1.txt"});
    EXPECT_EQ(r.status, 1);
    EXPECT_EQ(r.err, "codeboom-cli: int1.txt is not a Codeboom project (it is not an SQLite "
                     "database)\n");
}

TEST_F(TeamCliTest, DisagreementsAdjudicationAndReview) {
    CliResult r = cli({"disagreements", "p.codeboom", "--coders", "anouk,bram"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, StartsWith("document\tcode\tstart\tend\tanouk\tbram\ttext\tcontext\n"
                                  "int1\tRegulatief\t0\t60\t0-40\t20-60\t"));
    r = cli({"adjudicate", "p.codeboom", "int1", "0", "60", "Regulatief", "intersection",
             "--coders", "anouk,bram", "--consensus", "consensus"},
            "sanne");
    EXPECT_EQ(r.status, 2);
    EXPECT_THAT(r.err, HasSubstr("--reason"));
    r = cli({"adjudicate", "p.codeboom", "int1", "0", "60", "Regulatief", "intersection",
             "--coders", "anouk,bram", "--consensus", "consensus", "--reason", "overleg"},
            "sanne");
    ASSERT_EQ(r.status, 0) << r.err;
    r = cli({"codings", "p.codeboom", "--coder", "consensus"});
    EXPECT_THAT(r.out, HasSubstr("\t20\t40\t"));
    r = cli({"agreement", "p.codeboom", "--coders", "anouk,bram,consensus"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, StartsWith("code,unit,units,coders,o00,o01,o11,unanimous,percent,kappa,"
                                  "alpha\n"));
}

TEST_F(TeamCliTest, ReviewMarksAndListsCodings) {
    CliResult r = cli({"codings", "p.codeboom", "--coder", "bram"});
    const std::string uuid = r.out.substr(r.out.find('\n') + 1, 36);
    r = cli({"review", "p.codeboom", uuid, "rejected", "--comment", "te ruim"}, "sanne");
    ASSERT_EQ(r.status, 0) << r.err;
    r = cli({"review", "p.codeboom"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr(uuid + "\tint1\t20\t60\tRegulatief\tbram\trejected\tte ruim\t"
                                        "sanne\t"));
    r = cli({"review", "p.codeboom", uuid, "misschien"}, "sanne");
    EXPECT_EQ(r.status, 1);
}

TEST_F(TeamCliTest, AuditReportAndCodebookHistory) {
    CliResult r = cli({"audit", "report", "p.codeboom", "--output", "report.csv"});
    ASSERT_EQ(r.status, 0) << r.err;
    const std::string csv = slurp(dir / "report.csv");
    EXPECT_THAT(csv, StartsWith("code,uuid,definition,coder,regions,codings,first_use,last_use,"
                                "changes,flags,removed\n"));
    EXPECT_THAT(csv, HasSubstr(",anouk,1,2,"));
    r = cli({"audit", "codebook", "p.codeboom", "--date", "9999"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("\nRegulatief\t"));
    r = cli({"audit", "codebook", "p.codeboom", "--from", "2000-01-01", "--to", "9999"});
    EXPECT_THAT(r.out, HasSubstr("added\t"));
}

TEST_F(TeamCliTest, LogAndCodebookRefuseMalformedDatesUnknownActionsAndCoders) {
    CliResult r = cli({"log", "p.codeboom", "--since", "garbage"});
    EXPECT_EQ(r.status, 1);
    EXPECT_THAT(r.err, StartsWith("codeboom-cli: --since 'garbage' is not a date or time: use an "
                                  "ISO 8601 date such as 2026-11-23"));
    r = cli({"log", "p.codeboom", "--until", "2026-11-31T"});
    EXPECT_EQ(r.status, 1);
    EXPECT_THAT(r.err, HasSubstr("--until '2026-11-31T' is not a date or time"));
    r = cli({"audit", "codebook", "p.codeboom", "--date", "notadate"});
    EXPECT_EQ(r.status, 1);
    EXPECT_THAT(r.err, HasSubstr("--date 'notadate' is not a date or time"));
    r = cli({"audit", "codebook", "p.codeboom", "--from", "2000-01-01", "--to", "morgen"});
    EXPECT_EQ(r.status, 1);
    EXPECT_THAT(r.err, HasSubstr("--to 'morgen' is not a date or time"));
    r = cli({"log", "p.codeboom", "--action", "bogus"});
    EXPECT_EQ(r.status, 1);
    EXPECT_THAT(r.err, HasSubstr("unknown action 'bogus' (known: add-relation, add-relation-type, "
                                 "adjudicate, apply-coding, "));
    EXPECT_THAT(r.err, HasSubstr(", do, "));
    r = cli({"log", "p.codeboom", "--by", "nobody"});
    EXPECT_EQ(r.status, 1);
    EXPECT_THAT(r.err, HasSubstr("there is no coder 'nobody' in p.codeboom (coders: "));
    EXPECT_THAT(r.err, HasSubstr("anouk"));
    // Well-formed values still work: a year, a day, a time.
    r = cli({"log", "p.codeboom", "--since", "2000", "--until", "9999-12-31T23:59:59Z", "--action",
             "apply-coding"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 3);
}

TEST_F(TeamCliTest, HelpShowsTheAgreementAndReportOptionsTheCommandsTake) {
    const CliResult r = cli({"--help"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("[--per-document] [--format csv|xlsx|html] [-o OUT]\n"));
    EXPECT_THAT(r.out, HasSubstr("audit report PROJECT [-o report.html|report.csv] [--format "
                                 "html|csv]\n"));
    EXPECT_THAT(r.out, HasSubstr("an unknown coder, action or date is an error"));
}

TEST_F(TeamCliTest, AuditReportListsAMergedAwayCodeWithEveryStep) {
    ASSERT_EQ(cli({"code-add", "p.codeboom", "Normatief"}).status, 0);
    ASSERT_EQ(cli({"code-add", "p.codeboom", "Kader"}).status, 0);
    ASSERT_EQ(
        cli({"code-rename", "p.codeboom", "Normatief", "Normen", "--reason", "korter"}).status, 0);
    ASSERT_EQ(
        cli({"code-describe", "p.codeboom", "Normen", "Wat hoort", "--reason", "scherper"}).status,
        0);
    ASSERT_EQ(cli({"code-move", "p.codeboom", "Normen", "Kader", "--reason", "ordening"}).status,
              0);
    ASSERT_EQ(
        cli({"code-merge", "p.codeboom", "Kader > Normen", "Regulatief", "--reason", "overlap"},
            "bram")
            .status,
        0);
    CliResult r = cli({"audit", "report", "p.codeboom", "-o", "report.csv"});
    ASSERT_EQ(r.status, 0) << r.err;
    const std::string csv = slurp(dir / "report.csv");
    EXPECT_THAT(csv, StartsWith("code,uuid,definition,coder,regions,codings,first_use,last_use,"
                                "changes,flags,removed\n"));
    std::istringstream lines(csv);
    std::string line, normen;
    while (std::getline(lines, line))
        if (line.rfind("Kader > Normen,", 0) == 0)
            normen = line;
    ASSERT_FALSE(normen.empty()) << csv;
    EXPECT_THAT(normen, HasSubstr(",Wat hoort,,0,0,,,"));
    EXPECT_THAT(normen,
                HasSubstr(" do rename-code: rename code 'Normatief' to 'Normen' (korter) | "));
    EXPECT_THAT(normen, HasSubstr(" do describe-code: "));
    EXPECT_THAT(normen, HasSubstr("(scherper) | "));
    EXPECT_THAT(normen, HasSubstr(" do move-code: "));
    EXPECT_THAT(normen, HasSubstr("(ordening) | "));
    EXPECT_THAT(normen, HasSubstr(" bram do merge-codes: "));
    EXPECT_THAT(normen, HasSubstr(",,merged into Regulatief by bram at "));
    EXPECT_THAT(normen, ::testing::EndsWith(" (overlap)"));
}

// The auditor's repro: one copy uncodes a coding, the other is unchanged.
TEST_F(TeamCliTest, MergeKeepsACodingRemovedInOneCopyRemovedAndSaysSo) {
    std::filesystem::copy_file(dir / "p.codeboom", dir / "q.codeboom");
    CliResult r = cli({"codings", "q.codeboom", "--coder", "bram"});
    const std::string uuid = r.out.substr(r.out.find('\n') + 1, 36);
    ASSERT_EQ(cli({"uncode", "q.codeboom", uuid}, "bram").status, 0);
    r = cli({"merge", "pq.codeboom", "p.codeboom", "q.codeboom", "--dry-run"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("warning:coding-removed-elsewhere\t" + uuid +
                                 "\tthe coding 'Regulatief' on int1 20-60 by bram was removed in "
                                 "q.codeboom by bram at "));
    EXPECT_THAT(r.out, HasSubstr("codings\t*\t1\n"));
    r = cli({"merge", "pq.codeboom", "p.codeboom", "q.codeboom"});
    ASSERT_EQ(r.status, 0) << r.err;
    r = cli({"codings", "pq.codeboom"});
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 2) << r.out; // header, anouk's
    EXPECT_THAT(r.out, ::testing::Not(HasSubstr(uuid)));
}

} // namespace
} // namespace codeboom
