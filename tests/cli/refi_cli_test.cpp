#include "cli/cli_fixture.h"
#include "core/refi_fixtures.h"

#include <gmock/gmock.h>

namespace codeboom {
namespace {

using test::CliResult;

using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

class RefiCliTest : public test::CliTestBase {
protected:
    void SetUp() override { ASSERT_EQ(cli({"init", "p.codeboom"}).status, 0); }
};

TEST_F(RefiCliTest, QdpxImportReportsItemCountNote) {
    dir.write(
        "in.qdpx",
        test::qdpx({{"project.qde", test::projectQde("urn:QDA-XML:project:1:0", "internal://t.txt",
                                                     {{11, 17, {test::kCodeChild}}})},
                    {"Sources/t.txt", "Ik woon in Leiden.\r\n"}}));
    const CliResult r = cli({"qdpx", "import", "p.codeboom", "in.qdpx"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_THAT(r.out, StartsWith("item\tcount\tnote\n"));
    EXPECT_THAT(r.out, HasSubstr("codings\t1\t1 in the file; 0 already in the project\n"));
    EXPECT_THAT(r.out, HasSubstr("dialect\t1\tinterview: code points, CRLF counted as 2"));
    EXPECT_THAT(r.out, HasSubstr("namespace\t0\turn:QDA-XML:project:1:0\n"));
    const CliResult codings = cli({"codings", "p.codeboom"});
    EXPECT_THAT(codings.out, HasSubstr("Leiden"));
}

TEST_F(RefiCliTest, QdpxExportThenImportIntoAnotherProject) {
    dir.write("t.txt", "R1: Via de gemeente.\n");
    ASSERT_EQ(cli({"import", "p.codeboom", "t.txt"}).status, 0);
    ASSERT_EQ(cli({"code-add", "p.codeboom", "Route"}).status, 0);
    ASSERT_EQ(cli({"code", "p.codeboom", "t", "4", "20", "Route"}).status, 0);
    const CliResult out = cli({"qdpx", "export", "p.codeboom", "out.qdpx"});
    ASSERT_EQ(out.status, 0) << out.err;
    EXPECT_THAT(out.out, HasSubstr("codings\t1\t\n"));
    ASSERT_EQ(cli({"init", "q.codeboom"}).status, 0);
    const CliResult in = cli({"qdpx", "import", "q.codeboom", "out.qdpx"});
    ASSERT_EQ(in.status, 0) << in.err;
    EXPECT_THAT(in.out, HasSubstr("codings\t1\t"));
    EXPECT_THAT(cli({"codings", "q.codeboom"}).out, HasSubstr("Via de gemeente."));
}

TEST_F(RefiCliTest, QdcExportAndImport) {
    ASSERT_EQ(cli({"code-add", "p.codeboom", "Regulatief"}).status, 0);
    ASSERT_EQ(cli({"code-add", "p.codeboom", "Regulatief > Subsidies"}).status, 0);
    const CliResult out = cli({"qdc", "export", "p.codeboom", "codes.qdc"});
    ASSERT_EQ(out.status, 0) << out.err;
    EXPECT_EQ(out.out, "item\tcount\tnote\ncodes\t2\t\n");
    ASSERT_EQ(cli({"init", "q.codeboom"}).status, 0);
    const CliResult in = cli({"qdc", "import", "q.codeboom", "codes.qdc"});
    ASSERT_EQ(in.status, 0) << in.err;
    EXPECT_THAT(in.out, HasSubstr("codes\t2\t2 in the file; 0 matched existing codes"));
}

TEST_F(RefiCliTest, HostileArchiveIsAnErrorAndChangesNothing) {
    dir.write("bad.qdpx",
              test::qdpx({{"project.qde", "<Project name=\"x\"/>"}, {"../evil.txt", "x"}}));
    const CliResult r = cli({"qdpx", "import", "p.codeboom", "bad.qdpx"});
    EXPECT_EQ(r.status, 1);
    EXPECT_THAT(r.err, HasSubstr("codeboom-cli: bad.qdpx: refused: the entry '../evil.txt'"));
    EXPECT_THAT(cli({"log", "p.codeboom"}).out, Not(HasSubstr("qdpx")));
}

TEST_F(RefiCliTest, UnknownVerbIsAUsageError) {
    EXPECT_EQ(cli({"qdpx", "sync", "p.codeboom", "x.qdpx"}).status, 2);
}

} // namespace
} // namespace codeboom
