#include "cli/cli_fixture.h"

#include <gmock/gmock.h>

namespace codeboom {
namespace {

using test::CliResult;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

class MemoCliTest : public test::CliTestBase {
protected:
    void SetUp() override {
        ASSERT_EQ(cli({"init", "p.codeboom"}).status, 0);
        dir.write("int1.txt", "R: De drempel is hoog.\n");
        ASSERT_EQ(cli({"import", "p.codeboom", "int1.txt"}).status, 0);
        ASSERT_EQ(cli({"code-add", "p.codeboom", "Drempels"}).status, 0);
    }
};

TEST_F(MemoCliTest, WritesListsAndRemovesMemos) {
    CliResult r = cli({"memo", "p.codeboom", "--code", "drempels", "Alles wat tegenhoudt."});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, StartsWith("uuid\ttarget_kind\ttarget\tcoder\tupdated_at\ttext\n"));
    EXPECT_THAT(r.out, HasSubstr("\tcode\tDrempels\tanouk\t"));
    ASSERT_EQ(cli({"memo", "p.codeboom", "--project", "Veldwerk\tin Leiden."}).status, 0);
    ASSERT_EQ(cli({"memo", "p.codeboom", "--document", "int1", "Rustig."}, "bram").status, 0);
    r = cli({"memos", "p.codeboom"});
    ASSERT_EQ(r.status, 0) << r.err;
    // Oldest first; the project memo has no target; a tab in a value is written \t.
    EXPECT_THAT(r.out, HasSubstr("\tcode\tDrempels\tanouk\t"));
    EXPECT_THAT(r.out, HasSubstr("\tproject\t\tanouk\t"));
    EXPECT_THAT(r.out, HasSubstr("\tVeldwerk\\tin Leiden.\n"));
    EXPECT_THAT(r.out, HasSubstr("\tdocument\tint1\tbram\t"));
    ASSERT_EQ(cli({"memo", "p.codeboom", "--document", "int1", ""}, "bram").status, 0);
    r = cli({"memos", "p.codeboom"});
    EXPECT_THAT(r.out, Not(HasSubstr("int1")));
    // Undo (bram's last step) brings the document memo back.
    r = cli({"undo", "p.codeboom"}, "bram");
    EXPECT_EQ(r.out, "action\tlabel\nundone\tremove memo on document 'int1'\n");
    EXPECT_THAT(cli({"memos", "p.codeboom"}).out, HasSubstr("\tdocument\tint1\tbram\t"));
}

TEST_F(MemoCliTest, NeedsExactlyOneTargetAndAnExistingOne) {
    CliResult r = cli({"memo", "p.codeboom", "Zonder doel."});
    EXPECT_EQ(r.status, 2);
    EXPECT_THAT(r.err, HasSubstr("exactly one of --project, --document DOC, --code PATH"));
    r = cli({"memo", "p.codeboom", "--project", "--code", "Drempels", "Twee doelen."});
    EXPECT_EQ(r.status, 2);
    r = cli({"memo", "p.codeboom", "--code", "Normatief", "Geen code."});
    EXPECT_EQ(r.status, 1);
    EXPECT_THAT(r.err, HasSubstr("there is no code 'Normatief'"));
    r = cli({"memo", "p.codeboom", "--coding", "00000000-0000-4000-8000-000000000000", ""});
    EXPECT_EQ(r.status, 1);
    EXPECT_THAT(r.err, HasSubstr("there is no coding"));
    EXPECT_EQ(cli({"memos", "p.codeboom"}).out,
              "uuid\ttarget_kind\ttarget\tcoder\tupdated_at\ttext\n");
}

} // namespace
} // namespace codeboom
