#include "codeboom/store/database.h"

#include "codeboom/error.h"

#include <sqlite3.h>

#include <fstream>

namespace codeboom::store {

namespace {

std::string describe(const std::filesystem::path& path) {
    return path.filename().string();
}

// SQLite says "file is not a database" both for files that are not SQLite at all and for SQLite
// files whose header is damaged; the 16-byte magic string tells the two apart.
bool hasSqliteHeader(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    char magic[16] = {};
    in.read(magic, sizeof magic);
    return in.gcount() == 16 &&
           std::string_view(magic, 16) == std::string_view("SQLite format 3\0", 16);
}

} // namespace

Database::Database(const std::filesystem::path& path, OpenMode mode) : path_(path) {
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case OpenMode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case OpenMode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        readOnly_ = true;
        break;
    case OpenMode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    if (mode != OpenMode::Create && !std::filesystem::exists(path))
        throw InvalidArgumentError(
            Message{CODEBOOM_N_("{file}: no such project file"), {{"file", path.string()}}});
    const int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
        sqlite3_close(db_);
        db_ = nullptr;
        throw Error(Message{CODEBOOM_N_("{file}: cannot open the file ({reason})"),
                            {{"file", describe(path_)}, {"reason", message}}});
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, 2000);
}

Database::~Database() {
    cache_.clear();
    sqlite3_close_v2(db_);
}

void Database::fail(int rc, std::string_view what) const {
    const std::string name = describe(path_);
    const std::string detail = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        throw ProjectLockedError(Message{
            CODEBOOM_N_("{file} is locked by another program ({reason}); close it there and try "
                        "again"),
            {{"file", name}, {"reason", detail}}});
    case SQLITE_CORRUPT:
        throw ProjectCorruptError(
            Message{CODEBOOM_N_("{file} is damaged ({reason} while {action}); restore it from a "
                                "backup"),
                    {{"file", name}, {"reason", detail}, {"action", std::string(what)}}});
    case SQLITE_NOTADB:
        if (hasSqliteHeader(path_))
            throw ProjectCorruptError(
                Message{CODEBOOM_N_("{file} is damaged: its database header cannot be read "
                                    "({reason}); restore it from a backup"),
                        {{"file", name}, {"reason", detail}}});
        throw NotAProjectError(
            Message{CODEBOOM_N_("{file} is not a Codeboom project (it is not an SQLite database)"),
                    {{"file", name}}});
    case SQLITE_READONLY:
        throw Error(
            Message{CODEBOOM_N_("{file} cannot be changed: it is open read-only or the file "
                                "is write-protected"),
                    {{"file", name}}});
    case SQLITE_FULL:
        throw Error(Message{CODEBOOM_N_("{file}: the disk is full; nothing was changed"),
                            {{"file", name}}});
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        throw Error(Message{CODEBOOM_N_("{file}: the file cannot be read or written ({reason})"),
                            {{"file", name}, {"reason", detail}}});
    default:
        throw Error(Message{CODEBOOM_N_("{file}: database error while {action} ({reason})"),
                            {{"file", name}, {"action", std::string(what)}, {"reason", detail}}});
    }
}

void Database::exec(std::string_view sql) {
    char* message = nullptr;
    const std::string text(sql);
    const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        fail(rc, "running " + text.substr(0, 60));
}

Statement& Database::cached(const std::string& sql) {
    auto it = cache_.find(sql);
    if (it == cache_.end())
        it = cache_.emplace(sql, std::make_unique<Statement>(*this, sql)).first;
    it->second->reset();
    return *it->second;
}

std::int64_t Database::lastInsertRowid() const {
    return sqlite3_last_insert_rowid(db_);
}
int Database::changes() const {
    return sqlite3_changes(db_);
}
bool Database::inTransaction() const {
    return sqlite3_get_autocommit(db_) == 0;
}

Statement::Statement(Database& db, std::string_view sql) : db_(&db) {
    const int rc = sqlite3_prepare_v3(db.handle(), sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr);
    if (rc != SQLITE_OK)
        db.fail(rc, "preparing " + std::string(sql.substr(0, 60)));
}

Statement::~Statement() {
    sqlite3_finalize(stmt_);
}

Statement::Statement(Statement&& other) noexcept : db_(other.db_), stmt_(other.stmt_) {
    other.stmt_ = nullptr;
}

Statement& Statement::bind(int index, std::int64_t value) {
    if (const int rc = sqlite3_bind_int64(stmt_, index + 1, value); rc != SQLITE_OK)
        db_->fail(rc, "binding a value");
    return *this;
}

Statement& Statement::bind(int index, double value) {
    if (const int rc = sqlite3_bind_double(stmt_, index + 1, value); rc != SQLITE_OK)
        db_->fail(rc, "binding a value");
    return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
    // An empty string_view may carry a null pointer, which SQLite would bind as NULL.
    const int rc = sqlite3_bind_text64(stmt_, index + 1, value.data() ? value.data() : "",
                                       value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK)
        db_->fail(rc, "binding a value");
    return *this;
}

Statement& Statement::bindNull(int index) {
    if (const int rc = sqlite3_bind_null(stmt_, index + 1); rc != SQLITE_OK)
        db_->fail(rc, "binding a value");
    return *this;
}

Statement& Statement::bindBlob(int index, std::string_view bytes) {
    const int rc =
        sqlite3_bind_blob64(stmt_, index + 1, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        db_->fail(rc, "binding a value");
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(stmt_);
    db_->fail(rc, std::string("running ") + std::string(sqlite3_sql(stmt_)).substr(0, 60));
}

void Statement::run() {
    while (step()) {
    }
    reset();
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

int Statement::columnCount() const {
    return sqlite3_column_count(stmt_);
}
std::string Statement::columnName(int index) const {
    return sqlite3_column_name(stmt_, index);
}
int Statement::columnType(int index) const {
    return sqlite3_column_type(stmt_, index);
}
bool Statement::isNull(int index) const {
    return columnType(index) == SQLITE_NULL;
}
std::int64_t Statement::int64At(int index) const {
    return sqlite3_column_int64(stmt_, index);
}
double Statement::doubleAt(int index) const {
    return sqlite3_column_double(stmt_, index);
}

std::string_view Statement::textViewAt(int index) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, index));
    const auto size = static_cast<std::size_t>(sqlite3_column_bytes(stmt_, index));
    return text ? std::string_view(text, size) : std::string_view();
}

std::string Statement::textAt(int index) const {
    return std::string(textViewAt(index));
}

std::optional<std::string> Statement::optionalTextAt(int index) const {
    if (isNull(index))
        return std::nullopt;
    return textAt(index);
}

std::optional<std::int64_t> Statement::optionalInt64At(int index) const {
    if (isNull(index))
        return std::nullopt;
    return int64At(index);
}

Transaction::Transaction(Database& db) : db_(db), outermost_(!db.inTransaction()) {
    db_.exec(outermost_ ? "BEGIN IMMEDIATE" : "SAVEPOINT nested");
}

Transaction::~Transaction() {
    if (done_)
        return;
    // Errors cannot propagate from a destructor; a failed rollback leaves SQLite to roll back
    // when the connection closes, which is still all-or-nothing.
    if (outermost_)
        sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    else
        sqlite3_exec(db_.handle(), "ROLLBACK TO nested; RELEASE nested", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    db_.exec(outermost_ ? "COMMIT" : "RELEASE nested");
    done_ = true;
}

} // namespace codeboom::store
