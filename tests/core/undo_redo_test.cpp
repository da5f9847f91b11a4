#include "codeboom/audit/hash_chain.h"
#include "codeboom/commands/attribute_commands.h"
#include "codeboom/commands/code_commands.h"
#include "codeboom/commands/code_phase_commands.h"
#include "codeboom/commands/codebook_commands.h"
#include "codeboom/commands/coding_commands.h"
#include "codeboom/commands/core_category_commands.h"
#include "codeboom/commands/document_commands.h"
#include "codeboom/commands/memo_commands.h"
#include "codeboom/commands/relation_commands.h"
#include "codeboom/commands/review_commands.h"
#include "codeboom/io/csv.h"
#include "codeboom/io/importer.h"
#include "codeboom/store/database.h"

#include "support/project_fixture.h"

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace codeboom {
namespace {

// Every undoable command, run on one small project: the tables must be exactly as before after
// undo, and exactly as after the command after redo -- ids, UUIDs and timestamps included, since
// other rows and exchanged files refer to them. Left out are the append-only event log (it
// records the undo and redo themselves), SQLite's own sqlite_sequence, and document_texts: a
// text row is content-addressed and deliberately outside undo (ImportDocument), so that redo
// finds the same text again; documents.text_id shows that it does.
class UndoRedoTest : public test::ProjectTest {
public:
    // The cases below make their commands from the project and its files.
    using ProjectTest::dir;
    using ProjectTest::project;

protected:
    void SetUp() override {
        ProjectTest::SetUp();
        // "I: Hoe gaat het?" 0-16, "R: Goed, dank je." 17-34, "I: En het werk?" 35-50,
        // "R: Druk." 51-59
        document = importText("int", "I: Hoe gaat het?\nR: Goed, dank je.\nI: En het werk?\n"
                                     "R: Druk.\n");
        addCode("Werk");
        addCode("Werk > Druk");
        addCode("Zorg");
        addCode("Leren");
        werk = applyCoding(document, 20, 34, "Werk");
        zorg = applyCoding(document, 38, 50, "Zorg");
        druk = applyCoding(document, 54, 59, "Werk > Druk");
        run(std::make_unique<SetMemo>(MemoTarget{MemoTargetKind::Code, "Werk"}, "Over werk."));
        AddRelation relation("Werk", "is oorzaak van", "Zorg", {werk}, "Werk kost tijd.");
        project->execute(relation);
        relationUuid = relation.createdUuid();
        run(std::make_unique<SetAttribute>(CaseRef{"speaker", "R", ""}, "rol", "werkgever"));
    }

public:
    void run(std::unique_ptr<Command> command) { project->execute(*command); }

protected:
    // Every table's rows in rowid (or key) order, one line per row with each column's name,
    // SQLite type and value, so that a difference shows in the failure message. The log is left
    // out, and with it the head of its chain that the project table keeps: undo and redo are
    // events too.
    std::string snapshot() {
        auto tables = project->database().prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN "
            "('events', 'sqlite_sequence', 'document_texts') ORDER BY name");
        std::string out;
        while (tables.step()) {
            const std::string table = tables.textAt(0);
            out += "[" + table + "]\n";
            const std::string where =
                table == "project" ? " WHERE key <> '" + kChainHeadKey + "'" : std::string();
            auto rows = project->database().prepare("SELECT * FROM \"" + table + "\"" + where +
                                                    " ORDER BY 1");
            while (rows.step()) {
                for (int i = 0; i < rows.columnCount(); ++i) {
                    out += rows.columnName(i) + "=";
                    if (rows.isNull(i))
                        out += "NULL";
                    else
                        out += std::to_string(rows.columnType(i)) + ":" + rows.textAt(i);
                    out += i + 1 < rows.columnCount() ? "\t" : "\n";
                }
            }
        }
        return out;
    }

public:
    std::string document, werk, zorg, druk, relationUuid;
};

struct UndoRedoCase {
    const char* name;
    // Makes the command; may first run others to set the stage (before the snapshot).
    std::function<std::unique_ptr<Command>(UndoRedoTest&)> make;
};

class EveryCommand : public UndoRedoTest, public ::testing::WithParamInterface<UndoRedoCase> {};

TEST_P(EveryCommand, UndoRestoresTheTablesAndRedoRepeatsTheCommand) {
    std::unique_ptr<Command> command = GetParam().make(*this);
    const std::string before = snapshot();
    project->execute(*command);
    const std::string after = snapshot();
    ASSERT_NE(before, after) << "the command changed nothing";
    project->undo();
    EXPECT_EQ(snapshot(), before);
    project->redo();
    EXPECT_EQ(snapshot(), after);
    // And the same again, as a user going back and forth in the Edit menu does.
    project->undo();
    EXPECT_EQ(snapshot(), before);
    project->redo();
    EXPECT_EQ(snapshot(), after);
}

CodeFieldValues allFields(const std::string& anchor) {
    CodeFieldValues values;
    values.definition = "Betaald en onbetaald werk.";
    values.inclusion = "Uren, taken.";
    values.exclusion = "Vrijwilligerswerk.";
    values.anchor = anchor;
    values.labelNl = "Werk";
    values.labelEn = "Work";
    return values;
}

const UndoRedoCase kCases[] = {
    {"CreateCode", [](UndoRedoTest&) { return std::make_unique<CreateCode>("Werk > Uren"); }},
    {"RenameCode", [](UndoRedoTest&) { return std::make_unique<RenameCode>("Werk", "Arbeid"); }},
    {"RecolorCode", [](UndoRedoTest&) { return std::make_unique<RecolorCode>("Werk", "#123456"); }},
    {"DescribeCode",
     [](UndoRedoTest&) { return std::make_unique<DescribeCode>("Zorg", "Zorg voor anderen."); }},
    {"SetCodeFields",
     [](UndoRedoTest& t) { return std::make_unique<SetCodeFields>("Werk", allFields(t.werk)); }},
    {"MoveCodeUnderAnotherParent",
     [](UndoRedoTest&) { return std::make_unique<MoveCode>("Zorg", "Werk", 0); }},
    {"MoveCodeToTheTop",
     [](UndoRedoTest&) { return std::make_unique<MoveCode>("Werk > Druk", std::nullopt); }},
    {"MoveCodeAmongSiblings",
     [](UndoRedoTest&) { return std::make_unique<MoveCode>("Leren", std::nullopt, 0); }},
    {"MergeCodesFoldingARelation",
     [](UndoRedoTest&) { return std::make_unique<MergeCodes>("Zorg", "Werk"); }},
    {"MergeCodesWithSubCodes",
     [](UndoRedoTest&) { return std::make_unique<MergeCodes>("Werk", "Leren"); }},
    {"DeleteCode", [](UndoRedoTest&) { return std::make_unique<DeleteCode>("Werk"); }},
    {"ApplyCoding",
     [](UndoRedoTest& t) {
         return std::make_unique<ApplyCoding>(t.document, std::size_t{3}, std::size_t{16}, "Leren",
                                              "Open vraag.");
     }},
    {"RemoveCodingThatIsEvidence",
     [](UndoRedoTest& t) { return std::make_unique<RemoveCoding>(t.werk); }},
    {"ImportDocument",
     [](UndoRedoTest& t) {
         const auto file = t.dir.write("tweede.txt", "Moderator: Welkom.\nDeelnemer 1: Dag.\n");
         return std::make_unique<ImportDocument>(
             readTranscript(file, {}, t.project->wordCounter()));
     }},
    {"RemoveDocument", [](UndoRedoTest&) { return std::make_unique<RemoveDocument>("int"); }},
    {"SetAttribute",
     [](UndoRedoTest&) {
         return std::make_unique<SetAttribute>(CaseRef{"speaker", "I", ""}, "leeftijd", "45");
     }},
    {"SetAttributeChangingAValue",
     [](UndoRedoTest&) {
         return std::make_unique<SetAttribute>(CaseRef{"speaker", "R", ""}, "rol", "adviseur");
     }},
    {"SetAttributeRemovingAValue",
     [](UndoRedoTest&) {
         return std::make_unique<SetAttribute>(CaseRef{"speaker", "R", ""}, "rol", "");
     }},
    {"ImportAttributes",
     [](UndoRedoTest&) {
         return std::make_unique<ImportAttributes>(
             parseCsv("spreker;rol;leeftijd\nR;adviseur;51\nI;onderzoeker;33\n", "r.csv"), "r.csv");
     }},
    {"SetMemoCreating",
     [](UndoRedoTest& t) {
         return std::make_unique<SetMemo>(MemoTarget{MemoTargetKind::Coding, t.zorg}, "Twijfel.");
     }},
    {"SetMemoReplacing",
     [](UndoRedoTest&) {
         return std::make_unique<SetMemo>(MemoTarget{MemoTargetKind::Code, "Werk"}, "Anders.");
     }},
    {"RemoveMemo",
     [](UndoRedoTest&) {
         return std::make_unique<RemoveMemo>(MemoTarget{MemoTargetKind::Code, "Werk"});
     }},
    {"AddRelation",
     [](UndoRedoTest& t) {
         return std::make_unique<AddRelation>("Leren", "versterkt", "Werk",
                                              std::vector<std::string>{t.druk}, "Leren helpt.");
     }},
    {"EditRelation",
     [](UndoRedoTest& t) {
         return std::make_unique<EditRelation>(t.relationUuid, "Ander memo.",
                                               std::vector<std::string>{t.zorg},
                                               std::vector<std::string>{t.werk});
     }},
    {"RemoveRelation",
     [](UndoRedoTest& t) { return std::make_unique<RemoveRelation>(t.relationUuid); }},
    {"AddRelationType",
     [](UndoRedoTest&) {
         return std::make_unique<AddRelationType>("bevordert", "promotes", true);
     }},
    {"SetCodePhase", [](UndoRedoTest&) { return std::make_unique<SetCodePhase>("Zorg", "axial"); }},
    {"SetCodeStatus",
     [](UndoRedoTest&) { return std::make_unique<SetCodeStatus>("Zorg", "defined"); }},
    {"SetCoreCategory", [](UndoRedoTest&) { return std::make_unique<SetCoreCategory>("Werk"); }},
    {"SetCoreCategoryMovingTheMark",
     [](UndoRedoTest& t) {
         t.run(std::make_unique<SetCoreCategory>("Werk"));
         t.run(std::make_unique<WriteStoryLine>("Werk drijft alles."));
         return std::make_unique<SetCoreCategory>("Zorg");
     }},
    {"RemoveCoreCategory",
     [](UndoRedoTest& t) {
         t.run(std::make_unique<SetCoreCategory>("Werk"));
         return std::make_unique<SetCoreCategory>(std::nullopt);
     }},
    {"WriteStoryLine",
     [](UndoRedoTest& t) {
         t.run(std::make_unique<SetCoreCategory>("Werk"));
         return std::make_unique<WriteStoryLine>("Werk drijft alles.");
     }},
    {"ApplyTemplate", [](UndoRedoTest&) { return std::make_unique<ApplyTemplate>("scott"); }},
    {"ImportCodebook",
     [](UndoRedoTest&) {
         return std::make_unique<ImportCodebook>(
             parseCsv("path;definition\nWerk;Betaald werk.\nNieuw > Sub;Iets nieuws.\n", "c.csv"),
             "c.csv");
     }},
    {"ReviewCoding",
     [](UndoRedoTest& t) { return std::make_unique<ReviewCoding>(t.werk, "approved", "Klopt."); }},
};

INSTANTIATE_TEST_SUITE_P(Commands, EveryCommand, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<UndoRedoCase>& param) {
                             return std::string(param.param.name);
                         });

} // namespace
} // namespace codeboom
