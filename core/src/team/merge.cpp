#include "codeboom/team/merge.h"

#include "codeboom/audit/hash_chain.h"
#include "codeboom/commands/command.h"
#include "codeboom/project.h"
#include "codeboom/store/database.h"
#include "codeboom/text/sha256.h"

#include "audit/row_image.h"
#include "team/text_similarity.h"

#include <nlohmann/json.hpp>
#include <sqlite3.h>

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
    std::vector<Paragraph> paragraphs;
    std::vector<Turn> turns;
};

struct InCode {
    RowId id = 0;
    std::optional<RowId> parentId;
    std::string uuid, name, nameKey, pathKey, path, color, description, phase, status, createdAt,
        createdBy;
    std::int64_t position = 0;
    // The codebook fields of schema 3, by column name (inclusion, exclusion, anchor_coding,
    // label_nl, label_en), and the merge target and core mark.
    std::map<std::string, std::string> fields;
    std::optional<RowId> mergedInto;
    bool isCore = false;
};

struct InRelationType {
    RowId id = 0;
    std::string uuid, labelNl, labelEn, labelKey, createdAt;
    std::optional<std::string> slot;
    bool directed = false, builtin = false;
};

struct InRelation {
    std::string uuid, coder, memo, createdAt;
    RowId type = 0, from = 0, to = 0;
    std::vector<std::string> evidence; // coding UUIDs
};

struct InCoding {
    std::string uuid, text, memo, createdAt;
    RowId coderId = 0, documentId = 0, codeId = 0;
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

// A coding a file removed by itself (not with its code or document) and still lacks: who removed
// it, and every state its log shows it in, so that another file's copy can be recognised as one
// this file's history already had (unchanged since the files parted) or as changed since.
struct RemovedCoding {
    std::string how;
    std::set<std::tuple<std::string, std::int64_t, std::int64_t, std::string>>
        states;                    // (code UUID, start, end, memo)
    std::set<std::string> reviews; // "state|comment|at" of the marks removed with it
    std::size_t evidence = 0;      // relation evidence links removed with it
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
    std::vector<InRelationType> relationTypes;
    std::vector<InRelation> relations;
    std::vector<InEvent> events;
    std::map<std::string, std::string> deletedCodes;      // uuid -> who and when
    std::map<std::string, RemovedCoding> removedCodings;  // uuid -> how and its states
    std::map<std::string, std::vector<Json>> memoHistory; // memo uuid -> its images in the log
    // Memos this file deleted and still lacks: uuid -> (who and when, the deleting event's UUID).
    std::map<std::string, std::pair<std::string, std::string>> deletedMemos;
    // code uuid -> column (description, inclusion ...) -> every non-empty value the log shows,
    // and the UUID of the last event that cleared the column.
    std::map<std::string, std::map<std::string, std::set<std::string>>> codeHistory;
    std::map<std::string, std::map<std::string, std::string>> codeCleared;
    std::set<std::string> eventUuids;
    std::vector<Json> mergedCodes; // rows of merged_codes; merged_by replaced by "coder" (uuid)
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

using audit::isDelete;
using audit::jsonText;

// The codes' columns a merge takes one value of: the definition and the codebook fields.
constexpr std::array<const char*, 6> kCodeFields = {"description",   "inclusion", "exclusion",
                                                    "anchor_coding", "label_nl",  "label_en"};

// What the log says about codings this file removed and about its memos' earlier texts. Payload
// row ids mean rows of the file an event was recorded in (its origin), so a code id is resolved
// through that origin's own code rows. Only payloads that can matter are parsed: a log of
// hundreds of thousands of codings has few removals and memo edits.
void readRemovalsAndEdits(Input& in, const std::string& self) {
    std::map<std::string, std::string> codeUuid; // "origin:id" -> code UUID
    for (const InCode& c : in.codes)
        codeUuid[self + ":" + std::to_string(c.id)] = c.uuid;
    const auto parsed = [](const InEvent& e) {
        Json payload = Json::parse(e.payload, nullptr, false);
        return payload.is_discarded() || !payload.contains("changes") ? Json::array()
                                                                      : payload["changes"];
    };
    const auto coderName = [&](const std::string& uuid) {
        for (const auto& [id, coder] : in.coders)
            if (coder.first == uuid)
                return coder.second;
        return uuid;
    };
    for (const InEvent& e : in.events) {
        const bool codes = e.payload.find("\"codes\"") != std::string::npos;
        if (!codes && e.payload.find("\"memos\"") == std::string::npos)
            continue;
        for (const Json& change : parsed(e)) {
            if (change.value("table", "") == "codes" && change.value("op", "") == "update" &&
                change.contains("before") && change.contains("after"))
                for (const char* column : kCodeFields)
                    if (!jsonText(change["before"], column).empty() &&
                        jsonText(change["after"], column).empty())
                        in.codeCleared[jsonText(change["after"], "uuid")][column] = e.uuid;
            for (const std::string side : {"before", "after"})
                for (const Json& row : ChangeRecorder::rowImages(change, side)) {
                    const std::string table = change.value("table", "");
                    if (table == "codes" && row.contains("id")) {
                        codeUuid.emplace(e.origin + ":" + row["id"].dump(), jsonText(row, "uuid"));
                        auto& columns = in.codeHistory[jsonText(row, "uuid")];
                        for (const char* column : kCodeFields)
                            if (const std::string value = jsonText(row, column); !value.empty())
                                columns[column].insert(value);
                    } else if (table == "memos") {
                        in.memoHistory[jsonText(row, "uuid")].push_back(row);
                        if (side == "before" && isDelete(change))
                            in.deletedMemos[jsonText(row, "uuid")] = {
                                "by " + coderName(e.coder) + " at " + e.at + " ('" + e.label + "')",
                                e.uuid};
                    }
                }
        }
    }
    // A memo deleted and brought back (an undone deletion) is not deleted.
    for (const Json& memo : in.memos)
        in.deletedMemos.erase(jsonText(memo, "uuid"));
    std::set<std::string> present;
    for (const InCoding& c : in.codings)
        present.insert(c.uuid);
    const auto stateOf = [&](const InEvent& e, const Json& row) {
        const auto code = codeUuid.find(e.origin + ":" + row.value("code_id", Json()).dump());
        return std::make_tuple(code == codeUuid.end() ? std::string() : code->second,
                               row.value("start", std::int64_t{0}),
                               row.value("end", std::int64_t{0}), jsonText(row, "memo"));
    };
    for (const InEvent& e : in.events) {
        if (e.payload.find("\"codings\"") == std::string::npos ||
            e.payload.find("\"delete") == std::string::npos)
            continue;
        const Json changes = parsed(e);
        // Codings that went with their code or document are that deletion's business.
        if (std::any_of(changes.begin(), changes.end(), [](const Json& change) {
                const std::string table = change.value("table", "");
                return isDelete(change) && (table == "codes" || table == "documents");
            }))
            continue;
        std::map<std::int64_t, std::string> removedIds; // row id in the origin -> coding UUID
        for (const Json& change : changes) {
            if (change.value("table", "") != "codings" || !isDelete(change))
                continue;
            for (const Json& row : ChangeRecorder::rowImages(change, "before")) {
                const std::string uuid = jsonText(row, "uuid");
                if (present.count(uuid))
                    continue;
                RemovedCoding& removed = in.removedCodings[uuid];
                removed.how = "by " + coderName(e.coder) + " at " + e.at + " ('" + e.label + "')";
                removed.states.insert(stateOf(e, row));
                removedIds[row.value("id", std::int64_t{0})] = uuid;
            }
        }
        for (const Json& change : changes) {
            const std::string table = change.value("table", "");
            if ((table != "coding_reviews" && table != "relation_evidence") || !isDelete(change))
                continue;
            for (const Json& row : ChangeRecorder::rowImages(change, "before")) {
                const auto it = removedIds.find(row.value("coding_id", std::int64_t{0}));
                if (it == removedIds.end())
                    continue;
                RemovedCoding& removed = in.removedCodings[it->second];
                if (table == "relation_evidence")
                    ++removed.evidence;
                else
                    removed.reviews.insert(jsonText(row, "state") + "|" + jsonText(row, "comment") +
                                           "|" + jsonText(row, "at"));
            }
        }
    }
    if (in.removedCodings.empty())
        return;
    // The removed codings' earlier states (a memo edited before the removal ...).
    for (const InEvent& e : in.events) {
        if (e.payload.find("\"codings\"") == std::string::npos ||
            std::none_of(in.removedCodings.begin(), in.removedCodings.end(), [&](const auto& r) {
                return e.payload.find(r.first) != std::string::npos;
            }))
            continue;
        for (const Json& change : parsed(e)) {
            if (change.value("table", "") != "codings")
                continue;
            for (const char* side : {"before", "after"})
                for (const Json& row : ChangeRecorder::rowImages(change, side))
                    if (const auto it = in.removedCodings.find(jsonText(row, "uuid"));
                        it != in.removedCodings.end())
                        it->second.states.insert(stateOf(e, row));
        }
    }
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
        const auto size = [](const store::Statement& st, int i) {
            return static_cast<std::size_t>(st.int64At(i));
        };
        for (InDocument& doc : in.documents) {
            p.bind(0, doc.id);
            while (p.step())
                doc.paragraphs.push_back({size(p, 0), size(p, 1), size(p, 2)});
            p.reset();
            t.bind(0, doc.id);
            while (t.step())
                doc.turns.push_back({size(t, 0), t.textAt(1), size(t, 2), size(t, 3), size(t, 4),
                                     t.optionalTextAt(5).value_or("")});
            t.reset();
        }
    }
    {
        const CodeTree& tree = project->codeTree();
        auto s = db.prepare("SELECT id, name_key, created_at, created_by, merged_into, is_core, "
                            "inclusion, exclusion, anchor_coding, label_nl, label_en FROM codes");
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
            c.mergedInto = s.optionalInt64At(4);
            c.isCore = s.int64At(5) != 0;
            for (int i = 6; i < 11; ++i)
                c.fields[s.columnName(i)] = s.textAt(i);
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
            in.codings.push_back({s.textAt(0), s.textAt(6), s.textAt(7), s.textAt(8), s.int64At(5),
                                  s.int64At(1), s.int64At(4), s.int64At(2), s.int64At(3)});
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
                            "created_at, updated_at, kind FROM memos");
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
        auto t = db.prepare("SELECT id, uuid, label_nl, label_en, directed, builtin, "
                            "paradigm_slot, created_at FROM relation_types");
        while (t.step())
            in.relationTypes.push_back({t.int64At(0), t.textAt(1), t.textAt(2), t.textAt(3),
                                        project->nameKeys().keyOf(t.textAt(3)), t.textAt(7),
                                        t.optionalTextAt(6), t.int64At(4) != 0, t.int64At(5) != 0});
        std::map<RowId, std::size_t> index;
        auto r = db.prepare("SELECT id, uuid, coder_id, memo, created_at, type_id, from_code, "
                            "to_code FROM relations");
        while (r.step()) {
            index[r.int64At(0)] = in.relations.size();
            in.relations.push_back({r.textAt(1),
                                    coderUuid(r.int64At(2)),
                                    r.textAt(3),
                                    r.textAt(4),
                                    r.int64At(5),
                                    r.int64At(6),
                                    r.int64At(7),
                                    {}});
        }
        auto e = db.prepare("SELECT e.relation_id, c.uuid FROM relation_evidence e "
                            "JOIN codings c ON c.id = e.coding_id");
        while (e.step())
            in.relations[index.at(e.int64At(0))].evidence.push_back(e.textAt(1));
    }
    {
        auto s = db.prepare("SELECT merged_by, uuid, path, name, color, description, inclusion, "
                            "exclusion, anchor_coding, label_nl, label_en, phase, created_at, "
                            "merged_into, merged_at, reason FROM merged_codes");
        while (s.step()) {
            Json row = rowOf(s, 1);
            row["coder"] = coderUuid(s.int64At(0));
            in.mergedCodes.push_back(std::move(row));
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
            in.eventUuids.insert(s.textAt(1));
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
                        if (change.value("table", "") != "codes" || !isDelete(change))
                            continue;
                        for (const Json& row : ChangeRecorder::rowImages(change, "before")) {
                            const std::string uuid = row.value("uuid", "");
                            if (!present.count(uuid))
                                in.deletedCodes[uuid] = "by " + in.coders[s.int64At(3)].second +
                                                        " at " + e.at + " ('" + e.label + "')";
                        }
                    }
            }
            in.events.push_back(std::move(e));
        }
    }
    readRemovalsAndEdits(in, project->uuid());
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

// One input's entity (a code, a relation type) as a member of a group of equal ones.
template <typename Item> struct Member {
    std::size_t input;
    const Item* item;
};

// Groups the inputs' entities that share a UUID or a second key (a code's path, a relation
// type's label), transitively; the groups are keyed by their root in `clusters`.
template <typename Item>
std::map<std::size_t, std::vector<Member<Item>>>
clustered(Clusters& clusters, const std::vector<Input>& inputs,
          const std::vector<Item> Input::*items, const std::string Item::*secondKey) {
    for (std::size_t i = 0; i < inputs.size(); ++i)
        for (const Item& item : inputs[i].*items) {
            clusters.join(memberKey(i, item.id), "u" + item.uuid);
            clusters.join(memberKey(i, item.id), "k" + item.*secondKey);
        }
    std::map<std::size_t, std::vector<Member<Item>>> members;
    for (std::size_t i = 0; i < inputs.size(); ++i)
        for (const Item& item : inputs[i].*items)
            members[clusters.root(memberKey(i, item.id))].push_back({i, &item});
    return members;
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
    std::map<std::string, std::string> fields; // inclusion, exclusion, anchor_coding, labels
    std::optional<std::size_t> mergedInto;     // index into codes
    bool isCore = false;
};
struct OutRelationType {
    std::string uuid, labelNl, labelEn, createdAt;
    std::optional<std::string> slot;
    bool directed = false, builtin = false;
};
struct OutRelation {
    std::string uuid, memo, createdAt, coder; // coder: an input coder's UUID
    std::size_t type = 0, from = 0, to = 0;
    std::set<std::string> evidence; // coding UUIDs
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
    std::vector<OutCoding> codings;                   // in UUID order
    std::map<std::tuple<std::string, std::string, std::string>, std::pair<std::string, std::string>>
        cases; // (kind, name, document uuid) -> (case uuid, first file)
    std::map<std::tuple<std::string, std::string, std::string, std::string>, std::string>
        attributes; // (kind, name, document uuid, attribute) -> value
    std::map<std::string, Json> memos;
    std::set<std::string> reviews; // canonical JSON of each mark
    std::vector<OutRelationType> relationTypes;
    std::vector<std::map<RowId, std::size_t>> relationTypeOf; // per input
    std::vector<OutRelation> relations;
    std::map<std::string, InEvent> events;
    std::set<std::string> removedCodings;    // UUIDs of codings a file removed, left out
    std::map<std::string, Json> mergedCodes; // by UUID; coder and merged_into as merged UUIDs
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

// Texts this much alike are one transcript that a coder corrected (a typo, a speaker's name).
constexpr double kAlike = 0.8;

// " (97% of the text is shared; the first difference is on line 12)", for a report.
std::string howAlike(const OutDocument& a, const OutDocument& b) {
    const double similarity = textSimilarity(a.rep->text, b.rep->text);
    return " (" + std::to_string(static_cast<int>(similarity * 100)) +
           "% of the text is shared; the first difference is on line " +
           std::to_string(firstDifferingLine(a.rep->text, b.rep->text)) + ")";
}

// A corrected transcript that was also renamed matches neither by hash nor by name: its codings
// cannot be aligned with the other text's, so the pair is reported. Only texts that no input
// shares are compared, so a team's usual merge (the same documents everywhere) costs nothing.
void reportRenamedAlikeTexts(Merged& m, const std::map<std::string, OutDocument>& bySha) {
    std::vector<const OutDocument*> texts;
    for (const auto& [sha, doc] : bySha)
        texts.push_back(&doc);
    for (std::size_t i = 0; i < texts.size(); ++i)
        for (std::size_t j = i + 1; j < texts.size(); ++j) {
            const OutDocument& a = *texts[i];
            const OutDocument& b = *texts[j];
            const double shorter =
                static_cast<double>(std::min(a.rep->text.size(), b.rep->text.size()));
            const double longer =
                static_cast<double>(std::max(a.rep->text.size(), b.rep->text.size()));
            const bool apart = std::none_of(a.files.begin(), a.files.end(),
                                            [&](const std::string& f) { return b.files.count(f); });
            if (a.name == b.name || !apart || shorter < kAlike * longer ||
                textSimilarity(a.rep->text, b.rep->text) < kAlike)
                continue;
            warning(m, "document-text-differs",
                    std::min(a.name, b.name) + ", " + std::max(a.name, b.name),
                    "'" + a.name + "' in " + joined(a.files) + " and '" + b.name + "' in " +
                        joined(b.files) + " are nearly the same text" + howAlike(a, b) +
                        "; they are kept apart and their codings are not aligned");
        }
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
                        " have different texts" +
                        (shas.size() == 2 ? howAlike(bySha[*shas.begin()], bySha[*shas.rbegin()])
                                          : std::string()) +
                        "; they are kept apart and their codings are not aligned");
    reportRenamedAlikeTexts(m, bySha);
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

// One codebook field (the definition, the inclusion ...) of a group of matched codes. One
// non-empty value is taken; different ones are a conflict (code-<name>-differs). A file whose
// value is empty but whose log shows earlier values cleared it. Against a file that still has a
// value and has not seen that clearing (the clearing event is not in its log): a value the
// clearing file once had means only the clearing happened since the files parted, and it holds
// (warning code-<name>-cleared); a value it never had was written since, elsewhere, and that is
// a conflict (code-<name>-cleared-and-changed). A file that saw the clearing and has a value
// again wrote it later; a file that never had a value cleared nothing. Files are named in sets,
// so the inputs' order does not matter; a merge's log keeps the earlier values and the clearing
// event, so merging it again clears again.
template <typename Read>
std::string mergedCodeField(Merged& m, const std::vector<Input>& inputs,
                            const std::vector<Member<InCode>>& list, const std::string& subject,
                            const std::string& column, const std::string& name, Read valueOf) {
    const std::string noun = name == "definition" ? name : column;
    struct Clearing {
        const std::string* file;
        const std::set<std::string>* earlier;
        std::string event; // empty when the log does not show which event cleared it
    };
    std::vector<Clearing> clearings;
    for (const Member<InCode>& member : list) {
        const Input& in = inputs[member.input];
        if (!valueOf(*member.item).empty())
            continue;
        const auto code = in.codeHistory.find(member.item->uuid);
        if (code == in.codeHistory.end() || !code->second.count(column))
            continue;
        std::string event;
        if (const auto cleared = in.codeCleared.find(member.item->uuid);
            cleared != in.codeCleared.end() && cleared->second.count(column))
            event = cleared->second.at(column);
        clearings.push_back({&in.file, &code->second.at(column), event});
    }
    std::set<std::string> values, which, stale, changed, clearedIn, holders;
    for (const Member<InCode>& member : list) {
        const Input& in = inputs[member.input];
        const std::string& v = valueOf(*member.item);
        if (v.empty())
            continue;
        bool unseen = false, known = false;
        for (const Clearing& clearing : clearings) {
            if (!clearing.event.empty() && in.eventUuids.count(clearing.event))
                continue; // this file saw the clearing and has a value again: written later
            unseen = true;
            clearedIn.insert(*clearing.file);
            known = known || clearing.earlier->count(v) > 0;
        }
        if (unseen && known) {
            stale.insert("'" + v + "'");
            holders.insert(in.file);
            continue;
        }
        if (unseen)
            changed.insert(in.file + ": '" + v + "'");
        values.insert(v);
        which.insert(in.file + ": '" + v + "'");
    }
    if (!changed.empty()) {
        conflict(m, "code-" + name + "-cleared-and-changed", subject,
                 "the " + noun + " was cleared in " + joined(clearedIn) +
                     ", but changed since the files parted in " + joined(changed));
        return *values.begin();
    }
    if (!stale.empty() && values.empty())
        warning(m, "code-" + name + "-cleared", subject,
                "the " + noun + " " + joined(stale) + " was cleared in " + joined(clearedIn) +
                    "; " + joined(holders) + " still had it unchanged, so it stays cleared");
    if (values.size() > 1)
        conflict(m, "code-" + name + "-differs", subject,
                 "different " + noun + (noun == "definition" ? "s" : "") + ": " + joined(which));
    return values.empty() ? std::string() : *values.begin();
}

void mergeCodes(Merged& m, const std::vector<Input>& inputs) {
    Clusters clusters;
    const auto members = clustered(clusters, inputs, &Input::codes, &InCode::pathKey);
    std::map<std::size_t, std::size_t> index;
    for (const auto& [root, list] : members) {
        OutCode out;
        const Member<InCode>* rep = &list.front();
        std::set<std::string> uuids, keys, paths;
        for (const Member<InCode>& member : list) {
            const InCode& c = *member.item;
            if (c.uuid < rep->item->uuid)
                rep = &member;
            uuids.insert(c.uuid);
            keys.insert(c.nameKey);
            paths.insert(c.path + " (" + inputs[member.input].file + ")");
            out.files.insert(inputs[member.input].file);
        }
        const InCode& r = *rep->item;
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
        for (const Member<InCode>& member : list) {
            const InCode& c = *member.item;
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
        // Colours are not worth a refused merge, but the pick is said out loud.
        std::set<std::string> colors, colorsWhere;
        for (const Member<InCode>& member : list) {
            colors.insert(member.item->color);
            colorsWhere.insert(inputs[member.input].file + ": " + member.item->color);
        }
        if (colors.size() > 1)
            warning(m, "code-color-differs", r.path,
                    "different colours: " + joined(colorsWhere) + "; kept " + out.color);
        if (keys.size() > 1)
            conflict(m, "code-renamed", r.path,
                     "the same code has different names: " + joined(paths));
        // The definition and the other codebook fields: one value, or a conflict; a value one
        // file cleared is judged against that file's log (mergedCodeField).
        out.description =
            mergedCodeField(m, inputs, list, r.path, "description", "definition",
                            [](const InCode& c) -> const std::string& { return c.description; });
        for (const auto& field : r.fields) {
            std::string name = field.first;
            std::replace(name.begin(), name.end(), '_', '-');
            out.fields[field.first] = mergedCodeField(
                m, inputs, list, r.path, field.first, name,
                [&](const InCode& c) -> const std::string& { return c.fields.at(field.first); });
        }
        for (const Member<InCode>& member : list)
            out.isCore = out.isCore || member.item->isCore;
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
    // The code each was merged into (MergeCodes keeps the source code as a pointer).
    std::vector<std::set<std::size_t>> targets(m.codes.size());
    for (std::size_t i = 0; i < inputs.size(); ++i)
        for (const InCode& c : inputs[i].codes)
            if (c.mergedInto)
                targets[m.codeOf[i][c.id]].insert(m.codeOf[i][*c.mergedInto]);
    for (std::size_t k = 0; k < m.codes.size(); ++k) {
        if (targets[k].empty())
            continue;
        m.codes[k].mergedInto = *targets[k].begin();
        if (targets[k].size() > 1) {
            std::set<std::string> names;
            for (const std::size_t t : targets[k])
                names.insert(m.codes[t].name);
            conflict(m, "code-merged-differently", m.codes[k].name,
                     "merged into different codes: " + joined(names));
        }
    }
    // Selective coding has one core category; two files that chose different ones disagree.
    std::set<std::string> cores;
    for (const OutCode& code : m.codes)
        if (code.isCore)
            cores.insert(code.name);
    if (cores.size() > 1)
        conflict(m, "core-category-differs", joined(cores),
                 "the files chose different core categories: " + joined(cores));
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

// A coding one file removed and another still has: the removal holds when every copy is one the
// remover's history already had (unchanged since the files parted, review marks and evidence
// included) and is reported; a copy changed since is a conflict.
void honourRemovedCodings(Merged& m, const std::vector<Input>& inputs) {
    std::map<std::string, std::vector<std::size_t>> removers;
    for (std::size_t i = 0; i < inputs.size(); ++i)
        for (const auto& [uuid, removed] : inputs[i].removedCodings)
            removers[uuid].push_back(i);
    if (removers.empty())
        return;
    std::map<std::string, std::size_t> codeIndex; // any input's code UUID -> merged code
    for (std::size_t i = 0; i < inputs.size(); ++i)
        for (const InCode& c : inputs[i].codes)
            codeIndex.emplace(c.uuid, m.codeOf[i].at(c.id));
    const auto indexOf = [&](const std::string& uuid) {
        const auto it = codeIndex.find(uuid);
        return it == codeIndex.end() ? m.codes.size() : it->second;
    };
    for (const auto& [uuid, who] : removers) {
        std::set<std::string> removedIn, unchangedIn, changedIn;
        for (const std::size_t i : who)
            removedIn.insert(inputs[i].file + " " + inputs[i].removedCodings.at(uuid).how);
        std::string described;
        for (std::size_t j = 0; j < inputs.size(); ++j) {
            const Input& in = inputs[j];
            const auto coding = std::find_if(in.codings.begin(), in.codings.end(),
                                             [&](const InCoding& c) { return c.uuid == uuid; });
            if (coding == in.codings.end())
                continue;
            const std::size_t code = m.codeOf[j].at(coding->codeId);
            std::set<std::string> reviews;
            for (const Json& review : in.reviews)
                if (review["coding"] == uuid)
                    reviews.insert(jsonText(review, "state") + "|" + jsonText(review, "comment") +
                                   "|" + jsonText(review, "at"));
            const auto evidence = static_cast<std::size_t>(
                std::count_if(in.relations.begin(), in.relations.end(), [&](const InRelation& r) {
                    return std::find(r.evidence.begin(), r.evidence.end(), uuid) !=
                           r.evidence.end();
                }));
            const bool unchanged = std::any_of(who.begin(), who.end(), [&](std::size_t i) {
                const RemovedCoding& removed = inputs[i].removedCodings.at(uuid);
                const bool known = std::any_of(
                    removed.states.begin(), removed.states.end(), [&](const auto& state) {
                        const auto& [stateCode, start, end, memo] = state;
                        return indexOf(stateCode) == code && start == coding->start &&
                               end == coding->end && memo == coding->memo;
                    });
                // A memo written on the coding since (kept in the memos table) is a change too.
                const auto knownMemo = [&](const Json& memo) {
                    const auto content =
                        std::make_pair(jsonText(memo, "title"), jsonText(memo, "text"));
                    const auto sameContent = [&](const Json& other) {
                        return std::make_pair(jsonText(other, "title"), jsonText(other, "text")) ==
                               content;
                    };
                    const auto& history = inputs[i].memoHistory;
                    const auto it = history.find(jsonText(memo, "uuid"));
                    return std::any_of(inputs[i].memos.begin(), inputs[i].memos.end(),
                                       [&](const Json& own) {
                                           return own["uuid"] == memo["uuid"] && sameContent(own);
                                       }) ||
                           (it != history.end() &&
                            std::any_of(it->second.begin(), it->second.end(), sameContent));
                };
                const bool memosKnown =
                    std::all_of(in.memos.begin(), in.memos.end(), [&](const Json& memo) {
                        return jsonText(memo, "target_kind") != "coding" ||
                               jsonText(memo, "target_uuid") != uuid || knownMemo(memo);
                    });
                return known && memosKnown && evidence <= removed.evidence &&
                       std::includes(removed.reviews.begin(), removed.reviews.end(),
                                     reviews.begin(), reviews.end());
            });
            (unchanged ? unchangedIn : changedIn).insert(in.file);
            const auto doc =
                std::find_if(in.documents.begin(), in.documents.end(),
                             [&](const InDocument& d) { return d.id == coding->documentId; });
            const auto codeRow =
                std::find_if(in.codes.begin(), in.codes.end(),
                             [&](const InCode& c) { return c.id == coding->codeId; });
            described = "the coding '" + codeRow->path + "' on " + doc->name + " " +
                        std::to_string(coding->start) + "-" + std::to_string(coding->end) + " by " +
                        in.coders.at(coding->coderId).second;
        }
        if (unchangedIn.empty() && changedIn.empty())
            continue;
        if (changedIn.empty()) {
            m.removedCodings.insert(uuid);
            warning(m, "coding-removed-elsewhere", uuid,
                    described + " was removed in " + joined(removedIn) + "; " +
                        joined(unchangedIn) + " still had it unchanged, so it is left out");
        } else {
            conflict(m, "coding-removed-but-changed", uuid,
                     described + " was removed in " + joined(removedIn) + ", but " +
                         joined(changedIn) +
                         " changed it since (its span, code, memo, review marks or evidence)");
        }
    }
    if (m.removedCodings.empty())
        return;
    m.codings.erase(std::remove_if(m.codings.begin(), m.codings.end(),
                                   [&](const OutCoding& c) {
                                       return m.removedCodings.count(c.source->uuid) > 0;
                                   }),
                    m.codings.end());
}

// "code 'Regulatief > Subsidies'", "document 'int1'", "the project": what a memo is about.
std::string memoSubject(const Merged& m, const Json& memo) {
    const std::string kind = jsonText(memo, "target_kind");
    const std::string target = jsonText(memo, "target_uuid");
    if (kind == "code")
        for (const OutCode& code : m.codes)
            if (code.uuid == target) {
                std::string path = code.name;
                for (auto p = code.parent; p; p = m.codes[*p].parent)
                    path = m.codes[*p].name + " > " + path;
                return "code '" + path + "'";
            }
    if (kind == "document")
        for (const OutDocument& doc : m.documents)
            if (doc.uuid == target)
                return "document '" + doc.name + "'";
    if (kind == "project")
        return "the project";
    return kind + " " + target;
}

// One memo (by UUID) as the inputs hold it. A text that another input's log shows as an earlier
// state of the memo is superseded by that input's edit; one text left is taken (the later edit
// if several rows carry it), two or more are edits made apart: a conflict, as for a coding's or
// a relation's memo.
void mergeMemo(Merged& m, const std::vector<Input>& inputs,
               const std::vector<std::pair<std::size_t, Json>>& versions) {
    const auto contentOf = [](const Json& row) {
        return std::make_pair(jsonText(row, "title"), jsonText(row, "text"));
    };
    std::set<std::pair<std::string, std::string>> live;
    for (const auto& [input, memo] : versions) {
        const auto content = contentOf(memo);
        const bool superseded =
            std::any_of(versions.begin(), versions.end(), [&](const auto& other) {
                if (contentOf(other.second) == content)
                    return false;
                const auto& history = inputs[other.first].memoHistory;
                const auto it = history.find(jsonText(memo, "uuid"));
                return it != history.end() &&
                       std::any_of(it->second.begin(), it->second.end(),
                                   [&](const Json& image) { return contentOf(image) == content; });
            });
        if (!superseded)
            live.insert(content);
    }
    const Json* chosen = nullptr;
    for (const auto& [input, memo] : versions) {
        if (!live.empty() && !live.count(contentOf(memo)))
            continue;
        if (!chosen ||
            std::make_tuple(jsonText(memo, "updated_at"), jsonText(memo, "text")) >
                std::make_tuple(jsonText(*chosen, "updated_at"), jsonText(*chosen, "text")))
            chosen = &memo;
    }
    m.memos[jsonText(*chosen, "uuid")] = *chosen;
    if (live.size() > 1) {
        std::set<std::string> which;
        for (const auto& [input, memo] : versions)
            which.insert(inputs[input].file + ": '" + jsonText(memo, "text") + "'");
        conflict(m, "memo-differs", memoSubject(m, *chosen),
                 "the memo was edited differently since the files parted: " + joined(which));
    }
}

// A memo (by UUID) that some inputs hold and another deleted (its log has the deletion and it
// lacks the memo). The deletion holds when every copy has a title and text the deleting file's
// log shows the memo with, so nothing happened to it since the files parted but the deletion:
// the memo is left out (warning memo-deleted; true is returned). A copy edited to something the
// deleting file never saw is a conflict (memo-deleted-and-edited) and the memo is kept. A copy in
// a file that has the deletion in its log was brought back there (undone) and stands.
bool deletedElsewhere(Merged& m, const std::vector<Input>& inputs, const std::string& uuid,
                      const std::vector<std::pair<std::size_t, Json>>& versions) {
    const auto contentOf = [](const Json& row) {
        return std::make_pair(jsonText(row, "title"), jsonText(row, "text"));
    };
    std::set<std::string> deletedIn, unchangedIn, changedIn;
    for (const auto& [holder, memo] : versions) {
        bool unseen = false, known = false;
        for (const Input& in : inputs) {
            const auto deleted = in.deletedMemos.find(uuid);
            if (deleted == in.deletedMemos.end() ||
                inputs[holder].eventUuids.count(deleted->second.second))
                continue;
            unseen = true;
            deletedIn.insert(in.file + " " + deleted->second.first);
            const auto history = in.memoHistory.find(uuid);
            known = known || (history != in.memoHistory.end() &&
                              std::any_of(history->second.begin(), history->second.end(),
                                          [&](const Json& image) {
                                              return contentOf(image) == contentOf(memo);
                                          }));
        }
        if (!unseen)
            return false;
        if (known)
            unchangedIn.insert(inputs[holder].file);
        else
            changedIn.insert(inputs[holder].file + ": '" + jsonText(memo, "text") + "'");
    }
    if (deletedIn.empty())
        return false;
    const std::string subject = memoSubject(m, versions.front().second);
    if (!changedIn.empty()) {
        conflict(m, "memo-deleted-and-edited", subject,
                 "the memo was deleted in " + joined(deletedIn) +
                     ", but edited since the files parted in " + joined(changedIn));
        return false;
    }
    warning(m, "memo-deleted", subject,
            "the memo was deleted in " + joined(deletedIn) + "; " + joined(unchangedIn) +
                " still had it unchanged, so it is left out");
    return true;
}

// The records of codes merged away, united by UUID. Their targets are UUIDs of the inputs' codes
// (mapped to the merged codes') or of other records. Two files that merged one code into
// different codes disagree; the same merge done in two files (or inherited from one file) is
// one record, the earliest.
void mergeMergedCodes(Merged& m, const std::vector<Input>& inputs,
                      const std::map<std::string, std::string>& uuidMap) {
    std::map<std::string, std::set<std::string>> targets; // record uuid -> "target (file)"
    for (const Input& in : inputs)
        for (Json record : in.mergedCodes) {
            const std::string target = record["merged_into"].get<std::string>();
            if (const auto it = uuidMap.find(target); it != uuidMap.end())
                record["merged_into"] = it->second;
            record["coder"] = m.coders[m.coderOf.at(record["coder"].get<std::string>())].uuid;
            const std::string uuid = record["uuid"].get<std::string>();
            std::string where = record["merged_into"].get<std::string>();
            for (const OutCode& code : m.codes)
                if (code.uuid == where)
                    where = code.name;
            targets[uuid].insert(where + " (" + in.file + ")");
            const auto [it, added] = m.mergedCodes.emplace(uuid, record);
            if (added)
                continue;
            if (it->second["merged_into"] != record["merged_into"]) {
                conflict(m, "code-merged-differently", record["path"].get<std::string>(),
                         "merged into different codes: " + joined(targets[uuid]));
                continue;
            }
            if (std::make_tuple(record["merged_at"].get<std::string>(), record.dump()) <
                std::make_tuple(it->second["merged_at"].get<std::string>(), it->second.dump()))
                it->second = record;
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
    // Every input's codings in UUID order (inputs in their order among equal UUIDs), the
    // first of each UUID kept: sorting one vector, mostly by the UUIDs' first eight bytes as a
    // number, costs a fraction of a map of hundreds of thousands of strings, and the writer
    // wants this order anyway.
    struct Candidate {
        std::uint64_t prefix = 0;
        OutCoding coding;
    };
    const auto prefixOf = [](const std::string& uuid) {
        std::uint64_t prefix = 0;
        for (std::size_t k = 0; k < 8; ++k)
            prefix = prefix << 8 | (k < uuid.size() ? static_cast<unsigned char>(uuid[k]) : 0u);
        return prefix;
    };
    std::vector<Candidate> candidates;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const Input& in = inputs[i];
        std::map<RowId, std::size_t> coderOf; // the input's coder id -> merged coder
        for (const auto& [id, coder] : in.coders)
            coderOf[id] = m.coderOf.at(coder.first);
        for (const InCoding& c : in.codings)
            candidates.push_back({prefixOf(c.uuid),
                                  {&c, m.documentOf[i][c.documentId], m.codeOf[i][c.codeId],
                                   coderOf.at(c.coderId), c.memo, &in.file}});
    }
    std::stable_sort(
        candidates.begin(), candidates.end(), [](const Candidate& l, const Candidate& r) {
            return l.prefix != r.prefix ? l.prefix < r.prefix
                                        : l.coding.source->uuid < r.coding.source->uuid;
        });
    m.codings.reserve(candidates.size());
    for (Candidate& candidate : candidates) {
        const OutCoding& coding = candidate.coding;
        const std::string& uuid = coding.source->uuid;
        if (m.codings.empty() || m.codings.back().source->uuid != uuid) {
            m.codings.push_back(std::move(candidate.coding));
            continue;
        }
        OutCoding& kept = m.codings.back();
        if (kept.memo != coding.memo && !coding.memo.empty()) {
            if (kept.memo.empty())
                kept.memo = coding.memo;
            else
                conflict(m, "coding-memo-differs", uuid,
                         "the coding's memo differs in " + *kept.file + " and " + *coding.file);
        }
        if (!kept.sameAs(coding))
            conflict(m, "coding-differs", uuid,
                     "the coding differs (span or code) in " + *kept.file + " and " + *coding.file);
    }
    honourRemovedCodings(m, inputs);
    std::map<std::string, std::vector<std::pair<std::size_t, Json>>> memoVersions;
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
            memoVersions[memo["uuid"].get<std::string>()].emplace_back(i, std::move(memo));
        }
        for (Json review : in.reviews) {
            if (m.removedCodings.count(review["coding"].get<std::string>()))
                continue;
            review["coder"] = m.coders[m.coderOf[review["coder"].get<std::string>()]].uuid;
            m.reviews.insert(review.dump());
        }
        for (const InEvent& e : in.events)
            m.events.emplace(e.uuid, e);
    }
    for (const auto& [uuid, versions] : memoVersions)
        if (!deletedElsewhere(m, inputs, uuid, versions))
            mergeMemo(m, inputs, versions);
    mergeMergedCodes(m, inputs, uuidMap);
}

// Relation types match by UUID (the built-in ones have fixed UUIDs), then by English label.
void mergeRelationTypes(Merged& m, const std::vector<Input>& inputs) {
    Clusters clusters;
    const auto members =
        clustered(clusters, inputs, &Input::relationTypes, &InRelationType::labelKey);
    std::map<std::size_t, std::size_t> index;
    std::map<std::string, std::set<std::string>> typesOfDutchLabel;
    for (const auto& [root, list] : members) {
        const InRelationType* rep = list.front().item;
        std::set<std::string> dutch, directed, slots;
        OutRelationType out;
        out.createdAt = rep->createdAt;
        for (const Member<InRelationType>& member : list) {
            const InRelationType& t = *member.item;
            if (t.uuid < rep->uuid)
                rep = &t;
            const std::string file = " (" + inputs[member.input].file + ")";
            dutch.insert("'" + t.labelNl + "'" + file);
            directed.insert(std::string(t.directed ? "directed" : "symmetric") + file);
            slots.insert("'" + t.slot.value_or("") + "'" + file);
            out.builtin = out.builtin || t.builtin;
            out.createdAt = std::min(out.createdAt, t.createdAt);
        }
        out.uuid = rep->uuid;
        out.labelNl = rep->labelNl;
        out.labelEn = rep->labelEn;
        out.directed = rep->directed;
        out.slot = rep->slot;
        const auto differs = [&](auto field) {
            return std::any_of(list.begin(), list.end(), [&](const Member<InRelationType>& member) {
                return field(*member.item);
            });
        };
        if (differs([&](const InRelationType& t) { return t.labelNl != rep->labelNl; }))
            conflict(m, "relation-type-label-differs", out.labelEn,
                     "one relation type has different Dutch labels: " + joined(dutch));
        if (differs([&](const InRelationType& t) { return t.directed != rep->directed; }))
            conflict(m, "relation-type-direction-differs", out.labelEn,
                     "one relation type is " + joined(directed));
        if (differs([&](const InRelationType& t) { return t.slot != rep->slot; }))
            conflict(m, "relation-type-slot-differs", out.labelEn,
                     "one relation type has different paradigm slots: " + joined(slots));
        for (const Member<InRelationType>& member : list)
            out.labelEn = std::min(out.labelEn, member.item->labelEn); // differ at most in case
        typesOfDutchLabel[out.labelNl].insert(out.labelEn);
        index[root] = m.relationTypes.size();
        m.relationTypes.push_back(std::move(out));
    }
    for (const auto& [label, types] : typesOfDutchLabel)
        if (types.size() > 1)
            conflict(m, "relation-type-label-taken", label,
                     "different relation types share the Dutch label: " + joined(types));
    m.relationTypeOf.resize(inputs.size());
    for (std::size_t i = 0; i < inputs.size(); ++i)
        for (const InRelationType& t : inputs[i].relationTypes)
            m.relationTypeOf[i][t.id] = index[clusters.root(memberKey(i, t.id))];
}

// Relations match by UUID, then by what they say: the same two codes and type (in either order
// for a symmetric type). Evidence is united; two different memos are a conflict.
void mergeRelations(Merged& m, const std::vector<Input>& inputs) {
    struct Member {
        std::size_t input;
        const InRelation* relation;
        std::size_t type, from, to;
    };
    Clusters clusters;
    std::vector<Member> all;
    for (std::size_t i = 0; i < inputs.size(); ++i)
        for (const InRelation& r : inputs[i].relations) {
            Member member{i, &r, m.relationTypeOf[i].at(r.type), m.codeOf[i].at(r.from),
                          m.codeOf[i].at(r.to)};
            std::size_t a = member.from, b = member.to;
            if (!m.relationTypes[member.type].directed && b < a)
                std::swap(a, b);
            const std::string key = "k" + std::to_string(a) + ":" + std::to_string(member.type) +
                                    ":" + std::to_string(b);
            clusters.join("u" + r.uuid, key);
            all.push_back(member);
        }
    std::map<std::size_t, std::vector<const Member*>> members;
    for (const Member& member : all)
        members[clusters.root("u" + member.relation->uuid)].push_back(&member);
    for (const auto& [root, list] : members) {
        const Member* rep = list.front();
        for (const Member* member : list)
            if (member->relation->uuid < rep->relation->uuid)
                rep = member;
        OutRelation out;
        out.uuid = rep->relation->uuid;
        out.type = rep->type;
        out.from = rep->from;
        out.to = rep->to;
        out.coder = rep->relation->coder;
        out.createdAt = rep->relation->createdAt;
        std::set<std::string> memos, which;
        for (const Member* member : list) {
            const InRelation& r = *member->relation;
            out.createdAt = std::min(out.createdAt, r.createdAt);
            for (const std::string& coding : r.evidence)
                if (!m.removedCodings.count(coding))
                    out.evidence.insert(coding);
            if (!r.memo.empty()) {
                memos.insert(r.memo);
                which.insert(inputs[member->input].file + ": '" + r.memo + "'");
            }
        }
        if (!memos.empty())
            out.memo = *memos.begin();
        const std::string subject = m.codes[out.from].name + " " +
                                    m.relationTypes[out.type].labelEn + " " + m.codes[out.to].name;
        if (memos.size() > 1)
            conflict(m, "relation-memo-differs", subject,
                     "the relation has different memos: " + joined(which));
        const bool sameEnds = std::all_of(list.begin(), list.end(), [&](const Member* member) {
            const bool directed = m.relationTypes[member->type].directed;
            return member->type == out.type &&
                   ((member->from == out.from && member->to == out.to) ||
                    (!directed && member->from == out.to && member->to == out.from));
        });
        if (!sameEnds)
            conflict(m, "relation-differs", out.uuid,
                     "one relation UUID relates different codes or has different types in the "
                     "files");
        if (out.from == out.to)
            conflict(m, "relation-collapsed", subject,
                     "the relation's two codes are one code in the merge");
        m.relations.push_back(std::move(out));
    }
    std::sort(m.relations.begin(), m.relations.end(),
              [](const OutRelation& l, const OutRelation& r) { return l.uuid < r.uuid; });
}

Merged mergeInputs(const std::vector<Input>& inputs) {
    Merged m;
    mergeCoders(m, inputs);
    mergeDocuments(m, inputs);
    mergeCodes(m, inputs);
    mergeRest(m, inputs);
    mergeRelationTypes(m, inputs);
    mergeRelations(m, inputs);
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
    for (const OutCoding& coding : m.codings)
        ++perCoder[m.coders[coding.coder].uuid];
    for (const OutCoder& coder : m.coders)
        m.plan.lines.push_back(
            {"coder", coder.name, std::to_string(perCoder[coder.uuid]) + " codings"});
    m.plan.lines.push_back({"codings", "*", std::to_string(m.codings.size())});
    m.plan.lines.push_back({"memos", "*", std::to_string(m.memos.size())});
    m.plan.lines.push_back({"attributes", "*", std::to_string(m.attributes.size())});
    m.plan.lines.push_back({"reviews", "*", std::to_string(m.reviews.size())});
    m.plan.lines.push_back({"relations", "*", std::to_string(m.relations.size())});
    m.plan.lines.push_back({"merged-codes", "*", std::to_string(m.mergedCodes.size())});
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
        throw InvalidArgumentError(
            Message{CODEBOOM_N_("merge needs at least one project to read"), {}});
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

// Inserts `total` rows in statements of up to 256 rows: a statement per row costs SQLite's
// per-statement work (AUTOINCREMENT's sqlite_sequence lookup and update among it) for each of a
// merge's hundreds of thousands of codings. The rows get consecutive ids, the last of them
// lastInsertRowid().
class ChunkedInsert {
public:
    ChunkedInsert(store::Database& db, std::string table, std::vector<std::string> columns,
                  std::size_t total)
        : db_(db), table_(std::move(table)), columns_(std::move(columns)), left_(total) {
        const auto parameters =
            static_cast<std::size_t>(sqlite3_limit(db.handle(), SQLITE_LIMIT_VARIABLE_NUMBER, -1));
        while (most_ > 1 && most_ * columns_.size() > parameters)
            most_ /= 2;
    }
    // Binds the next row: bind(statement, index of the row's first parameter).
    template <typename Bind> void add(Bind&& bind) {
        if (filled_ == 0 && (!statement_ || chunk_ > left_)) {
            chunk_ = std::min(most_, left_);
            statement_.emplace(db_, sql(chunk_));
        }
        bind(*statement_, static_cast<int>(filled_ * columns_.size()));
        if (++filled_ == chunk_) {
            statement_->run();
            left_ -= chunk_;
            filled_ = 0;
        }
    }

private:
    std::string sql(std::size_t rows) const {
        std::string names, marks;
        for (const std::string& column : columns_) {
            names += (names.empty() ? "\"" : ", \"") + column + "\"";
            marks += marks.empty() ? "?" : ", ?";
        }
        std::string values;
        for (std::size_t r = 0; r < rows; ++r)
            values += (r == 0 ? "(" : ", (") + marks + ")";
        return "INSERT INTO " + table_ + " (" + names + ") VALUES " + values;
    }

    store::Database& db_;
    std::string table_;
    std::vector<std::string> columns_;
    std::size_t left_;
    std::size_t most_ = 256;
    std::size_t chunk_ = 0;
    std::size_t filled_ = 0;
    std::optional<store::Statement> statement_;
};

void writeMerged(Project& project, const Merged& m, const std::vector<Input>& inputs) {
    store::Database& db = project.database();
    // The file is new and nobody else sees it before this returns: written through a rollback
    // journal in memory (pages new to a file need none), each page goes to the file once,
    // instead of to the write-ahead log and again at the checkpoint. WAL is restored below.
    db.exec("PRAGMA journal_mode = MEMORY");
    store::Transaction transaction(db);
    // Events may name a target recorded later by another clock; the references are complete
    // at commit.
    db.exec("PRAGMA defer_foreign_keys = ON");
    std::map<std::string, RowId> coderId, documentId, codeId, codingId, caseId;
    // The same ids by index into m.coders, m.documents and m.codes: the codings look them up.
    std::vector<RowId> coderRow(m.coders.size()), documentRow(m.documents.size()),
        codeRow(m.codes.size());
    {
        auto s = db.prepare("INSERT INTO coders (uuid, name, created_at) VALUES (?, ?, ?)");
        for (const OutCoder& coder : m.coders) {
            s.bind(0, coder.uuid).bind(1, coder.name).bind(2, coder.createdAt).run();
            coderId[coder.uuid] = db.lastInsertRowid();
            coderRow[static_cast<std::size_t>(&coder - m.coders.data())] = db.lastInsertRowid();
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
        std::size_t paragraphs = 0, turns = 0;
        for (const OutDocument& d : m.documents) {
            paragraphs += d.rep->paragraphs.size();
            turns += d.rep->turns.size();
        }
        ChunkedInsert paragraph(db, "paragraphs", {"document_id", "idx", "start", "end"},
                                paragraphs);
        ChunkedInsert turn(
            db, "turns",
            {"document_id", "idx", "speaker", "start", "body_start", "end", "timestamp"}, turns);
        const auto size = [](std::size_t value) { return static_cast<std::int64_t>(value); };
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
            documentRow[static_cast<std::size_t>(d - m.documents.data())] = id;
            for (const Paragraph& p : r.paragraphs)
                paragraph.add([&](store::Statement& st, int i) {
                    st.bind(i, id).bind(i + 1, size(p.index));
                    st.bind(i + 2, size(p.start)).bind(i + 3, size(p.end));
                });
            for (const Turn& t : r.turns)
                turn.add([&](store::Statement& st, int i) {
                    st.bind(i, id).bind(i + 1, size(t.index)).bind(i + 2, t.speaker);
                    st.bind(i + 3, size(t.start)).bind(i + 4, size(t.bodyStart));
                    st.bind(i + 5, size(t.end));
                    if (t.timestamp.empty())
                        st.bindNull(i + 6);
                    else
                        st.bind(i + 6, t.timestamp);
                });
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
                            "description, phase, status, created_at, created_by, inclusion, "
                            "exclusion, anchor_coding, label_nl, label_en, is_core) VALUES "
                            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (const std::size_t k : order) {
            const OutCode& c = m.codes[k];
            s.bind(0, c.uuid);
            if (c.parent)
                s.bind(1, codeId.at(m.codes[*c.parent].uuid));
            else
                s.bindNull(1);
            s.bind(2, c.position).bind(3, c.name).bind(4, c.nameKey).bind(5, c.color);
            s.bind(6, c.description).bind(7, c.phase).bind(8, c.status).bind(9, c.createdAt);
            s.bind(10, coderOf(c.createdBy));
            int i = 11;
            for (const char* field :
                 {"inclusion", "exclusion", "anchor_coding", "label_nl", "label_en"}) {
                const auto it = c.fields.find(field);
                s.bind(i++, it == c.fields.end() ? std::string() : it->second);
            }
            s.bind(16, c.isCore ? 1 : 0).run();
            codeId[c.uuid] = db.lastInsertRowid();
            codeRow[k] = db.lastInsertRowid();
        }
        // Merge targets may come later in the order above: set once every code has its id.
        auto merged = db.prepare("UPDATE codes SET merged_into = ? WHERE id = ?");
        for (const OutCode& c : m.codes)
            if (c.mergedInto)
                merged.bind(0, codeId.at(m.codes[*c.mergedInto].uuid))
                    .bind(1, codeId.at(c.uuid))
                    .run();
    }
    {
        // Reviews and relation evidence refer to codings by UUID; only those need their id.
        std::set<std::string> referred;
        for (const std::string& text : m.reviews)
            referred.insert(Json::parse(text)["coding"].get<std::string>());
        for (const OutRelation& relation : m.relations)
            referred.insert(relation.evidence.begin(), relation.evidence.end());
        // The codings come in UUID order, which the UUID index takes at its end; the other
        // indexes would take every row at a random place. Built afterwards from the table, by
        // sorting, they cost a fraction of that. Their definitions are read from the file, so
        // that they come back exactly as the schema made them.
        std::vector<std::pair<std::string, std::string>> indexes; // name, CREATE statement
        {
            auto list = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                   "tbl_name = 'codings' AND sql IS NOT NULL ORDER BY name");
            while (list.step())
                indexes.emplace_back(list.textAt(0), list.textAt(1));
        }
        for (const auto& [name, sql] : indexes)
            db.exec("DROP INDEX \"" + name + "\"");
        ChunkedInsert s(db, "codings",
                        {"uuid", "document_id", "start", "end", "code_id", "coder_id", "text",
                         "memo", "created_at"},
                        m.codings.size());
        for (const OutCoding& coding : m.codings) {
            const InCoding& c = *coding.source;
            s.add([&](store::Statement& st, int i) {
                st.bind(i, c.uuid).bind(i + 1, documentRow[coding.document]);
                st.bind(i + 2, c.start).bind(i + 3, c.end);
                st.bind(i + 4, codeRow[coding.code]).bind(i + 5, coderRow[coding.coder]);
                st.bind(i + 6, c.text).bind(i + 7, coding.memo).bind(i + 8, c.createdAt);
            });
        }
        const RowId first = db.lastInsertRowid() - static_cast<RowId>(m.codings.size()) + 1;
        for (const auto& [name, sql] : indexes)
            db.exec(sql);
        RowId next = first;
        for (const OutCoding& coding : m.codings) {
            if (referred.count(coding.source->uuid))
                codingId[coding.source->uuid] = next;
            ++next;
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
                            "coder_id, created_at, updated_at, kind) VALUES "
                            "(?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (const auto& [uuid, memo] : m.memos) {
            int i = 0;
            for (const char* column : {"uuid", "target_kind", "target_uuid", "title", "text"})
                bindJson(s, i++, memo[column]);
            s.bind(5, coderId.at(memo["coder"].get<std::string>()));
            bindJson(s, 6, memo["created_at"]);
            bindJson(s, 7, memo["updated_at"]);
            bindJson(s, 8, memo["kind"]);
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
        // The built-in relation types came with the new file's schema.
        std::map<std::string, RowId> typeId;
        {
            auto s = db.prepare("SELECT uuid, id FROM relation_types");
            while (s.step())
                typeId[s.textAt(0)] = s.int64At(1);
        }
        auto t = db.prepare("INSERT INTO relation_types (uuid, label_nl, label_en, directed, "
                            "builtin, paradigm_slot, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
        for (const OutRelationType& type : m.relationTypes) {
            if (typeId.count(type.uuid))
                continue;
            t.bind(0, type.uuid).bind(1, type.labelNl).bind(2, type.labelEn);
            t.bind(3, type.directed ? 1 : 0).bind(4, type.builtin ? 1 : 0).bind(5, type.slot);
            t.bind(6, type.createdAt).run();
            typeId[type.uuid] = db.lastInsertRowid();
        }
        auto r = db.prepare("INSERT INTO relations (uuid, type_id, from_code, to_code, memo, "
                            "coder_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
        auto e = db.prepare("INSERT INTO relation_evidence (relation_id, coding_id) VALUES (?, ?)");
        for (const OutRelation& relation : m.relations) {
            r.bind(0, relation.uuid).bind(1, typeId.at(m.relationTypes[relation.type].uuid));
            r.bind(2, codeId.at(m.codes[relation.from].uuid))
                .bind(3, codeId.at(m.codes[relation.to].uuid));
            r.bind(4, relation.memo).bind(5, coderOf(relation.coder)).bind(6, relation.createdAt);
            r.run();
            const RowId id = db.lastInsertRowid();
            for (const std::string& coding : relation.evidence)
                e.bind(0, id).bind(1, codingId.at(coding)).run();
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
        recordChainHead(db, {static_cast<std::int64_t>(order.size()), previous});
    }
    {
        auto s = db.prepare("INSERT INTO merged_codes (uuid, path, name, color, description, "
                            "inclusion, exclusion, anchor_coding, label_nl, label_en, phase, "
                            "created_at, merged_into, merged_at, reason, merged_by) VALUES "
                            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (const auto& [uuid, record] : m.mergedCodes) {
            int i = 0;
            for (const char* column : {"uuid", "path", "name", "color", "description", "inclusion",
                                       "exclusion", "anchor_coding", "label_nl", "label_en",
                                       "phase", "created_at", "merged_into", "merged_at", "reason"})
                bindJson(s, i++, record[column]);
            s.bind(i, coderId.at(record["coder"].get<std::string>())).run();
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
    db.exec("PRAGMA journal_mode = WAL");
}

} // namespace

MergePlan planMerge(const std::vector<std::filesystem::path>& inputs) {
    return mergeInputs(readInputs(inputs)).plan;
}

MergePlan mergeProjects(const std::filesystem::path& out,
                        const std::vector<std::filesystem::path>& paths, const std::string& coder) {
    if (std::filesystem::exists(out))
        throw InvalidArgumentError(
            Message{CODEBOOM_N_("{file} already exists; merge writes a new project, choose another "
                                "file name"),
                    {{"file", out.filename().string()}}});
    const std::vector<Input> inputs = readInputs(paths);
    Merged merged = mergeInputs(inputs);
    if (merged.plan.hasConflicts()) {
        std::size_t count = 0;
        const MergeIssue* first = nullptr;
        for (const MergeIssue& issue : merged.plan.issues)
            if (issue.severity == "conflict" && count++ == 0)
                first = &issue;
        // The issue's kind, subject and detail are a report's data: they stay as core wrote them.
        throw MergeConflictError(Message{
            count == 1 ? CODEBOOM_N_("merge refused: 1 conflict between the projects, first: "
                                     "{kind} '{subject}': {detail} (resolve them in the projects, "
                                     "see --dry-run)")
                       : CODEBOOM_N_("merge refused: {count} conflicts between the projects, "
                                     "first: {kind} '{subject}': {detail} (resolve them in the "
                                     "projects, see --dry-run)"),
            {{"count", std::to_string(count)},
             {"kind", first->kind},
             {"subject", first->subject},
             {"detail", first->detail}}});
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
                    "c.status, c.created_at, k.uuid, c.inclusion, c.exclusion, c.anchor_coding, "
                    "c.label_nl, c.label_en, g.uuid, c.is_core FROM codes c LEFT JOIN codes p ON "
                    "p.id = c.parent_id LEFT JOIN codes g ON g.id = c.merged_into JOIN coders k "
                    "ON k.id = c.created_by");
    collect("coding", "SELECT c.uuid, d.uuid, c.start, c.\"end\", k.uuid, r.uuid, c.text, c.memo, "
                      "c.created_at FROM codings c JOIN documents d ON d.id = c.document_id "
                      "JOIN codes k ON k.id = c.code_id JOIN coders r ON r.id = c.coder_id");
    collect("case", "SELECT c.uuid, c.name, c.kind, d.uuid FROM cases c LEFT JOIN documents d "
                    "ON d.id = c.document_id");
    collect("attribute", "SELECT c.uuid, a.name, a.value FROM attributes a JOIN cases c ON "
                         "c.id = a.case_id");
    collect("memo", "SELECT m.uuid, m.target_kind, m.target_uuid, m.title, m.text, k.uuid, "
                    "m.created_at, m.updated_at, m.kind FROM memos m JOIN coders k ON "
                    "k.id = m.coder_id");
    collect("relation-type", "SELECT uuid, label_nl, label_en, directed, builtin, paradigm_slot, "
                             "created_at FROM relation_types");
    collect("relation", "SELECT r.uuid, t.uuid, f.uuid, o.uuid, r.memo, k.uuid, r.created_at "
                        "FROM relations r JOIN relation_types t ON t.id = r.type_id JOIN codes f "
                        "ON f.id = r.from_code JOIN codes o ON o.id = r.to_code JOIN coders k ON "
                        "k.id = r.coder_id");
    collect("evidence", "SELECT r.uuid, c.uuid FROM relation_evidence e JOIN relations r ON "
                        "r.id = e.relation_id JOIN codings c ON c.id = e.coding_id");
    collect("review", "SELECT c.uuid, r.state, r.comment, k.uuid, r.at FROM coding_reviews r "
                      "JOIN codings c ON c.id = r.coding_id JOIN coders k ON k.id = r.coder_id");
    collect("merged-code",
            "SELECT m.uuid, m.path, m.name, m.color, m.description, m.inclusion, m.exclusion, "
            "m.anchor_coding, m.label_nl, m.label_en, m.phase, m.created_at, m.merged_into, "
            "m.merged_at, m.reason, k.uuid FROM merged_codes m JOIN coders k ON "
            "k.id = m.merged_by");
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
