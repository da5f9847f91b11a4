#include "codeboom/commands/codebook_commands.h"
#include "codeboom/commands/command_label.h"
#include "codeboom/error.h"

#include "support/project_fixture.h"

#include <gmock/gmock.h>

namespace codeboom {
namespace {

using ::testing::HasSubstr;

class CodeFieldsTest : public test::ProjectTest {
protected:
    void SetUp() override {
        ProjectTest::SetUp();
        // "R: " takes offsets 0-2, so "De AVG verbiedt" is 3-18, "delen" 23-28, "gegevens" 33-41.
        importText("int", "R: De AVG verbiedt het delen van gegevens.\n");
        addCode("Regulatief");
        addCode("Regulatief > Wet- en regelgeving");
        addCode("Normatief");
        onSubCode = applyCoding("int", 3, 18, "Regulatief > Wet- en regelgeving");
        onNormatief = applyCoding("int", 33, 41, "Normatief");
    }
    const Code& code(const std::string& path) { return project->codeTree().resolve(path); }

    std::string onSubCode, onNormatief;
};

TEST_F(CodeFieldsTest, SetsEveryFieldInOneUndoableStep) {
    const std::size_t events = count("events");
    CodeFieldValues values;
    values.definition = "Formele regels met een dwingend karakter.\nOok afspraken.";
    values.inclusion = "Verwijzingen naar wetten en contracten.";
    values.exclusion = "Ongeschreven normen (→ Normatief).";
    values.anchor = onSubCode; // a coding of a sub-code exemplifies the category
    values.labelNl = "Regulatieve pijler";
    values.labelEn = "Regulative pillar";
    SetCodeFields command("regulatief", values);
    project->execute(command);
    EXPECT_EQ(count("events"), events + 1);
    const Code& set = code("Regulatief");
    EXPECT_EQ(set.description, "Formele regels met een dwingend karakter.\nOok afspraken.");
    EXPECT_EQ(set.inclusion, "Verwijzingen naar wetten en contracten.");
    EXPECT_EQ(set.exclusion, "Ongeschreven normen (→ Normatief).");
    EXPECT_EQ(set.anchorCoding, onSubCode);
    EXPECT_EQ(set.labelNl, "Regulatieve pijler");
    EXPECT_EQ(set.labelEn, "Regulative pillar");
    EXPECT_EQ(project->events().back().command, "set-code-fields");
    // The Edit menu names the code as the user knows it, in a translatable message.
    const auto menu = project->undoLabelText();
    ASSERT_TRUE(menu);
    EXPECT_EQ(menu->message, "set codebook fields of code '{code}'");
    EXPECT_EQ(menu->english(), "set codebook fields of code 'Regulatief'");

    EXPECT_EQ(project->undo(), "set codebook fields of code 'regulatief'");
    const Code& undone = code("Regulatief");
    EXPECT_EQ(undone.description, "");
    EXPECT_EQ(undone.inclusion, "");
    EXPECT_EQ(undone.anchorCoding, "");
    EXPECT_EQ(undone.labelEn, "");
    project->redo();
    EXPECT_EQ(code("Regulatief").labelEn, "Regulative pillar");
}

TEST_F(CodeFieldsTest, LeavesFieldsNotGivenAndClearsEmptyOnes) {
    CodeFieldValues first;
    first.definition = "Definitie.";
    first.labelNl = "Label";
    first.anchor = onNormatief;
    SetCodeFields set("Normatief", first);
    project->execute(set);
    CodeFieldValues second;
    second.labelNl = "";
    second.anchor = "";
    second.inclusion = "Wanneer het hoort.";
    SetCodeFields change("Normatief", second);
    project->execute(change);
    const Code& normatief = code("Normatief");
    EXPECT_EQ(normatief.description, "Definitie.");
    EXPECT_EQ(normatief.labelNl, "");
    EXPECT_EQ(normatief.anchorCoding, "");
    EXPECT_EQ(normatief.inclusion, "Wanneer het hoort.");
}

TEST_F(CodeFieldsTest, AnchorMustBeACodingOfTheCodeOrASubCode) {
    const std::size_t events = count("events");
    CodeFieldValues other;
    other.anchor = onNormatief;
    SetCodeFields unrelated("Regulatief", other);
    EXPECT_EQ(messageOf(unrelated),
              "coding '" + onNormatief +
                  "' cannot be the anchor example of 'Regulatief': it is coded 'Normatief', which "
                  "is neither that code nor one of its sub-codes");
    // The parent's coding does not exemplify the sub-code either.
    const std::string onParent = applyCoding("int", 23, 28, "Regulatief");
    CodeFieldValues parent;
    parent.anchor = onParent;
    SetCodeFields upwards("Regulatief > Wet- en regelgeving", parent);
    EXPECT_THAT(messageOf(upwards), HasSubstr("it is coded 'Regulatief', which is neither"));
    CodeFieldValues missing;
    missing.anchor = "00000000-0000-4000-8000-000000000000";
    SetCodeFields unknown("Regulatief", missing);
    EXPECT_EQ(messageOf(unknown),
              "the anchor example of 'Regulatief' must be one of its codings: there is no coding "
              "'00000000-0000-4000-8000-000000000000' in test.codeboom");
    EXPECT_EQ(count("events"), events + 1); // only the extra coding
    EXPECT_EQ(code("Regulatief").anchorCoding, "");
}

TEST_F(CodeFieldsTest, RefusesUnknownCodesEmptyRequestsAndBadLabels) {
    CodeFieldValues values;
    values.definition = "x";
    SetCodeFields unknown("Cultureel-cognitief", values);
    EXPECT_EQ(messageOf(unknown), "there is no code 'Cultureel-cognitief' (write the path from "
                                  "the top, e.g. 'Regulatief > Subsidies')");
    SetCodeFields nothing("Regulatief", {});
    EXPECT_EQ(messageOf(nothing),
              "nothing to set for code 'Regulatief': give a definition, inclusion or exclusion "
              "criteria, an anchor coding or a Dutch or English label");
    CodeFieldValues label;
    label.labelEn = "Two\nlines";
    SetCodeFields twoLines("Regulatief", label);
    EXPECT_EQ(messageOf(twoLines), "the English label of 'Regulatief' contains a tab, line break "
                                   "or other control character");
    CodeFieldValues bytes;
    bytes.inclusion = "\xC3";
    SetCodeFields broken("Regulatief", bytes);
    EXPECT_EQ(messageOf(broken), "the inclusion criteria of 'Regulatief' is not valid UTF-8 text");
    EXPECT_EQ(code("Regulatief").description, "");
}

} // namespace
} // namespace codeboom
