#include "codeboom/refi/qdpx_export.h"

#include "codeboom/error.h"
#include "codeboom/project.h"
#include "codeboom/refi/refi_model.h"
#include "codeboom/refi/sidecar.h"

#include "refi/xml_output.h"

#include <unistd.h>
#include <zip.h>

#include <algorithm>
#include <map>
#include <set>

namespace codeboom::refi {

namespace {

constexpr const char* kNamespace = "urn:QDA-XML:project:1.0";
// Enough of the text to recognise (and to confirm positions on re-import); whole passages would
// only bloat the file.
constexpr std::size_t kSelectionNameLength = 100;

struct MemoRow {
    std::string uuid, kind, target, title, text, coder, created, updated;
};

struct RelationRow {
    std::string uuid, type, from, to, memo, coder, created;
    bool directed = false;
    std::vector<std::string> evidence; // coding UUIDs
};

struct CodingRow {
    std::string uuid;
    RowId document = 0;
    std::size_t start = 0, end = 0;
    std::string code, coder, memo, created;
};

void refs(pugi::xml_node node, const std::map<std::string, std::vector<std::string>>& notes,
          const std::string& target) {
    if (const auto it = notes.find(target); it != notes.end())
        for (const std::string& note : it->second)
            node.append_child("NoteRef").append_attribute("targetGUID") = note.c_str();
}

void variableValue(pugi::xml_node parent, const std::string& name, const std::string& value) {
    pugi::xml_node node = parent.append_child("VariableValue");
    node.append_child("VariableRef").append_attribute("targetGUID") =
        nameBasedGuid("variable:" + name).c_str();
    node.append_child("TextValue").text() = value.c_str();
}

} // namespace

std::string projectXml(Project& project, ExportSummary* summary) {
    ExportSummary local;
    ExportSummary& s = summary ? *summary : local;
    s = {};
    store::Database& db = project.database();

    std::vector<MemoRow> memos;
    {
        auto stmt = db.prepare("SELECT m.uuid, m.target_kind, IFNULL(m.target_uuid, ''), m.title, "
                               "m.text, k.uuid, m.created_at, m.updated_at FROM memos m "
                               "JOIN coders k ON k.id = m.coder_id ORDER BY m.id");
        while (stmt.step())
            memos.push_back({stmt.textAt(0), stmt.textAt(1), stmt.textAt(2), stmt.textAt(3),
                             stmt.textAt(4), stmt.textAt(5), stmt.textAt(6), stmt.textAt(7)});
    }
    std::vector<CodingRow> codings;
    {
        auto stmt =
            db.prepare("SELECT c.uuid, c.document_id, c.start, c.\"end\", k.uuid, u.uuid, c.memo, "
                       "c.created_at FROM codings c JOIN codes k ON k.id = c.code_id "
                       "JOIN coders u ON u.id = c.coder_id "
                       "ORDER BY c.document_id, c.start, c.\"end\", c.memo, c.uuid");
        while (stmt.step())
            codings.push_back({stmt.textAt(0), stmt.int64At(1),
                               static_cast<std::size_t>(stmt.int64At(2)),
                               static_cast<std::size_t>(stmt.int64At(3)), stmt.textAt(4),
                               stmt.textAt(5), stmt.textAt(6), stmt.textAt(7)});
    }
    const std::vector<Document> documents = project.documents();
    std::vector<RelationRow> relations;
    {
        auto stmt =
            db.prepare("SELECT r.uuid, t.label_en, f.uuid, o.uuid, r.memo, k.uuid, r.created_at, "
                       "t.directed FROM relations r JOIN relation_types t ON t.id = r.type_id "
                       "JOIN codes f ON f.id = r.from_code JOIN codes o ON o.id = r.to_code "
                       "JOIN coders k ON k.id = r.coder_id ORDER BY r.uuid");
        while (stmt.step())
            relations.push_back({stmt.textAt(0),
                                 stmt.textAt(1),
                                 stmt.textAt(2),
                                 stmt.textAt(3),
                                 stmt.textAt(4),
                                 stmt.textAt(5),
                                 stmt.textAt(6),
                                 stmt.int64At(7) != 0,
                                 {}});
        std::map<std::string, RelationRow*> byUuid;
        for (RelationRow& relation : relations)
            byUuid.emplace(relation.uuid, &relation);
        auto evidence = db.prepare("SELECT r.uuid, c.uuid FROM relation_evidence e "
                                   "JOIN relations r ON r.id = e.relation_id "
                                   "JOIN codings c ON c.id = e.coding_id ORDER BY r.uuid, c.uuid");
        while (evidence.step())
            byUuid.at(evidence.textAt(0))->evidence.push_back(evidence.textAt(1));
    }

    // NoteRefs by the GUID they sit under; a memo whose target is gone goes to the project.
    std::set<std::string> known;
    for (const Code& code : project.codeTree().codes())
        known.insert(code.uuid);
    for (const Document& doc : documents)
        known.insert(doc.uuid);
    for (const CodingRow& c : codings)
        known.insert(c.uuid);
    std::map<std::string, std::vector<std::string>> notesOn;
    std::vector<std::string> projectNotes;
    for (const MemoRow& memo : memos) {
        if (memo.kind != "project" && known.count(memo.target))
            notesOn[memo.target].push_back(memo.uuid);
        else
            projectNotes.push_back(memo.uuid);
    }

    pugi::xml_document doc;
    pugi::xml_node declaration = doc.append_child(pugi::node_declaration);
    declaration.append_attribute("version") = "1.0";
    declaration.append_attribute("encoding") = "utf-8";
    pugi::xml_node root = doc.append_child("Project");
    root.append_attribute("xmlns") = kNamespace;
    root.append_attribute("name") = project.path().stem().string().c_str();
    root.append_attribute("origin") = "Codeboom " CODEBOOM_VERSION;

    {
        auto stmt = db.prepare(
            "SELECT uuid, name FROM coders WHERE id IN (SELECT coder_id FROM codings UNION "
            "SELECT coder_id FROM memos UNION SELECT coder_id FROM relations WHERE memo <> '') "
            "ORDER BY name");
        pugi::xml_node users;
        while (stmt.step()) {
            if (!users)
                users = root.append_child("Users");
            pugi::xml_node user = users.append_child("User");
            user.append_attribute("guid") = stmt.textAt(0).c_str();
            user.append_attribute("name") = stmt.textAt(1).c_str();
            ++s.users;
        }
    }
    if (!project.codeTree().codes().empty())
        s.codes =
            appendCodes(root.append_child("CodeBook").append_child("Codes"), project, &notesOn);

    std::vector<std::string> variableNames;
    {
        auto stmt = db.prepare("SELECT DISTINCT name FROM attributes ORDER BY name");
        while (stmt.step())
            variableNames.push_back(stmt.textAt(0));
    }
    if (!variableNames.empty()) {
        pugi::xml_node variables = root.append_child("Variables");
        for (const std::string& name : variableNames) {
            pugi::xml_node v = variables.append_child("Variable");
            v.append_attribute("guid") = nameBasedGuid("variable:" + name).c_str();
            v.append_attribute("name") = name.c_str();
            v.append_attribute("typeOfVariable") = "Text";
        }
        s.variables = variableNames.size();
    }
    std::map<RowId, std::vector<std::pair<std::string, std::string>>> attributesOf;
    {
        auto stmt = db.prepare("SELECT case_id, name, value FROM attributes ORDER BY name, id");
        while (stmt.step())
            attributesOf[stmt.int64At(0)].emplace_back(stmt.textAt(1), stmt.textAt(2));
    }
    std::map<RowId, std::vector<std::pair<std::string, std::string>>> documentVariables;
    {
        auto stmt = db.prepare("SELECT c.id, c.uuid, c.name, c.kind, IFNULL(d.uuid, ''), "
                               "IFNULL(c.document_id, 0) FROM cases c "
                               "LEFT JOIN documents d ON d.id = c.document_id "
                               "ORDER BY c.name, c.id");
        pugi::xml_node cases;
        while (stmt.step()) {
            const RowId id = stmt.int64At(0);
            const auto values = attributesOf.find(id);
            if (stmt.textAt(3) == "document") {
                // A document's own attributes travel inside its TextSource (MAXQDA's way).
                if (values != attributesOf.end())
                    documentVariables[stmt.int64At(5)] = values->second;
                continue;
            }
            if (!cases)
                cases = root.append_child("Cases");
            pugi::xml_node item = cases.append_child("Case");
            item.append_attribute("guid") = stmt.textAt(1).c_str();
            item.append_attribute("name") = stmt.textAt(2).c_str();
            if (values != attributesOf.end())
                for (const auto& [name, value] : values->second)
                    variableValue(item, name, value);
            if (!stmt.textAt(4).empty())
                item.append_child("SourceRef").append_attribute("targetGUID") =
                    stmt.textAt(4).c_str();
            ++s.cases;
        }
    }

    if (!documents.empty()) {
        pugi::xml_node sources = root.append_child("Sources");
        auto next = codings.begin();
        for (const Document& document : documents) {
            pugi::xml_node source = sources.append_child("TextSource");
            source.append_attribute("guid") = document.uuid.c_str();
            source.append_attribute("name") = document.name.c_str();
            source.append_attribute("plainTextPath") =
                ("internal://" + document.uuid + ".txt").c_str();
            source.append_attribute("creationDateTime") = document.importedAt.c_str();
            ++s.sources;
            const OffsetIndex& offsets = project.text(document.id).offsets;
            auto first = std::find_if(codings.begin(), codings.end(), [&](const CodingRow& c) {
                return c.document == document.id;
            });
            for (next = first; next != codings.end() && next->document == document.id;) {
                auto last = next;
                while (last != codings.end() && last->document == document.id &&
                       last->start == next->start && last->end == next->end &&
                       last->memo == next->memo)
                    ++last;
                pugi::xml_node selection = source.append_child("PlainTextSelection");
                selection.append_attribute("guid") =
                    nameBasedGuid("selection:" + next->uuid).c_str();
                const std::size_t nameEnd = std::min(next->end, next->start + kSelectionNameLength);
                selection.append_attribute("name") =
                    std::string(offsets.slice(next->start, nameEnd)).c_str();
                selection.append_attribute("startPosition") =
                    static_cast<unsigned long long>(next->start);
                selection.append_attribute("endPosition") =
                    static_cast<unsigned long long>(next->end);
                selection.append_attribute("creatingUser") = next->coder.c_str();
                std::string created = next->created;
                for (auto c = next; c != last; ++c)
                    created = std::min(created, c->created);
                selection.append_attribute("creationDateTime") = created.c_str();
                if (!next->memo.empty())
                    selection.append_child("Description").text() = next->memo.c_str();
                for (auto c = next; c != last; ++c) {
                    pugi::xml_node coding = selection.append_child("Coding");
                    coding.append_attribute("guid") = c->uuid.c_str();
                    coding.append_attribute("creatingUser") = c->coder.c_str();
                    coding.append_attribute("creationDateTime") = c->created.c_str();
                    coding.append_child("CodeRef").append_attribute("targetGUID") = c->code.c_str();
                    refs(coding, notesOn, c->uuid);
                    ++s.codings;
                }
                ++s.selections;
                next = last;
            }
            refs(source, notesOn, document.uuid);
            if (const auto it = documentVariables.find(document.id); it != documentVariables.end())
                for (const auto& [name, value] : it->second)
                    variableValue(source, name, value);
        }
    }

    // A relation's memo travels as a Note the Link refers to, with a GUID derived from the
    // relation's, so that a round trip gives the same Note.
    const auto relationNote = [](const RelationRow& r) {
        return nameBasedGuid("relation-memo:" + r.uuid);
    };
    const bool anyRelationMemo = std::any_of(relations.begin(), relations.end(),
                                             [](const RelationRow& r) { return !r.memo.empty(); });
    if (!memos.empty() || anyRelationMemo) {
        pugi::xml_node notes = root.append_child("Notes");
        for (const RelationRow& relation : relations) {
            if (relation.memo.empty())
                continue;
            pugi::xml_node note = notes.append_child("Note");
            note.append_attribute("guid") = relationNote(relation).c_str();
            note.append_attribute("creatingUser") = relation.coder.c_str();
            note.append_attribute("creationDateTime") = relation.created.c_str();
            note.append_attribute("modifiedDateTime") = relation.created.c_str();
            note.append_child("PlainTextContent").text() = relation.memo.c_str();
            ++s.notes;
        }
        for (const MemoRow& memo : memos) {
            pugi::xml_node note = notes.append_child("Note");
            note.append_attribute("guid") = memo.uuid.c_str();
            if (!memo.title.empty())
                note.append_attribute("name") = memo.title.c_str();
            note.append_attribute("creatingUser") = memo.coder.c_str();
            note.append_attribute("creationDateTime") = memo.created.c_str();
            note.append_attribute("modifiedDateTime") = memo.updated.c_str();
            if (!memo.text.empty())
                note.append_child("PlainTextContent").text() = memo.text.c_str();
            ++s.notes;
        }
    }
    if (!relations.empty()) {
        pugi::xml_node links = root.append_child("Links");
        for (const RelationRow& relation : relations) {
            pugi::xml_node link = links.append_child("Link");
            link.append_attribute("guid") = relation.uuid.c_str();
            link.append_attribute("name") = relation.type.c_str();
            link.append_attribute("direction") = relation.directed ? "OneWay" : "Associative";
            link.append_attribute("originGUID") = relation.from.c_str();
            link.append_attribute("targetGUID") = relation.to.c_str();
            if (!relation.memo.empty())
                link.append_child("NoteRef").append_attribute("targetGUID") =
                    relationNote(relation).c_str();
            ++s.links;
            // Evidence as a Link from the coding to the relation's Link, with a GUID derived
            // from both, so that a round trip gives the same Link.
            for (const std::string& coding : relation.evidence) {
                pugi::xml_node proof = links.append_child("Link");
                const std::string guid =
                    nameBasedGuid("relation-evidence:" + relation.uuid + ":" + coding);
                proof.append_attribute("guid") = guid.c_str();
                proof.append_attribute("name") = kEvidenceLinkName;
                proof.append_attribute("direction") = "OneWay";
                proof.append_attribute("originGUID") = coding.c_str();
                proof.append_attribute("targetGUID") = relation.uuid.c_str();
                ++s.links;
                ++s.evidenceLinks;
            }
        }
    }
    for (const std::string& note : projectNotes)
        root.append_child("NoteRef").append_attribute("targetGUID") = note.c_str();
    return xmlText(doc);
}

ExportSummary exportQdpx(Project& project, const std::filesystem::path& file) {
    ExportSummary summary;
    const std::string xml = projectXml(project, &summary);
    const std::string name = file.filename().string();
    const std::filesystem::path temporary =
        file.parent_path() / ("." + name + ".tmp" + std::to_string(getpid()));
    int error = 0;
    zip_t* archive = zip_open(temporary.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        throw Error(Message{CODEBOOM_N_("{file}: cannot be written here"), {{"file", name}}});
    auto add = [&](const std::string& entry, const std::string& bytes) {
        zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
        if (!source || zip_file_add(archive, entry.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
            const std::string reason = zip_strerror(archive);
            if (source)
                zip_source_free(source);
            zip_discard(archive);
            std::filesystem::remove(temporary);
            throw Error(Message{CODEBOOM_N_("{file}: cannot add {entry} ({reason})"),
                                {{"file", name}, {"entry", entry}, {"reason", reason}}});
        }
    };
    add("project.qde", xml);
    // Lower-case sources/: ATLAS.ti rejects Sources/ (pitfall 2). Texts are stored NFC with LF
    // and without BOM, exactly what the positions count.
    for (const Document& document : project.documents())
        add("sources/" + document.uuid + ".txt", project.text(document.id).text);
    // What REFI-QDA has no place for (phases, the core category, codebook fields, the story
    // line, relation types and coders, original file names), for Codeboom's own import.
    const std::string sidecar = sidecarJson(project);
    add(kSidecarEntry, sidecar);
    if (zip_close(archive) < 0) {
        const std::string reason = zip_strerror(archive);
        zip_discard(archive);
        std::filesystem::remove(temporary);
        throw Error(Message{CODEBOOM_N_("{file}: cannot be written ({reason})"),
                            {{"file", name}, {"reason", reason}}});
    }
    std::error_code renameError;
    std::filesystem::rename(temporary, file, renameError);
    if (renameError) {
        std::filesystem::remove(temporary, renameError);
        throw Error(Message{CODEBOOM_N_("{file}: cannot be written ({reason})"),
                            {{"file", name}, {"reason", renameError.message()}}});
    }
    return summary;
}

} // namespace codeboom::refi
