#include "codeboom/commands/command.h"
#include "codeboom/error.h"
#include "codeboom/store/database.h"

#include <sqlite3.h>

#include <algorithm>

namespace codeboom {

namespace {

using Json = nlohmann::json;

std::string sqlName(std::string_view name) {
    return "\"" + std::string(name) + "\"";
}

void bindJson(store::Statement& stmt, int index, const Json& value) {
    if (value.is_null())
        stmt.bindNull(index);
    else if (value.is_number_integer())
        stmt.bind(index, value.get<std::int64_t>());
    else if (value.is_number())
        stmt.bind(index, value.get<double>());
    else
        stmt.bind(index, value.get_ref<const std::string&>());
}

Json valueAt(const store::Statement& stmt, int index) {
    switch (stmt.columnType(index)) {
    case SQLITE_NULL:
        return nullptr;
    case SQLITE_INTEGER:
        return stmt.int64At(index);
    case SQLITE_FLOAT:
        return stmt.doubleAt(index);
    default:
        return stmt.textAt(index);
    }
}

// valueAt(stmt, index) == value, without building the JSON value for text.
bool sameValue(const store::Statement& stmt, int index, const Json& value) {
    switch (stmt.columnType(index)) {
    case SQLITE_NULL:
        return value.is_null();
    case SQLITE_INTEGER:
        return value.is_number() && value == Json(stmt.int64At(index));
    case SQLITE_FLOAT:
        return value.is_number() && value == Json(stmt.doubleAt(index));
    default:
        return value.is_string() && value.get_ref<const std::string&>() == stmt.textViewAt(index);
    }
}

Message missingRow(std::string_view table, RowId id) {
    return {CODEBOOM_N_("{table} row {id} does not exist"),
            {{"table", std::string(table)}, {"id", std::to_string(id)}}};
}

Message changedLater(std::string_view table, RowId id) {
    return {CODEBOOM_N_("cannot undo or redo: {table} row {id} was changed by a later action; undo "
                        "that first"),
            {{"table", std::string(table)}, {"id", std::to_string(id)}}};
}

std::string joinedNames(const std::vector<std::string>& columns) {
    std::string out;
    for (const std::string& column : columns)
        out += (out.empty() ? "" : ", ") + sqlName(column);
    return out;
}

// An INSERT of `rows` rows at once. SQLite does its per-statement work (AUTOINCREMENT's
// sqlite_sequence lookup and update, the statement journal) once per statement, which cost more
// than the row itself when an import inserted its rows one statement each.
std::string insertSql(std::string_view table, const std::vector<std::string>& columns, bool withId,
                      std::size_t rows = 1) {
    std::string marks = withId ? "?" : "";
    for (std::size_t i = 0; i < columns.size(); ++i)
        marks += marks.empty() ? "?" : ", ?";
    std::string values;
    for (std::size_t r = 0; r < rows; ++r)
        values += (r == 0 ? "(" : ", (") + marks + ")";
    return "INSERT INTO " + sqlName(table) + " (" + (withId ? "\"id\", " : "") +
           joinedNames(columns) + ") VALUES " + values;
}

// The largest number of rows per statement: a power of two (so that any count is a few
// statements of cached sizes), and within SQLite's limit on parameters.
std::size_t rowsPerStatement(sqlite3* db, std::size_t width) {
    const auto parameters =
        static_cast<std::size_t>(sqlite3_limit(db, SQLITE_LIMIT_VARIABLE_NUMBER, -1));
    std::size_t rows = 256;
    while (rows > 1 && rows * width > parameters)
        rows /= 2;
    return rows;
}

// Every row of one table written by one command has the same columns, so the statement text
// is made once per batch.
std::string insertSql(std::string_view table, const Json& row) {
    std::vector<std::string> columns;
    for (const auto& [key, value] : row.items())
        columns.push_back(key);
    return insertSql(table, columns, false);
}

void insertWith(store::Statement& stmt, const Json& row) {
    int index = 0;
    for (const auto& [key, value] : row.items())
        bindJson(stmt, index++, value);
    stmt.run();
}

bool consecutive(const std::vector<RowId>& ids) {
    for (std::size_t i = 1; i < ids.size(); ++i)
        if (ids[i] != ids[i - 1] + 1)
            return false;
    return !ids.empty();
}

// The log entry of a batch: the column list, the values row after row, and the ids as a range
// when they are consecutive. A column with one value in every row (the document of a document's
// paragraphs, an absent timestamp) is written once, under "same"; one column always varies, so
// that the values still count the rows.
Json batchChange(std::string_view op, std::string_view table, std::vector<std::string> columns,
                 const std::vector<RowId>& ids, std::vector<Json> values) {
    const std::size_t width = columns.size();
    const std::size_t rows = ids.size();
    std::vector<bool> constant(width, rows > 1);
    for (std::size_t c = 0; c < width; ++c)
        for (std::size_t r = 1; r < rows && constant[c]; ++r)
            constant[c] = values[r * width + c] == values[c];
    if (std::all_of(constant.begin(), constant.end(), [](bool b) { return b; }))
        constant.back() = false;
    Json same = Json::object();
    std::vector<std::string> varying;
    for (std::size_t c = 0; c < width; ++c) {
        if (constant[c])
            same[columns[c]] = values[c];
        else
            varying.push_back(columns[c]);
    }
    if (varying.size() < width) {
        std::vector<Json> kept;
        kept.reserve(rows * varying.size());
        for (std::size_t i = 0; i < values.size(); ++i)
            if (!constant[i % width])
                kept.push_back(std::move(values[i]));
        values = std::move(kept);
    }
    Json change = {{"op", op}, {"table", table}, {"columns", std::move(varying)}};
    if (!same.empty())
        change["same"] = std::move(same);
    if (consecutive(ids))
        change["first_id"] = ids.front();
    else
        change["ids"] = ids;
    Json list = Json::array();
    list.get_ref<Json::array_t&>() = std::move(values); // moved, not copied element by element
    change["values"] = std::move(list);
    return change;
}

} // namespace

// A recorded batch as stored in the log: row r has id ids[r]; the first `varying` columns have
// their values at r * varying, the others one value for every row.
struct ChangeRecorder::Batch {
    std::string table;
    std::vector<std::string> columns;
    std::size_t varying = 0;
    std::vector<RowId> ids;
    const Json::array_t* values = nullptr;
    std::vector<const Json*> constants;

    const Json& value(std::size_t row, std::size_t column) const {
        return column < varying ? (*values)[row * varying + column] : *constants[column - varying];
    }
};

ChangeRecorder::Batch ChangeRecorder::batchOf(const Json& change) {
    Batch batch;
    batch.table = change.at("table").get<std::string>();
    batch.columns = change.at("columns").get<std::vector<std::string>>();
    batch.varying = batch.columns.size();
    batch.values = &change.at("values").get_ref<const Json::array_t&>();
    if (const auto same = change.find("same"); same != change.end())
        for (const auto& [column, value] : same->items()) {
            batch.columns.push_back(column);
            batch.constants.push_back(&value);
        }
    const std::size_t width = batch.varying;
    const std::size_t rows = width == 0 ? 0 : batch.values->size() / width;
    if (const auto first = change.find("first_id"); first != change.end()) {
        for (std::size_t r = 0; r < rows; ++r)
            batch.ids.push_back(first->get<RowId>() + static_cast<RowId>(r));
    } else {
        batch.ids = change.at("ids").get<std::vector<RowId>>();
    }
    if (width == 0 || batch.values->size() != rows * width || batch.ids.size() != rows)
        throw UndoError(
            Message{CODEBOOM_N_("the recorded change to {table} is damaged (its values do "
                                "not fill its rows); it cannot be replayed"),
                    {{"table", batch.table}}});
    return batch;
}

nlohmann::json ChangeRecorder::row(std::string_view table, RowId id) const {
    auto& stmt = db_.cached("SELECT * FROM " + sqlName(table) + " WHERE id = ?");
    stmt.bind(0, id);
    if (!stmt.step())
        return nullptr;
    Json image = Json::object();
    for (int i = 0; i < stmt.columnCount(); ++i)
        image[stmt.columnName(i)] = valueAt(stmt, i);
    stmt.reset();
    return image;
}

std::vector<nlohmann::json> ChangeRecorder::rowImages(const nlohmann::json& change,
                                                      std::string_view side) {
    std::vector<Json> out;
    const std::string op = change.value("op", "");
    if (op == "insert-batch" || op == "delete-batch") {
        if ((op == "insert-batch") != (side == "after"))
            return out;
        const Batch batch = batchOf(change);
        for (std::size_t r = 0; r < batch.ids.size(); ++r) {
            Json image = {{"id", batch.ids[r]}};
            for (std::size_t c = 0; c < batch.columns.size(); ++c)
                image[batch.columns[c]] = batch.value(r, c);
            out.push_back(std::move(image));
        }
        return out;
    }
    const auto images = change.find(std::string(side));
    if (images == change.end())
        return out;
    if (images->is_array())
        out.assign(images->begin(), images->end());
    else if (images->is_object())
        out.push_back(*images);
    return out;
}

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

void ChangeRecorder::insertBatch(std::string_view table, RowBatch rows) {
    if (rows.empty())
        return;
    const std::size_t width = rows.columns_.size();
    const std::size_t count = rows.size();
    const std::size_t most = rowsPerStatement(db_.handle(), width);
    for (std::size_t done = 0; done < count;) {
        std::size_t chunk = most;
        while (chunk > count - done)
            chunk /= 2;
        store::Statement& stmt = db_.cached(insertSql(table, rows.columns_, false, chunk));
        for (std::size_t i = 0; i < chunk * width; ++i)
            bindJson(stmt, static_cast<int>(i), rows.values_[done * width + i]);
        stmt.run();
        done += chunk;
    }
    // Each new row's id is one more than any id the table has (or, with AUTOINCREMENT, ever
    // had), so the batch's ids are consecutive and end at the last one; every row in that range
    // is one of ours. Only past id 2^63 - 1 would SQLite choose ids at random: checked anyway.
    const RowId last = db_.lastInsertRowid();
    const RowId first = last - static_cast<RowId>(count) + 1;
    {
        auto& stmt =
            db_.cached("SELECT COUNT(*) FROM " + sqlName(table) + " WHERE id BETWEEN ? AND ?");
        stmt.bind(0, first).bind(1, last);
        stmt.step();
        const auto found = static_cast<std::size_t>(stmt.int64At(0));
        stmt.reset();
        if (found != count)
            throw Error("the rows inserted into " + std::string(table) +
                        " did not get consecutive ids; the change cannot be recorded");
    }
    std::vector<RowId> ids(count);
    for (std::size_t r = 0; r < count; ++r)
        ids[r] = first + static_cast<RowId>(r);
    // Columns the rows leave to their defaults are read back: undo compares whole rows, and a
    // later change to such a column must not go unnoticed.
    std::vector<std::string> missing;
    {
        auto& info = db_.cached("PRAGMA table_info(" + sqlName(table) + ")");
        while (info.step()) {
            const std::string column = info.textAt(1);
            if (column != "id" && std::find(rows.columns_.begin(), rows.columns_.end(), column) ==
                                      rows.columns_.end())
                missing.push_back(column);
        }
    }
    if (!missing.empty()) {
        auto& read = db_.cached("SELECT " + joinedNames(missing) + " FROM " + sqlName(table) +
                                " WHERE id = ?");
        std::vector<Json> wide;
        wide.reserve(count * (width + missing.size()));
        for (std::size_t r = 0; r < count; ++r) {
            for (std::size_t c = 0; c < width; ++c)
                wide.push_back(std::move(rows.values_[r * width + c]));
            read.bind(0, ids[r]);
            read.step();
            for (std::size_t m = 0; m < missing.size(); ++m)
                wide.push_back(valueAt(read, static_cast<int>(m)));
            read.reset();
        }
        rows.columns_.insert(rows.columns_.end(), missing.begin(), missing.end());
        rows.values_ = std::move(wide);
    }
    changes_.push_back(
        batchChange("insert-batch", table, std::move(rows.columns_), ids, std::move(rows.values_)));
}

void ChangeRecorder::insertRows(std::string_view table, const std::vector<nlohmann::json>& rows) {
    if (rows.empty())
        return;
    std::vector<std::string> columns;
    for (const auto& [key, value] : rows.front().items())
        columns.push_back(key);
    RowBatch batch(columns);
    batch.reserve(rows.size());
    for (const Json& row : rows) {
        if (row.size() != columns.size())
            throw Error("rows for " + std::string(table) + " must all have the same columns");
        for (const std::string& column : columns)
            batch.values_.push_back(row.at(column));
    }
    insertBatch(table, std::move(batch));
}

void ChangeRecorder::update(std::string_view table, RowId id, const nlohmann::json& fields) {
    nlohmann::json before = row(table, id);
    if (before.is_null())
        throw InvalidArgumentError(missingRow(table, id));
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
        throw InvalidArgumentError(missingRow(table, id));
    deleteRow(table, id);
    changes_.push_back(
        {{"op", "delete"}, {"table", table}, {"id", id}, {"before", std::move(before)}});
}

void ChangeRecorder::removeWhere(std::string_view table, std::string_view column, RowId value) {
    std::vector<std::string> columns;
    std::vector<RowId> ids;
    std::vector<Json> values;
    {
        auto stmt = db_.prepare("SELECT * FROM " + sqlName(table) + " WHERE " + sqlName(column) +
                                " = ? ORDER BY id");
        stmt.bind(0, value);
        int idColumn = -1;
        for (int i = 0; i < stmt.columnCount(); ++i) {
            if (stmt.columnName(i) == "id")
                idColumn = i;
            else
                columns.push_back(stmt.columnName(i));
        }
        while (stmt.step())
            for (int i = 0; i < stmt.columnCount(); ++i) {
                if (i == idColumn)
                    ids.push_back(stmt.int64At(i));
                else
                    values.push_back(valueAt(stmt, i));
            }
    }
    if (ids.empty())
        return;
    for (const RowId id : ids)
        deleteRow(table, id);
    changes_.push_back(
        batchChange("delete-batch", table, std::move(columns), ids, std::move(values)));
}

void ChangeRecorder::expect(std::string_view table, RowId id, const nlohmann::json& image) const {
    if (row(table, id) != image)
        throw UndoError(changedLater(table, id));
}

// Row by row, as expect() does for one row, but comparing values in place: undoing an import
// checks hundreds of thousands of rows.
void ChangeRecorder::expectBatch(const Batch& batch, bool present) const {
    auto& stmt = db_.cached("SELECT " + (present ? joinedNames(batch.columns) : "1") + " FROM " +
                            sqlName(batch.table) + " WHERE id = ?");
    for (std::size_t r = 0; r < batch.ids.size(); ++r) {
        stmt.bind(0, batch.ids[r]);
        bool matches = stmt.step() == present;
        for (std::size_t c = 0; matches && present && c < batch.columns.size(); ++c)
            matches = sameValue(stmt, static_cast<int>(c), batch.value(r, c));
        stmt.reset();
        if (!matches)
            throw UndoError(changedLater(batch.table, batch.ids[r]));
    }
}

void ChangeRecorder::insertBatchRows(const Batch& batch) {
    auto& stmt = db_.cached(insertSql(batch.table, batch.columns, true));
    for (std::size_t r = 0; r < batch.ids.size(); ++r) {
        stmt.bind(0, batch.ids[r]);
        for (std::size_t c = 0; c < batch.columns.size(); ++c)
            bindJson(stmt, static_cast<int>(c + 1), batch.value(r, c));
        stmt.run();
    }
}

void ChangeRecorder::deleteBatchRows(const Batch& batch) {
    for (auto id = batch.ids.rbegin(); id != batch.ids.rend(); ++id)
        deleteRow(batch.table, *id);
}

void ChangeRecorder::revert(const nlohmann::json& changes) {
    for (auto it = changes.rbegin(); it != changes.rend(); ++it) {
        const auto& change = *it;
        const std::string table = change.at("table");
        const std::string op = change.at("op");
        if (op == "insert-batch" || op == "delete-batch") {
            const Batch batch = batchOf(change);
            const bool inserted = op == "insert-batch";
            expectBatch(batch, inserted);
            if (inserted)
                deleteBatchRows(batch);
            else
                insertBatchRows(batch);
            Json inverse = change;
            inverse["op"] = inserted ? "delete-batch" : "insert-batch";
            changes_.push_back(std::move(inverse));
            continue;
        }
        // Changes recorded before batches existed: rows as one JSON object each.
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
        if (op == "insert-batch" || op == "delete-batch") {
            const Batch batch = batchOf(change);
            const bool inserting = op == "insert-batch";
            expectBatch(batch, !inserting);
            if (inserting)
                insertBatchRows(batch);
            else
                deleteBatchRows(batch);
            changes_.push_back(change);
            continue;
        }
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
