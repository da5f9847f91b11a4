#include "codeboom/team/merge.h"

#include "codeboom/audit/hash_chain.h"
#include "codeboom/project.h"
#include "codeboom/store/database.h"
#include "codeboom/text/sha256.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <map>
#include <numeric>
#include <optional>
#include <set>
#include <tuple>

namespace codeboom {

bool MergePlan::hasConflicts() const {
    return std::any_of(issues.begin(), issues.end(),
                       [](const MergeIssue& issue) { return issue.severity == "conflict"; });
}

namespace {

using Json = nlohmann::json;

// ---- What one input holds (read once, read-only) ----

struct InDocument {
    RowId id = 0;
    Json row; // every column but id, text_id and imported_by
    std::string uuid, name, sha256, text, importedBy;
    std::int64_t position = 0;
    std::vector<Json> paragraphs, turns; // rows without id and document_id
};

struct InCode {
    RowId id = 0;
    std::optional<RowId> parentId;
    std::string uuid, name, nameKey, pathKey, path, color, description, phase, status, createdAt,
        createdBy;
    std::int64_t position = 0;
};

struct InCoding {
    std::string uuid, coder, text, memo, createdAt;
    RowId documentId = 0, codeId = 0;
    std::int64_t start = 0, end = 0;
};

struct InCase {
    RowId id = 0;
    std::string uuid, name, kind;
    std::optional<RowId> documentId;
};

struct InEvent {
    std::string uuid, at, coder, kind, command, label, reason, payload, origin;
    std::optional<std::string> target;
};

struct Input {
    std::string file;
    std::map<RowId, std::pair<std::string, std::string>> coders; // id -> (uuid, name)
    std::map<std::string, std::string> coderCreated;             // uuid -> created_at
    std::vector<InDocument> documents;
    std::vector<InCode> codes;
    std::vector<InCoding> codings;
    std::vector<InCase> cases;
    std::vector<std::tuple<RowId, std::string, std::string>> attributes; // case, name, value
    std::vector<Json> memos;   // rows; coder_id replaced by "coder" (uuid)
    std::vector<Json> reviews; // rows; coding uuid and coder uuid
    std::vector<InEvent> events;
    std::map<std::string, std::string> deletedCodes; // uuid -> who and when
};

std::string str(const store::Statement& s, int i) {
    return s.isNull(i) ? std::string() : s.textAt(i);
}

Json rowOf(const store::Statement& s, int from) {
    Json row = Json::object();
    for (int i = from; i < s.columnCount(); ++i) {
        if (s.isNull(i))
            row[s.columnName(i)] = nullptr;
        else if (s.columnType(i) == 1) // SQLITE_INTEGER
            row[s.columnName(i)] = s.int64At(i);
        else
            row[s.columnName(i)] = s.textAt(i);
    }
    return row;
}

Input readInput(const std::filesystem::path& path) {
    auto project = Project::open(path, "merge", true);
    store::Database& db = project->database();
    Input in;
    in.file = path.filename().string();
    {
        auto s = db.prepare("SELECT id, uuid, name, created_at FROM coders");
        while (s.step()) {
            in.coders[s.int64At(0)] = {s.textAt(1), s.textAt(2)};
            in.coderCreated[s.textAt(1)] = s.textAt(3);
        }
    }
    const auto coderUuid = [&](RowId id) { return in.coders[id].first; };
    {
        auto s = db.prepare("SELECT d.id, d.imported_by, t.text, d.uuid, d.name, d.sha256, "
                            "d.chars, d.words, d.original_name, d.original_sha256, d.format, "
                            "d.encoding, d.imported_at, d.position FROM documents d "
                            "JOIN document_texts t ON t.id = d.text_id");
        while (s.step()) {
            InDocument doc;
            doc.id = s.int64At(0);
            doc.importedBy = coderUuid(s.int64At(1));
            doc.text = s.textAt(2);
            doc.row = rowOf(s, 3);
            doc.uuid = s.textAt(3);
            doc.name = s.textAt(4);
            doc.sha256 = s.textAt(5);
            doc.position = s.int64At(13);
            in.documents.push_back(std::move(doc));
        }
        auto p = db.prepare("SELECT idx, start, \"end\" FROM paragraphs WHERE document_id = ? "
                            "ORDER BY idx");
        auto t = db.prepare("SELECT idx, speaker, start, body_start, \"end\", timestamp FROM turns "
                            "WHERE document_id = ? ORDER BY idx");
        for (InDocument& doc : in.documents) {
            p.bind(0, doc.id);
            while (p.step())
                doc.paragraphs.push_back(rowOf(p, 0));
            p.reset();
            t.bind(0, doc.id);
            while (t.step())
                doc.turns.push_back(rowOf(t, 0));
            t.reset();
        }
    }
    {
        const CodeTree& tree = project->codeTree();
        auto s = db.prepare("SELECT id, name_key, created_at, created_by FROM codes");
        while (s.step()) {
            const Code* code = tree.find(s.int64At(0));
            InCode c;
            c.id = code->id;
            c.parentId = code->parentId;
            c.uuid = code->uuid;
            c.name = code->name;
            c.nameKey = s.textAt(1);
            c.path = code->path;
            c.color = code->color;
            c.description = code->description;
            c.phase = code->phase;
            c.status = code->status;
            c.position = code->position;
            c.createdAt = s.textAt(2);
            c.createdBy = coderUuid(s.int64At(3));
            in.codes.push_back(std::move(c));
        }
        // Path keys: the name keys from the root, so that "Regulatief" and "regulatief" match.
        std::map<RowId, const InCode*> byId;
        for (const InCode& c : in.codes)
            byId[c.id] = &c;
        for (InCode& c : in.codes) {
            std::string key = c.nameKey;
            for (auto parent = c.parentId; parent && byId.count(*parent);
                 parent = byId[*parent]->parentId)
                key = byId[*parent]->nameKey + '\x1f' + key;
            c.pathKey = key;
        }
    }
    {
        auto s = db.prepare("SELECT uuid, document_id, start, \"end\", code_id, coder_id, text, "
                            "memo, created_at FROM codings");
        while (s.step())
            in.codings.push_back({s.textAt(0), coderUuid(s.int64At(5)), s.textAt(6), s.textAt(7),
                                  s.textAt(8), s.int64At(1), s.int64At(4), s.int64At(2),
                                  s.int64At(3)});
    }
    {
        auto s = db.prepare("SELECT id, uuid, name, kind, document_id FROM cases");
        while (s.step())
            in.cases.push_back(
                {s.int64At(0), s.textAt(1), s.textAt(2), s.textAt(3), s.optionalInt64At(4)});
        auto a = db.prepare("SELECT case_id, name, value FROM attributes");
        while (a.step())
            in.attributes.emplace_back(a.int64At(0), a.textAt(1), a.textAt(2));
    }
    {
        auto s = db.prepare("SELECT coder_id, uuid, target_kind, target_uuid, title, text, "
                            "created_at, updated_at FROM memos");
        while (s.step()) {
            Json row = rowOf(s, 1);
            row["coder"] = coderUuid(s.int64At(0));
            in.memos.push_back(std::move(row));
        }
        auto r = db.prepare("SELECT c.uuid, r.coder_id, r.state, r.comment, r.at FROM "
                            "coding_reviews r JOIN codings c ON c.id = r.coding_id");
        while (r.step()) {
            Json row = rowOf(r, 2);
            row["coding"] = r.textAt(0);
            row["coder"] = coderUuid(r.int64At(1));
            in.reviews.push_back(std::move(row));
        }
    }
    {
        std::map<RowId, std::string> eventUuid;
        auto s = db.prepare("SELECT id, uuid, at, coder_id, kind, command, label, target_event, "
                            "reason, payload, origin FROM events ORDER BY id");
        std::set<std::string> present;
        for (const InCode& c : in.codes)
            present.insert(c.uuid);
        while (s.step()) {
            eventUuid[s.int64At(0)] = s.textAt(1);
            InEvent e{s.textAt(1), s.textAt(2), coderUuid(s.int64At(3)),
                      s.textAt(4), s.textAt(5), s.textAt(6),
                      str(s, 8),   s.textAt(9), s.textAt(10),
                      std::nullopt};
            if (const auto target = s.optionalInt64At(7))
                e.target = eventUuid[*target];
            // Codes this file deleted (and still lacks): a delete of a `codes` row image.
            if (e.payload.find("\"codes\"") != std::string::npos) {
                const Json payload = Json::parse(e.payload, nullptr, false);
                if (!payload.is_discarded() && payload.contains("changes"))
                    for (const auto& change : payload["changes"]) {
                        if (change.value("table", "") != "codes")
                            continue;
                        const std::string op = change.value("op", "");
                        std::vector<const Json*> gone;
                        if (op == "delete")
                            gone.push_back(&change["before"]);
                        else if (op == "delete-rows")
                            for (const auto& row : change["before"])
                                gone.push_back(&row);
                        for (const Json* row : gone) {
                            const std::string uuid = row->value("uuid", "");
                            if (!present.count(uuid))
                                in.deletedCodes[uuid] = "by " + in.coders[s.int64At(3)].second +
                                                        " at " + e.at + " ('" + e.label + "')";
                        }
                    }
            }
            in.events.push_back(std::move(e));
        }
    }
    return in;
}

// ---- Union-find over string keys ----

class Clusters {
public:
    std::size_t node(const std::string& key) {
        const auto [it, added] = ids_.emplace(key, parent_.size());
        if (added)
            parent_.push_back(parent_.size());
        return it->second;
    }
    std::size_t find(std::size_t x) {
        while (parent_[x] != x)
            x = parent_[x] = parent_[parent_[x]];
        return x;
    }
    void join(const std::string& a, const std::string& b) {
        const std::size_t ra = find(node(a)), rb = find(node(b));
        if (ra != rb)
            parent_[std::max(ra, rb)] = std::min(ra, rb);
    }
    std::size_t root(const std::string& key) { return find(node(key)); }

private:
    std::map<std::string, std::size_t> ids_;
    std::vector<std::size_t> parent_;
};

std::string memberKey(std::size_t input, RowId id) {
    return "m" + std::to_string(input) + ":" + std::to_string(id);
}

int phaseRank(const std::string& phase) {
    return phase == "selective" ? 2 : phase == "axial" ? 1 : 0;
}
int statusRank(const std::string& status) {
    return status == "merged" ? 2 : status == "defined" ? 1 : 0;
}

// ---- The merged content ----

struct OutCoder {
    std::string uuid, name, createdAt;
};
struct OutDocument {
    const InDocument* rep = nullptr;
    std::string uuid, name, sha256;
    std::int64_t position = 0;
    std::set<std::string> files;
};
struct OutCode {
    std::string uuid, name, nameKey, pathKey, color, description, phase, status, createdAt,
        createdBy;
    std::optional<std::size_t> parent; // index into codes
    std::int64_t position = 0;
    int depth = 0;
    std::set<std::string> files;
    bool matchedByPath = false;
};

// A coding of the merge: the input's row (its text and times) with the merged document, code
// and coder.
struct OutCoding {
    const InCoding* source = nullptr;
    std::size_t document = 0, code = 0, coder = 0;
    std::string memo;
    const std::string* file = nullptr;
    bool sameAs(const OutCoding& other) const {
        return document == other.document && code == other.code && coder == other.coder &&
               source->start == other.source->start && source->end == other.source->end;
    }
};

struct Merged {
    std::vector<OutCoder> coders;
    std::map<std::string, std::size_t> coderOf; // input coder uuid -> index
    std::vector<OutDocument> documents;
    std::vector<std::map<RowId, std::size_t>> documentOf; // per input
    std::vector<OutCode> codes;
    std::vector<std::map<RowId, std::size_t>> codeOf; // per input
    std::map<std::string, OutCoding> codings;         // by uuid
    std::map<std::tuple<std::string, std::string, std::string>, std::pair<std::string, std::string>>
        cases; // (kind, name, document uuid) -> (case uuid, first file)
    std::map<std::tuple<std::string, std::string, std::string, std::string>, std::string>
        attributes; // (kind, name, document uuid, attribute) -> value
    std::map<std::string, Json> memos;
    std::set<std::string> reviews; // canonical JSON of each mark
    std::map<std::string, InEvent> events;
    MergePlan plan;
};

void conflict(Merged& m, std::string kind, std::string subject, std::string detail) {
    m.plan.issues.push_back({"conflict", std::move(kind), std::move(subject), std::move(detail)});
}
void warning(Merged& m, std::string kind, std::string subject, std::string detail) {
    m.plan.issues.push_back({"warning", std::move(kind), std::move(subject), std::move(detail)});
}

std::string joined(const std::set<std::string>& items) {
    std::string out;
    for (const std::string& item : items)
        out += (out.empty() ? "" : ", ") + item;
    return out;
}

void mergeCoders(Merged& m, const std::vector<Input>& inputs) {
    Clusters clusters;
    for (const Input& in : inputs)
        for (const auto& [id, coder] : in.coders)
            clusters.join("u" + coder.first, "n" + coder.second);
    std::map<std::size_t, OutCoder> byRoot;
    std::map<std::size_t, std::set<std::string>> names;
    for (const Input& in : inputs)
        for (const auto& [id, coder] : in.coders) {
            const std::size_t root = clusters.root("u" + coder.first);
            auto [it, added] = byRoot.try_emplace(
                root, OutCoder{coder.first, coder.second, in.coderCreated.at(coder.first)});
            it->second.uuid = std::min(it->second.uuid, coder.first);
            it->second.name = std::min(it->second.name, coder.second);
            it->second.createdAt = std::min(it->second.createdAt, in.coderCreated.at(coder.first));
            names[root].insert(coder.second);
        }
    std::map<std::size_t, std::size_t> index;
    for (auto& [root, coder] : byRoot) {
        if (names[root].size() > 1)
            warning(m, "coder-names", coder.name,
                    "one coder (by UUID) is called " + joined(names[root]) + "; kept '" +
                        coder.name + "'");
        index[root] = m.coders.size();
        m.coders.push_back(coder);
    }
    for (const Input& in : inputs)
        for (const auto& [id, coder] : in.coders)
            m.coderOf[coder.first] = index[clusters.root("u" + coder.first)];
}

void mergeDocuments(Merged& m, const std::vector<Input>& inputs) {
    std::map<std::string, OutDocument> bySha;
    std::map<std::string, std::set<std::string>> shasOfName; // a name -> texts it stands for
    std::map<std::string, std::set<std::string>> filesOfName;
    for (const Input& in : inputs)
        for (const InDocument& doc : in.documents) {
            OutDocument& out = bySha[doc.sha256];
            if (!out.rep || doc.uuid < out.rep->uuid)
                out.rep = &doc;
            out.sha256 = doc.sha256;
            out.name = out.name.empty() ? doc.name : std::min(out.name, doc.name);
            out.position = out.files.empty() ? doc.position : std::min(out.position, doc.position);
            out.files.insert(in.file);
            shasOfName[doc.name].insert(doc.sha256);
            filesOfName[doc.name].insert(in.file);
        }
    for (const auto& [name, shas] : shasOfName)
        if (shas.size() > 1)
            warning(m, "document-text-differs", name,
                    "documents named '" + name + "' in " + joined(filesOfName[name]) +
                        " have different texts; they are kept apart and their codings are "
                        "not aligned");
    // Names must stay unique: the first text (by hash) keeps a shared name, the others get
    // their hash's first 8 digits appended.
    std::set<std::string> taken;
    std::map<std::string, std::string> uuidOwner;
    for (auto& [sha, doc] : bySha) {
        doc.uuid = doc.rep->uuid;
        if (!taken.insert(doc.name).second) {
            doc.name += " (" + sha.substr(0, 8) + ")";
            taken.insert(doc.name);
        }
        if (const auto [it, added] = uuidOwner.emplace(doc.uuid, sha); !added)
            conflict(m, "document-uuid", doc.name,
                     "one document UUID " + doc.uuid + " stands for two different texts");
    }
    std::map<std::string, std::size_t> index;
    for (auto& [sha, doc] : bySha) {
        index[sha] = m.documents.size();
        m.documents.push_back(doc);
    }
    m.documentOf.resize(inputs.size());
    for (std::size_t i = 0; i < inputs.size(); ++i)
        for (const InDocument& doc : inputs[i].documents)
            m.documentOf[i][doc.id] = index[doc.sha256];
}

void mergeCodes(Merged& m, const std::vector<Input>& inputs) {
    Clusters clusters;
    for (std::size_t i = 0; i < inputs.size(); ++i)
        for (const InCode& c : inputs[i].codes) {
            clusters.join(memberKey(i, c.id), "u" + c.uuid);
            clusters.join(memberKey(i, c.id), "p" + c.pathKey);
        }
    struct Member {
        std::size_t input;
        const InCode* code;
    };
    std::map<std::size_t, std::vector<Member>> members;
    for (std::size_t i = 0; i < inputs.size(); ++i)
        for (const InCode& c : inputs[i].codes)
            members[clusters.root(memberKey(i, c.id))].push_back({i, &c});
    std::map<std::size_t, std::size_t> index;
    for (const auto& [root, list] : members) {
        OutCode out;
        const Member* rep = &list.front();
        std::set<std::string> uuids, keys, descriptions, paths;
        for (const Member& member : list) {
            const InCode& c = *member.code;
            if (c.uuid < rep->code->uuid)
                rep = &member;
            uuids.insert(c.uuid);
            keys.insert(c.nameKey);
            paths.insert(c.path + " (" + inputs[member.input].file + ")");
            if (!c.description.empty())
                descriptions.insert(c.description);
            out.files.insert(inputs[member.input].file);
        }
        const InCode& r = *rep->code;
        out.uuid = r.uuid;
        out.name = r.name;
        out.nameKey = r.nameKey;
        out.pathKey = r.pathKey;
        out.matchedByPath = uuids.size() > 1;
        out.color = r.color;
        out.phase = r.phase;
        out.status = r.status;
        out.position = r.position;
        out.createdAt = r.createdAt;
        out.createdBy = r.createdBy;
        for (const Member& member : list) {
            const InCode& c = *member.code;
            // Members matched by path differ at most in case: the smallest spelling wins.
            out.name = std::min(out.name, c.name);
            out.color = std::min(out.color, c.color);
            if (phaseRank(c.phase) > phaseRank(out.phase))
                out.phase = c.phase;
            if (statusRank(c.status) > statusRank(out.status))
                out.status = c.status;
            out.position = std::min(out.position, c.position);
            if (std::tie(c.createdAt, c.createdBy) < std::tie(out.createdAt, out.createdBy)) {
                out.createdAt = c.createdAt;
                out.createdBy = c.createdBy;
            }
        }
        if (!descriptions.empty())
            out.description = *descriptions.begin();
        if (keys.size() > 1)
            conflict(m, "code-renamed", r.path,
                     "the same code has different names: " + joined(paths));
        if (descriptions.size() > 1) {
            std::set<std::string> which;
            for (const Member& member : list)
                if (!member.code->description.empty())
                    which.insert(inputs[member.input].file + ": '" + member.code->description +
                                 "'");
            conflict(m, "code-definition-differs", r.path,
                     "different definitions: " + joined(which));
        }
        index[root] = m.codes.size();
        m.codes.push_back(std::move(out));
    }
    m.codeOf.resize(inputs.size());
    for (std::size_t i = 0; i < inputs.size(); ++i)
        for (const InCode& c : inputs[i].codes)
            m.codeOf[i][c.id] = index[clusters.root(memberKey(i, c.id))];
    // Parents: every member must sit under the same merged parent.
    std::vector<std::set<std::optional<std::size_t>>> parents(m.codes.size());
    std::vector<std::set<std::string>> where(m.codes.size());
    for (std::size_t i = 0; i < inputs.size(); ++i)
        for (const InCode& c : inputs[i].codes) {
            const std::size_t self = m.codeOf[i][c.id];
            const std::optional<std::size_t> parent =
                c.parentId ? std::optional<std::size_t>(m.codeOf[i][*c.parentId]) : std::nullopt;
            parents[self].insert(parent);
            where[self].insert(c.path + " (" + inputs[i].file + ")");
        }
    for (std::size_t k = 0; k < m.codes.size(); ++k) {
        m.codes[k].parent = *parents[k].begin();
        if (parents[k].size() > 1)
            conflict(m, "code-moved", m.codes[k].name,
                     "the same code sits under different parents: " + joined(where[k]));
    }
    for (OutCode& code : m.codes) {
        int depth = 0;
        for (auto p = code.parent; p && depth <= static_cast<int>(m.codes.size());
             p = m.codes[*p].parent)
            ++depth;
        code.depth = depth;
    }
    // A code one file deleted and another still uses.
    for (std::size_t i = 0; i < inputs.size(); ++i)
        for (const auto& [uuid, how] : inputs[i].deletedCodes)
            for (std::size_t j = 0; j < inputs.size(); ++j) {
                if (j == i)
                    continue;
                for (const InCode& c : inputs[j].codes) {
                    if (c.uuid != uuid)
                        continue;
                    const auto used = std::count_if(
                        inputs[j].codings.begin(), inputs[j].codings.end(),
                        [&](const InCoding& coding) { return coding.codeId == c.id; });
                    if (used > 0)
                        conflict(m, "code-deleted-but-used", c.path,
                                 "deleted in " + inputs[i].file + " " + how + ", but " +
                                     inputs[j].file + " has " + std::to_string(used) +
                                     " codings with it");
                    else
                        warning(m, "code-deleted-elsewhere", c.path,
                                "deleted in " + inputs[i].file + " " + how + "; kept from " +
                                    inputs[j].file + " (unused there)");
                }
            }
}

void mergeRest(Merged& m, const std::vector<Input>& inputs) {
    std::map<std::string, std::string> uuidMap; // an input's document/code UUID -> merged UUID
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const Input& in = inputs[i];
        for (const InDocument& doc : in.documents)
            uuidMap[doc.uuid] = m.documents[m.documentOf[i][doc.id]].uuid;
        for (const InCode& c : in.codes)
            uuidMap[c.uuid] = m.codes[m.codeOf[i][c.id]].uuid;
    }
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const Input& in = inputs[i];
        for (const InCoding& c : in.codings) {
            OutCoding coding{&c,
                             m.documentOf[i][c.documentId],
                             m.codeOf[i][c.codeId],
                             m.coderOf[c.coder],
                             c.memo,
                             &in.file};
            const auto [it, added] = m.codings.try_emplace(c.uuid, coding);
            if (added)
                continue;
            OutCoding& kept = it->second;
            if (kept.memo != c.memo && !c.memo.empty()) {
                if (kept.memo.empty())
                    kept.memo = c.memo;
                else
                    conflict(m, "coding-memo-differs", c.uuid,
                             "the coding's memo differs in " + *kept.file + " and " + in.file);
            }
            if (!kept.sameAs(coding))
                conflict(m, "coding-differs", c.uuid,
                         "the coding differs (span or code) in " + *kept.file + " and " + in.file);
        }
    }
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const Input& in = inputs[i];
        std::map<RowId, std::tuple<std::string, std::string, std::string>> caseKey;
        for (const InCase& c : in.cases) {
            const std::string document =
                c.documentId ? m.documents[m.documentOf[i][*c.documentId]].uuid : "";
            const auto key = std::make_tuple(c.kind, c.name, document);
            caseKey[c.id] = key;
            auto [it, added] = m.cases.emplace(key, std::make_pair(c.uuid, in.file));
            it->second.first = std::min(it->second.first, c.uuid);
        }
        for (const auto& [caseId, name, value] : in.attributes) {
            const auto& [kind, caseName, document] = caseKey[caseId];
            const auto key = std::make_tuple(kind, caseName, document, name);
            const auto [it, added] = m.attributes.emplace(key, value);
            if (!added && it->second != value)
                conflict(m, "attribute-differs", caseName + " / " + name,
                         "two values: '" + it->second + "' and '" + value + "' (" + in.file + ")");
        }
        for (Json memo : in.memos) {
            if (memo["target_uuid"].is_string())
                if (const auto it = uuidMap.find(memo["target_uuid"].get<std::string>());
                    it != uuidMap.end())
                    memo["target_uuid"] = it->second;
            memo["coder"] = m.coders[m.coderOf[memo["coder"].get<std::string>()]].uuid;
            const std::string uuid = memo["uuid"].get<std::string>();
            const auto [it, added] = m.memos.emplace(uuid, memo);
            // The later edit of a memo wins (ties: the larger text), whatever the input order.
            if (!added && std::make_tuple(memo["updated_at"].get<std::string>(),
                                          memo["text"].get<std::string>()) >
                              std::make_tuple(it->second["updated_at"].get<std::string>(),
                                              it->second["text"].get<std::string>()))
                it->second = memo;
        }
        for (Json review : in.reviews) {
            review["coder"] = m.coders[m.coderOf[review["coder"].get<std::string>()]].uuid;
            m.reviews.insert(review.dump());
        }
        for (const InEvent& e : in.events)
            m.events.emplace(e.uuid, e);
    }
}

Merged mergeInputs(const std::vector<Input>& inputs) {
    Merged m;
    mergeCoders(m, inputs);
    mergeDocuments(m, inputs);
    mergeCodes(m, inputs);
    mergeRest(m, inputs);
    // The plan, in a stable order.
    for (const OutDocument& doc : m.documents)
        m.plan.lines.push_back({"document", doc.name,
                                std::to_string(doc.rep->row.value("chars", 0)) +
                                    " characters, from " + joined(doc.files)});
    for (const OutCode& code : m.codes)
        m.plan.lines.push_back({"code", code.pathKey.empty() ? code.name : code.name,
                                std::string(code.matchedByPath ? "matched by path" : "") +
                                    (code.matchedByPath ? ", " : "") + "from " +
                                    joined(code.files)});
    std::map<std::string, std::size_t> perCoder;
    for (const auto& [uuid, coding] : m.codings)
        ++perCoder[m.coders[coding.coder].uuid];
    for (const OutCoder& coder : m.coders)
        m.plan.lines.push_back(
            {"coder", coder.name, std::to_string(perCoder[coder.uuid]) + " codings"});
    m.plan.lines.push_back({"codings", "*", std::to_string(m.codings.size())});
    m.plan.lines.push_back({"memos", "*", std::to_string(m.memos.size())});
    m.plan.lines.push_back({"attributes", "*", std::to_string(m.attributes.size())});
    m.plan.lines.push_back({"reviews", "*", std::to_string(m.reviews.size())});
    m.plan.lines.push_back({"events", "*", std::to_string(m.events.size())});
    // Code lines name full paths.
    std::size_t line = m.documents.size();
    for (const OutCode& code : m.codes) {
        std::string path = code.name;
        for (auto p = code.parent; p; p = m.codes[*p].parent)
            path = m.codes[*p].name + " > " + path;
        m.plan.lines[line++].name = path;
    }
    std::stable_sort(m.plan.issues.begin(), m.plan.issues.end(),
                     [](const MergeIssue& l, const MergeIssue& r) {
                         return std::tie(l.severity, l.kind, l.subject, l.detail) <
                                std::tie(r.severity, r.kind, r.subject, r.detail);
                     });
    return m;
}

std::vector<Input> readInputs(const std::vector<std::filesystem::path>& paths) {
    if (paths.empty())
        throw InvalidArgumentError("merge needs at least one project to read");
    std::vector<Input> inputs;
    for (const auto& path : paths)
        inputs.push_back(readInput(path));
    return inputs;
}

void bindJson(store::Statement& s, int index, const Json& value) {
    if (value.is_null())
        s.bindNull(index);
    else if (value.is_number_integer())
        s.bind(index, value.get<std::int64_t>());
    else
        s.bind(index, value.get<std::string>());
}

void writeMerged(Project& project, const Merged& m, const std::vector<Input>& inputs) {
    store::Database& db = project.database();
    store::Transaction transaction(db);
    // Events may name a target recorded later by another clock; the references are complete
    // at commit.
    db.exec("PRAGMA defer_foreign_keys = ON");
    std::map<std::string, RowId> coderId, documentId, codeId, codingId, caseId;
    {
        auto s = db.prepare("INSERT INTO coders (uuid, name, created_at) VALUES (?, ?, ?)");
        for (const OutCoder& coder : m.coders) {
            s.bind(0, coder.uuid).bind(1, coder.name).bind(2, coder.createdAt).run();
            coderId[coder.uuid] = db.lastInsertRowid();
        }
    }
    const auto coderOf = [&](const std::string& inputUuid) {
        return coderId.at(m.coders[m.coderOf.at(inputUuid)].uuid);
    };
    {
        std::vector<const OutDocument*> order;
        for (const OutDocument& doc : m.documents)
            order.push_back(&doc);
        std::sort(order.begin(), order.end(), [](const auto* l, const auto* r) {
            return std::tie(l->position, l->name) < std::tie(r->position, r->name);
        });
        auto text = db.prepare("INSERT INTO document_texts (sha256, text) VALUES (?, ?)");
        auto doc = db.prepare(
            "INSERT INTO documents (uuid, name, text_id, sha256, chars, words, original_name, "
            "original_sha256, format, encoding, imported_at, imported_by, position) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        auto paragraph = db.prepare("INSERT INTO paragraphs (document_id, idx, start, \"end\") "
                                    "VALUES (?, ?, ?, ?)");
        auto turn = db.prepare("INSERT INTO turns (document_id, idx, speaker, start, body_start, "
                               "\"end\", timestamp) VALUES (?, ?, ?, ?, ?, ?, ?)");
        for (const OutDocument* d : order) {
            const InDocument& r = *d->rep;
            text.bind(0, d->sha256).bind(1, r.text).run();
            const RowId textId = db.lastInsertRowid();
            doc.bind(0, d->uuid).bind(1, d->name).bind(2, textId).bind(3, d->sha256);
            bindJson(doc, 4, r.row["chars"]);
            bindJson(doc, 5, r.row["words"]);
            for (int i = 0; i < 5; ++i)
                bindJson(doc, 6 + i,
                         r.row[std::array<const char*, 5>{
                             "original_name", "original_sha256", "format", "encoding",
                             "imported_at"}[static_cast<std::size_t>(i)]]);
            doc.bind(11, coderOf(r.importedBy)).bind(12, d->position).run();
            const RowId id = db.lastInsertRowid();
            documentId[d->uuid] = id;
            for (const Json& p : r.paragraphs) {
                paragraph.bind(0, id);
                bindJson(paragraph, 1, p["idx"]);
                bindJson(paragraph, 2, p["start"]);
                bindJson(paragraph, 3, p["end"]);
                paragraph.run();
            }
            for (const Json& t : r.turns) {
                turn.bind(0, id);
                int i = 1;
                for (const char* column :
                     {"idx", "speaker", "start", "body_start", "end", "timestamp"})
                    bindJson(turn, i++, t[column]);
                turn.run();
            }
        }
    }
    {
        std::vector<std::size_t> order(m.codes.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::sort(order.begin(), order.end(), [&](std::size_t l, std::size_t r) {
            return std::tie(m.codes[l].depth, m.codes[l].position, m.codes[l].pathKey) <
                   std::tie(m.codes[r].depth, m.codes[r].position, m.codes[r].pathKey);
        });
        auto s = db.prepare("INSERT INTO codes (uuid, parent_id, position, name, name_key, color, "
                            "description, phase, status, created_at, created_by) VALUES "
                            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (const std::size_t k : order) {
            const OutCode& c = m.codes[k];
            s.bind(0, c.uuid);
            if (c.parent)
                s.bind(1, codeId.at(m.codes[*c.parent].uuid));
            else
                s.bindNull(1);
            s.bind(2, c.position).bind(3, c.name).bind(4, c.nameKey).bind(5, c.color);
            s.bind(6, c.description).bind(7, c.phase).bind(8, c.status).bind(9, c.createdAt);
            s.bind(10, coderOf(c.createdBy)).run();
            codeId[c.uuid] = db.lastInsertRowid();
        }
    }
    {
        auto s = db.prepare("INSERT INTO codings (uuid, document_id, start, \"end\", code_id, "
                            "coder_id, text, memo, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (const auto& [uuid, coding] : m.codings) {
            const InCoding& c = *coding.source;
            s.bind(0, uuid).bind(1, documentId.at(m.documents[coding.document].uuid));
            s.bind(2, c.start).bind(3, c.end);
            s.bind(4, codeId.at(m.codes[coding.code].uuid))
                .bind(5, coderId.at(m.coders[coding.coder].uuid));
            s.bind(6, c.text).bind(7, coding.memo).bind(8, c.createdAt).run();
            codingId[uuid] = db.lastInsertRowid();
        }
    }
    {
        auto s =
            db.prepare("INSERT INTO cases (uuid, name, kind, document_id) VALUES (?, ?, ?, ?)");
        for (const auto& [key, value] : m.cases) {
            const auto& [kind, name, document] = key;
            s.bind(0, value.first).bind(1, name).bind(2, kind);
            if (document.empty())
                s.bindNull(3);
            else
                s.bind(3, documentId.at(document));
            s.run();
            caseId[kind + '\x1f' + name + '\x1f' + document] = db.lastInsertRowid();
        }
        auto a = db.prepare("INSERT INTO attributes (case_id, name, value) VALUES (?, ?, ?)");
        for (const auto& [key, value] : m.attributes) {
            const auto& [kind, name, document, attribute] = key;
            a.bind(0, caseId.at(kind + '\x1f' + name + '\x1f' + document))
                .bind(1, attribute)
                .bind(2, value)
                .run();
        }
    }
    {
        auto s = db.prepare("INSERT INTO memos (uuid, target_kind, target_uuid, title, text, "
                            "coder_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        for (const auto& [uuid, memo] : m.memos) {
            int i = 0;
            for (const char* column : {"uuid", "target_kind", "target_uuid", "title", "text"})
                bindJson(s, i++, memo[column]);
            s.bind(5, coderId.at(memo["coder"].get<std::string>()));
            bindJson(s, 6, memo["created_at"]);
            bindJson(s, 7, memo["updated_at"]);
            s.run();
        }
        auto r = db.prepare("INSERT INTO coding_reviews (coding_id, state, comment, coder_id, at) "
                            "VALUES (?, ?, ?, ?, ?)");
        for (const std::string& text : m.reviews) {
            const Json review = Json::parse(text);
            r.bind(0, codingId.at(review["coding"].get<std::string>()))
                .bind(1, review["state"].get<std::string>());
            r.bind(2, review["comment"].get<std::string>())
                .bind(3, coderId.at(review["coder"].get<std::string>()));
            r.bind(4, review["at"].get<std::string>()).run();
        }
    }
    {
        std::vector<const InEvent*> order;
        for (const auto& [uuid, event] : m.events)
            order.push_back(&event);
        std::sort(order.begin(), order.end(), [](const InEvent* l, const InEvent* r) {
            return std::tie(l->at, l->uuid) < std::tie(r->at, r->uuid);
        });
        std::map<std::string, RowId> eventId;
        for (std::size_t i = 0; i < order.size(); ++i)
            eventId[order[i]->uuid] = static_cast<RowId>(i + 1);
        auto s = db.prepare("INSERT INTO events (id, uuid, at, coder_id, kind, command, label, "
                            "target_event, reason, payload, origin, prev_hash, hash) VALUES "
                            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        std::string previous = kGenesisHash;
        for (std::size_t i = 0; i < order.size(); ++i) {
            const InEvent& e = *order[i];
            const std::string coder = m.coders[m.coderOf.at(e.coder)].uuid;
            std::optional<RowId> target;
            if (e.target)
                if (const auto it = eventId.find(*e.target); it != eventId.end())
                    target = it->second;
            const std::string hash = eventHash(previous, e.uuid, e.at, coder, e.kind, e.command,
                                               e.label, target, e.reason, e.payload, e.origin);
            s.bind(0, static_cast<RowId>(i + 1)).bind(1, e.uuid).bind(2, e.at);
            s.bind(3, coderId.at(coder)).bind(4, e.kind).bind(5, e.command).bind(6, e.label);
            s.bind(7, target).bind(8, e.reason).bind(9, e.payload).bind(10, e.origin);
            s.bind(11, previous).bind(12, hash).run();
            previous = hash;
        }
    }
    {
        Json from = Json::array();
        for (const Input& in : inputs)
            from.push_back(in.file);
        auto s = db.prepare("INSERT INTO project (key, value) VALUES ('merged_from', ?)");
        s.bind(0, from.dump()).run();
    }
    transaction.commit();
}

} // namespace

MergePlan planMerge(const std::vector<std::filesystem::path>& inputs) {
    return mergeInputs(readInputs(inputs)).plan;
}

MergePlan mergeProjects(const std::filesystem::path& out,
                        const std::vector<std::filesystem::path>& paths, const std::string& coder) {
    if (std::filesystem::exists(out))
        throw InvalidArgumentError(out.filename().string() +
                                   " already exists; merge writes a new project, choose another "
                                   "file name");
    const std::vector<Input> inputs = readInputs(paths);
    Merged merged = mergeInputs(inputs);
    if (merged.plan.hasConflicts()) {
        std::size_t count = 0;
        const MergeIssue* first = nullptr;
        for (const MergeIssue& issue : merged.plan.issues)
            if (issue.severity == "conflict" && count++ == 0)
                first = &issue;
        throw MergeConflictError(
            "merge refused: " + std::to_string(count) + " conflict" + (count == 1 ? "" : "s") +
            " between the projects, first: " + first->kind + " '" + first->subject +
            "': " + first->detail + " (resolve them in the projects, see --dry-run)");
    }
    auto project = Project::create(out, coder);
    try {
        writeMerged(*project, merged, inputs);
    } catch (...) {
        project.reset();
        std::error_code ignored;
        std::filesystem::remove(out, ignored);
        throw;
    }
    return std::move(merged.plan);
}

std::string contentDigest(Project& project) {
    store::Database& db = project.database();
    std::vector<std::string> lines;
    const auto collect = [&](const std::string& tag, const std::string& sql) {
        auto s = db.prepare(sql);
        while (s.step()) {
            Json row = Json::array();
            for (int i = 0; i < s.columnCount(); ++i)
                row.push_back(s.isNull(i) ? Json(nullptr) : Json(s.textAt(i)));
            lines.push_back(tag + row.dump());
        }
    };
    collect("coder", "SELECT uuid, name FROM coders");
    collect("document",
            "SELECT d.uuid, d.name, d.sha256, d.chars, d.words, d.original_name, "
            "d.original_sha256, d.format, d.encoding, d.imported_at, k.uuid, d.position, "
            "(SELECT COUNT(*) FROM paragraphs p WHERE p.document_id = d.id), "
            "(SELECT group_concat(speaker || ':' || start || '-' || \"end\", ',') FROM turns t "
            "WHERE t.document_id = d.id) FROM documents d JOIN coders k ON k.id = d.imported_by");
    collect("code", "SELECT c.uuid, p.uuid, c.position, c.name, c.color, c.description, c.phase, "
                    "c.status, c.created_at, k.uuid FROM codes c LEFT JOIN codes p ON p.id = "
                    "c.parent_id JOIN coders k ON k.id = c.created_by");
    collect("coding", "SELECT c.uuid, d.uuid, c.start, c.\"end\", k.uuid, r.uuid, c.text, c.memo, "
                      "c.created_at FROM codings c JOIN documents d ON d.id = c.document_id "
                      "JOIN codes k ON k.id = c.code_id JOIN coders r ON r.id = c.coder_id");
    collect("case", "SELECT c.uuid, c.name, c.kind, d.uuid FROM cases c LEFT JOIN documents d "
                    "ON d.id = c.document_id");
    collect("attribute", "SELECT c.uuid, a.name, a.value FROM attributes a JOIN cases c ON "
                         "c.id = a.case_id");
    collect("memo", "SELECT m.uuid, m.target_kind, m.target_uuid, m.title, m.text, k.uuid, "
                    "m.created_at, m.updated_at FROM memos m JOIN coders k ON k.id = m.coder_id");
    collect("review", "SELECT c.uuid, r.state, r.comment, k.uuid, r.at FROM coding_reviews r "
                      "JOIN codings c ON c.id = r.coding_id JOIN coders k ON k.id = r.coder_id");
    collect("event", "SELECT e.uuid, e.at, k.uuid, e.kind, e.command, e.label, t.uuid, e.reason, "
                     "e.payload, e.origin FROM events e JOIN coders k ON k.id = e.coder_id "
                     "LEFT JOIN events t ON t.id = e.target_event");
    std::sort(lines.begin(), lines.end());
    Sha256 hash;
    for (const std::string& line : lines) {
        hash.update(line);
        hash.update("\n");
    }
    return hash.hexDigest();
}

} // namespace codeboom
