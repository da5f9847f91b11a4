#include "codeboom/commands/document_commands.h"
#include "codeboom/error.h"
#include "codeboom/io/importer.h"

#include "support/project_fixture.h"

#include <gmock/gmock.h>

namespace codeboom {
namespace {

using ::testing::HasSubstr;

class DocumentCommandsTest : public test::ProjectTest {};

TEST_F(DocumentCommandsTest, ImportStoresTextStructureAndCounts) {
    const std::string uuid =
        importText("interview-1", "I: Waarom Leo?\nR: Omdat het laagdrempelig is.\n");
    const Document doc = project->document(uuid);
    EXPECT_EQ(doc.name, "interview-1");
    EXPECT_EQ(doc.chars, 45u);
    EXPECT_EQ(doc.words, 8u);
    EXPECT_EQ(doc.paragraphs, 2u);
    EXPECT_EQ(doc.turns, 2u);
    EXPECT_EQ(doc.speakers, 2u);
    EXPECT_EQ(project->text(doc.id).text, "I: Waarom Leo?\nR: Omdat het laagdrempelig is.");
    EXPECT_EQ(project->document("interview-1").uuid, uuid);
}

TEST_F(DocumentCommandsTest, SameTextTwiceIsRefusedAndSameNameGetsANumber) {
    importText("int", "R: een");
    try {
        importText("kopie", "R: een");
        FAIL();
    } catch (const ImportError& e) {
        EXPECT_STREQ(e.what(), "kopie.txt: this text is already in the project as 'int'");
    }
    test::TempDir other;
    const auto path = other.write("int.txt", "R: twee");
    ImportDocument again(readTranscript(path, {}, project->wordCounter()));
    project->execute(again);
    EXPECT_EQ(again.storedName(), "int (2)");
    EXPECT_EQ(count("documents"), 2u);
}

TEST_F(DocumentCommandsTest, RemoveTakesEverythingAndUndoBringsItBack) {
    importText("int", "I: Vraag?\nR: Antwoord.\n");
    addCode("Antwoord");
    const std::string coding = applyCoding("int", 13, 21, "Antwoord");
    RemoveDocument remove("int");
    project->execute(remove);
    EXPECT_EQ(count("documents"), 0u);
    EXPECT_EQ(count("codings"), 0u);
    EXPECT_EQ(count("turns"), 0u);
    EXPECT_EQ(count("paragraphs"), 0u);
    EXPECT_EQ(project->undo(), "remove document 'int'");
    EXPECT_EQ(count("turns"), 2u);
    EXPECT_EQ(project->coding(coding).text, "Antwoord");
    EXPECT_EQ(project->undo(), "apply code 'Antwoord' to int 13–21");
    EXPECT_EQ(project->undo(), "create code 'Antwoord'");
    EXPECT_EQ(project->undo(), "import document 'int.txt'");
    EXPECT_EQ(count("documents"), 0u);
    EXPECT_EQ(count("paragraphs"), 0u);
    project->redo();
    EXPECT_EQ(project->document("int").turns, 2u);
}

TEST_F(DocumentCommandsTest, UnknownDocumentIsNamed) {
    RemoveDocument remove("interview 7");
    try {
        project->execute(remove);
        FAIL();
    } catch (const InvalidArgumentError& e) {
        EXPECT_STREQ(e.what(), "there is no document 'interview 7' in test.codeboom");
    }
}

} // namespace
} // namespace codeboom
