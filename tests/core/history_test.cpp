#include "codeboom/commands/code_commands.h"
#include "codeboom/commands/coding_commands.h"
#include "codeboom/error.h"

#include "support/project_fixture.h"

#include <gmock/gmock.h>

namespace codeboom {
namespace {

using ::testing::ElementsAre;

class HistoryTest : public test::ProjectTest {
protected:
    std::vector<std::string> kinds() {
        std::vector<std::string> out;
        for (const Event& e : project->events())
            out.push_back(e.coder + ":" + e.kind + ":" + e.command);
        return out;
    }
};

TEST_F(HistoryTest, UndoWorksAfterTheProjectWasClosedAndReopened) {
    addCode("Regulatief");
    addCode("Normatief");
    reopen();
    EXPECT_EQ(project->undoLabel(), "create code 'Normatief'");
    EXPECT_EQ(project->undo(), "create code 'Normatief'");
    reopen();
    EXPECT_EQ(project->redoLabel(), "create code 'Normatief'");
    project->redo();
    EXPECT_EQ(project->codeTree().codes().size(), 2u);
    EXPECT_THAT(kinds(), ElementsAre("anouk:do:create-code", "anouk:do:create-code",
                                     "anouk:undo:create-code", "anouk:redo:create-code"));
}

TEST_F(HistoryTest, EachCoderUndoesOnlyTheirOwnCommands) {
    addCode("Van Anouk");
    reopen("bram");
    EXPECT_THROW(project->undo(), UndoError);
    addCode("Van Bram");
    EXPECT_EQ(project->undo(), "create code 'Van Bram'");
    EXPECT_EQ(project->codeTree().codes().size(), 1u);
    reopen("anouk");
    EXPECT_EQ(project->undo(), "create code 'Van Anouk'");
    EXPECT_TRUE(project->codeTree().codes().empty());
}

TEST_F(HistoryTest, ANewCommandClearsTheRedoStack) {
    addCode("A");
    project->undo();
    addCode("B");
    EXPECT_FALSE(project->redoLabel().has_value());
    EXPECT_THROW(project->redo(), UndoError);
    reopen();
    EXPECT_FALSE(project->redoLabel().has_value());
}

TEST_F(HistoryTest, UndoRefusesToOverwriteAnotherCodersLaterChange) {
    importText("int", "R: Tekst om te coderen.\n");
    addCode("Code");
    const std::string uuid = applyCoding("int", 3, 8, "Code");
    reopen("bram");
    RemoveCoding remove(uuid);
    project->execute(remove);
    reopen("anouk");
    const auto before = project->events().size();
    try {
        project->undo();
        FAIL();
    } catch (const UndoError& e) {
        EXPECT_THAT(e.what(),
                    ::testing::HasSubstr("was changed by a later action; undo that first"));
    }
    EXPECT_EQ(project->events().size(), before);
    EXPECT_EQ(count("codings"), 0u);
}

TEST_F(HistoryTest, EveryCommandIsOneEventWithReasonAndImages) {
    addCode("Regulatief");
    RenameCode rename("Regulatief", "Regels");
    project->execute(rename, "afgesproken in teamoverleg");
    const auto events = project->events();
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(events[1].reason, "afgesproken in teamoverleg");
    const auto payload = nlohmann::json::parse(events[1].payload);
    EXPECT_EQ(payload["arguments"]["name"], "Regels");
    EXPECT_EQ(payload["changes"][0]["before"]["name"], "Regulatief");
    EXPECT_EQ(payload["changes"][0]["after"]["name"], "Regels");
}

TEST_F(HistoryTest, ACommandThatChangesNothingIsNotRecorded) {
    addCode("Regulatief", "#123456");
    RecolorCode same("Regulatief", "#123456");
    EXPECT_FALSE(project->execute(same).has_value());
    EXPECT_EQ(project->events().size(), 1u);
}

} // namespace
} // namespace codeboom
