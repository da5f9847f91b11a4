#include "codeboom/commands/code_commands.h"
#include "codeboom/commands/coding_commands.h"
#include "codeboom/error.h"

#include "support/project_fixture.h"

#include <gmock/gmock.h>

namespace codeboom {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

class CodeCommandsTest : public test::ProjectTest {
protected:
    std::vector<std::string> paths() {
        std::vector<std::string> out;
        for (const Code& code : project->codeTree().codes())
            out.push_back(code.path);
        return out;
    }
};

TEST_F(CodeCommandsTest, CreatesCodesInTreeOrder) {
    addCode("Regulatief");
    addCode("Normatief");
    addCode("Regulatief > Financi\xC3\xABle drempel", "#1F77B4");
    addCode("Regulatief > Wet- en regelgeving");
    EXPECT_THAT(paths(), ElementsAre("Regulatief", "Regulatief > Financi\xC3\xABle drempel",
                                     "Regulatief > Wet- en regelgeving", "Normatief"));
    const Code* code = project->codeTree().findByPath("regulatief > FINANCI\xC3\x8BLE DREMPEL");
    ASSERT_NE(code, nullptr);
    EXPECT_EQ(code->color, "#1f77b4");
    EXPECT_EQ(code->depth, 1);
    EXPECT_EQ(project->codeTree().findByPath("Regulatief")->color,
              "#4e79a7"); // first palette colour
}

TEST_F(CodeCommandsTest, RefusesBadNamesAndColours) {
    addCode("Regulatief");
    CreateCode missingParent("Cultureel-cognitief > Leercultuur");
    EXPECT_EQ(messageOf(missingParent),
              "cannot create 'Cultureel-cognitief > Leercultuur': the parent "
              "code 'Cultureel-cognitief' does not exist; create it first");
    CreateCode sameName("REGULATIEF");
    EXPECT_EQ(messageOf(sameName),
              "there is already a code 'Regulatief' (names are compared without regard to case)");
    CreateCode emptyPart("Regulatief >  > X");
    EXPECT_THAT(messageOf(emptyPart), HasSubstr("has an empty name"));
    CreateCode tab("Met\ttab");
    EXPECT_THAT(messageOf(tab), HasSubstr("contains a tab, line break or other control character"));
    CreateCode colour("Normatief", "blauw");
    EXPECT_EQ(messageOf(colour), "colour 'blauw' is not of the form #RRGGBB (e.g. #4e79a7)");
    EXPECT_EQ(count("codes"), 1u);
    EXPECT_EQ(count("events"), 1u);
}

TEST_F(CodeCommandsTest, SameNameUnderDifferentParentsIsFine) {
    addCode("Regulatief");
    addCode("Normatief");
    addCode("Regulatief > Overig");
    EXPECT_NO_THROW(addCode("Normatief > Overig"));
}

TEST_F(CodeCommandsTest, RenameUndoRedo) {
    addCode("Regulatief");
    addCode("Regulatief > Geld");
    addCode("Regulatief > Tijd");
    RenameCode rename("Regulatief > Geld", "Financi\xC3\xABle drempel");
    project->execute(rename);
    EXPECT_NE(project->codeTree().findByPath("Regulatief > financi\xC3\xABle drempel"), nullptr);
    EXPECT_EQ(project->undo(), "rename code 'Regulatief > Geld' to 'Financi\xC3\xABle drempel'");
    EXPECT_NE(project->codeTree().findByPath("Regulatief > Geld"), nullptr);
    project->redo();
    EXPECT_EQ(project->codeTree().findByPath("Regulatief > Geld"), nullptr);
    RenameCode clash("Regulatief > Tijd", "financi\xC3\xABle DREMPEL");
    EXPECT_THAT(messageOf(clash), HasSubstr("there is already a code"));
}

TEST_F(CodeCommandsTest, RecolourAndDescribeUndo) {
    addCode("Normatief", "#59a14f");
    RecolorCode recolour("Normatief", "#AABBCC");
    project->execute(recolour);
    DescribeCode describe("Normatief", "Normen en waarden die gedrag sturen.");
    project->execute(describe);
    EXPECT_EQ(project->codeTree().findByPath("Normatief")->color, "#aabbcc");
    EXPECT_EQ(project->codeTree().findByPath("Normatief")->description,
              "Normen en waarden die gedrag sturen.");
    project->undo();
    project->undo();
    EXPECT_EQ(project->codeTree().findByPath("Normatief")->color, "#59a14f");
    EXPECT_EQ(project->codeTree().findByPath("Normatief")->description, "");
}

TEST_F(CodeCommandsTest, MoveReordersAndReparents) {
    addCode("A");
    addCode("B");
    addCode("C");
    MoveCode first("C", std::nullopt, 0);
    project->execute(first);
    EXPECT_THAT(paths(), ElementsAre("C", "A", "B"));
    MoveCode under("A", std::string("B"));
    project->execute(under);
    EXPECT_THAT(paths(), ElementsAre("C", "B", "B > A"));
    project->undo();
    project->undo();
    EXPECT_THAT(paths(), ElementsAre("A", "B", "C"));
}

TEST_F(CodeCommandsTest, MoveRefusesCyclesAndClashes) {
    addCode("Samenwerking");
    addCode("Samenwerking > Vertrouwen");
    addCode("Samenwerking > Vertrouwen > Wederkerigheid");
    addCode("Vertrouwen");
    MoveCode intoChild("Samenwerking", std::string("Samenwerking > Vertrouwen > Wederkerigheid"));
    EXPECT_EQ(
        messageOf(intoChild),
        "cannot move 'Samenwerking' under 'Samenwerking > Vertrouwen > Wederkerigheid': a code "
        "cannot be placed inside itself");
    MoveCode intoSelf("Vertrouwen", std::string("Vertrouwen"));
    EXPECT_THAT(messageOf(intoSelf), HasSubstr("inside itself"));
    MoveCode clash("Samenwerking > Vertrouwen", std::nullopt);
    EXPECT_THAT(messageOf(clash), HasSubstr("there is already a code 'Vertrouwen'"));
}

TEST_F(CodeCommandsTest, MergeMovesCodingsAndSubcodesAndUndoes) {
    importText("fg", "Moderator: Wat houdt jullie tegen?\nDeelnemer 1: Het geld, en de tijd.\n");
    addCode("Drempels");
    addCode("Drempels > Geld");
    addCode("Barri\xC3\xA8res");
    addCode("Barri\xC3\xA8res > Geld");
    addCode("Barri\xC3\xA8res > Tijd");
    const std::string c1 = applyCoding("fg", 46, 54, "Barri\xC3\xA8res > Geld");
    const std::string c2 = applyCoding("fg", 59, 63, "Barri\xC3\xA8res > Tijd");
    const std::string c3 = applyCoding("fg", 35, 64, "Barri\xC3\xA8res");
    MergeCodes merge("Barri\xC3\xA8res", "Drempels");
    project->execute(merge);
    EXPECT_THAT(paths(), ElementsAre("Drempels", "Drempels > Geld", "Drempels > Tijd"));
    EXPECT_EQ(project->coding(c1).codePath, "Drempels > Geld");
    EXPECT_EQ(project->coding(c2).codePath, "Drempels > Tijd");
    EXPECT_EQ(project->coding(c3).codePath, "Drempels");
    project->undo();
    EXPECT_THAT(paths(), ElementsAre("Drempels", "Drempels > Geld", "Barri\xC3\xA8res",
                                     "Barri\xC3\xA8res > Geld", "Barri\xC3\xA8res > Tijd"));
    EXPECT_EQ(project->coding(c1).codePath, "Barri\xC3\xA8res > Geld");
    MergeCodes intoChild("Drempels", "Drempels > Geld");
    EXPECT_THAT(messageOf(intoChild), HasSubstr("into its own sub-code"));
}

TEST_F(CodeCommandsTest, DeleteTakesSubcodesAndCodingsAndUndoRestoresThemExactly) {
    importText("int", "I: Hoe zit het met scholing?\nR: Daar is geen tijd voor.\n");
    addCode("Regulatief");
    const std::string child = addCode("Regulatief > Tijd");
    addCode("Normatief");
    const std::string coding = applyCoding("int", 32, 54, "Regulatief > Tijd");
    applyCoding("int", 29, 54, "Normatief");
    DeleteCode remove("Regulatief");
    project->execute(remove);
    EXPECT_THAT(paths(), ElementsAre("Normatief"));
    EXPECT_EQ(count("codings"), 1u);
    project->undo();
    EXPECT_THAT(paths(), ElementsAre("Regulatief", "Regulatief > Tijd", "Normatief"));
    EXPECT_EQ(project->codeTree().findByPath("Regulatief > Tijd")->uuid, child);
    EXPECT_EQ(project->coding(coding).text, "Daar is geen tijd voor");
    project->redo();
    EXPECT_EQ(count("codings"), 1u);
}

} // namespace
} // namespace codeboom
