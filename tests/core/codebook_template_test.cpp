#include "codeboom/commands/code_commands.h"
#include "codeboom/commands/codebook_commands.h"
#include "codeboom/commands/command_label.h"
#include "codeboom/error.h"
#include "codeboom/model/codebook_template.h"

#include "support/project_fixture.h"

#include <gmock/gmock.h>

#include <regex>
#include <set>

namespace codeboom {
namespace {

using ::testing::ElementsAre;
using ::testing::StartsWith;

std::vector<std::string> statuses(const std::vector<CodebookOutcome>& outcome,
                                  const std::string& status) {
    std::vector<std::string> out;
    for (const CodebookOutcome& row : outcome)
        if (row.status == status)
            out.push_back(row.path);
    return out;
}

TEST(CodebookTemplatesTest, FourTemplatesWithTheirCodeCounts) {
    std::vector<std::string> names;
    std::vector<std::size_t> counts;
    for (const CodebookTemplate& codebook : codebookTemplates()) {
        names.push_back(codebook.name);
        counts.push_back(placedCodes(codebook).size());
    }
    EXPECT_THAT(names, ElementsAre("scott", "emerson", "employability", "provan-kenis"));
    // scott: 3 pillars + 5 + 4 + 4 sub-codes = 16; emerson: 8 components + 4 (context) + 4
    // (drivers) + 4 + 4 + 4 (the three dynamics) + 0 (actions) + 2 (outcomes) + 2 (adaptation)
    // = 32; employability: 1 + 5 dimensions = 6; provan-kenis: 1 + 3 modes + 1 + 4
    // contingencies = 9.
    EXPECT_THAT(counts, ElementsAre(16u, 32u, 6u, 9u));
}

TEST(CodebookTemplatesTest, EveryCodeIsDefinedInBothLanguages) {
    const std::regex colour("#[0-9a-f]{6}");
    for (const CodebookTemplate& codebook : codebookTemplates()) {
        EXPECT_FALSE(codebook.title.nl.empty() || codebook.title.en.empty() ||
                     codebook.source.empty())
            << codebook.name;
        std::set<std::string> paths;
        for (const PlacedTemplateCode& placed : placedCodes(codebook)) {
            const TemplateCode& code = *placed.code;
            std::string path;
            for (const std::string& name : placed.path)
                path += (path.empty() ? "" : " > ") + name;
            EXPECT_TRUE(paths.insert(path).second) << path << " twice";
            EXPECT_NO_THROW(validateCodeName(code.name)) << path;
            for (const std::string* text :
                 {&code.labelNl, &code.labelEn, &code.definition.nl, &code.definition.en,
                  &code.inclusion.nl, &code.inclusion.en, &code.exclusion.nl, &code.exclusion.en})
                EXPECT_FALSE(text->empty()) << codebook.name << ": " << path;
            EXPECT_TRUE(std::regex_match(placed.color, colour)) << path << " " << placed.color;
        }
    }
}

TEST(CodebookTemplatesTest, SubCodesAreShadesOfTheirBranchColour) {
    const auto placed = placedCodes(codebookTemplate("scott"));
    ASSERT_EQ(placed[0].path, std::vector<std::string>{"Regulatief"});
    EXPECT_EQ(placed[0].color, "#2f6db5"); // (47, 109, 181)
    // Five sub-codes, k = 0..4, t = -0.35 + 0.95 k / 4. k = 0 is 35 % towards black:
    // 47 * 0.65 = 30.55 -> 31 (1f), 109 * 0.65 = 70.85 -> 71 (47), 181 * 0.65 = 117.65 -> 118
    // (76). k = 4 is 60 % towards white: 47 + 208 * 0.6 = 171.8 -> 172 (ac), 109 + 146 * 0.6 =
    // 196.6 -> 197 (c5), 181 + 74 * 0.6 = 225.4 -> 225 (e1).
    EXPECT_EQ(placed[1].color, "#1f4776");
    EXPECT_EQ(placed[5].path.back(), "Formele procedures");
    EXPECT_EQ(placed[5].color, "#acc5e1");
}

TEST(CodebookTemplatesTest, UnknownNameListsTheTemplates) {
    try {
        codebookTemplate("weber");
        FAIL() << "no error";
    } catch (const InvalidArgumentError& e) {
        EXPECT_STREQ(e.what(), "there is no codebook template 'weber'; the templates are scott, "
                               "emerson, employability, provan-kenis");
    }
}

class ApplyTemplateTest : public test::ProjectTest {};

TEST_F(ApplyTemplateTest, CreatesTheTreeAsOneUndoStep) {
    ApplyTemplate command("scott");
    project->execute(command);
    EXPECT_EQ(count("codes"), 16u);
    EXPECT_EQ(count("events"), 1u);
    EXPECT_EQ(statuses(command.outcome(), "added").size(), 16u);
    const Code& root = project->codeTree().resolve("Regulatief");
    EXPECT_EQ(root.color, "#2f6db5");
    EXPECT_THAT(root.description, StartsWith("Formele regels, wetten en afspraken"));
    EXPECT_THAT(root.inclusion, StartsWith("De respondent verwijst naar een geschreven regel"));
    EXPECT_THAT(root.exclusion, StartsWith("Ongeschreven normen"));
    EXPECT_EQ(root.labelNl, "Regulatieve pijler");
    EXPECT_EQ(root.labelEn, "Regulative pillar");
    const auto children = project->codeTree().children(root.id);
    ASSERT_EQ(children.size(), 5u);
    EXPECT_EQ(children[0]->name, "Wet- en regelgeving");
    EXPECT_EQ(children[0]->color, "#1f4776");
    EXPECT_EQ(project->undoLabelText()->english(), "apply codebook template 'scott'");
    EXPECT_EQ(project->undo(), "apply codebook template 'scott'");
    EXPECT_EQ(count("codes"), 0u);
}

TEST_F(ApplyTemplateTest, EnglishTakesTheEnglishDefinitions) {
    ApplyTemplate command("provan-kenis", Language::English);
    project->execute(command);
    const Code& nao =
        project->codeTree().resolve("Netwerksturing > Netwerkadministratieve organisatie");
    EXPECT_THAT(nao.description, StartsWith("A separate entity"));
    EXPECT_EQ(nao.labelNl, "Netwerkadministratieve organisatie (NAO)");
    EXPECT_EQ(nao.labelEn, "Network administrative organisation (NAO)");
    EXPECT_EQ(project->codeTree().resolve("Netwerksturing > Contingenties > Doelconsensus").depth,
              2);
}

TEST_F(ApplyTemplateTest, MergesByPathAndKeepsWhatTheProjectSays) {
    // A project coded with the sample codebook's terms: the template joins it.
    addCode("regulatief", "#123456");
    DescribeCode describe("regulatief", "Eigen definitie.");
    project->execute(describe);
    addCode("regulatief > Cao en contracten");
    addCode("Regulatief > Financiële drempel");
    ApplyTemplate command("scott");
    project->execute(command);
    // 16 template codes, two of which existed, plus the project's own extra sub-code.
    EXPECT_EQ(count("codes"), 17u);
    EXPECT_THAT(statuses(command.outcome(), "filled"),
                ElementsAre("regulatief", "regulatief > Cao en contracten"));
    EXPECT_EQ(statuses(command.outcome(), "added").size(), 14u);
    const Code& root = project->codeTree().resolve("Regulatief");
    EXPECT_EQ(root.color, "#123456");
    EXPECT_EQ(root.description, "Eigen definitie.");
    EXPECT_THAT(root.inclusion, StartsWith("De respondent verwijst"));
    EXPECT_EQ(root.labelEn, "Regulative pillar");
    // New sub-codes go after the project's own.
    const auto children = project->codeTree().children(root.id);
    EXPECT_EQ(children[0]->name, "Cao en contracten");
    EXPECT_EQ(children[1]->name, "Financiële drempel");
    EXPECT_EQ(children[2]->name, "Wet- en regelgeving");

    ApplyTemplate again("scott");
    EXPECT_EQ(project->execute(again), std::nullopt); // nothing left to add or fill
    EXPECT_EQ(statuses(again.outcome(), "unchanged").size(), 16u);
}

TEST_F(ApplyTemplateTest, UnknownTemplateChangesNothing) {
    ApplyTemplate command("weber");
    EXPECT_EQ(messageOf(command), "there is no codebook template 'weber'; the templates are "
                                  "scott, emerson, employability, provan-kenis");
    EXPECT_EQ(count("codes"), 0u);
    EXPECT_EQ(count("events"), 0u);
}

} // namespace
} // namespace codeboom
