#include "codeboom/commands/document_commands.h"

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

void ImportDocument::execute(CommandContext& context) {
    Project& project = context.project;
    store::Database& db = project.database();
    const std::string sha = sha256Hex(document_.text);
    {
        auto stmt = db.prepare("SELECT name FROM documents WHERE sha256 = ?");
        stmt.bind(0, sha);
        if (stmt.step())
            throw ImportError(document_.originalName +
                              ": this text is already in the project as '" + stmt.textAt(0) + "'");
    }
    storedName_ = document_.name;
    for (int n = 2;; ++n) {
        auto stmt = db.prepare("SELECT 1 FROM documents WHERE name = ?");
        stmt.bind(0, storedName_);
        if (!stmt.step())
            break;
        storedName_ = document_.name + " (" + std::to_string(n) + ")";
    }
    // The text row is content-addressed and outside undo: undoing an import removes the
    // document, and redo finds the same text again.
    RowId textId = 0;
    {
        auto stmt = db.prepare("SELECT id FROM document_texts WHERE sha256 = ?");
        stmt.bind(0, sha);
        if (stmt.step()) {
            textId = stmt.int64At(0);
        } else {
            auto insert = db.prepare("INSERT INTO document_texts (sha256, text) VALUES (?, ?)");
            insert.bind(0, sha).bind(1, document_.text).run();
            textId = db.lastInsertRowid();
        }
    }
    RowId position = 0;
    {
        auto stmt = db.prepare("SELECT IFNULL(MAX(position) + 1, 0) FROM documents");
        stmt.step();
        position = stmt.int64At(0);
    }
    uuid_ = project.uuids().next();
    const RowId id =
        context.changes.insert("documents", {{"uuid", uuid_},
                                             {"name", storedName_},
                                             {"text_id", textId},
                                             {"sha256", sha},
                                             {"chars", document_.chars},
                                             {"words", document_.words},
                                             {"original_name", document_.originalName},
                                             {"original_sha256", document_.originalSha256},
                                             {"format", document_.format},
                                             {"encoding", document_.encoding},
                                             {"imported_at", utcNow()},
                                             {"imported_by", project.coderId()},
                                             {"position", position}});
    std::vector<nlohmann::json> rows;
    rows.reserve(document_.paragraphs.size());
    for (const Paragraph& p : document_.paragraphs)
        rows.push_back({{"document_id", id}, {"idx", p.index}, {"start", p.start}, {"end", p.end}});
    context.changes.insertRows("paragraphs", rows);
    rows.clear();
    for (const Turn& t : document_.turns)
        rows.push_back({{"document_id", id},
                        {"idx", t.index},
                        {"speaker", t.speaker},
                        {"start", t.start},
                        {"body_start", t.bodyStart},
                        {"end", t.end},
                        {"timestamp", t.timestamp.empty() ? nlohmann::json(nullptr)
                                                          : nlohmann::json(t.timestamp)}});
    context.changes.insertRows("turns", rows);
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
        for (const RowId coding : codings)
            removeReviewsOf(context, coding);
    }
    context.changes.removeWhere("codings", "document_id", doc.id);
    context.changes.removeWhere("turns", "document_id", doc.id);
    context.changes.removeWhere("paragraphs", "document_id", doc.id);
    context.changes.remove("documents", doc.id);
}

} // namespace codeboom
