#include "codeboom/commands/codebook_commands.h"
#include "codeboom/commands/command_label.h"
#include "codeboom/error.h"
#include "codeboom/io/codebook_export.h"
#include "codeboom/io/csv.h"

#include "support/project_fixture.h"

#include <gmock/gmock.h>

namespace codeboom {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> rows(const std::vector<CodebookOutcome>& outcome) {
    std::vector<std::string> out;
    for (const CodebookOutcome& row : outcome)
        out.push_back(row.path + " | " + row.status + " | " + row.note);
    return out;
}

class CodebookImportTest : public test::ProjectTest {
protected:
    // Imports `csv` (written as codebook.csv); returns the error message or "no error".
    std::string import(const std::string& csv) {
        try {
            ImportCodebook command(readCsvFile(dir.write("codebook.csv", csv)), "codebook.csv");
            project->execute(command);
            outcome = command.outcome();
        } catch (const Error& e) {
            return e.what();
        }
        return "no error";
    }
    std::vector<CodebookOutcome> outcome;
};

TEST_F(CodebookImportTest, MatchesByUuidThenPathAndCreatesMissingParents) {
    const std::string regulatief = addCode("Regulatief");
    addCode("Normatief");
    const std::size_t events = count("events");
    ASSERT_EQ(import("path,uuid,definition,color\n"
                     "Hernoemd," +
                     regulatief +
                     ",Door uuid gevonden.,#AABBCC\n"
                     "normatief,,Door pad gevonden.,\n"
                     "Nieuw > Dieper > Diepst,,Drie lagen.,\n"
                     "Normatief > Sub,11111111-2222-4333-8444-555555555555,,\n"),
              "no error");
    EXPECT_THAT(rows(outcome),
                ElementsAre("Regulatief | updated | ", "Normatief | updated | ",
                            "Nieuw > Dieper > Diepst | added | ", "Normatief > Sub | added | ",
                            "Nieuw | added | parent created for line 4",
                            "Nieuw > Dieper | added | parent created for line 4"));
    EXPECT_EQ(count("events"), events + 1);
    const CodeTree& tree = project->codeTree();
    // Matched by uuid: its fields change, its place in the tree does not.
    EXPECT_EQ(tree.resolve(regulatief).path, "Regulatief");
    EXPECT_EQ(tree.resolve(regulatief).description, "Door uuid gevonden.");
    EXPECT_EQ(tree.resolve(regulatief).color, "#aabbcc");
    EXPECT_EQ(tree.resolve("Normatief").description, "Door pad gevonden.");
    EXPECT_EQ(tree.resolve("Nieuw > Dieper > Diepst").description, "Drie lagen.");
    EXPECT_EQ(tree.resolve("Normatief > Sub").uuid, "11111111-2222-4333-8444-555555555555");
    EXPECT_EQ(count("codes"), 6u);

    EXPECT_EQ(project->undoLabelText()->english(), "import codebook 'codebook.csv'");
    EXPECT_EQ(project->undo(), "import codebook 'codebook.csv'");
    EXPECT_EQ(count("codes"), 2u);
    EXPECT_EQ(project->codeTree().resolve("Regulatief").description, "");
}

TEST_F(CodebookImportTest, ExportThenImportReproducesTheCodebook) {
    ApplyTemplate scott("scott");
    project->execute(scott);
    importText("int", "R: De AVG verbiedt het delen van gegevens.\n");
    const std::string anchor = applyCoding("int", 3, 18, "Regulatief > Wet- en regelgeving");
    CodeFieldValues fields;
    fields.anchor = anchor;
    SetCodeFields setAnchor("Regulatief", fields);
    project->execute(setAnchor);
    const Codebook before = codebookOf(*project);
    const auto csv = dir.write("export.csv", codebookCsv(before));

    auto other = Project::create(dir / "ander.codeboom", "bram");
    ImportCodebook command(readCsvFile(csv), "export.csv");
    other->execute(command);
    const Codebook after = codebookOf(*other);
    ASSERT_EQ(after.codes.size(), 16u);
    for (std::size_t i = 0; i < 16; ++i) {
        const Code& a = before.codes[i].code;
        const Code& b = after.codes[i].code;
        EXPECT_EQ(b.path, a.path);
        EXPECT_EQ(b.uuid, a.uuid);
        EXPECT_EQ(b.color, a.color);
        EXPECT_EQ(b.description, a.description);
        EXPECT_EQ(b.inclusion, a.inclusion);
        EXPECT_EQ(b.exclusion, a.exclusion);
        EXPECT_EQ(b.labelNl, a.labelNl);
        EXPECT_EQ(b.labelEn, a.labelEn);
        EXPECT_EQ(b.anchorCoding, a.anchorCoding);
    }
    // The anchor's coding stayed behind in the first project: kept as a link, and said so.
    EXPECT_EQ(command.outcome()[0].note, "anchor coding not in this project; kept as a link");
    EXPECT_FALSE(after.codes[0].anchor.found);

    // Importing the same table again changes nothing and records nothing.
    ImportCodebook again(readCsvFile(csv), "export.csv");
    EXPECT_EQ(other->execute(again), std::nullopt);
    for (const CodebookOutcome& row : again.outcome())
        EXPECT_EQ(row.status, "unchanged") << row.path;
}

TEST_F(CodebookImportTest, ReadsDutchExcelSemicolonsAndSkipsEmptyRows) {
    ASSERT_EQ(import("path;definition;label_en;status\n"
                     "Regulatief;Regels, wetten;Regulative;merged\n"
                     ";;;\n"),
              "no error");
    // Only code-merge makes a code 'merged' (it also records what it was merged into).
    EXPECT_THAT(rows(outcome), ElementsAre("Regulatief | added | status 'merged' not imported "
                                           "(merge codes with code-merge)"));
    const Code& code = project->codeTree().resolve("Regulatief");
    EXPECT_EQ(code.description, "Regels, wetten");
    EXPECT_EQ(code.labelEn, "Regulative");
    EXPECT_EQ(code.status, "provisional");
    EXPECT_EQ(count("codes"), 1u);
}

TEST_F(CodebookImportTest, BadInputNamesFileAndLineAndChangesNothing) {
    addCode("Regulatief");
    addCode("Normatief");
    importText("int", "R: Tekst.\n");
    const std::string onNormatief = applyCoding("int", 3, 8, "Normatief");
    const std::size_t events = count("events");

    EXPECT_EQ(import("definition,color\nx,#aabbcc\n"),
              "codebook.csv, line 1: there is no 'path' column (the code path, e.g. 'Regulatief "
              "> Subsidies'), which every codebook needs");
    EXPECT_EQ(import("path,defintion\nA,x\n"),
              "codebook.csv, line 1: unknown column 'defintion'; a codebook has the columns "
              "path, label_nl, label_en, color, definition, inclusion, exclusion, anchor, phase, "
              "status, uuid, merged_into");
    // Line 2 is fine and would create A; line 3 fails, so A is not created either.
    EXPECT_EQ(import("path,color\nA,#aabbcc\nB,blauw\n"),
              "codebook.csv, line 3: colour 'blauw' is not of the form #RRGGBB (e.g. #4e79a7)");
    EXPECT_EQ(import("path,definition\nA,\"nooit gesloten\n"),
              "codebook.csv, line 2: a quoted field is never closed");
    EXPECT_EQ(import("path,definition\nA,x\"y\"\n"),
              "codebook.csv, line 2: a quote inside an unquoted field; quote the whole field");
    EXPECT_EQ(import("path\nA\na\n"), "codebook.csv, line 3: code 'a' is also on line 2");
    EXPECT_EQ(import("path,phase\nA,gesloten\n"),
              "codebook.csv, line 2: phase 'gesloten' is not one of open, axial, selective");
    EXPECT_EQ(import("path\nA >  > B\n"),
              "codebook.csv, line 2: code path 'A >  > B' has an empty name; write names joined "
              "by ' > '");
    EXPECT_EQ(import("path,anchor\nRegulatief," + onNormatief + "\n"),
              "codebook.csv, line 2: coding '" + onNormatief +
                  "' cannot be the anchor example of 'Regulatief': it is coded 'Normatief', "
                  "which is neither that code nor one of its sub-codes");
    EXPECT_EQ(import("path,uuid\nA,geen-uuid\n"),
              "codebook.csv, line 2: 'geen-uuid' is not a UUID");
    EXPECT_EQ(count("events"), events);
    EXPECT_EQ(count("codes"), 2u);
}

} // namespace
} // namespace codeboom
