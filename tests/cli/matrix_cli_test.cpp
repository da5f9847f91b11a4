#include "cli/cli_fixture.h"

#include <gmock/gmock.h>

namespace codeboom {
namespace {

using test::CliResult;
using test::slurp;

using ::testing::HasSubstr;
using ::testing::StartsWith;

// A project with two interviews:
//   a "I: Hoe gaat het?\nR: Goed, dank je.\nI: Mooi.\nR: Ja." turns I [0,16) R [17,34) ...
//   b "I: Wat doet u?\nR: Ik help.\nI: Fijn.\nR: Ja hoor."
// codings: a Werk [20,34), a Zorg [25,30) (inside Werk), b Werk [18,25).
class MatrixCliTest : public test::CliTestBase {
protected:
    void SetUp() override {
        ASSERT_EQ(cli({"init", "p.codeboom"}).status, 0);
        dir.write("a.txt", "I: Hoe gaat het?\nR: Goed, dank je.\nI: Mooi.\nR: Ja.\n");
        dir.write("b.txt", "I: Wat doet u?\nR: Ik help.\nI: Fijn.\nR: Ja hoor.\n");
        ASSERT_EQ(cli({"import", "p.codeboom", "a.txt", "b.txt"}).status, 0);
        ASSERT_EQ(cli({"code-add", "p.codeboom", "Werk"}).status, 0);
        ASSERT_EQ(cli({"code-add", "p.codeboom", "Zorg, \"thuis\""}).status, 0);
        ASSERT_EQ(cli({"code", "p.codeboom", "a", "20", "34", "Werk"}).status, 0);
        ASSERT_EQ(cli({"code", "p.codeboom", "a", "25", "30", "Zorg, \"thuis\""}).status, 0);
        ASSERT_EQ(cli({"code", "p.codeboom", "b", "18", "25", "Werk"}).status, 0);
    }
};

TEST_F(MatrixCliTest, FrequencyCsvGoesToStandardOutput) {
    const CliResult r = cli({"matrix", "frequency", "p.codeboom"});
    ASSERT_EQ(r.status, 0) << r.err;
    // Werk: a 1, b 1; Zorg: a 1. The code with a comma and quotes is quoted.
    EXPECT_EQ(r.out, "\xEF\xBB\xBF"
                     "code,a,b,total\r\n"
                     "Werk,1,1,2\r\n"
                     "\"Zorg, \"\"thuis\"\"\",1,0,1\r\n"
                     "total,2,1,3\r\n");
}

TEST_F(MatrixCliTest, CooccurrenceJaccardInTheDutchExcelDialect) {
    const CliResult r = cli(
        {"matrix", "cooccurrence", "p.codeboom", "--measure", "jaccard", "--dialect", "excel-nl"});
    ASSERT_EQ(r.status, 0) << r.err;
    // n_Werk = 2, n_Zorg = 1, n_WZ = 1 (Zorg lies inside Werk in a): 1 / (2 + 1 - 1) = 0,5.
    EXPECT_EQ(r.out, "\xEF\xBB\xBF"
                     "code;Werk;\"Zorg, \"\"thuis\"\"\";n\r\n"
                     "Werk;;0,5;2\r\n"
                     "\"Zorg, \"\"thuis\"\"\";0,5;;1\r\n"
                     "n;2;1;\r\n");
}

TEST_F(MatrixCliTest, OutputFilesInEveryFormat) {
    CliResult r = cli({"matrix", "frequency", "p.codeboom", "--count", "chars", "-o", "f.csv"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, "");
    // Werk: a 14, b 7; Zorg: a 5.
    EXPECT_THAT(slurp(dir / "f.csv"), HasSubstr("Werk,14,7,21\r\n"));
    EXPECT_THAT(slurp(dir / "f.meta.txt"), HasSubstr("Count: chars"));
    r = cli(
        {"matrix", "cooccurrence", "p.codeboom", "--unit", "turn", "-o", "c.xlsx", "--lang", "nl"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(slurp(dir / "c.xlsx"), StartsWith("PK"));
    r = cli({"matrix", "cooccurrence", "p.codeboom", "--format", "html", "-o", "c.report"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(slurp(dir / "c.report"), HasSubstr("Code co-occurrence matrix"));
    ASSERT_EQ(cli({"matrix", "cooccurrence", "p.codeboom", "-o", "c.png"}).status, 0);
    EXPECT_THAT(slurp(dir / "c.png"), StartsWith("\x89PNG"));
    ASSERT_EQ(cli({"matrix", "frequency", "p.codeboom", "-o", "f.svg"}).status, 0);
    EXPECT_THAT(slurp(dir / "f.svg"), HasSubstr("<svg"));
}

TEST_F(MatrixCliTest, HeaderLinesAndFilters) {
    const CliResult r = cli({"matrix", "frequency", "p.codeboom", "--with-header", "--docs", "b",
                             "--coders", "anouk", "--codes", "Werk", "--by", "speaker"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, HasSubstr("# Filters: documents: b; coders: anouk; codes: the subtree of "
                                 "Werk; roll-up: no\r\n"));
    // b's Werk [18,25) lies in R [15,26); the I and R columns come from b's turns.
    EXPECT_THAT(r.out, HasSubstr("code,I,R,total\r\nWerk,0,1,1\r\ntotal,0,1,1\r\n"));
}

TEST_F(MatrixCliTest, MistakesAreUsageErrors) {
    CliResult r = cli({"matrix", "frequency", "p.codeboom", "--by", "kleur"});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err, "codeboom-cli: --by must be document, speaker, coder or attribute:NAME, not "
                     "'kleur'\n");
    r = cli({"matrix", "cooccurrence", "p.codeboom", "--count", "chars"});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err, "codeboom-cli: unknown option --count for 'matrix'\n");
    r = cli({"matrix", "frequency", "p.codeboom", "--format", "xlsx"});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err, "codeboom-cli: --format xlsx needs -o FILE\n");
    r = cli({"matrix", "frequency", "p.codeboom", "--docs", "zzz"});
    EXPECT_EQ(r.status, 1);
    EXPECT_THAT(r.err, HasSubstr("zzz"));
    r = cli({"matrix", "sizes", "p.codeboom"});
    EXPECT_EQ(r.status, 2);
}

} // namespace
} // namespace codeboom
