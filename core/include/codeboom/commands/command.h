#pragma once

#include "codeboom/error.h"
#include "codeboom/model/types.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace codeboom {

class Project;
namespace store {
class Database;
}

// Rows to insert in one go, all with the same columns, given value by value in column order:
// recorded as one column list and the values row after row, not as one JSON object per row (an
// import writes hundreds of thousands of rows, and per-row objects were most of its cost).
class RowBatch {
public:
    explicit RowBatch(std::vector<std::string> columns) : columns_(std::move(columns)) {}

    // Appends one row: exactly one value (anything nlohmann::json takes) per column.
    template <typename... Values> RowBatch& add(Values&&... values) {
        if (sizeof...(Values) != columns_.size())
            throw Error("a row of " + std::to_string(sizeof...(Values)) + " values for " +
                        std::to_string(columns_.size()) + " columns");
        (values_.emplace_back(std::forward<Values>(values)), ...);
        return *this;
    }
    void reserve(std::size_t rows) { values_.reserve(rows * columns_.size()); }
    std::size_t size() const { return columns_.empty() ? 0 : values_.size() / columns_.size(); }
    bool empty() const { return values_.empty(); }
    const std::vector<std::string>& columns() const { return columns_; }

private:
    friend class ChangeRecorder;
    std::vector<std::string> columns_;
    std::vector<nlohmann::json> values_;
};

// Writes rows and remembers their before and after images. The images are what undo and redo
// replay (in reverse, or again) and what the audit log shows; recording them generically means
// no command has to write its own inverse, and a row changed since by someone else is detected
// instead of overwritten.
class ChangeRecorder {
public:
    explicit ChangeRecorder(store::Database& db) : db_(db) {}

    RowId insert(std::string_view table, nlohmann::json row);
    // Inserts many rows, recorded as one compact change ("insert-batch": the column list, the
    // values row after row, and the ids as a range when, as usual, they are consecutive). Rows
    // are not read back one by one; columns the rows leave to their defaults are, so that the
    // image is the whole row as stored.
    void insertBatch(std::string_view table, RowBatch rows);
    // The same for rows given as objects, each with the same keys (every column but the id).
    void insertRows(std::string_view table, const std::vector<nlohmann::json>& rows);
    void update(std::string_view table, RowId id, const nlohmann::json& fields);
    void remove(std::string_view table, RowId id);
    // Deletes every row whose `column` equals `value`, recorded as one change (a batch).
    void removeWhere(std::string_view table, std::string_view column, RowId value);

    const nlohmann::json& changes() const { return changes_; }
    // Hands the recorded changes over (an import's are tens of MiB: not worth a copy); the
    // recorder is empty afterwards.
    nlohmann::json takeChanges() { return std::exchange(changes_, nlohmann::json::array()); }
    bool touches(std::string_view table) const;
    bool empty() const { return changes_.empty(); }

    // Replays recorded changes backwards (undo) or forwards (redo), each checked against the
    // rows as they are now; throws UndoError naming the first row that no longer matches.
    void revert(const nlohmann::json& changes);
    void reapply(const nlohmann::json& changes);

    nlohmann::json row(std::string_view table, RowId id) const;

    // The row images one recorded change holds on `side` ("before" or "after"), as objects with
    // every recorded column and the id, whatever form the change was recorded in (one row, rows,
    // a batch): for readers of the event log.
    static std::vector<nlohmann::json> rowImages(const nlohmann::json& change,
                                                 std::string_view side);

private:
    void insertImage(std::string_view table, const nlohmann::json& row);
    void writeImage(std::string_view table, const nlohmann::json& row);
    void deleteRow(std::string_view table, RowId id);
    void expect(std::string_view table, RowId id, const nlohmann::json& image) const;
    struct Batch;
    static Batch batchOf(const nlohmann::json& change);
    void expectBatch(const Batch& batch, bool present) const;
    void insertBatchRows(const Batch& batch);
    void deleteBatchRows(const Batch& batch);

    store::Database& db_;
    nlohmann::json changes_ = nlohmann::json::array();
};

// What a command sees while it runs: the project (for queries) and the recorder (for writes).
// `reason` is the one the user gave for the command (empty when none); the event log keeps it,
// and a command may keep it with a row too (a merged code remembers why it was merged).
struct CommandContext {
    Project& project;
    ChangeRecorder& changes;
    std::string_view reason;
};

// Every mutation of a project is a Command: one user gesture, one transaction, one event, one
// undo step. Subclasses are named after their verb (ApplyCoding, RenameCode ...).
class Command {
public:
    virtual ~Command() = default;
    // A stable machine name for the log ("apply-coding").
    virtual std::string name() const = 0;
    // A human label for menus and the log ("code 'Regulatief > Subsidies' toepassen").
    virtual std::string label() const = 0;
    // The arguments as given, for the audit log.
    virtual nlohmann::json arguments() const = 0;
    virtual void execute(CommandContext& context) = 0;
};

} // namespace codeboom
