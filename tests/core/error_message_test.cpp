#include "codeboom/commands/code_commands.h"
#include "codeboom/error.h"
#include "codeboom/io/importer.h"
#include "codeboom/io/readers.h"

#include "support/project_fixture.h"

#include <gtest/gtest.h>

#include <type_traits>
#include <utility>
#include <vector>

namespace codeboom {
namespace {

using Values = std::vector<std::pair<std::string, std::string>>;

// What an error the GUI translates carries: the English pattern (the catalog's msgid), the values
// it fills in, and what() as the CLI prints it, unchanged by the translatable form.
template <typename Throwing> Error caught(Throwing&& throwing) {
    try {
        throwing();
    } catch (const Error& e) {
        return e;
    }
    ADD_FAILURE() << "no error";
    return Error("no error");
}

static_assert(std::is_nothrow_copy_constructible_v<Error>,
              "an exception is copied as it is thrown and caught");

TEST(ErrorMessage, AnEnglishErrorIsItsOwnMessageWithoutValues) {
    const Error error("something went wrong");
    EXPECT_STREQ(error.what(), "something went wrong");
    EXPECT_EQ(error.message().message, "something went wrong");
    EXPECT_TRUE(error.message().values.empty());
}

TEST(ErrorMessage, AMessageErrorSaysItsEnglishText) {
    const ImportError error(Message{"{file}: no such file", {{"file", "int.txt"}}});
    EXPECT_STREQ(error.what(), "int.txt: no such file");
    EXPECT_EQ(error.message().message, "{file}: no such file");
    EXPECT_EQ(error.message().values, (Values{{"file", "int.txt"}}));
    // Copies share the message, as a catch by value does.
    const Error copy = error;
    EXPECT_EQ(&copy.message(), &error.message());
}

class ErrorMessageTest : public test::ProjectTest {
protected:
    void SetUp() override {
        ProjectTest::SetUp();
        addCode("Regulatief");
        addCode("Regulatief > Subsidies");
        addCode("Regulatief > Geld");
    }
};

TEST_F(ErrorMessageTest, MovingACodeUnderItsOwnSubCodeNamesBoth) {
    MoveCode move("Regulatief", "Regulatief > Subsidies");
    const Error error = caught([&] { project->execute(move); });
    EXPECT_STREQ(error.what(), "cannot move 'Regulatief' under 'Regulatief > Subsidies': a code "
                               "cannot be placed inside itself");
    EXPECT_EQ(error.message().message,
              "cannot move '{code}' under '{target}': a code cannot be placed inside itself");
    EXPECT_EQ(error.message().values,
              (Values{{"code", "Regulatief"}, {"target", "Regulatief > Subsidies"}}));
    EXPECT_EQ(error.message().english(), error.what());
}

TEST_F(ErrorMessageTest, RenamingToASiblingsNameNamesTheSibling) {
    RenameCode rename("Regulatief > Geld", "subsidies"); // names compare without regard to case
    const Error error = caught([&] { project->execute(rename); });
    EXPECT_STREQ(error.what(), "there is already a code 'Regulatief > Subsidies' (names are "
                               "compared without regard to case)");
    EXPECT_EQ(error.message().message,
              "there is already a code '{code}' (names are compared without regard to case)");
    EXPECT_EQ(error.message().values, (Values{{"code", "Regulatief > Subsidies"}}));
}

TEST_F(ErrorMessageTest, AMissingCodeIsNamedAsGiven) {
    const Error error = caught([&] { (void)project->codeTree().resolve("Regulatief > Kosten"); });
    EXPECT_STREQ(error.what(), "there is no code 'Regulatief > Kosten' (write the path from the "
                               "top, e.g. 'Regulatief > Subsidies')");
    EXPECT_EQ(error.message().message, "there is no code '{code}' (write the path from the top, "
                                       "e.g. 'Regulatief > Subsidies')");
    EXPECT_EQ(error.message().values, (Values{{"code", "Regulatief > Kosten"}}));
}

TEST_F(ErrorMessageTest, ImportingAMissingFileNamesTheFile) {
    const Error error =
        caught([&] { (void)readTranscript(dir / "weg.txt", {}, project->wordCounter()); });
    EXPECT_STREQ(error.what(), "weg.txt: no such file");
    EXPECT_EQ(error.message().message, "{file}: no such file");
    EXPECT_EQ(error.message().values, (Values{{"file", "weg.txt"}}));
}

TEST(ErrorMessageReaders, AReaderFailureCarriesTheWholeSentence) {
    // One '{' never closed: the sentence, not a fragment, is the message the catalog translates.
    const Error error = caught([] { (void)readRtf("{\\rtf1 {tekst}", "int.rtf"); });
    EXPECT_STREQ(error.what(), "int.rtf: not a valid RTF file (unbalanced braces: 1 group(s) "
                               "opened with '{' are never closed)");
    EXPECT_EQ(error.message().message, "{file}: not a valid RTF file (unbalanced braces: {count} "
                                       "group(s) opened with '{' are never closed)");
    EXPECT_EQ(error.message().values, (Values{{"count", "1"}, {"file", "int.rtf"}}));
}

TEST(ErrorMessageReaders, AZipPackageNamesFileAndFormat) {
    const Error error = caught([] { (void)readDocx("", "int.docx"); });
    EXPECT_STREQ(error.what(), "int.docx: not a valid .docx file (the file is empty)");
    EXPECT_EQ(error.message().message, "{file}: not a valid {format} file (the file is empty)");
    EXPECT_EQ(error.message().values, (Values{{"file", "int.docx"}, {"format", ".docx"}}));
}

} // namespace
} // namespace codeboom
