#include "codeboom/commands/document_commands.h"

#include "codeboom/commands/relation_commands.h"
#include "codeboom/commands/review_commands.h"
#include "codeboom/error.h"
#include "codeboom/project.h"
#include "codeboom/text/sha256.h"

namespace codeboom {

ImportDocument::ImportDocument(ImportedDocument document) : document_(std::move(document)) {}

std::string ImportDocument::label() const {
    return "import document '" + document_.originalName + "'";
}

nlohmann::json ImportDocument::arguments() const {
    return {{"file", document_.originalName},
            {"format", document_.format},
            {"encoding", document_.encoding}};
}

std::optional<Document> findDocumentWithText(Project& project, const std::string& sha256) {
    auto& stmt = project.database().cached("SELECT id FROM documents WHERE sha256 = ?");
    stmt.bind(0, sha256);
    std::optional<RowId> id;
    if (stmt.step())
        id = stmt.int64At(0);
    stmt.reset();
    if (!id)
        return std::nullopt;
    return project.documentById(*id);
}

StoredDocument storeDocument(CommandContext& context, const ImportedDocument& document,
                             const std::string& preferredUuid) {
    Project& project = context.project;
    store::Database& db = project.database();
    const std::string sha = document.sha256.empty() ? sha256Hex(document.text) : document.sha256;
    const auto taken = [&](const char* sql, const std::string& value) {
        auto& stmt = db.cached(sql);
        stmt.bind(0, value);
        const bool found = stmt.step();
        stmt.reset();
        return found;
    };
    StoredDocument stored;
    stored.name = document.name;
    for (int n = 2; taken("SELECT 1 FROM documents WHERE name = ?", stored.name); ++n)
        stored.name = document.name + " (" + std::to_string(n) + ")";
    stored.uuidKept =
        !preferredUuid.empty() && !taken("SELECT 1 FROM documents WHERE uuid = ?", preferredUuid);
    stored.uuid = stored.uuidKept ? preferredUuid : project.uuids().next();
    // The text row is content-addressed and outside undo: undoing an import removes the
    // document, and redo finds the same text again.
    RowId textId = 0;
    {
        auto& stmt = db.cached("SELECT id FROM document_texts WHERE sha256 = ?");
        stmt.bind(0, sha);
        if (stmt.step())
            textId = stmt.int64At(0);
        stmt.reset();
    }
    if (textId == 0) {
        auto& insert = db.cached("INSERT INTO document_texts (sha256, text) VALUES (?, ?)");
        insert.bind(0, sha).bind(1, document.text).run();
        textId = db.lastInsertRowid();
    }
    RowId position = 0;
    {
        auto& stmt = db.cached("SELECT IFNULL(MAX(position) + 1, 0) FROM documents");
        stmt.step();
        position = stmt.int64At(0);
        stmt.reset();
    }
    stored.id = context.changes.insert("documents", {{"uuid", stored.uuid},
                                                     {"name", stored.name},
                                                     {"text_id", textId},
                                                     {"sha256", sha},
                                                     {"chars", document.chars},
                                                     {"words", document.words},
                                                     {"original_name", document.originalName},
                                                     {"original_sha256", document.originalSha256},
                                                     {"format", document.format},
                                                     {"encoding", document.encoding},
                                                     {"imported_at", utcNow()},
                                                     {"imported_by", project.coderId()},
                                                     {"position", position}});
    RowBatch paragraphs({"document_id", "idx", "start", "end"});
    paragraphs.reserve(document.paragraphs.size());
    for (const Paragraph& p : document.paragraphs)
        paragraphs.add(stored.id, p.index, p.start, p.end);
    context.changes.insertBatch("paragraphs", std::move(paragraphs));
    RowBatch turns({"document_id", "idx", "speaker", "start", "body_start", "end", "timestamp"});
    turns.reserve(document.turns.size());
    for (const Turn& t : document.turns)
        turns.add(stored.id, t.index, t.speaker, t.start, t.bodyStart, t.end,
                  t.timestamp.empty() ? nlohmann::json(nullptr) : nlohmann::json(t.timestamp));
    context.changes.insertBatch("turns", std::move(turns));
    return stored;
}

void ImportDocument::execute(CommandContext& context) {
    if (document_.sha256.empty())
        document_.sha256 = sha256Hex(document_.text);
    if (const auto existing = findDocumentWithText(context.project, document_.sha256))
        throw ImportError(
            Message{CODEBOOM_N_("{file}: this text is already in the project as '{document}'"),
                    {{"file", document_.originalName}, {"document", existing->name}}});
    const StoredDocument stored = storeDocument(context, document_);
    uuid_ = stored.uuid;
    storedName_ = stored.name;
}

RemoveDocument::RemoveDocument(std::string document) : document_(std::move(document)) {}

std::string RemoveDocument::label() const {
    return "remove document '" + document_ + "'";
}

nlohmann::json RemoveDocument::arguments() const {
    return {{"document", document_}};
}

void RemoveDocument::execute(CommandContext& context) {
    const Document doc = context.project.document(document_);
    std::vector<RowId> cases;
    {
        auto stmt =
            context.project.database().prepare("SELECT id FROM cases WHERE document_id = ?");
        stmt.bind(0, doc.id);
        while (stmt.step())
            cases.push_back(stmt.int64At(0));
    }
    for (const RowId caseId : cases) {
        context.changes.removeWhere("attributes", "case_id", caseId);
        context.changes.remove("cases", caseId);
    }
    {
        std::vector<RowId> codings;
        auto stmt =
            context.project.database().prepare("SELECT id FROM codings WHERE document_id = ?");
        stmt.bind(0, doc.id);
        while (stmt.step())
            codings.push_back(stmt.int64At(0));
        for (const RowId coding : codings) {
            removeReviewsOf(context, coding);
            removeEvidenceOf(context, coding);
        }
    }
    context.changes.removeWhere("codings", "document_id", doc.id);
    context.changes.removeWhere("turns", "document_id", doc.id);
    context.changes.removeWhere("paragraphs", "document_id", doc.id);
    context.changes.remove("documents", doc.id);
}

} // namespace codeboom
