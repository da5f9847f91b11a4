#include "codeboom/commands/coding_commands.h"
#include "codeboom/error.h"

#include "support/project_fixture.h"

#include <gmock/gmock.h>

namespace codeboom {
namespace {

using ::testing::HasSubstr;

class CodingCommandsTest : public test::ProjectTest {
protected:
    void SetUp() override {
        ProjectTest::SetUp();
        // 0         1         2         3         4
        // 0123456789012345678901234567890123456789012345
        // R1: De financiële drempel is hoog.
        importText("int", "R1: De financi\xC3\xABle drempel is hoog.\nR2: Ja.\n");
        addCode("Regulatief");
        addCode("Regulatief > Financi\xC3\xABle drempel");
    }
};

TEST_F(CodingCommandsTest, StoresTheCoveredTextByCodePoints) {
    const std::string uuid = applyCoding("int", 7, 25, "Regulatief > Financi\xC3\xABle drempel");
    const Coding coding = project->coding(uuid);
    EXPECT_EQ(coding.text, "financi\xC3\xABle drempel");
    EXPECT_EQ(coding.start, 7u);
    EXPECT_EQ(coding.end, 25u);
    EXPECT_EQ(coding.coder, "anouk");
    EXPECT_EQ(coding.document, "int");
}

TEST_F(CodingCommandsTest, RefusesRangesOutsideTheText) {
    ApplyCoding pastEnd("int", 30, 99, "Regulatief");
    EXPECT_EQ(messageOf(pastEnd), "cannot code 30–99 in 'int': the document has 42 characters");
    ApplyCoding inverted("int", 20, 10, "Regulatief");
    EXPECT_EQ(messageOf(inverted),
              "cannot code 20–10 in 'int': the start must come before the end");
    ApplyCoding empty("int", 10, 10, "Regulatief");
    EXPECT_THAT(messageOf(empty), HasSubstr("the start must come before the end"));
    ApplyCoding noDoc("interview 9", 0, 5, "Regulatief");
    EXPECT_THAT(messageOf(noDoc), HasSubstr("there is no document 'interview 9'"));
    ApplyCoding noCode("int", 0, 5, "Normatief");
    EXPECT_THAT(messageOf(noCode), HasSubstr("there is no code 'Normatief'"));
    EXPECT_EQ(count("codings"), 0u);
}

TEST_F(CodingCommandsTest, RemoveAndUndoBringBackTheSameCoding) {
    const std::string uuid = applyCoding("int", 7, 25, "Regulatief");
    RemoveCoding remove(uuid);
    project->execute(remove);
    EXPECT_EQ(count("codings"), 0u);
    EXPECT_EQ(project->undo(), "remove coding 'Regulatief' from int 7–25");
    EXPECT_EQ(project->coding(uuid).text, "financi\xC3\xABle drempel");
    RemoveCoding unknown("00000000-0000-4000-8000-000000000000");
    EXPECT_THAT(messageOf(unknown), HasSubstr("there is no coding"));
}

TEST_F(CodingCommandsTest, FiltersByDocumentCodeAndCoder) {
    importText("int2", "R1: Tweede interview.\n");
    applyCoding("int", 0, 10, "Regulatief");
    applyCoding("int", 7, 25, "Regulatief > Financi\xC3\xABle drempel");
    reopen("bram");
    applyCoding("int2", 4, 11, "Regulatief");
    CodingFilter byCode;
    byCode.codeId = project->codeTree().resolve("Regulatief").id;
    EXPECT_EQ(project->codings(byCode).size(), 2u);
    byCode.includeDescendants = true;
    EXPECT_EQ(project->codings(byCode).size(), 3u);
    CodingFilter byCoder;
    byCoder.coder = "bram";
    ASSERT_EQ(project->codings(byCoder).size(), 1u);
    EXPECT_EQ(project->codings(byCoder)[0].text, "Tweede ");
    CodingFilter byDocument;
    byDocument.documentId = project->document("int").id;
    EXPECT_EQ(project->codings(byDocument).size(), 2u);
}

} // namespace
} // namespace codeboom
