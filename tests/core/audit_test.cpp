#include "codeboom/audit/hash_chain.h"
#include "codeboom/audit/history.h"
#include "codeboom/audit/report.h"
#include "codeboom/commands/code_commands.h"
#include "codeboom/commands/coding_commands.h"
#include "codeboom/commands/review_commands.h"
#include "codeboom/error.h"
#include "codeboom/store/schema.h"
#include "codeboom/team/adjudication.h"

#include "support/project_fixture.h"

#include <gmock/gmock.h>
#include <sqlite3.h>

#include <chrono>
#include <thread>

namespace codeboom {
namespace {

using test::ProjectTest;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

// Runs SQL on the file directly, as someone editing it behind Codeboom's back would.
void sqlBehindTheBack(const std::filesystem::path& file, const std::string& statements) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(file.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, statements.c_str(), nullptr, nullptr, nullptr), SQLITE_OK)
        << sqlite3_errmsg(db);
    sqlite3_close(db);
}

class AuditTest : public ProjectTest {
protected:
    std::vector<std::string> commandsOf(const std::vector<Event>& events) {
        std::vector<std::string> out;
        for (const Event& e : events)
            out.push_back(e.coder + " " + e.kind + " " + e.command);
        return out;
    }
    std::string lastEventTime() {
        const std::string at = project->events().back().at;
        // The next event must get a later time stamp (they have millisecond resolution).
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        return at;
    }
};

TEST_F(AuditTest, VerifyFindsTheEventEditedBehindCodeboomsBack) {
    addCode("Regulatief");
    addCode("Normatief");
    addCode("Cultureel-cognitief");
    EXPECT_FALSE(verifyHashChain(*project));
    project.reset();
    sqlBehindTheBack(file, "UPDATE events SET label = 'niets gebeurd' WHERE id = 2");
    reopen();
    const auto broken = verifyHashChain(*project);
    ASSERT_TRUE(broken);
    EXPECT_EQ(broken->eventId, 2);
    EXPECT_EQ(broken->problem, "its content does not match its hash (the event was edited)");
}

TEST_F(AuditTest, VerifyFindsADeletedEvent) {
    addCode("Regulatief");
    addCode("Normatief");
    addCode("Cultureel-cognitief");
    project.reset();
    sqlBehindTheBack(file, "DELETE FROM events WHERE id = 2");
    reopen();
    const auto broken = verifyHashChain(*project);
    ASSERT_TRUE(broken);
    EXPECT_EQ(broken->eventId, 3);
    EXPECT_THAT(broken->problem, HasSubstr("link to the previous event does not match"));
}

TEST_F(AuditTest, LogFiltersByCoderActionCodeAndPeriod) {
    importText("int1", "R: Via de gemeente.\n");
    addCode("Regulatief");
    addCode("Normatief");
    reopen("bram");
    applyCoding("int1", 3, 8, "Regulatief");
    applyCoding("int1", 3, 8, "Normatief");
    project->undo();
    EventFilter byBram;
    byBram.by = "bram";
    EXPECT_THAT(
        commandsOf(filterEvents(*project, byBram)),
        ElementsAre("bram do apply-coding", "bram do apply-coding", "bram undo apply-coding"));
    EventFilter undos;
    undos.action = "undo";
    EXPECT_EQ(filterEvents(*project, undos).size(), 1u);
    EventFilter creates;
    creates.action = "create-code";
    EXPECT_EQ(filterEvents(*project, creates).size(), 2u);
    EventFilter regulatief;
    regulatief.code = "regulatief"; // paths compare without regard to case
    EXPECT_THAT(commandsOf(filterEvents(*project, regulatief)),
                ElementsAre("anouk do create-code", "bram do apply-coding"));
    EventFilter future;
    future.since = "2999-01-01";
    EXPECT_TRUE(filterEvents(*project, future).empty());
    EventFilter past;
    past.until = "2000-12-31";
    EXPECT_TRUE(filterEvents(*project, past).empty());
    past.until = project->events().back().at.substr(0, 10); // today, whole day included
    EXPECT_EQ(filterEvents(*project, past).size(), 6u);
}

TEST_F(AuditTest, CodebookAsItWasAndTheDifferenceBetweenTwoMoments) {
    addCode("Regulatief");
    addCode("Regulatief > Subsidies");
    const std::string first = lastEventTime();
    RenameCode rename("Regulatief > Subsidies", "Premies");
    project->execute(rename, "dekt ook belastingvoordeel");
    DescribeCode describe("Regulatief", "Regels, wetten en sancties");
    project->execute(describe);
    addCode("Normatief");
    const std::string second = lastEventTime();
    DeleteCode remove("Normatief");
    project->execute(remove);

    std::vector<std::string> paths;
    for (const CodebookEntry& e : codebookAt(*project, first))
        paths.push_back(e.path);
    EXPECT_THAT(paths, ElementsAre("Regulatief", "Regulatief > Subsidies"));
    EXPECT_TRUE(codebookAt(*project, "2000-01-01").empty());

    std::vector<std::string> changes;
    for (const CodebookChange& c :
         codebookDiff(codebookAt(*project, first), codebookAt(*project, second)))
        changes.push_back(c.change + ": " + c.before + " -> " + c.after);
    EXPECT_THAT(changes, ElementsAre("redefined:  -> Regels, wetten en sancties",
                                     "renamed: Regulatief > Subsidies -> Regulatief > Premies",
                                     "added:  -> Normatief"));
    const auto now = codebookAt(*project, "9999");
    ASSERT_EQ(now.size(), 2u);
    EXPECT_EQ(now[1].path, "Regulatief > Premies");
}

TEST_F(AuditTest, ReportListsDefinitionsUseAndHistoryPerCode) {
    importText("int1", "R: Via de gemeente, eh, via een folder.\n");
    addCode("Regulatief");
    addCode("Normatief");
    addCode("Ongebruikt");
    DescribeCode describe("Regulatief", "Regels en sancties");
    project->execute(describe, "afgesproken in teamoverleg");
    applyCoding("int1", 3, 10, "Regulatief");
    applyCoding("int1", 5, 12, "Regulatief"); // overlaps: one region
    applyCoding("int1", 20, 30, "Normatief");
    reopen("bram");
    applyCoding("int1", 3, 10, "Regulatief");
    const AuditReport report = auditReport(*project);
    ASSERT_EQ(report.codes.size(), 3u);
    const CodeAudit& regulatief = report.codes[0];
    EXPECT_EQ(regulatief.code.description, "Regels en sancties");
    EXPECT_EQ(regulatief.codings, 3u);
    EXPECT_EQ(regulatief.regionsPerCoder.at("anouk"), 1u);
    EXPECT_EQ(regulatief.regionsPerCoder.at("bram"), 1u);
    EXPECT_FALSE(regulatief.firstUse.empty());
    ASSERT_EQ(regulatief.changes.size(), 2u);
    EXPECT_EQ(regulatief.changes[1].command, "describe-code");
    EXPECT_EQ(regulatief.changes[1].reason, "afgesproken in teamoverleg");
    EXPECT_EQ(regulatief.changes[1].coder, "anouk");
    EXPECT_THAT(report.withoutDefinition, ElementsAre("Normatief", "Ongebruikt"));
    EXPECT_THAT(report.usedOnce, ElementsAre("Normatief"));
    EXPECT_THAT(report.singleCoder, ElementsAre("Normatief"));
    const std::string html = auditReportHtml(report, "test.codeboom");
    EXPECT_THAT(html, HasSubstr("<h3>Regulatief</h3>"));
    EXPECT_THAT(html, HasSubstr("afgesproken in teamoverleg"));
}

TEST_F(AuditTest, ReviewMarksAreUndoableAndGoWithTheirCoding) {
    importText("int1", "R: Via de gemeente.\n");
    addCode("Regulatief");
    const std::string coding = applyCoding("int1", 3, 8, "Regulatief");
    reopen("supervisor");
    ReviewCoding question(coding, "question", "waarom niet normatief?");
    project->execute(question);
    ReviewCoding approve(coding, "approved");
    project->execute(approve);
    auto latest = reviews(*project, true);
    ASSERT_EQ(latest.size(), 1u);
    EXPECT_EQ(latest[0].state, "approved");
    EXPECT_EQ(latest[0].reviewer, "supervisor");
    EXPECT_EQ(latest[0].codingCoder, "anouk");
    EXPECT_EQ(reviews(*project).size(), 2u);
    project->undo();
    EXPECT_EQ(reviews(*project, true)[0].state, "question");
    ReviewCoding wrong(coding, "misschien");
    EXPECT_EQ(messageOf(wrong),
              "unknown review state 'misschien' (use approved, question or rejected)");
    RemoveCoding remove(coding);
    project->execute(remove);
    EXPECT_EQ(count("coding_reviews"), 0u);
    EXPECT_EQ(count("codings"), 0u);
    project->undo();
    EXPECT_EQ(count("coding_reviews"), 1u);
    DeleteCode deleteCode("Regulatief");
    project->execute(deleteCode);
    EXPECT_EQ(count("coding_reviews"), 0u);
}

TEST_F(AuditTest, VersionOneFileIsMigratedToCurrentWithItsDataIntact) {
    importText("int1", "R: Via de gemeente.\n");
    addCode("Regulatief");
    applyCoding("int1", 3, 8, "Regulatief");
    project.reset();
    // Turn the file back into what Codeboom 0.1 wrote: format 1, without the review table (2) and
    // the relations and codebook fields (3) and the merged codes (4).
    sqlBehindTheBack(file,
                     "DROP TABLE merged_codes; "
                     "DROP TABLE coding_reviews; DROP TABLE relation_evidence; "
                     "DROP TABLE relations; DROP TABLE relation_types; DROP INDEX codes_core; "
                     "ALTER TABLE codes DROP COLUMN is_core; "
                     "ALTER TABLE codes DROP COLUMN merged_into; "
                     "ALTER TABLE codes DROP COLUMN inclusion; "
                     "ALTER TABLE codes DROP COLUMN exclusion; "
                     "ALTER TABLE codes DROP COLUMN anchor_coding; "
                     "ALTER TABLE codes DROP COLUMN label_nl; "
                     "ALTER TABLE codes DROP COLUMN label_en; "
                     "ALTER TABLE memos DROP COLUMN kind; PRAGMA user_version = 1;");
    EXPECT_THROW(Project::open(file, "anouk", true), Error); // read-only cannot migrate
    reopen();
    auto version = project->database().prepare("PRAGMA user_version");
    version.step();
    EXPECT_EQ(version.intAt(0), 4);
    EXPECT_EQ(store::currentSchemaVersion(), 4);
    EXPECT_EQ(count("coding_reviews"), 0u);
    EXPECT_EQ(count("relation_types"), 8u); // the built-in types come with the migration
    EXPECT_EQ(project->codings().size(), 1u);
    EXPECT_EQ(project->codings()[0].text, "Via d");
    EXPECT_FALSE(verifyHashChain(*project));
    ReviewCoding review(project->codings()[0].uuid, "approved");
    project->execute(review);
    EXPECT_EQ(count("coding_reviews"), 1u);
}

std::vector<std::string> commandsAndReasons(const std::vector<CodeChange>& changes) {
    std::vector<std::string> out;
    for (const CodeChange& c : changes)
        out.push_back(c.coder + " " + c.command + (c.reason.empty() ? "" : ": " + c.reason));
    return out;
}

TEST_F(AuditTest, ReportKeepsCodesMergedAwayOrDeletedWithTheirWholeHistory) {
    addCode("Regulatief");
    addCode("Normatief");
    addCode("Kader");
    addCode("Weg");
    RenameCode rename("Normatief", "Normen");
    project->execute(rename, "kortere naam");
    DescribeCode describe("Normen", "Wat men hoort te doen");
    project->execute(describe, "definitie aangescherpt");
    MoveCode move("Normen", std::string("Kader"));
    project->execute(move, "hoort bij het kader");
    reopen("bram");
    MergeCodes merge("Kader > Normen", "Regulatief");
    project->execute(merge, "overlapt met Regulatief");
    DeleteCode remove("Weg");
    project->execute(remove, "nooit gebruikt");
    const AuditReport report = auditReport(*project);
    // The live tree first (Regulatief, Kader), then the removed codes in order of removal.
    ASSERT_EQ(report.codes.size(), 4u);
    const CodeAudit& normen = report.codes[2];
    EXPECT_EQ(normen.code.path, "Kader > Normen");
    EXPECT_EQ(normen.code.description, "Wat men hoort te doen");
    ASSERT_TRUE(normen.removal);
    EXPECT_EQ(normen.removal->how, "merged into Regulatief");
    EXPECT_EQ(normen.removal->coder, "bram");
    EXPECT_EQ(normen.removal->reason, "overlapt met Regulatief");
    EXPECT_EQ(normen.removal->target, report.codes[0].code.uuid);
    EXPECT_THAT(commandsAndReasons(normen.changes),
                ElementsAre("anouk create-code", "anouk rename-code: kortere naam",
                            "anouk describe-code: definitie aangescherpt",
                            "anouk move-code: hoort bij het kader",
                            "bram merge-codes: overlapt met Regulatief"));
    EXPECT_THAT(commandsAndReasons(report.codes[0].changes),
                ElementsAre("anouk create-code", "bram merge-codes: overlapt met Regulatief"));
    const CodeAudit& weg = report.codes[3];
    EXPECT_EQ(weg.code.path, "Weg");
    ASSERT_TRUE(weg.removal);
    EXPECT_EQ(weg.removal->how, "deleted");
    EXPECT_EQ(weg.removal->reason, "nooit gebruikt");
    EXPECT_THAT(commandsAndReasons(weg.changes),
                ElementsAre("anouk create-code", "bram delete-code: nooit gebruikt"));
    // The lists are about the codebook as it is.
    EXPECT_THAT(report.withoutDefinition, ElementsAre("Regulatief", "Kader"));
    const std::string html = auditReportHtml(report, "test.codeboom");
    EXPECT_THAT(html, HasSubstr("<h3>Kader &gt; Normen</h3>"));
    EXPECT_THAT(html, HasSubstr("No longer in the codebook: merged into Regulatief by bram at "));
    EXPECT_THAT(html, HasSubstr("; why: overlapt met Regulatief</p>"));
}

TEST_F(AuditTest, ReportDoesNotCountTheConsensusLayerAsACoder) {
    importText("int1", "R: Via de gemeente, eh, via een folder.\n");
    addCode("Regulatief");
    addCode("Normatief");
    applyCoding("int1", 3, 10, "Regulatief");
    reopen("bram");
    applyCoding("int1", 20, 30, "Normatief");
    reopen("sanne");
    Adjudicate take("anouk", "bram", "consensus", "int1", "Regulatief", Span{3, 10},
                    Decision::TakeX);
    project->execute(take, "anouk heeft gelijk");
    const AuditReport report = auditReport(*project);
    EXPECT_EQ(report.consensusCoders, std::set<std::string>{"consensus"});
    ASSERT_EQ(report.codes.size(), 2u);
    EXPECT_EQ(report.codes[0].codings, 2u);
    EXPECT_EQ(report.codes[0].regionsPerCoder.at("consensus"), 1u);
    // Regulatief: anouk's one coding and the consensus copy of it; Normatief: bram's one.
    EXPECT_THAT(report.usedOnce, ElementsAre("Regulatief", "Normatief"));
    EXPECT_THAT(report.singleCoder, ElementsAre("Regulatief", "Normatief"));
    EXPECT_THAT(auditReportHtml(report, "test.codeboom"),
                HasSubstr("<tr><td>consensus (consensus layer)</td><td>1</td></tr>"));
}

TEST_F(AuditTest, MalformedDatesUnknownActionsAndCodersAreRefused) {
    addCode("Regulatief");
    EventFilter filter;
    filter.since = "garbage";
    try {
        filterEvents(*project, filter);
        FAIL();
    } catch (const InvalidArgumentError& e) {
        EXPECT_THAT(e.what(), HasSubstr("the start of the period 'garbage' is not a date"));
    }
    filter = {};
    filter.action = "bogus";
    try {
        filterEvents(*project, filter);
        FAIL();
    } catch (const InvalidArgumentError& e) {
        EXPECT_THAT(e.what(), HasSubstr("unknown action 'bogus' (known: add-relation, "));
        EXPECT_THAT(e.what(), HasSubstr(", create-code, "));
    }
    filter = {};
    filter.by = "nobody";
    EXPECT_THROW(filterEvents(*project, filter), InvalidArgumentError);
    EXPECT_THROW(codebookAt(*project, "2026-13-01"), InvalidArgumentError);
    for (const char* good : {"2026", "2026-11", "2026-11-23", "2026-11-23T14:05",
                             "2026-11-23T14:05:09Z", "2026-11-23T14:05:09.123Z"})
        EXPECT_TRUE(isDateOrTime(good)) << good;
    for (const char* bad : {"", "garbage", "2026-1", "23-11-2026", "2026-11-32", "2026-11-23 14:05",
                            "2026-11-23T25", "2026-11-23Tx"})
        EXPECT_FALSE(isDateOrTime(bad)) << bad;
    filter = {};
    filter.action = "create-code";
    filter.since = "2000-01-01";
    EXPECT_EQ(filterEvents(*project, filter).size(), 1u);
}

} // namespace
} // namespace codeboom
