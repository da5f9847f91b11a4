#include "codeboom/commands/code_commands.h"
#include "codeboom/commands/memo_commands.h"
#include "codeboom/error.h"
#include "codeboom/model/memos.h"

#include "support/project_fixture.h"

#include <gmock/gmock.h>

namespace codeboom {
namespace {

using ::testing::HasSubstr;

class MemoCommandsTest : public test::ProjectTest {
protected:
    void SetUp() override {
        ProjectTest::SetUp();
        // "R1: De drempel is hoog." — "drempel" is code points 7..14.
        document = importText("int", "R1: De drempel is hoog.\n");
        code = addCode("Drempels");
        coding = applyCoding("int", 7, 14, "Drempels");
    }
    std::optional<Memo> memoOf(MemoTargetKind kind, const std::string& uuid) {
        return memoOn(*project, kind, uuid);
    }

    std::string document, code, coding;
};

TEST_F(MemoCommandsTest, WritesOneMemoPerTargetKind) {
    SetMemo onProject({MemoTargetKind::Project, {}}, "Veldwerk in Leiden.");
    SetMemo onDocument({MemoTargetKind::Document, "int"}, "Rustig gesprek.");
    SetMemo onCode({MemoTargetKind::Code, "drempels"}, "Alles wat mensen tegenhoudt.");
    SetMemo onCoding({MemoTargetKind::Coding, coding}, "Letterlijk genoemd.");
    for (SetMemo* command : {&onProject, &onDocument, &onCode, &onCoding})
        ASSERT_TRUE(project->execute(*command).has_value());
    const auto all = memos(*project);
    ASSERT_EQ(all.size(), 4u);
    EXPECT_EQ(all[0].kind, MemoTargetKind::Project);
    EXPECT_EQ(all[0].targetUuid, ""); // stored as NULL: the project needs no link
    EXPECT_EQ(all[1].targetUuid, document);
    EXPECT_EQ(all[2].targetUuid, code); // the path was given, case-insensitively
    EXPECT_EQ(all[3].targetUuid, coding);
    EXPECT_EQ(all[3].text, "Letterlijk genoemd.");
    EXPECT_EQ(all[3].coder, "anouk");
    EXPECT_EQ(memoOf(MemoTargetKind::Code, code)->text, "Alles wat mensen tegenhoudt.");
}

TEST_F(MemoCommandsTest, EditingReplacesTheTextAndUndoBringsTheOldTextBack) {
    SetMemo first({MemoTargetKind::Code, "Drempels"}, "Eerste versie.");
    project->execute(first);
    project.reset();
    project = Project::open(file, "bram");
    SetMemo second({MemoTargetKind::Code, "Drempels"}, "Tweede versie.");
    project->execute(second);
    EXPECT_EQ(count("memos"), 1u); // replaced, not added
    EXPECT_EQ(memoOf(MemoTargetKind::Code, code)->text, "Tweede versie.");
    EXPECT_EQ(memoOf(MemoTargetKind::Code, code)->coder, "bram");
    EXPECT_EQ(project->undo(), "set memo on code 'Drempels'");
    EXPECT_EQ(memoOf(MemoTargetKind::Code, code)->text, "Eerste versie.");
    EXPECT_EQ(memoOf(MemoTargetKind::Code, code)->coder, "anouk");
}

TEST_F(MemoCommandsTest, TheSameTextAgainRecordsNothing) {
    SetMemo first({MemoTargetKind::Document, "int"}, "Rustig gesprek.");
    project->execute(first);
    const std::size_t events = count("events");
    SetMemo again({MemoTargetKind::Document, document}, "Rustig gesprek.");
    EXPECT_FALSE(project->execute(again).has_value());
    EXPECT_EQ(count("events"), events);
}

TEST_F(MemoCommandsTest, RemoveThenUndoRestoresTheMemo) {
    SetMemo write({MemoTargetKind::Coding, coding}, "Letterlijk genoemd.");
    project->execute(write);
    const std::string uuid = memoOf(MemoTargetKind::Coding, coding)->uuid;
    RemoveMemo remove({MemoTargetKind::Coding, coding});
    project->execute(remove);
    EXPECT_FALSE(memoOf(MemoTargetKind::Coding, coding).has_value());
    EXPECT_EQ(project->undo(), "remove memo on coding '" + coding + "'");
    ASSERT_TRUE(memoOf(MemoTargetKind::Coding, coding).has_value());
    EXPECT_EQ(memoOf(MemoTargetKind::Coding, coding)->uuid, uuid);
    EXPECT_EQ(project->redo(), "remove memo on coding '" + coding + "'");
    EXPECT_EQ(count("memos"), 0u);
}

TEST_F(MemoCommandsTest, UndoOfTheFirstMemoRemovesIt) {
    SetMemo write({MemoTargetKind::Project, {}}, "Veldwerk.");
    project->execute(write);
    EXPECT_EQ(project->undo(), "set memo on the project");
    EXPECT_EQ(count("memos"), 0u);
}

TEST_F(MemoCommandsTest, TheStoryLineIsNotTheCodeMemo) {
    // A story-line memo sits on a code too (kind 'storyline'); the code's own memo is another.
    project->database().exec(
        "INSERT INTO memos (uuid, target_kind, target_uuid, text, coder_id, created_at, "
        "updated_at, kind) VALUES ('0f000000-0000-4000-8000-000000000001', 'code', '" +
        code + "', 'Het verhaal.', 1, 'x', 'x', 'storyline')");
    EXPECT_FALSE(memoOf(MemoTargetKind::Code, code).has_value());
    SetMemo write({MemoTargetKind::Code, code}, "Definitie volgt.");
    project->execute(write);
    EXPECT_EQ(count("memos"), 2u);
    EXPECT_EQ(memos(*project).size(), 1u);
}

TEST_F(MemoCommandsTest, BadTargetsAndEmptyTextAreRefusedAndChangeNothing) {
    SetMemo noDocument({MemoTargetKind::Document, "interview 9"}, "x");
    EXPECT_THAT(messageOf(noDocument), HasSubstr("there is no document 'interview 9'"));
    SetMemo noCode({MemoTargetKind::Code, "Normatief"}, "x");
    EXPECT_THAT(messageOf(noCode), HasSubstr("there is no code 'Normatief'"));
    SetMemo noCoding({MemoTargetKind::Coding, "00000000-0000-4000-8000-000000000000"}, "x");
    EXPECT_THAT(messageOf(noCoding), HasSubstr("there is no coding"));
    SetMemo blank({MemoTargetKind::Code, "Drempels"}, " \n");
    EXPECT_EQ(messageOf(blank),
              "the memo on code 'Drempels' cannot be empty; remove the memo instead");
    RemoveMemo none({MemoTargetKind::Document, "int"});
    EXPECT_EQ(messageOf(none), "there is no memo on document 'int' in test.codeboom");
    EXPECT_EQ(count("memos"), 0u);
    EXPECT_THROW(memoKindOf("relation"), InvalidArgumentError);
}

TEST_F(MemoCommandsTest, TargetsAreNamedAsTitlesShowThem) {
    EXPECT_EQ(memoTargetName(*project, MemoTargetKind::Project, ""), "");
    EXPECT_EQ(memoTargetName(*project, MemoTargetKind::Document, document), "int");
    EXPECT_EQ(memoTargetName(*project, MemoTargetKind::Code, code), "Drempels");
    EXPECT_EQ(memoTargetName(*project, MemoTargetKind::Coding, coding), "Drempels"); // its code
    EXPECT_EQ(memoTargetName(*project, MemoTargetKind::Code, document), std::nullopt);
}

TEST_F(MemoCommandsTest, AMemoOutlivesItsCodeAndSurvivesReopening) {
    SetMemo write({MemoTargetKind::Code, "Drempels"}, "Bewaren.");
    project->execute(write);
    DeleteCode remove("Drempels");
    project->execute(remove);
    EXPECT_EQ(memoTargetName(*project, MemoTargetKind::Code, code), std::nullopt);
    EXPECT_EQ(memoTargetName(*project, MemoTargetKind::Coding, coding), std::nullopt);
    reopen();
    ASSERT_EQ(memos(*project).size(), 1u);
    EXPECT_EQ(memos(*project)[0].targetUuid, code);
}

} // namespace
} // namespace codeboom
