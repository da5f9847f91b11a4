#include "codeboom/audit/check.h"
#include "codeboom/audit/hash_chain.h"

#include "support/project_fixture.h"

#include <sqlite3.h>

namespace codeboom {
namespace {

class HashChainTest : public test::ProjectTest {
protected:
    void SetUp() override {
        ProjectTest::SetUp();
        addCode("A");
        addCode("B");
        addCode("C");
        project.reset(); // close, so another program can edit the file behind Codeboom's back
    }
    void tamper(const std::string& statement) {
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open(file.c_str(), &db), SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(db, statement.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        project = Project::open(file, "anouk", true);
    }
};

TEST_F(HashChainTest, IntactLogVerifies) {
    project = Project::open(file, "anouk", true);
    EXPECT_FALSE(verifyHashChain(*project).has_value());
    for (const CheckResult& result : checkProject(*project))
        EXPECT_TRUE(result.ok) << result.check << ": " << result.detail;
}

TEST_F(HashChainTest, EditedEventIsFound) {
    tamper("UPDATE events SET label = 'create code ''X''' WHERE id = 2");
    const auto broken = verifyHashChain(*project);
    ASSERT_TRUE(broken.has_value());
    EXPECT_EQ(broken->eventId, 2);
    EXPECT_EQ(broken->problem, "its content does not match its hash (the event was edited)");
}

TEST_F(HashChainTest, RemovedEventIsFoundAtTheNextLink) {
    tamper("DELETE FROM events WHERE id = 2");
    const auto broken = verifyHashChain(*project);
    ASSERT_TRUE(broken.has_value());
    EXPECT_EQ(broken->eventId, 3);
}

TEST_F(HashChainTest, CheckReportsCodingsWhoseTextChanged) {
    project = Project::open(file, "anouk");
    importText("int", "R: Een zin.\n");
    applyCoding("int", 3, 6, "A");
    project.reset();
    tamper("UPDATE codings SET start = 4");
    bool found = false;
    for (const CheckResult& result : checkProject(*project))
        if (result.check == "coding-text") {
            found = true;
            EXPECT_FALSE(result.ok);
            EXPECT_NE(result.detail.find("no longer covers the text it was made on"),
                      std::string::npos);
        }
    EXPECT_TRUE(found);
}

// Links alone cannot show this: what is left is a valid, shorter chain. The project's record of
// the chain's head (3 events, the last one's hash) can.
TEST_F(HashChainTest, RemovedLastEventIsFoundThroughTheRecordedHead) {
    tamper("DELETE FROM events WHERE id = 3");
    const auto broken = verifyHashChain(*project);
    ASSERT_TRUE(broken.has_value());
    EXPECT_EQ(broken->eventId, 3);
    EXPECT_EQ(broken->problem, "the log ends at event 2 but the project recorded 3 events; the "
                               "last event(s) were removed");
    bool found = false;
    for (const CheckResult& result : checkProject(*project))
        if (result.check == "event-chain") {
            found = true;
            EXPECT_FALSE(result.ok);
            EXPECT_EQ(result.detail, "event 3: " + broken->problem);
        }
    EXPECT_TRUE(found);
}

TEST_F(HashChainTest, AnEventAddedAfterTheRemovalDoesNotHideIt) {
    tamper("DELETE FROM events WHERE id IN (2, 3)");
    project = Project::open(file, "anouk");
    addCode("D"); // event 2 again, but not the event 2 that was removed
    addCode("E"); // event 3, where the recorded head was
    const auto broken = verifyHashChain(*project);
    ASSERT_TRUE(broken.has_value());
    EXPECT_EQ(broken->eventId, 3);
    EXPECT_EQ(broken->problem, "the project recorded event 3 as the log's last with another "
                               "hash; the last event(s) were replaced or removed");
}

TEST_F(HashChainTest, AProjectWithoutARecordedHeadVerifiesAndGetsOneWithItsNextEvent) {
    // As written before the head was kept.
    tamper("DELETE FROM project WHERE key = 'event_chain_head'");
    EXPECT_FALSE(verifyHashChain(*project).has_value());
    EXPECT_FALSE(recordedChainHead(project->database()).has_value());
    project = Project::open(file, "anouk");
    EXPECT_FALSE(recordedChainHead(project->database()).has_value()); // opening changes nothing
    addCode("D");
    const auto head = recordedChainHead(project->database());
    ASSERT_TRUE(head.has_value());
    EXPECT_EQ(head->events, 4);
    EXPECT_EQ(head->hash, project->events().back().hash);
    project.reset();
    tamper("DELETE FROM events WHERE id = 4");
    ASSERT_TRUE(verifyHashChain(*project).has_value());
}

TEST_F(HashChainTest, UndoAndRedoMoveTheHeadOn) {
    project = Project::open(file, "anouk");
    project->undo();
    project->redo();
    project->undo();
    EXPECT_FALSE(verifyHashChain(*project).has_value());
    const auto head = recordedChainHead(project->database());
    ASSERT_TRUE(head.has_value());
    EXPECT_EQ(head->events, 6);
    EXPECT_EQ(head->hash, project->events().back().hash);
}

} // namespace
} // namespace codeboom
