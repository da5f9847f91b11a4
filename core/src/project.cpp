#include "codeboom/project.h"

#include "codeboom/audit/hash_chain.h"
#include "codeboom/commands/command.h"
#include "codeboom/commands/command_label.h"
#include "codeboom/error.h"
#include "codeboom/store/schema.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <set>

namespace codeboom {

namespace {

std::string nameOf(const std::filesystem::path& path) {
    return path.filename().string();
}

// A project opened for writing holds an advisory lock on the file for its whole life; SQLite's
// own locks last only for one transaction and would let two windows edit one project and each
// undo the other's work.
int lockForWriting(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw Error(
            Message{CODEBOOM_N_("{file}: the file cannot be opened"), {{"file", nameOf(path)}}});
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        throw ProjectLockedError(
            Message{CODEBOOM_N_("{file} is open in another Codeboom window or program; close it "
                                "there, or open it read-only"),
                    {{"file", nameOf(path)}}});
    }
    return fd;
}

void checkHeader(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    char magic[16] = {};
    in.read(magic, sizeof magic);
    if (in.gcount() < 16 ||
        std::string_view(magic, 16) != std::string_view("SQLite format 3\0", 16))
        throw NotAProjectError(
            Message{CODEBOOM_N_("{file} is not a Codeboom project (it is not an SQLite database)"),
                    {{"file", nameOf(path)}}});
}

int pragmaInt(store::Database& db, const char* pragma) {
    auto stmt = db.prepare(std::string("PRAGMA ") + pragma);
    stmt.step();
    return stmt.intAt(0);
}

void configure(store::Database& db) {
    db.exec("PRAGMA foreign_keys = ON");
    // One command is one transaction, and importing a large REFI-QDA project or a merge writes
    // tens of MiB in one: with SQLite's default 2 MiB cache the dirty pages were spilled to the
    // log and read back while the transaction ran. Pages are allocated as used; this is a limit.
    db.exec("PRAGMA cache_size = -131072");
    if (!db.readOnly()) {
        db.exec("PRAGMA journal_mode = WAL");
        db.exec("PRAGMA synchronous = NORMAL");
    }
}

} // namespace

Project::Project(std::unique_ptr<store::Database> db, std::string coder, int lockFd)
    : db_(std::move(db)), coder_(std::move(coder)), lockFd_(lockFd) {}

Project::~Project() {
    texts_.clear();
    db_.reset();
    if (lockFd_ >= 0)
        ::close(lockFd_); // after SQLite has closed, so its POSIX locks are not disturbed
}

std::unique_ptr<Project> Project::create(const std::filesystem::path& path, std::string coder) {
    if (coder.empty())
        throw InvalidArgumentError(Message{
            CODEBOOM_N_("a coder name is needed (use --coder NAME or CODEBOOM_CODER)"), {}});
    if (std::filesystem::exists(path))
        throw InvalidArgumentError(
            Message{CODEBOOM_N_("{file} already exists; choose another file name"),
                    {{"file", nameOf(path)}}});
    {
        std::ofstream touch(path, std::ios::binary);
        if (!touch)
            throw Error(Message{
                CODEBOOM_N_("{file}: cannot create the file here (is the folder writable?)"),
                {{"file", nameOf(path)}}});
    }
    try {
        const int fd = lockForWriting(path);
        auto db = std::make_unique<store::Database>(path, store::OpenMode::ReadWrite);
        std::unique_ptr<Project> project(new Project(std::move(db), std::move(coder), fd));
        configure(*project->db_);
        store::createSchema(*project->db_);
        project->uuid_ = project->uuids_.next();
        auto insert = project->db_->prepare("INSERT INTO project (key, value) VALUES (?, ?)");
        insert.bind(0, "uuid").bind(1, project->uuid_).run();
        insert.bind(0, "created_at").bind(1, utcNow()).run();
        insert.bind(0, "created_with").bind(1, "Codeboom " CODEBOOM_VERSION).run();
        return project;
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(path, ignored);
        throw;
    }
}

std::unique_ptr<Project> Project::open(const std::filesystem::path& path, std::string coder,
                                       bool readOnly) {
    if (!std::filesystem::exists(path))
        throw InvalidArgumentError(
            Message{CODEBOOM_N_("{file}: no such project file"), {{"file", nameOf(path)}}});
    if (std::filesystem::is_directory(path))
        throw NotAProjectError(Message{CODEBOOM_N_("{file} is a folder, not a Codeboom project"),
                                       {{"file", nameOf(path)}}});
    checkHeader(path);
    const int fd = readOnly ? -1 : lockForWriting(path);
    std::unique_ptr<Project> project;
    try {
        auto db = std::make_unique<store::Database>(path, readOnly ? store::OpenMode::ReadOnly
                                                                   : store::OpenMode::ReadWrite);
        project.reset(new Project(std::move(db), std::move(coder), fd));
    } catch (...) {
        if (fd >= 0)
            ::close(fd);
        throw;
    }
    store::Database& db = *project->db_;
    if (pragmaInt(db, "application_id") != store::kApplicationId)
        throw NotAProjectError(
            Message{CODEBOOM_N_("{file} is an SQLite database but not a Codeboom project"),
                    {{"file", nameOf(path)}}});
    const int version = pragmaInt(db, "user_version");
    if (version > store::currentSchemaVersion())
        throw ProjectTooNewError(
            Message{CODEBOOM_N_("{file} was saved by a newer Codeboom (project format {version}; "
                                "this version reads up to {supported}); update Codeboom to open "
                                "it"),
                    {{"file", nameOf(path)},
                     {"version", std::to_string(version)},
                     {"supported", std::to_string(store::currentSchemaVersion())}}});
    if (version < store::currentSchemaVersion() && readOnly)
        throw Error(
            Message{CODEBOOM_N_("{file} uses an older project format ({version}) that must be "
                                "upgraded; open it once for writing"),
                    {{"file", nameOf(path)}, {"version", std::to_string(version)}}});
    configure(db);
    if (!readOnly)
        store::migrate(db);
    auto stmt = db.prepare("SELECT value FROM project WHERE key = 'uuid'");
    if (!stmt.step())
        throw ProjectCorruptError(
            Message{CODEBOOM_N_("{file} is damaged: the project identity is missing"),
                    {{"file", nameOf(path)}}});
    project->uuid_ = stmt.textAt(0);
    return project;
}

void Project::requireWritable() const {
    if (readOnly())
        throw Error(Message{CODEBOOM_N_("{file} is open read-only; nothing can be changed"),
                            {{"file", fileName()}}});
}

RowId Project::coderId() {
    if (coderId_)
        return *coderId_;
    if (coder_.empty())
        throw InvalidArgumentError(Message{
            CODEBOOM_N_("a coder name is needed (use --coder NAME or CODEBOOM_CODER)"), {}});
    if (auto id = findCoder(coder_))
        return *(coderId_ = id);
    requireWritable();
    auto insert = db_->prepare("INSERT INTO coders (uuid, name, created_at) VALUES (?, ?, ?)");
    insert.bind(0, uuids_.next()).bind(1, coder_).bind(2, utcNow()).run();
    coderId_ = db_->lastInsertRowid();
    return *coderId_;
}

std::optional<RowId> Project::findCoder(std::string_view name) {
    auto& stmt = db_->cached("SELECT id FROM coders WHERE name = ?");
    stmt.bind(0, name);
    std::optional<RowId> id;
    if (stmt.step())
        id = stmt.int64At(0);
    stmt.reset();
    return id;
}

std::vector<Coder> Project::coders() {
    std::vector<Coder> out;
    auto stmt = db_->prepare("SELECT id, uuid, name FROM coders ORDER BY name");
    while (stmt.step())
        out.push_back({stmt.int64At(0), stmt.textAt(1), stmt.textAt(2)});
    return out;
}

namespace {

constexpr const char* kDocumentColumns =
    "SELECT d.id, d.uuid, d.name, d.sha256, d.chars, d.words, "
    "(SELECT COUNT(*) FROM paragraphs p WHERE p.document_id = d.id), "
    "(SELECT COUNT(*) FROM turns t WHERE t.document_id = d.id), "
    "(SELECT COUNT(DISTINCT speaker) FROM turns t WHERE t.document_id = d.id AND speaker <> ''), "
    "d.original_name, d.original_sha256, d.format, d.encoding, d.imported_at FROM documents d ";

Document readDocument(const store::Statement& stmt) {
    Document doc;
    doc.id = stmt.int64At(0);
    doc.uuid = stmt.textAt(1);
    doc.name = stmt.textAt(2);
    doc.sha256 = stmt.textAt(3);
    doc.chars = static_cast<std::size_t>(stmt.int64At(4));
    doc.words = static_cast<std::size_t>(stmt.int64At(5));
    doc.paragraphs = static_cast<std::size_t>(stmt.int64At(6));
    doc.turns = static_cast<std::size_t>(stmt.int64At(7));
    doc.speakers = static_cast<std::size_t>(stmt.int64At(8));
    doc.originalName = stmt.textAt(9);
    doc.originalSha256 = stmt.textAt(10);
    doc.format = stmt.textAt(11);
    doc.encoding = stmt.textAt(12);
    doc.importedAt = stmt.textAt(13);
    return doc;
}

} // namespace

std::vector<Document> Project::documents() {
    std::vector<Document> out;
    auto stmt = db_->prepare(std::string(kDocumentColumns) + "ORDER BY d.position, d.id");
    while (stmt.step())
        out.push_back(readDocument(stmt));
    return out;
}

Document Project::document(std::string_view nameOrUuid) {
    const std::string uuid = normalizeUuid(std::string(nameOrUuid));
    auto& stmt = db_->cached(std::string(kDocumentColumns) +
                             (uuid.empty() ? "WHERE d.name = ?" : "WHERE d.uuid = ?"));
    stmt.bind(0, uuid.empty() ? std::string(nameOrUuid) : uuid);
    if (!stmt.step())
        throw InvalidArgumentError(
            Message{CODEBOOM_N_("there is no document '{document}' in {file}"),
                    {{"document", std::string(nameOrUuid)}, {"file", fileName()}}});
    Document doc = readDocument(stmt);
    stmt.reset();
    return doc;
}

Document Project::documentById(RowId id) {
    auto stmt = db_->prepare(std::string(kDocumentColumns) + "WHERE d.id = ?");
    stmt.bind(0, id);
    if (!stmt.step())
        throw InvalidArgumentError(Message{CODEBOOM_N_("document {document} does not exist"),
                                           {{"document", std::to_string(id)}}});
    return readDocument(stmt);
}

const DocumentText& Project::text(RowId documentId) {
    if (auto it = texts_.find(documentId); it != texts_.end())
        return *it->second;
    auto& stmt = db_->cached(
        "SELECT t.text FROM documents d JOIN document_texts t ON t.id = d.text_id WHERE d.id = ?");
    stmt.bind(0, documentId);
    if (!stmt.step())
        throw InvalidArgumentError(Message{CODEBOOM_N_("document {document} does not exist"),
                                           {{"document", std::to_string(documentId)}}});
    auto entry = std::make_unique<DocumentText>();
    entry->text = stmt.textAt(0);
    stmt.reset();
    entry->offsets = OffsetIndex(entry->text);
    return *texts_.emplace(documentId, std::move(entry)).first->second;
}

std::vector<Paragraph> Project::paragraphs(RowId documentId) {
    std::vector<Paragraph> out;
    auto stmt = db_->prepare(
        "SELECT idx, start, \"end\" FROM paragraphs WHERE document_id = ? ORDER BY idx");
    stmt.bind(0, documentId);
    while (stmt.step())
        out.push_back({static_cast<std::size_t>(stmt.int64At(0)),
                       static_cast<std::size_t>(stmt.int64At(1)),
                       static_cast<std::size_t>(stmt.int64At(2))});
    return out;
}

std::vector<Turn> Project::turns(RowId documentId) {
    std::vector<Turn> out;
    auto stmt =
        db_->prepare("SELECT idx, speaker, start, body_start, \"end\", timestamp FROM turns "
                     "WHERE document_id = ? ORDER BY idx");
    stmt.bind(0, documentId);
    while (stmt.step())
        out.push_back(
            {static_cast<std::size_t>(stmt.int64At(0)), stmt.textAt(1),
             static_cast<std::size_t>(stmt.int64At(2)), static_cast<std::size_t>(stmt.int64At(3)),
             static_cast<std::size_t>(stmt.int64At(4)), stmt.optionalTextAt(5).value_or("")});
    return out;
}

const CodeTree& Project::codeTree() {
    if (codeTree_)
        return *codeTree_;
    std::vector<Code> codes;
    auto stmt =
        db_->prepare("SELECT id, uuid, parent_id, position, name, color, description, "
                     "phase, status, is_core, inclusion, exclusion, anchor_coding, label_nl, "
                     "label_en FROM codes");
    while (stmt.step()) {
        Code code;
        code.id = stmt.int64At(0);
        code.uuid = stmt.textAt(1);
        code.parentId = stmt.optionalInt64At(2);
        code.position = stmt.intAt(3);
        code.name = stmt.textAt(4);
        code.color = stmt.textAt(5);
        code.description = stmt.textAt(6);
        code.phase = stmt.textAt(7);
        code.status = stmt.textAt(8);
        code.isCore = stmt.intAt(9) != 0;
        code.inclusion = stmt.textAt(10);
        code.exclusion = stmt.textAt(11);
        code.anchorCoding = stmt.textAt(12);
        code.labelNl = stmt.textAt(13);
        code.labelEn = stmt.textAt(14);
        codes.push_back(std::move(code));
    }
    codeTree_.emplace(std::move(codes), nameKeys_);
    return *codeTree_;
}

std::vector<Coding> Project::codings(const CodingFilter& filter) {
    std::string sql = "SELECT c.id, c.uuid, c.document_id, d.name, c.start, c.\"end\", c.code_id, "
                      "k.name, c.text, c.memo, c.created_at FROM codings c "
                      "JOIN documents d ON d.id = c.document_id JOIN coders k ON k.id = c.coder_id "
                      "WHERE 1";
    const CodeTree& tree = codeTree();
    std::set<RowId> codeIds;
    if (filter.codeId) {
        if (filter.includeDescendants)
            for (const Code* code : tree.subtree(*filter.codeId))
                codeIds.insert(code->id);
        else
            codeIds.insert(*filter.codeId);
        sql += " AND c.code_id IN (";
        for (auto it = codeIds.begin(); it != codeIds.end(); ++it)
            sql += (it == codeIds.begin() ? "" : ",") + std::to_string(*it);
        sql += ")";
    }
    if (filter.documentId)
        sql += " AND c.document_id = " + std::to_string(*filter.documentId);
    if (filter.coder)
        sql += " AND k.name = ?1";
    if (filter.uuid)
        sql += " AND c.uuid = ?2";
    sql += " ORDER BY d.position, c.document_id, c.start, c.\"end\", c.id";
    auto stmt = db_->prepare(sql);
    if (filter.coder)
        stmt.bind(0, *filter.coder);
    if (filter.uuid)
        stmt.bind(1, *filter.uuid);
    std::vector<Coding> out;
    while (stmt.step()) {
        Coding coding;
        coding.id = stmt.int64At(0);
        coding.uuid = stmt.textAt(1);
        coding.documentId = stmt.int64At(2);
        coding.document = stmt.textAt(3);
        coding.start = static_cast<std::size_t>(stmt.int64At(4));
        coding.end = static_cast<std::size_t>(stmt.int64At(5));
        coding.codeId = stmt.int64At(6);
        const Code* code = tree.find(coding.codeId);
        coding.codePath = code ? code->path : "";
        coding.coder = stmt.textAt(7);
        coding.text = stmt.textAt(8);
        coding.memo = stmt.textAt(9);
        coding.createdAt = stmt.textAt(10);
        out.push_back(std::move(coding));
    }
    return out;
}

Coding Project::coding(std::string_view uuid) {
    CodingFilter filter;
    filter.uuid = normalizeUuid(std::string(uuid));
    auto found = filter.uuid->empty() ? std::vector<Coding>() : codings(filter);
    if (found.empty())
        throw InvalidArgumentError(Message{CODEBOOM_N_("there is no coding '{coding}' in {file}"),
                                           {{"coding", std::string(uuid)}, {"file", fileName()}}});
    return found.front();
}

std::vector<CaseAttribute> Project::attributes() {
    std::vector<CaseAttribute> out;
    auto stmt = db_->prepare(
        "SELECT c.name, c.kind, IFNULL(d.name, ''), a.name, a.value FROM attributes a "
        "JOIN cases c ON c.id = a.case_id LEFT JOIN documents d ON d.id = c.document_id "
        "ORDER BY c.kind DESC, d.position, c.name, a.id");
    while (stmt.step())
        out.push_back(
            {stmt.textAt(0), stmt.textAt(1), stmt.textAt(2), stmt.textAt(3), stmt.textAt(4)});
    return out;
}

std::vector<Event> Project::events() {
    std::vector<Event> out;
    auto stmt = db_->prepare(
        "SELECT e.id, e.uuid, e.at, k.name, e.kind, e.command, e.label, e.target_event, e.reason, "
        "e.payload, e.origin, e.prev_hash, e.hash FROM events e JOIN coders k ON k.id = e.coder_id "
        "ORDER BY e.id");
    while (stmt.step())
        out.push_back({stmt.int64At(0), stmt.textAt(1), stmt.textAt(2), stmt.textAt(3),
                       stmt.textAt(4), stmt.textAt(5), stmt.textAt(6), stmt.optionalInt64At(7),
                       stmt.textAt(8), stmt.textAt(9), stmt.textAt(10), stmt.textAt(11),
                       stmt.textAt(12)});
    return out;
}

void Project::invalidate() {
    codeTree_.reset();
}

namespace {

// How many events the log holds, given the last one's hash: the recorded head's count when the
// head is that event, else counted. Counting covers a project written before the head was kept
// (it gets one with its next event, not when it is opened: opening a file to read it, even for
// writing, does not change it) and events a Codeboom that did not keep the head appended after
// it. Nothing (std::nullopt) when the log no longer reaches the recorded head (its last events
// were deleted behind Codeboom's back): the head is then left as it is, so that verifying the
// chain keeps showing the removal, and work goes on, as it does after any other broken link.
std::optional<std::int64_t> eventsBefore(store::Database& db, const std::string& lastHash) {
    const std::optional<ChainHead> head = recordedChainHead(db);
    if (head && head->hash == lastHash)
        return head->events;
    if (head) {
        auto& stmt = db.cached("SELECT hash FROM events ORDER BY id LIMIT 1 OFFSET ?");
        stmt.bind(0, std::max<std::int64_t>(head->events - 1, 0));
        const bool reached = head->events > 0 && stmt.step() && stmt.textAt(0) == head->hash;
        stmt.reset();
        if (!reached)
            return std::nullopt;
    }
    auto& stmt = db.cached("SELECT COUNT(*) FROM events");
    stmt.step();
    const std::int64_t count = stmt.int64At(0);
    stmt.reset();
    return count;
}

} // namespace

RowId Project::appendEvent(std::string_view kind, std::string_view command, std::string_view label,
                           std::optional<RowId> target, std::string_view reason,
                           const std::string& payload) {
    std::string prev = kGenesisHash;
    {
        auto& last = db_->cached("SELECT hash FROM events ORDER BY id DESC LIMIT 1");
        if (last.step())
            prev = last.textAt(0);
        last.reset();
    }
    std::string coderUuid;
    {
        auto& stmt = db_->cached("SELECT uuid FROM coders WHERE id = ?");
        stmt.bind(0, coderId());
        stmt.step();
        coderUuid = stmt.textAt(0);
        stmt.reset();
    }
    const std::optional<std::int64_t> before = eventsBefore(*db_, prev);
    const std::string uuid = uuids_.next();
    const std::string at = utcNow();
    const std::string hash =
        eventHash(prev, uuid, at, coderUuid, std::string(kind), std::string(command),
                  std::string(label), target, std::string(reason), payload, uuid_);
    auto& insert =
        db_->cached("INSERT INTO events (uuid, at, coder_id, kind, command, label, target_event, "
                    "reason, payload, "
                    "origin, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(0, uuid)
        .bind(1, at)
        .bind(2, coderId())
        .bind(3, kind)
        .bind(4, command)
        .bind(5, label);
    insert.bind(6, target)
        .bind(7, reason)
        .bind(8, payload)
        .bind(9, uuid_)
        .bind(10, prev)
        .bind(11, hash);
    insert.run();
    const RowId id = db_->lastInsertRowid();
    if (before)
        recordChainHead(*db_, {*before + 1, hash});
    return id;
}

std::optional<RowId> Project::execute(Command& command, std::string_view reason) {
    requireWritable();
    try {
        store::Transaction transaction(*db_);
        ChangeRecorder changes(*db_);
        CommandContext context{*this, changes, reason};
        // Named before it runs: a deleted code or coding can no longer be looked up afterwards.
        const CommandLabel shown = describeCommand(*this, command);
        command.execute(context);
        if (changes.empty())
            return std::nullopt;
        const bool codesChanged = changes.touches("codes");
        nlohmann::json payload = {{"arguments", command.arguments()},
                                  {"changes", changes.takeChanges()},
                                  {"label", shown.toJson()}};
        const RowId id = appendEvent("do", command.name(), command.label(), std::nullopt, reason,
                                     payload.dump());
        transaction.commit();
        // Most commands are codings; rebuilding the code tree after each would dominate them.
        if (codesChanged)
            invalidate();
        if (history_) {
            history_->done.push_back(id);
            history_->undone.clear();
        }
        return id;
    } catch (...) {
        invalidate();
        throw;
    }
}

Project::History& Project::history() {
    if (history_)
        return *history_;
    History h;
    // A coder new to this file has nothing to undo; asking for their id would register them,
    // which a project opened read-only for review must not do.
    const std::optional<RowId> coder = coderId_ ? coderId_ : findCoder(coder_);
    if (!coder)
        return *(history_ = std::move(h));
    // Only events recorded in this file: events merged in from another project describe rows
    // of that file (their ids mean nothing here), so they are history, not undo steps.
    auto stmt = db_->prepare("SELECT id, kind, target_event FROM events WHERE coder_id = ? AND "
                             "origin = ? ORDER BY id");
    stmt.bind(0, *coder).bind(1, uuid_);
    while (stmt.step()) {
        const std::string kind = stmt.textAt(1);
        if (kind == "do") {
            h.done.push_back(stmt.int64At(0));
            h.undone.clear();
        } else if (kind == "undo" && !h.done.empty()) {
            h.undone.push_back(h.done.back());
            h.done.pop_back();
        } else if (kind == "redo" && !h.undone.empty()) {
            h.done.push_back(h.undone.back());
            h.undone.pop_back();
        }
    }
    return *(history_ = std::move(h));
}

namespace {

struct StoredEvent {
    std::string command;
    std::string label;
    nlohmann::json changes;
};

StoredEvent loadEvent(store::Database& db, RowId id) {
    auto stmt = db.prepare("SELECT command, label, payload FROM events WHERE id = ?");
    stmt.bind(0, id);
    if (!stmt.step())
        throw UndoError(Message{CODEBOOM_N_("the event to undo ({event}) is missing from the log"),
                                {{"event", std::to_string(id)}}});
    return {stmt.textAt(0), stmt.textAt(1), nlohmann::json::parse(stmt.textAt(2)).at("changes")};
}

} // namespace

std::string Project::replay(bool backwards, std::string_view reason) {
    requireWritable();
    History& h = history();
    std::vector<RowId>& from = backwards ? h.done : h.undone;
    std::vector<RowId>& to = backwards ? h.undone : h.done;
    if (from.empty())
        throw UndoError(Message{backwards ? CODEBOOM_N_("nothing to undo for coder '{coder}'")
                                          : CODEBOOM_N_("nothing to redo for coder '{coder}'"),
                                {{"coder", coder_}}});
    const RowId target = from.back();
    const StoredEvent event = loadEvent(*db_, target);
    try {
        store::Transaction transaction(*db_);
        ChangeRecorder changes(*db_);
        if (backwards)
            changes.revert(event.changes);
        else
            changes.reapply(event.changes);
        const nlohmann::json payload = {{"changes", changes.changes()}};
        appendEvent(backwards ? "undo" : "redo", event.command, event.label, target, reason,
                    payload.dump());
        transaction.commit();
    } catch (...) {
        invalidate();
        throw;
    }
    invalidate();
    from.pop_back();
    to.push_back(target);
    return event.label;
}

std::string Project::undo(std::string_view reason) {
    return replay(true, reason);
}

std::string Project::redo(std::string_view reason) {
    return replay(false, reason);
}

std::optional<std::string> Project::undoLabel() {
    History& h = history();
    if (h.done.empty())
        return std::nullopt;
    return eventLabel(h.done.back());
}

std::optional<std::string> Project::redoLabel() {
    History& h = history();
    if (h.undone.empty())
        return std::nullopt;
    return eventLabel(h.undone.back());
}

std::optional<CommandLabel> Project::undoLabelText() {
    History& h = history();
    if (h.done.empty())
        return std::nullopt;
    return eventLabelText(h.done.back());
}

std::optional<CommandLabel> Project::redoLabelText() {
    History& h = history();
    if (h.undone.empty())
        return std::nullopt;
    return eventLabelText(h.undone.back());
}

// Events recorded before labels were stored in this form fall back to their English label.
CommandLabel Project::eventLabelText(RowId event) {
    auto& stmt = db_->cached("SELECT label, CASE WHEN json_valid(payload) THEN "
                             "json_extract(payload, '$.label') END FROM events WHERE id = ?");
    stmt.bind(0, event);
    CommandLabel label;
    if (stmt.step()) {
        if (const auto stored = stmt.optionalTextAt(1))
            label = CommandLabel::fromJson(nlohmann::json::parse(*stored, nullptr, false));
        if (label.message.empty())
            label = {stmt.textAt(0), {}};
    }
    stmt.reset();
    return label;
}

// Menus ask for labels after every command; an event's payload can be megabytes, so only the
// label is read.
std::string Project::eventLabel(RowId event) {
    auto& stmt = db_->cached("SELECT label FROM events WHERE id = ?");
    stmt.bind(0, event);
    std::string label = stmt.step() ? stmt.textAt(0) : std::string();
    stmt.reset();
    return label;
}

} // namespace codeboom
