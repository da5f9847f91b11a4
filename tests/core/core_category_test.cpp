#include "codeboom/commands/code_commands.h"
#include "codeboom/commands/code_phase_commands.h"
#include "codeboom/commands/core_category_commands.h"
#include "codeboom/error.h"
#include "codeboom/model/core_category.h"

#include "support/project_fixture.h"

#include <gmock/gmock.h>
#include <nlohmann/json.hpp>

namespace codeboom {
namespace {

class CoreCategoryTest : public test::ProjectTest {
protected:
    void SetUp() override {
        ProjectTest::SetUp();
        addCode("Employability");
        addCode("Samenwerking");
        addCode("Vertrouwen");
    }
    const Code& code(const std::string& path) { return project->codeTree().resolve(path); }
    std::string coreName() {
        const Code* core = coreCategory(*project);
        return core ? core->path : "(none)";
    }
};

TEST_F(CoreCategoryTest, TheMarkMovesAndTheCoreBecomesSelective) {
    SetCoreCategory first("Employability");
    project->execute(first);
    EXPECT_EQ(coreName(), "Employability");
    EXPECT_EQ(code("Employability").phase, "selective");
    SetCoreCategory second("samenwerking");
    project->execute(second);
    EXPECT_EQ(coreName(), "Samenwerking");
    EXPECT_FALSE(code("Employability").isCore);
    EXPECT_EQ(code("Employability").phase, "selective"); // left as it was
    SetCoreCategory again("Samenwerking");
    EXPECT_EQ(project->execute(again), std::nullopt);
    EXPECT_EQ(project->undo(), "mark code 'samenwerking' as core category");
    EXPECT_EQ(coreName(), "Employability");
    EXPECT_EQ(code("Samenwerking").phase, "open");
    SetCoreCategory clear(std::nullopt);
    project->execute(clear);
    EXPECT_EQ(coreName(), "(none)");
    SetCoreCategory unknown("Kern");
    EXPECT_THAT(messageOf(unknown), ::testing::HasSubstr("there is no code 'Kern'"));
}

TEST_F(CoreCategoryTest, TheStoryLineNeedsACoreAndFollowsIt) {
    WriteStoryLine early("Verhaal");
    EXPECT_EQ(messageOf(early), "test.codeboom has no core category; mark one before writing the "
                                "story line");
    SetCoreCategory core("Employability");
    project->execute(core);
    WriteStoryLine empty(" \n");
    EXPECT_EQ(messageOf(empty), "the story line cannot be empty");
    WriteStoryLine write("Werkenden blijven inzetbaar als ...");
    project->execute(write);
    EXPECT_EQ(write.label(), "write the story line of 'Employability'");
    auto story = storyLine(*project);
    ASSERT_TRUE(story);
    EXPECT_EQ(story->text, "Werkenden blijven inzetbaar als ...");
    EXPECT_EQ(story->targetUuid, code("Employability").uuid);
    EXPECT_EQ(story->coder, "anouk");

    reopen("bram");
    WriteStoryLine rewrite("Samenwerking maakt inzetbaar.");
    project->execute(rewrite);
    SetCoreCategory other("Samenwerking");
    project->execute(other);
    story = storyLine(*project);
    EXPECT_EQ(story->text, "Samenwerking maakt inzetbaar.");
    EXPECT_EQ(story->coder, "bram");
    EXPECT_EQ(story->targetUuid, code("Samenwerking").uuid);
    auto kind = project->database().prepare("SELECT kind, target_kind FROM memos");
    ASSERT_TRUE(kind.step());
    EXPECT_EQ(kind.textAt(0), "storyline");
    EXPECT_EQ(kind.textAt(1), "code");
    EXPECT_EQ(count("memos"), 1u);

    project->undo();
    project->undo();
    story = storyLine(*project);
    EXPECT_EQ(story->text, "Werkenden blijven inzetbaar als ...");
    EXPECT_EQ(story->targetUuid, code("Employability").uuid);
    reopen("anouk");
    project->undo();
    EXPECT_FALSE(storyLine(*project));
}

TEST_F(CoreCategoryTest, MergingTheCorePassesTheMarkAndTheStoryLine) {
    SetCoreCategory core("Vertrouwen");
    project->execute(core);
    WriteStoryLine write("Vertrouwen staat centraal.");
    project->execute(write);
    MergeCodes merge("Vertrouwen", "Samenwerking");
    project->execute(merge);
    EXPECT_EQ(coreName(), "Samenwerking");
    EXPECT_EQ(storyLine(*project)->targetUuid, code("Samenwerking").uuid);
    project->undo();
    EXPECT_EQ(coreName(), "Vertrouwen");
    EXPECT_EQ(storyLine(*project)->targetUuid, code("Vertrouwen").uuid);
}

TEST_F(CoreCategoryTest, PhaseAndStatusTakeTheirOwnValuesOnly) {
    SetCodePhase phase("Vertrouwen", "axial");
    project->execute(phase);
    EXPECT_EQ(code("Vertrouwen").phase, "axial");
    SetCodePhase bad("Vertrouwen", "axiaal");
    EXPECT_EQ(messageOf(bad),
              "phase 'axiaal' of code 'Vertrouwen' is not one of open, axial, selective");
    SetCodeStatus status("Vertrouwen", "defined");
    project->execute(status);
    EXPECT_EQ(code("Vertrouwen").status, "defined");
    SetCodeStatus merged("Vertrouwen", "merged");
    EXPECT_EQ(messageOf(merged), "status 'merged' cannot be set on 'Vertrouwen': merge the code "
                                 "into another one instead");
    SetCodeStatus unknown("Vertrouwen", "klaar");
    EXPECT_EQ(messageOf(unknown),
              "status 'klaar' of code 'Vertrouwen' is not one of provisional, defined");
    EXPECT_EQ(project->undo(), "set status of code 'Vertrouwen' to defined");
    EXPECT_EQ(project->undo(), "set phase of code 'Vertrouwen' to axial");
    EXPECT_EQ(code("Vertrouwen").phase, "open");
    EXPECT_EQ(code("Vertrouwen").status, "provisional");
}

TEST_F(CoreCategoryTest, MovingACodeUnderACategoryIsLoggedAsTheAxialStep) {
    MoveCode move("Vertrouwen", std::string("Samenwerking"));
    project->execute(move);
    EXPECT_EQ(code("Samenwerking").phase, "axial");
    EXPECT_EQ(code("Samenwerking > Vertrouwen").phase, "open");
    const Event event = project->events().back();
    EXPECT_EQ(event.label, "move code 'Vertrouwen' into category 'Samenwerking' (axial coding)");
    EXPECT_EQ(nlohmann::json::parse(event.payload).at("arguments").at("step"), "axial");
    // Back to the top level is no axial step, and undoing the move restores the phase.
    MoveCode back("Samenwerking > Vertrouwen", std::nullopt);
    project->execute(back);
    EXPECT_EQ(project->events().back().label,
              "move code 'Samenwerking > Vertrouwen' to the top level");
    project->undo();
    EXPECT_EQ(project->undo(),
              "move code 'Vertrouwen' into category 'Samenwerking' (axial coding)");
    EXPECT_EQ(code("Samenwerking").phase, "open");
}

} // namespace
} // namespace codeboom
