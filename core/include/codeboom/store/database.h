#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace codeboom::store {

class Database;

// A prepared statement. Columns and parameters are 0-based here (SQLite binds 1-based).
class Statement {
public:
    Statement(Database& db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const std::string& value) {
        return bind(index, std::string_view(value));
    }
    Statement& bindNull(int index);
    Statement& bindBlob(int index, std::string_view bytes);
    template <typename T> Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Advances to the next row; false when the statement is done.
    bool step();
    // Runs a statement that returns no rows (or ignores them) and resets it.
    void run();
    void reset();

    int columnCount() const;
    std::string columnName(int index) const;
    int columnType(
        int index) const; // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB, SQLITE_NULL
    bool isNull(int index) const;
    std::int64_t int64At(int index) const;
    int intAt(int index) const { return static_cast<int>(int64At(index)); }
    double doubleAt(int index) const;
    std::string textAt(int index) const;
    std::string_view textViewAt(int index) const; // valid until the next step/reset
    std::optional<std::string> optionalTextAt(int index) const;
    std::optional<std::int64_t> optionalInt64At(int index) const;

private:
    Database* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

enum class OpenMode { ReadWrite, ReadOnly, Create };

// One connection to one file. Translates SQLite's failures into codeboom errors that name the
// file: busy/locked -> ProjectLockedError, corrupt -> ProjectCorruptError, "not a database" ->
// NotAProjectError or ProjectCorruptError depending on the file header.
class Database {
public:
    Database(const std::filesystem::path& path, OpenMode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void exec(std::string_view sql);
    Statement prepare(std::string_view sql) { return Statement(*this, sql); }
    // A statement prepared once per connection and reset before reuse: for the hot paths.
    Statement& cached(const std::string& sql);

    std::int64_t lastInsertRowid() const;
    int changes() const;
    bool inTransaction() const;
    bool readOnly() const { return readOnly_; }
    const std::filesystem::path& path() const { return path_; }
    sqlite3* handle() const { return db_; }

    // Throws the codeboom error that fits SQLite result code rc; `what` says what was being done.
    [[noreturn]] void fail(int rc, std::string_view what) const;

private:
    std::filesystem::path path_;
    sqlite3* db_ = nullptr;
    bool readOnly_ = false;
    std::map<std::string, std::unique_ptr<Statement>, std::less<>> cache_;
};

// A savepoint: the outermost one opens an IMMEDIATE write transaction so that a command either
// takes the write lock up front or fails before changing anything. Rolled back by the destructor
// unless commit() was called.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& db_;
    bool outermost_;
    bool done_ = false;
};

} // namespace codeboom::store
