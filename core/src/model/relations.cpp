#include "codeboom/model/relations.h"

#include "codeboom/error.h"
#include "codeboom/project.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_map>

namespace codeboom {

namespace {

constexpr const char* kTypeColumns =
    "SELECT id, uuid, label_nl, label_en, directed, builtin, IFNULL(paradigm_slot, '') "
    "FROM relation_types ";

RelationType readType(const store::Statement& stmt, int from = 0) {
    RelationType type;
    type.id = stmt.int64At(from);
    type.uuid = stmt.textAt(from + 1);
    type.labelNl = stmt.textAt(from + 2);
    type.labelEn = stmt.textAt(from + 3);
    type.directed = stmt.intAt(from + 4) != 0;
    type.builtin = stmt.intAt(from + 5) != 0;
    type.paradigmSlot = stmt.textAt(from + 6);
    return type;
}

std::vector<Relation> loadRelations(Project& project, const std::string& where,
                                    const std::string& uuid = {}) {
    auto stmt = project.database().prepare(
        "SELECT t.id, t.uuid, t.label_nl, t.label_en, t.directed, t.builtin, "
        "IFNULL(t.paradigm_slot, ''), r.id, r.uuid, r.from_code, r.to_code, r.memo, k.name, "
        "r.created_at FROM relations r JOIN relation_types t ON t.id = r.type_id "
        "JOIN coders k ON k.id = r.coder_id " +
        where);
    if (!uuid.empty())
        stmt.bind(0, uuid);
    const CodeTree& tree = project.codeTree();
    std::vector<Relation> out;
    std::map<RowId, std::size_t> byId;
    while (stmt.step()) {
        Relation relation;
        relation.type = readType(stmt);
        relation.id = stmt.int64At(7);
        relation.uuid = stmt.textAt(8);
        relation.fromCode = stmt.int64At(9);
        relation.toCode = stmt.int64At(10);
        relation.memo = stmt.textAt(11);
        relation.coder = stmt.textAt(12);
        relation.createdAt = stmt.textAt(13);
        relation.fromPath = tree.find(relation.fromCode)->path;
        relation.toPath = tree.find(relation.toCode)->path;
        byId[relation.id] = out.size();
        out.push_back(std::move(relation));
    }
    if (out.empty())
        return out;
    auto evidence = project.database().prepare(
        "SELECT e.relation_id, c.uuid FROM relation_evidence e JOIN codings c ON c.id = "
        "e.coding_id "
        "JOIN documents d ON d.id = c.document_id ORDER BY d.position, c.document_id, c.start, "
        "c.\"end\", c.id");
    while (evidence.step())
        if (const auto it = byId.find(evidence.int64At(0)); it != byId.end())
            out[it->second].evidence.push_back(evidence.textAt(1));
    return out;
}

} // namespace

std::vector<RelationType> relationTypes(Project& project) {
    std::vector<RelationType> out;
    auto stmt = project.database().prepare(std::string(kTypeColumns) + "ORDER BY builtin DESC, id");
    while (stmt.step())
        out.push_back(readType(stmt));
    return out;
}

RelationType resolveRelationType(Project& project, std::string_view labelOrUuid) {
    const std::string uuid = normalizeUuid(std::string(labelOrUuid));
    const std::string key = project.nameKeys().keyOf(labelOrUuid);
    for (RelationType& type : relationTypes(project))
        if ((!uuid.empty() && type.uuid == uuid) || project.nameKeys().keyOf(type.labelNl) == key ||
            project.nameKeys().keyOf(type.labelEn) == key)
            return std::move(type);
    throw InvalidArgumentError(
        Message{CODEBOOM_N_("there is no relation type '{type}' in {file} (name a type by its "
                            "Dutch or English label, e.g. 'is oorzaak van' or 'causes')"),
                {{"type", std::string(labelOrUuid)}, {"file", project.fileName()}}});
}

std::vector<Relation> relations(Project& project) {
    std::vector<Relation> out = loadRelations(project, "");
    std::unordered_map<RowId, std::size_t> order;
    const auto& codes = project.codeTree().codes();
    for (std::size_t i = 0; i < codes.size(); ++i)
        order[codes[i].id] = i;
    std::sort(out.begin(), out.end(), [&](const Relation& a, const Relation& b) {
        return std::tuple(order.at(a.fromCode), a.type.id, order.at(a.toCode), a.id) <
               std::tuple(order.at(b.fromCode), b.type.id, order.at(b.toCode), b.id);
    });
    return out;
}

Relation relation(Project& project, std::string_view uuid) {
    const std::string canonical = normalizeUuid(std::string(uuid));
    auto found = canonical.empty() ? std::vector<Relation>()
                                   : loadRelations(project, "WHERE r.uuid = ?", canonical);
    if (found.empty())
        throw InvalidArgumentError(
            Message{CODEBOOM_N_("there is no relation '{relation}' in {file}"),
                    {{"relation", std::string(uuid)}, {"file", project.fileName()}}});
    return std::move(found.front());
}

std::optional<RowId> findRelation(Project& project, const RelationType& type, RowId a, RowId b) {
    auto& stmt = project.database().cached(
        "SELECT id FROM relations WHERE type_id = ?1 AND ((from_code = ?2 AND to_code = ?3) OR "
        "(?4 = 0 AND from_code = ?3 AND to_code = ?2)) ORDER BY id LIMIT 1");
    stmt.bind(0, type.id).bind(1, a).bind(2, b).bind(3, type.directed ? 1 : 0);
    std::optional<RowId> id;
    if (stmt.step())
        id = stmt.int64At(0);
    stmt.reset();
    return id;
}

} // namespace codeboom
