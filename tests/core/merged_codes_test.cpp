#include "codeboom/commands/code_commands.h"
#include "codeboom/commands/code_phase_commands.h"
#include "codeboom/commands/codebook_commands.h"
#include "codeboom/io/codebook_export.h"
#include "codeboom/io/csv.h"
#include "codeboom/model/merged_codes.h"

#include "support/project_fixture.h"

#include <gmock/gmock.h>

namespace codeboom {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

// A focus group's barriers coded twice over: "Barrières" (with a definition, an English label
// and the axial phase) is merged into "Drempels"; both have a sub-code "Geld".
class MergedCodesTest : public test::ProjectTest {
protected:
    void SetUp() override {
        ProjectTest::SetUp();
        importText("fg",
                   "Moderator: Wat houdt jullie tegen?\nDeelnemer 1: Het geld, en de tijd.\n");
        drempels = addCode("Drempels", "#4e79a7");
        drempelsGeld = addCode("Drempels > Geld");
        barrieres = addCode("Barri\xC3\xA8res", "#E15759");
        barrieresGeld = addCode("Barri\xC3\xA8res > Geld");
        coding = applyCoding("fg", 35, 64, "Barri\xC3\xA8res");
        CodeFieldValues fields;
        fields.definition = "Wat deelname\nin de weg staat";
        fields.labelEn = "Barriers";
        SetCodeFields set("Barri\xC3\xA8res", fields);
        project->execute(set);
        SetCodePhase phase("Barri\xC3\xA8res", "axial");
        project->execute(phase);
    }

    void merge(const std::string& source, const std::string& target,
               const std::string& reason = {}) {
        MergeCodes command(source, target);
        project->execute(command, reason);
    }

    std::vector<std::string> summary() {
        std::vector<std::string> out;
        for (const MergedCode& code : mergedCodes(*project))
            out.push_back(code.path + " -> " + code.mergedIntoPath);
        return out;
    }

    std::string drempels, drempelsGeld, barrieres, barrieresGeld, coding;
};

TEST_F(MergedCodesTest, MergeKeepsARecordOfTheSourceOutsideTheTree) {
    merge("Barri\xC3\xA8res", "Drempels", "zelfde begrip");
    EXPECT_EQ(project->codeTree().findByUuid(barrieres), nullptr);
    EXPECT_EQ(project->codeTree().codes().size(), 2u); // Drempels, Drempels > Geld
    EXPECT_EQ(project->coding(coding).codePath, "Drempels");
    const std::vector<MergedCode> merged = mergedCodes(*project);
    ASSERT_EQ(merged.size(), 2u);
    // Barrières > Geld was merged with Drempels > Geld on the way; one merge, listed by path.
    const MergedCode& top = merged[0];
    const MergedCode& sub = merged[1];
    EXPECT_EQ(sub.mergedAt, top.mergedAt);
    EXPECT_EQ(top.uuid, barrieres);
    EXPECT_EQ(top.path, "Barri\xC3\xA8res");
    EXPECT_EQ(top.name, "Barri\xC3\xA8res");
    EXPECT_EQ(top.color, "#e15759");
    EXPECT_EQ(top.description, "Wat deelname\nin de weg staat");
    EXPECT_EQ(top.labelEn, "Barriers");
    EXPECT_EQ(top.labelNl, "");
    EXPECT_EQ(top.phase, "axial");
    EXPECT_EQ(top.status, "merged-into");
    EXPECT_EQ(top.mergedIntoUuid, drempels);
    EXPECT_EQ(top.mergedIntoPath, "Drempels");
    EXPECT_EQ(top.coder, "anouk");
    EXPECT_EQ(top.reason, "zelfde begrip");
    EXPECT_EQ(top.mergedAt.size(), 24u); // 2026-12-04T14:21:00.000Z
    EXPECT_EQ(sub.path, "Barri\xC3\xA8res > Geld");
    EXPECT_EQ(sub.mergedIntoUuid, drempelsGeld);
    EXPECT_EQ(sub.mergedIntoPath, "Drempels > Geld");
    EXPECT_EQ(sub.phase, "open");
}

TEST_F(MergedCodesTest, UndoRemovesTheRecordAndRedoRestoresItExactly) {
    merge("Barri\xC3\xA8res", "Drempels");
    const std::vector<MergedCode> before = mergedCodes(*project);
    ASSERT_EQ(before.size(), 2u);
    // The event holds the record's whole row image, so undo and redo can replay it.
    const nlohmann::json payload = nlohmann::json::parse(project->events().back().payload);
    std::vector<std::string> inserted;
    for (const auto& change : payload.at("changes"))
        if (change.at("table") == "merged_codes" && change.at("op") == "insert")
            inserted.push_back(change.at("after").at("uuid").get<std::string>() + " " +
                               change.at("after").at("merged_into").get<std::string>());
    EXPECT_THAT(inserted,
                ElementsAre(barrieresGeld + " " + drempelsGeld, barrieres + " " + drempels));

    EXPECT_EQ(project->undo(), "merge code 'Barri\xC3\xA8res' into 'Drempels'");
    EXPECT_EQ(count("merged_codes"), 0u);
    EXPECT_TRUE(mergedCodes(*project).empty());
    EXPECT_EQ(project->codeTree().resolve("Barri\xC3\xA8res").uuid, barrieres);
    EXPECT_EQ(project->coding(coding).codePath, "Barri\xC3\xA8res");

    project->redo();
    const std::vector<MergedCode> after = mergedCodes(*project);
    ASSERT_EQ(after.size(), 2u);
    for (std::size_t i = 0; i < after.size(); ++i) {
        EXPECT_EQ(after[i].id, before[i].id);
        EXPECT_EQ(after[i].uuid, before[i].uuid);
        EXPECT_EQ(after[i].mergedAt, before[i].mergedAt);
        EXPECT_EQ(after[i].mergedIntoPath, before[i].mergedIntoPath);
    }
    EXPECT_EQ(project->codeTree().findByUuid(barrieres), nullptr);
}

TEST_F(MergedCodesTest, ATargetMergedFurtherIsFollowedToTheLiveCode) {
    addCode("Obstakels");
    merge("Barri\xC3\xA8res", "Drempels");
    merge("Drempels", "Obstakels");
    // Drempels > Geld moved under Obstakels (which had no Geld), so it is alive there.
    EXPECT_THAT(summary(), ElementsAre("Barri\xC3\xA8res -> Obstakels",
                                       "Barri\xC3\xA8res > Geld -> Obstakels > Geld",
                                       "Drempels -> Obstakels"));
    // The record keeps the code it was merged into; only the display follows the chain.
    EXPECT_EQ(mergedCodes(*project).front().mergedIntoUuid, drempels); // Barrières
    DeleteCode remove("Obstakels");
    project->execute(remove);
    EXPECT_THAT(summary(),
                ElementsAre("Barri\xC3\xA8res -> ", "Barri\xC3\xA8res > Geld -> ", "Drempels -> "));
}

TEST_F(MergedCodesTest, StatusMergedIntoCannotBeSetByHand) {
    SetCodeStatus status("Barri\xC3\xA8res", "merged-into");
    EXPECT_EQ(messageOf(status), "status 'merged-into' cannot be set on 'Barri\xC3\xA8res': merge "
                                 "the code into another one instead");
    EXPECT_EQ(count("merged_codes"), 0u);
}

class MergedCodebookTest : public MergedCodesTest {
protected:
    void SetUp() override {
        MergedCodesTest::SetUp();
        merge("Barri\xC3\xA8res", "Drempels");
        // A fixed day for exact output; nothing is undone afterwards.
        project->database().exec("UPDATE merged_codes SET merged_at = '2026-03-02T10:00:00.000Z'");
    }
};

TEST_F(MergedCodebookTest, CsvListsMergedCodesLastWithTheirTarget) {
    const std::string csv = codebookCsv(codebookOf(*project));
    EXPECT_EQ(csv, "\xEF\xBB\xBFpath,label_nl,label_en,color,definition,inclusion,exclusion,"
                   "anchor,phase,status,uuid,merged_into\r\n"
                   "Drempels,,,#4e79a7,,,,,open,provisional," +
                       drempels +
                       ",\r\n"
                       "Drempels > Geld,,,#f28e2b,,,,,open,provisional," +
                       drempelsGeld +
                       ",\r\n"
                       "Barri\xC3\xA8res,,Barriers,#e15759,\"Wat deelname\nin de weg staat\",,,,"
                       "axial,merged-into," +
                       barrieres +
                       ",Drempels\r\n"
                       "Barri\xC3\xA8res > Geld,,,#76b7b2,,,,,open,merged-into," +
                       barrieresGeld + ",Drempels > Geld\r\n");
}

TEST_F(MergedCodebookTest, HtmlAndMarkdownEndWithTheMergedCodesInEitherLanguage) {
    const Codebook codebook = codebookOf(*project);
    const std::string nl = codebookHtml(codebook, Language::Dutch);
    EXPECT_THAT(nl, HasSubstr("<p>Project: test.codeboom · 2 codes</p>"));
    EXPECT_THAT(nl, HasSubstr("<section class=\"merged\">\n<h2>Samengevoegde codes</h2>\n"
                              "<table class=\"merged\">\n<tr><th>Pad</th><th>Samengevoegd in</th>"
                              "<th>Definitie</th><th>Samengevoegd op</th><th>Door</th></tr>\n"
                              "<tr><td>Barri\xC3\xA8res</td><td>Drempels</td><td>Wat deelname<br>"
                              "in de weg staat</td><td>2026-03-02</td><td>anouk</td></tr>\n"
                              "<tr><td>Barri\xC3\xA8res &gt; Geld</td><td>Drempels &gt; Geld</td>"
                              "<td>—</td><td>2026-03-02</td><td>anouk</td></tr>\n</table>\n"
                              "</section>\n</body>"));
    // The merged codes are not among the codes, nor in the contents.
    EXPECT_THAT(nl, Not(HasSubstr("href=\"#code-3\"")));
    const std::string en = codebookHtml(codebook, Language::English);
    EXPECT_THAT(en, HasSubstr("<h2>Merged codes</h2>\n<table class=\"merged\">\n<tr><th>Path</th>"
                              "<th>Merged into</th><th>Definition</th><th>Merged on</th>"
                              "<th>By</th></tr>\n"));
    EXPECT_THAT(codebookMarkdown(codebook, Language::Dutch),
                HasSubstr("## Samengevoegde codes\n\n"
                          "| Pad | Samengevoegd in | Definitie | Samengevoegd op | Door |\n"
                          "|---|---|---|---|---|\n"
                          "| Barri\xC3\xA8res | Drempels | Wat deelname in de weg staat | "
                          "2026-03-02 | anouk |\n"
                          "| Barri\xC3\xA8res > Geld | Drempels > Geld | — | 2026-03-02 | "
                          "anouk |\n\n"));
    const std::string md = codebookMarkdown(codebook, Language::English);
    EXPECT_THAT(md, HasSubstr("## Merged codes\n\n| Path | Merged into | Definition | Merged on | "
                              "By |\n"));
    EXPECT_EQ(md.substr(md.size() - 3), "|\n\n"); // the final section
}

TEST_F(MergedCodesTest, WithoutMergedCodesTheCodebookHasNoSuchSection) {
    const Codebook codebook = codebookOf(*project);
    EXPECT_THAT(codebookHtml(codebook, Language::Dutch), Not(HasSubstr("Samengevoegde codes")));
    EXPECT_THAT(codebookMarkdown(codebook, Language::English), Not(HasSubstr("Merged codes")));
}

TEST_F(MergedCodebookTest, ImportSkipsTheMergedCodesOfAnExport) {
    const auto csv = dir.write("codeboek.csv", codebookCsv(codebookOf(*project)));
    auto other = Project::create(dir / "ander.codeboom", "bram");
    ImportCodebook command(readCsvFile(csv), "codeboek.csv");
    other->execute(command);
    std::vector<std::string> rows;
    for (const CodebookOutcome& row : command.outcome())
        rows.push_back(row.path + " | " + row.status + " | " + row.note);
    EXPECT_THAT(rows, ElementsAre("Drempels | added | ", "Drempels > Geld | added | ",
                                  "Barri\xC3\xA8res | skipped | a merged code (now in "
                                  "'Drempels'); merge codes with code-merge",
                                  "Barri\xC3\xA8res > Geld | skipped | a merged code (now in "
                                  "'Drempels > Geld'); merge codes with code-merge"));
    EXPECT_EQ(other->codeTree().codes().size(), 2u);
}

} // namespace
} // namespace codeboom
