#include "codeboom/commands/command.h"
#include "codeboom/error.h"
#include "codeboom/store/database.h"

#include <sqlite3.h>

namespace codeboom {

namespace {

std::string sqlName(std::string_view name) {
    return "\"" + std::string(name) + "\"";
}

void bindJson(store::Statement& stmt, int index, const nlohmann::json& value) {
    if (value.is_null())
        stmt.bindNull(index);
    else if (value.is_number_integer())
        stmt.bind(index, value.get<std::int64_t>());
    else if (value.is_number())
        stmt.bind(index, value.get<double>());
    else
        stmt.bind(index, value.get_ref<const std::string&>());
}

std::string describeRow(std::string_view table, RowId id) {
    return std::string(table) + " row " + std::to_string(id);
}

} // namespace

nlohmann::json ChangeRecorder::row(std::string_view table, RowId id) const {
    auto& stmt = db_.cached("SELECT * FROM " + sqlName(table) + " WHERE id = ?");
    stmt.bind(0, id);
    if (!stmt.step())
        return nullptr;
    nlohmann::json image = nlohmann::json::object();
    for (int i = 0; i < stmt.columnCount(); ++i) {
        switch (stmt.columnType(i)) {
        case SQLITE_NULL:
            image[stmt.columnName(i)] = nullptr;
            break;
        case SQLITE_INTEGER:
            image[stmt.columnName(i)] = stmt.int64At(i);
            break;
        case SQLITE_FLOAT:
            image[stmt.columnName(i)] = stmt.doubleAt(i);
            break;
        default:
            image[stmt.columnName(i)] = stmt.textAt(i);
        }
    }
    stmt.reset();
    return image;
}

namespace {

// Every row of one table written by one command has the same columns, so the statement text
// is made once per batch.
std::string insertSql(std::string_view table, const nlohmann::json& row) {
    std::string columns;
    std::string marks;
    for (const auto& [key, value] : row.items()) {
        columns += (columns.empty() ? "" : ", ") + sqlName(key);
        marks += marks.empty() ? "?" : ", ?";
    }
    return "INSERT INTO " + sqlName(table) + " (" + columns + ") VALUES (" + marks + ")";
}

void insertWith(store::Statement& stmt, const nlohmann::json& row) {
    int index = 0;
    for (const auto& [key, value] : row.items())
        bindJson(stmt, index++, value);
    stmt.run();
}

} // namespace

void ChangeRecorder::insertImage(std::string_view table, const nlohmann::json& row) {
    insertWith(db_.cached(insertSql(table, row)), row);
}

void ChangeRecorder::writeImage(std::string_view table, const nlohmann::json& row) {
    std::string assignments;
    for (const auto& [key, value] : row.items())
        if (key != "id")
            assignments += (assignments.empty() ? "" : ", ") + sqlName(key) + " = ?";
    auto& stmt = db_.cached("UPDATE " + sqlName(table) + " SET " + assignments + " WHERE id = ?");
    int index = 0;
    for (const auto& [key, value] : row.items())
        if (key != "id")
            bindJson(stmt, index++, value);
    stmt.bind(index, row.at("id").get<RowId>());
    stmt.run();
}

void ChangeRecorder::deleteRow(std::string_view table, RowId id) {
    auto& stmt = db_.cached("DELETE FROM " + sqlName(table) + " WHERE id = ?");
    stmt.bind(0, id);
    stmt.run();
}

RowId ChangeRecorder::insert(std::string_view table, nlohmann::json row) {
    insertImage(table, row);
    const RowId id = db_.lastInsertRowid();
    changes_.push_back(
        {{"op", "insert"}, {"table", table}, {"id", id}, {"after", this->row(table, id)}});
    return id;
}

bool ChangeRecorder::touches(std::string_view table) const {
    for (const auto& change : changes_)
        if (change.at("table") == table)
            return true;
    return false;
}

void ChangeRecorder::insertRows(std::string_view table, const std::vector<nlohmann::json>& rows) {
    if (rows.empty())
        return;
    store::Statement& stmt = db_.cached(insertSql(table, rows.front()));
    nlohmann::json after = nlohmann::json::array();
    for (const nlohmann::json& row : rows) {
        insertWith(stmt, row);
        nlohmann::json image = row;
        image["id"] = db_.lastInsertRowid();
        after.push_back(std::move(image));
    }
    changes_.push_back({{"op", "insert-rows"}, {"table", table}, {"after", std::move(after)}});
}

void ChangeRecorder::update(std::string_view table, RowId id, const nlohmann::json& fields) {
    nlohmann::json before = row(table, id);
    if (before.is_null())
        throw InvalidArgumentError(describeRow(table, id) + " does not exist");
    nlohmann::json after = before;
    for (const auto& [key, value] : fields.items())
        after[key] = value;
    if (after == before)
        return;
    writeImage(table, after);
    changes_.push_back({{"op", "update"},
                        {"table", table},
                        {"id", id},
                        {"before", std::move(before)},
                        {"after", row(table, id)}});
}

void ChangeRecorder::remove(std::string_view table, RowId id) {
    nlohmann::json before = row(table, id);
    if (before.is_null())
        throw InvalidArgumentError(describeRow(table, id) + " does not exist");
    deleteRow(table, id);
    changes_.push_back(
        {{"op", "delete"}, {"table", table}, {"id", id}, {"before", std::move(before)}});
}

void ChangeRecorder::removeWhere(std::string_view table, std::string_view column, RowId value) {
    std::vector<RowId> ids;
    {
        auto stmt = db_.prepare("SELECT id FROM " + sqlName(table) + " WHERE " + sqlName(column) +
                                " = ? ORDER BY id");
        stmt.bind(0, value);
        while (stmt.step())
            ids.push_back(stmt.int64At(0));
    }
    if (ids.empty())
        return;
    nlohmann::json before = nlohmann::json::array();
    for (const RowId id : ids) {
        before.push_back(row(table, id));
        deleteRow(table, id);
    }
    changes_.push_back({{"op", "delete-rows"}, {"table", table}, {"before", std::move(before)}});
}

void ChangeRecorder::expect(std::string_view table, RowId id, const nlohmann::json& image) const {
    if (row(table, id) != image)
        throw UndoError("cannot undo or redo: " + describeRow(table, id) +
                        " was changed by a later action; undo that first");
}

void ChangeRecorder::revert(const nlohmann::json& changes) {
    for (auto it = changes.rbegin(); it != changes.rend(); ++it) {
        const auto& change = *it;
        const std::string table = change.at("table");
        const std::string op = change.at("op");
        if (op == "insert-rows") {
            const auto& rows = change.at("after");
            for (auto row = rows.rbegin(); row != rows.rend(); ++row) {
                expect(table, row->at("id"), *row);
                deleteRow(table, row->at("id"));
            }
            changes_.push_back({{"op", "delete-rows"}, {"table", table}, {"before", rows}});
            continue;
        }
        if (op == "delete-rows") {
            for (const auto& row : change.at("before")) {
                expect(table, row.at("id"), nullptr);
                insertImage(table, row);
            }
            changes_.push_back(
                {{"op", "insert-rows"}, {"table", table}, {"after", change.at("before")}});
            continue;
        }
        const RowId id = change.at("id");
        if (op == "insert") {
            expect(table, id, change.at("after"));
            deleteRow(table, id);
            changes_.push_back(
                {{"op", "delete"}, {"table", table}, {"id", id}, {"before", change.at("after")}});
        } else if (op == "update") {
            expect(table, id, change.at("after"));
            writeImage(table, change.at("before"));
            changes_.push_back({{"op", "update"},
                                {"table", table},
                                {"id", id},
                                {"before", change.at("after")},
                                {"after", change.at("before")}});
        } else {
            expect(table, id, nullptr);
            insertImage(table, change.at("before"));
            changes_.push_back(
                {{"op", "insert"}, {"table", table}, {"id", id}, {"after", change.at("before")}});
        }
    }
}

void ChangeRecorder::reapply(const nlohmann::json& changes) {
    for (const auto& change : changes) {
        const std::string table = change.at("table");
        const std::string op = change.at("op");
        if (op == "insert-rows" || op == "delete-rows") {
            const bool inserting = op == "insert-rows";
            for (const auto& row : change.at(inserting ? "after" : "before")) {
                expect(table, row.at("id"), inserting ? nlohmann::json(nullptr) : row);
                if (inserting)
                    insertImage(table, row);
                else
                    deleteRow(table, row.at("id"));
            }
            changes_.push_back(change);
            continue;
        }
        const RowId id = change.at("id");
        if (op == "insert") {
            expect(table, id, nullptr);
            insertImage(table, change.at("after"));
        } else if (op == "update") {
            expect(table, id, change.at("before"));
            writeImage(table, change.at("after"));
        } else {
            expect(table, id, change.at("before"));
            deleteRow(table, id);
        }
        changes_.push_back(change);
    }
}

} // namespace codeboom
