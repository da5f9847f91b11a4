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

} // namespace
} // namespace codeboom
