#include "codeboom/audit/hash_chain.h"
#include "codeboom/audit/history.h"
#include "codeboom/audit/report.h"
#include "codeboom/commands/code_commands.h"
#include "codeboom/commands/coding_commands.h"
#include "codeboom/commands/review_commands.h"
#include "codeboom/error.h"
#include "codeboom/store/schema.h"

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

} // namespace
} // namespace codeboom
