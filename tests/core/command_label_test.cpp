#include "codeboom/commands/code_commands.h"
#include "codeboom/commands/coding_commands.h"
#include "codeboom/commands/command_label.h"
#include "codeboom/commands/memo_commands.h"

#include "support/project_fixture.h"

#include <gtest/gtest.h>

namespace codeboom {
namespace {

class CommandLabelTest : public test::ProjectTest {
protected:
    void SetUp() override {
        ProjectTest::SetUp();
        // "drempel" is code points 7..14 of "R1: De drempel is hoog."
        importText("int", "R1: De drempel is hoog.\n");
        addCode("Regulatief");
        geld = addCode("Regulatief > Financi\xC3\xABle drempel");
    }
    CommandLabel undoText() { return project->undoLabelText().value_or(CommandLabel{}); }

    std::string geld;
};

// A command that describeCommand() has no message for.
class Unlabelled : public Command {
public:
    std::string name() const override { return "unlabelled"; }
    std::string label() const override { return "do {something} odd"; }
    nlohmann::json arguments() const override { return nlohmann::json::object(); }
    void execute(CommandContext& context) override {
        context.changes.update("codes", context.project.codeTree().codes()[0].id,
                               {{"description", "odd"}});
    }
};

TEST(CommandLabelFormat, FillsNamedPlaceholdersInAnyOrder) {
    const CommandLabel label{"merge code '{source}' into '{target}'",
                             {{"source", "Geld"}, {"target", "Kosten {target}"}}};
    EXPECT_EQ(label.english(), "merge code 'Geld' into 'Kosten {target}'");
    // A translation may reorder, repeat or leave out placeholders; unknown ones stay as written.
    EXPECT_EQ(label.format("'{target}' krijgt '{source}' ({x})"),
              "'Kosten {target}' krijgt 'Geld' ({x})");
    EXPECT_EQ(label.format("zonder"), "zonder");
    EXPECT_EQ(label.format("open {source"), "open {source");
}

TEST(CommandLabelFormat, SurvivesAJsonRoundTrip) {
    const CommandLabel label{"apply code '{code}'", {{"code", "Geld"}}};
    const CommandLabel back = CommandLabel::fromJson(label.toJson());
    EXPECT_EQ(back.message, label.message);
    EXPECT_EQ(back.values, label.values);
    EXPECT_EQ(CommandLabel::fromJson(nlohmann::json("garbage")).message, "");
}

TEST_F(CommandLabelTest, NamesTheCodeTheGuiPassedByUuid) {
    ApplyCoding apply("int", 7, 14, geld); // the GUI names codes by UUID
    project->execute(apply);
    const CommandLabel label = undoText();
    EXPECT_EQ(label.message, "apply code '{code}'");
    EXPECT_EQ(label.english(), "apply code 'Financi\xC3\xABle drempel'");
    EXPECT_EQ(label.format("code '{code}' toepassen"),
              "code 'Financi\xC3\xABle drempel' toepassen");
    // The log keeps its own English label, as the CLI has always printed it.
    EXPECT_EQ(project->undoLabel(), "apply code '" + geld + "' to int 7–14");
}

TEST_F(CommandLabelTest, NamesWhatADeletionRemovedAndLastsAcrossSessions) {
    const std::string coding = applyCoding("int", 7, 14, "Regulatief");
    RemoveCoding remove(coding);
    project->execute(remove);
    EXPECT_EQ(undoText().english(), "remove coding 'Regulatief'");
    DeleteCode removeCode(geld);
    project->execute(removeCode);
    reopen();
    EXPECT_EQ(undoText().english(), "delete code 'Financi\xC3\xABle drempel'");
    project->undo();
    EXPECT_EQ(project->redoLabelText()->english(), "delete code 'Financi\xC3\xABle drempel'");
    EXPECT_EQ(undoText().english(), "remove coding 'Regulatief'");
}

TEST_F(CommandLabelTest, MovesAndMergesNameBothCodes) {
    MoveCode toTop(geld, std::nullopt);
    project->execute(toTop);
    EXPECT_EQ(undoText().english(), "move code 'Financi\xC3\xABle drempel' to the top level");
    MoveCode back("Financi\xC3\xABle drempel", std::string("Regulatief"));
    project->execute(back);
    EXPECT_EQ(undoText().english(), "move code 'Financi\xC3\xABle drempel' into 'Regulatief'");
    MergeCodes merge("Regulatief > Financi\xC3\xABle drempel", "Regulatief");
    project->execute(merge);
    EXPECT_EQ(undoText().english(), "merge code 'Financi\xC3\xABle drempel' into 'Regulatief'");
}

TEST_F(CommandLabelTest, MemoLabelsSayWhatTheMemoIsOn) {
    SetMemo onProject({MemoTargetKind::Project, {}}, "Veldwerk.");
    project->execute(onProject);
    EXPECT_EQ(undoText().message, "edit the project memo");
    SetMemo onCode({MemoTargetKind::Code, geld}, "Kosten.");
    project->execute(onCode);
    EXPECT_EQ(undoText().english(), "edit the memo on code 'Financi\xC3\xABle drempel'");
    RemoveMemo removeCode({MemoTargetKind::Code, geld});
    project->execute(removeCode);
    EXPECT_EQ(undoText().english(), "remove the memo on code 'Financi\xC3\xABle drempel'");
    const std::string coding = applyCoding("int", 7, 14, "Regulatief");
    SetMemo onCoding({MemoTargetKind::Coding, coding}, "Letterlijk.");
    project->execute(onCoding);
    EXPECT_EQ(undoText().english(), "edit the memo on coding 'Regulatief'");
}

TEST_F(CommandLabelTest, AnUnknownCommandKeepsItsEnglishLabel) {
    Unlabelled odd;
    project->execute(odd);
    EXPECT_EQ(undoText().message, "do {something} odd");
    EXPECT_TRUE(undoText().values.empty());
    EXPECT_EQ(undoText().english(), "do {something} odd");
}

TEST_F(CommandLabelTest, NothingToUndoGivesNoLabel) {
    reopen("bram");
    EXPECT_FALSE(project->undoLabelText().has_value());
    EXPECT_FALSE(project->redoLabelText().has_value());
}

} // namespace
} // namespace codeboom
