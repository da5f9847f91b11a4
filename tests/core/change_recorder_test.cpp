#include "codeboom/audit/check.h"
#include "codeboom/commands/command.h"
#include "codeboom/commands/document_commands.h"
#include "codeboom/error.h"
#include "codeboom/project.h"

#include "support/project_fixture.h"

#include <gmock/gmock.h>

namespace codeboom {
namespace {

using Json = nlohmann::json;

Json changesOf(const Event& event) {
    return Json::parse(event.payload).at("changes");
}

// Two project memos written as one batch that leaves `kind` to its default.
class AddMemos : public Command {
public:
    std::string name() const override { return "add-memos"; }
    std::string label() const override { return "add two memos"; }
    nlohmann::json arguments() const override { return Json::object(); }
    void execute(CommandContext& context) override {
        const RowId coder = context.project.coderId();
        RowBatch rows({"uuid", "target_kind", "target_uuid", "title", "text", "coder_id",
                       "created_at", "updated_at"});
        rows.add("aaaaaaaa-0000-4000-8000-000000000001", "project", nullptr, "", "eerste", coder,
                 "2024-03-01T10:00:00Z", "2024-03-01T10:00:00Z");
        rows.add("aaaaaaaa-0000-4000-8000-000000000002", "project", nullptr, "", "tweede", coder,
                 "2024-03-01T10:00:00Z", "2024-03-01T10:00:00Z");
        context.changes.insertBatch("memos", std::move(rows));
    }
};

class MarkStoryLine : public Command {
public:
    explicit MarkStoryLine(RowId memo) : memo_(memo) {}
    std::string name() const override { return "mark-story-line"; }
    std::string label() const override { return "mark a memo as story line"; }
    nlohmann::json arguments() const override { return Json::object(); }
    void execute(CommandContext& context) override {
        context.changes.update("memos", memo_, {{"kind", "storyline"}});
    }

private:
    RowId memo_;
};

class ChangeRecorderTest : public test::ProjectTest {
protected:
    bool checksPass() {
        for (const CheckResult& result : checkProject(*project))
            if (!result.ok)
                return false;
        return true;
    }
};

TEST_F(ChangeRecorderTest, ImportIsRecordedAsCompactBatchesWithAnIdRange) {
    // "I: Vraag?" is code points 0-9, LF at 9, "R: Antwoord." 10-22; labels "I: " and "R: " are
    // 3 code points, so the turns' bodies start at 3 and 13.
    importText("int", "I: Vraag?\nR: Antwoord.\n");
    const Json changes = changesOf(project->events().back());
    ASSERT_EQ(changes.size(), 3u); // the document, its paragraphs, its turns
    // Columns with one value in every row (the document, the absent timestamps) are written once.
    EXPECT_EQ(changes[1], Json::parse(R"({"op": "insert-batch", "table": "paragraphs",
        "columns": ["idx", "start", "end"], "same": {"document_id": 1}, "first_id": 1,
        "values": [0, 0, 9, 1, 10, 22]})"));
    EXPECT_EQ(changes[2], Json::parse(R"({"op": "insert-batch", "table": "turns",
        "columns": ["idx", "speaker", "start", "body_start", "end"],
        "same": {"document_id": 1, "timestamp": null}, "first_id": 1,
        "values": [0, "I", 0, 3, 9, 1, "R", 10, 13, 22]})"));
    EXPECT_EQ(ChangeRecorder::rowImages(changes[2], "after")[1],
              Json::parse(R"({"id": 2, "document_id": 1, "idx": 1, "speaker": "R", "start": 10,
                              "body_start": 13, "end": 22, "timestamp": null})"));
}

TEST_F(ChangeRecorderTest, BatchesUndoAndRedoAlsoAfterReopening) {
    importText("int", "I: Vraag?\nR: Antwoord.\n");
    EXPECT_EQ(project->undo(), "import document 'int.txt'");
    EXPECT_EQ(count("paragraphs"), 0u);
    EXPECT_EQ(count("turns"), 0u);
    // The undo event records the inverse: the same batch, deleted.
    const Json undone = changesOf(project->events().back());
    EXPECT_EQ(undone[1]["op"], "delete-batch");
    EXPECT_EQ(undone[1]["first_id"], 1);
    project->redo();
    EXPECT_EQ(project->paragraphs(project->document("int").id).back().start, 10u);
    reopen();
    EXPECT_EQ(project->undo(), "import document 'int.txt'");
    EXPECT_EQ(count("turns"), 0u);
    reopen();
    project->redo();
    EXPECT_EQ(count("turns"), 2u);
    // Redo gives the rows their old ids back: ids 1 and 2.
    auto stmt = project->database().prepare("SELECT group_concat(id) FROM turns");
    stmt.step();
    EXPECT_EQ(stmt.textAt(0), "1,2");
    EXPECT_TRUE(checksPass());
}

TEST_F(ChangeRecorderTest, ColumnsLeftToTheirDefaultsAreRecordedAndGuarded) {
    AddMemos add;
    project->execute(add);
    const Json batch = changesOf(project->events().back())[0];
    EXPECT_EQ(batch["same"]["kind"], "memo"); // read back after the insert
    EXPECT_EQ(ChangeRecorder::rowImages(batch, "after")[1]["text"], "tweede");
    EXPECT_EQ(ChangeRecorder::rowImages(batch, "after")[1]["id"], 2);
    EXPECT_TRUE(ChangeRecorder::rowImages(batch, "before").empty());

    reopen("bram");
    MarkStoryLine mark(2);
    project->execute(mark);
    reopen("anouk");
    try {
        project->undo();
        FAIL() << "undo overwrote bram's change";
    } catch (const UndoError& e) {
        EXPECT_STREQ(e.what(), "cannot undo or redo: memos row 2 was changed by a later action; "
                               "undo that first");
    }
    EXPECT_EQ(count("memos"), 2u); // nothing half undone
    reopen("bram");
    project->undo();
    reopen("anouk");
    project->undo();
    EXPECT_EQ(count("memos"), 0u);
}

TEST_F(ChangeRecorderTest, RemovedRowsWithGapsAreRecordedByTheirIds) {
    importText("int1", "R: een twee drie\n");
    importText("int2", "R: vier vijf zes\n");
    addCode("Telwoord");
    applyCoding("int1", 3, 6, "Telwoord");  // coding 1
    applyCoding("int2", 3, 7, "Telwoord");  // coding 2
    applyCoding("int1", 7, 11, "Telwoord"); // coding 3
    RemoveDocument remove("int1");
    project->execute(remove);
    Json codings;
    for (const Json& change : changesOf(project->events().back()))
        if (change["table"] == "codings")
            codings = change;
    EXPECT_EQ(codings["op"], "delete-batch");
    EXPECT_EQ(codings["ids"], Json::parse("[1, 3]"));
    EXPECT_FALSE(codings.contains("first_id"));
    EXPECT_EQ(ChangeRecorder::rowImages(codings, "before")[1]["text"], "twee");
    reopen();
    project->undo();
    EXPECT_EQ(count("codings"), 3u);
    EXPECT_EQ(project->codings().front().text, "een");
    project->redo();
    EXPECT_EQ(count("codings"), 1u);
    EXPECT_TRUE(checksPass());
}

// Projects written before batches existed hold one JSON object per row ("insert-rows",
// "delete-rows"); undo and redo still replay them.
TEST_F(ChangeRecorderTest, ChangesRecordedRowByRowStillReplay) {
    importText("int", "I: Vraag?\nR: Antwoord.\n");
    store::Database& db = project->database();
    store::Transaction transaction(db);
    db.exec("INSERT INTO paragraphs (document_id, idx, start, \"end\") VALUES (1, 7, 0, 2)");
    const Json old = Json::parse(R"([{"op": "insert-rows", "table": "paragraphs", "after":
        [{"id": 3, "document_id": 1, "idx": 7, "start": 0, "end": 2}]}])");
    EXPECT_EQ(ChangeRecorder::rowImages(old[0], "after").size(), 1u);
    ChangeRecorder undo(db);
    undo.revert(old);
    EXPECT_EQ(count("paragraphs"), 2u);
    EXPECT_EQ(undo.changes()[0]["op"], "delete-rows");
    ChangeRecorder redo(db);
    redo.reapply(old);
    EXPECT_EQ(count("paragraphs"), 3u);
    EXPECT_EQ(redo.row("paragraphs", 3)["idx"], 7);
}

TEST(RowBatchTest, ARowMustHaveOneValuePerColumn) {
    RowBatch rows({"document_id", "idx"});
    rows.add(1, 0);
    EXPECT_THROW(rows.add(1), Error);
    EXPECT_EQ(rows.size(), 1u);
}

} // namespace
} // namespace codeboom
