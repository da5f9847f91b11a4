#pragma once

#include "codeboom/model/types.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace codeboom {

class Project;
namespace store {
class Database;
}

// Writes rows and remembers their before and after images. The images are what undo and redo
// replay (in reverse, or again) and what the audit log shows; recording them generically means
// no command has to write its own inverse, and a row changed since by someone else is detected
// instead of overwritten.
class ChangeRecorder {
public:
    explicit ChangeRecorder(store::Database& db) : db_(db) {}

    RowId insert(std::string_view table, nlohmann::json row);
    // Inserts many rows given with every column but the id, recorded as one change: an import
    // writes thousands of paragraph rows and should not read each one back.
    void insertRows(std::string_view table, const std::vector<nlohmann::json>& rows);
    void update(std::string_view table, RowId id, const nlohmann::json& fields);
    void remove(std::string_view table, RowId id);
    // Deletes every row whose `column` equals `value`, recorded as one change.
    void removeWhere(std::string_view table, std::string_view column, RowId value);

    const nlohmann::json& changes() const { return changes_; }
    bool touches(std::string_view table) const;
    bool empty() const { return changes_.empty(); }

    // Replays recorded changes backwards (undo) or forwards (redo), each checked against the
    // rows as they are now; throws UndoError naming the first row that no longer matches.
    void revert(const nlohmann::json& changes);
    void reapply(const nlohmann::json& changes);

    nlohmann::json row(std::string_view table, RowId id) const;

private:
    void insertImage(std::string_view table, const nlohmann::json& row);
    void writeImage(std::string_view table, const nlohmann::json& row);
    void deleteRow(std::string_view table, RowId id);
    void expect(std::string_view table, RowId id, const nlohmann::json& image) const;

    store::Database& db_;
    nlohmann::json changes_ = nlohmann::json::array();
};

// What a command sees while it runs: the project (for queries) and the recorder (for writes).
struct CommandContext {
    Project& project;
    ChangeRecorder& changes;
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
