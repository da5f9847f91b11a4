#include "codeboom/commands/relation_commands.h"

#include "codeboom/error.h"
#include "codeboom/model/relations.h"
#include "codeboom/project.h"
#include "codeboom/text/offsets.h"

#include <algorithm>
#include <iterator>

namespace codeboom {

namespace {

std::string quote(const std::string& text) {
    return "'" + text + "'";
}

std::string describe(const Relation& relation) {
    return quote(relation.fromPath) + " " + relation.type.labelEn + " " + quote(relation.toPath);
}

std::vector<RowId> idsWhere(Project& project, const std::string& sql, RowId value) {
    std::vector<RowId> ids;
    auto stmt = project.database().prepare(sql);
    stmt.bind(0, value);
    while (stmt.step())
        ids.push_back(stmt.int64At(0));
    return ids;
}

// Coding UUIDs to row ids, each once, in the order given; throws naming an unknown coding.
std::vector<RowId> codingIds(Project& project, const std::vector<std::string>& uuids) {
    std::vector<RowId> ids;
    for (const std::string& uuid : uuids) {
        const RowId id = project.coding(uuid).id;
        if (std::find(ids.begin(), ids.end(), id) == ids.end())
            ids.push_back(id);
    }
    return ids;
}

void insertEvidence(CommandContext& context, RowId relation, RowId coding) {
    context.changes.insert("relation_evidence", {{"relation_id", relation}, {"coding_id", coding}});
}

std::optional<RowId> evidenceRow(Project& project, RowId relation, RowId coding) {
    auto stmt = project.database().prepare(
        "SELECT id FROM relation_evidence WHERE relation_id = ? AND coding_id = ?");
    stmt.bind(0, relation).bind(1, coding);
    return stmt.step() ? std::optional<RowId>(stmt.int64At(0)) : std::nullopt;
}

void removeRelation(CommandContext& context, RowId relation) {
    context.changes.removeWhere("relation_evidence", "relation_id", relation);
    context.changes.remove("relations", relation);
}

void validateTypeLabel(const std::string& label, const char* language) {
    const auto first = label.find_first_not_of(" \t");
    if (first == std::string::npos)
        throw InvalidArgumentError(
            std::string_view(language) == "Dutch"
                ? Message{CODEBOOM_N_("the Dutch label of a relation type cannot be empty"), {}}
                : Message{CODEBOOM_N_("the English label of a relation type cannot be empty"), {}});
    if (first != 0 || label.find_last_not_of(" \t") != label.size() - 1)
        throw InvalidArgumentError(
            Message{CODEBOOM_N_("relation type label '{label}' starts or ends with a space"),
                    {{"label", label}}});
    if (std::any_of(label.begin(), label.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x20; }))
        throw InvalidArgumentError(
            Message{CODEBOOM_N_("relation type label '{label}' contains a tab, line break or other "
                                "control character"),
                    {{"label", label}}});
    if (!isValidUtf8(label))
        throw InvalidArgumentError(
            Message{CODEBOOM_N_("a relation type label must be valid UTF-8 text"), {}});
    if (countCodePoints(label) > 100)
        throw InvalidArgumentError(
            Message{CODEBOOM_N_("relation type label '{label}…' is longer than 100 characters"),
                    {{"label", label.substr(0, 40)}}});
}

} // namespace

AddRelation::AddRelation(std::string from, std::string type, std::string to,
                         std::vector<std::string> evidence, std::string memo)
    : from_(std::move(from)), type_(std::move(type)), to_(std::move(to)),
      evidence_(std::move(evidence)), memo_(std::move(memo)) {}

std::string AddRelation::label() const {
    return "relate " + quote(from_) + " " + type_ + " " + quote(to_);
}

nlohmann::json AddRelation::arguments() const {
    return {
        {"from", from_}, {"type", type_}, {"to", to_}, {"evidence", evidence_}, {"memo", memo_}};
}

void AddRelation::execute(CommandContext& context) {
    Project& project = context.project;
    const CodeTree& tree = project.codeTree();
    const Code& from = tree.resolve(from_);
    const Code& to = tree.resolve(to_);
    const RelationType type = resolveRelationType(project, type_);
    if (from.id == to.id)
        throw InvalidArgumentError(Message{
            CODEBOOM_N_("cannot relate '{code}' to itself; a relation joins two different codes"),
            {{"code", from.path}}});
    if (const auto existing = findRelation(project, type, from.id, to.id)) {
        const Relation found = relation(
            project, context.changes.row("relations", *existing).at("uuid").get<std::string>());
        throw InvalidArgumentError(Message{
            found.fromCode == from.id
                ? CODEBOOM_N_("there is already a relation '{from}' {type} '{to}'")
                : CODEBOOM_N_("there is already a relation '{from}' {type} '{to}' (the type is "
                              "symmetric: its direction does not matter)"),
            {{"from", found.fromPath},
             {"type", found.type.labelEn},
             {"type_nl", found.type.labelNl},
             {"to", found.toPath}}});
    }
    const std::vector<RowId> evidence = codingIds(project, evidence_);
    uuid_ = project.uuids().next();
    const RowId id = context.changes.insert("relations", {{"uuid", uuid_},
                                                          {"type_id", type.id},
                                                          {"from_code", from.id},
                                                          {"to_code", to.id},
                                                          {"memo", memo_},
                                                          {"coder_id", project.coderId()},
                                                          {"created_at", utcNow()}});
    for (const RowId coding : evidence)
        insertEvidence(context, id, coding);
}

RemoveRelation::RemoveRelation(std::string relationUuid) : uuid_(std::move(relationUuid)) {}

std::string RemoveRelation::label() const {
    return "remove relation " + (described_.empty() ? uuid_ : described_);
}

nlohmann::json RemoveRelation::arguments() const {
    return {{"relation", uuid_}};
}

void RemoveRelation::execute(CommandContext& context) {
    const Relation found = relation(context.project, uuid_);
    described_ = describe(found);
    removeRelation(context, found.id);
}

EditRelation::EditRelation(std::string relationUuid, std::optional<std::string> memo,
                           std::vector<std::string> addEvidence,
                           std::vector<std::string> dropEvidence)
    : uuid_(std::move(relationUuid)), memo_(std::move(memo)), add_(std::move(addEvidence)),
      drop_(std::move(dropEvidence)) {}

std::string EditRelation::label() const {
    return "edit relation " + (described_.empty() ? uuid_ : described_);
}

nlohmann::json EditRelation::arguments() const {
    return {{"relation", uuid_},
            {"memo", memo_ ? nlohmann::json(*memo_) : nlohmann::json(nullptr)},
            {"add_evidence", add_},
            {"drop_evidence", drop_}};
}

void EditRelation::execute(CommandContext& context) {
    Project& project = context.project;
    const Relation found = relation(project, uuid_);
    described_ = describe(found);
    if (memo_)
        context.changes.update("relations", found.id, {{"memo", *memo_}});
    for (const RowId coding : codingIds(project, add_))
        if (!evidenceRow(project, found.id, coding))
            insertEvidence(context, found.id, coding);
    // Dropping comes last, so a coding both added and dropped ends up dropped.
    for (const std::string& uuid : drop_) {
        const auto row = evidenceRow(project, found.id, project.coding(uuid).id);
        if (!row)
            throw InvalidArgumentError(
                Message{CODEBOOM_N_("coding '{coding}' is not evidence of relation {relation}"),
                        {{"coding", uuid}, {"relation", described_}}});
        context.changes.remove("relation_evidence", *row);
    }
}

AddRelationType::AddRelationType(std::string labelNl, std::string labelEn, bool directed,
                                 std::string paradigmSlot)
    : labelNl_(std::move(labelNl)), labelEn_(std::move(labelEn)), directed_(directed),
      slot_(std::move(paradigmSlot)) {}

std::string AddRelationType::label() const {
    return "add relation type " + quote(labelNl_) + " / " + quote(labelEn_);
}

nlohmann::json AddRelationType::arguments() const {
    return {{"label_nl", labelNl_},
            {"label_en", labelEn_},
            {"directed", directed_},
            {"paradigm_slot", slot_}};
}

void AddRelationType::execute(CommandContext& context) {
    Project& project = context.project;
    validateTypeLabel(labelNl_, "Dutch");
    validateTypeLabel(labelEn_, "English");
    if (!slot_.empty() && std::find(std::begin(kParadigmSlots), std::end(kParadigmSlots), slot_) ==
                              std::end(kParadigmSlots))
        throw InvalidArgumentError(
            Message{CODEBOOM_N_("paradigm slot '{slot}' is not one of causal-conditions, context, "
                                "intervening-conditions, strategies, consequences"),
                    {{"slot", slot_}}});
    const NameKeyMaker& keys = project.nameKeys();
    for (const RelationType& type : relationTypes(project))
        for (const std::string* label : {&labelNl_, &labelEn_})
            if (keys.keyOf(*label) == keys.keyOf(type.labelNl) ||
                keys.keyOf(*label) == keys.keyOf(type.labelEn))
                throw InvalidArgumentError(Message{
                    CODEBOOM_N_("there is already a relation type '{label_nl}' / '{label_en}'; "
                                "labels are compared without regard to case, in both languages"),
                    {{"label_nl", type.labelNl}, {"label_en", type.labelEn}}});
    uuid_ = project.uuids().next();
    context.changes.insert(
        "relation_types",
        {{"uuid", uuid_},
         {"label_nl", labelNl_},
         {"label_en", labelEn_},
         {"directed", directed_ ? 1 : 0},
         {"builtin", 0},
         {"paradigm_slot", slot_.empty() ? nlohmann::json(nullptr) : nlohmann::json(slot_)},
         {"created_at", utcNow()}});
}

void removeEvidenceOf(CommandContext& context, RowId codingId) {
    context.changes.removeWhere("relation_evidence", "coding_id", codingId);
}

void removeRelationsOf(CommandContext& context, RowId codeId) {
    for (const RowId id : idsWhere(
             context.project,
             "SELECT id FROM relations WHERE from_code = ?1 OR to_code = ?1 ORDER BY id", codeId))
        removeRelation(context, id);
}

void moveRelations(CommandContext& context, RowId source, RowId target) {
    Project& project = context.project;
    for (const RowId id : idsWhere(
             project, "SELECT id FROM relations WHERE from_code = ?1 OR to_code = ?1 ORDER BY id",
             source)) {
        const nlohmann::json row = context.changes.row("relations", id);
        const RowId from =
            row.at("from_code") == source ? target : row.at("from_code").get<RowId>();
        const RowId to = row.at("to_code") == source ? target : row.at("to_code").get<RowId>();
        if (from == to) {
            removeRelation(context, id);
            continue;
        }
        RelationType type;
        type.id = row.at("type_id");
        type.directed =
            context.changes.row("relation_types", type.id).at("directed").get<int>() != 0;
        const auto kept = findRelation(project, type, from, to);
        if (!kept) {
            context.changes.update("relations", id, {{"from_code", from}, {"to_code", to}});
            continue;
        }
        for (const RowId evidence : idsWhere(project,
                                             "SELECT id FROM relation_evidence WHERE relation_id "
                                             "= ? ORDER BY id",
                                             id)) {
            const RowId coding = context.changes.row("relation_evidence", evidence).at("coding_id");
            if (evidenceRow(project, *kept, coding))
                context.changes.remove("relation_evidence", evidence);
            else
                context.changes.update("relation_evidence", evidence, {{"relation_id", *kept}});
        }
        const std::string memo = row.at("memo");
        const std::string keptMemo = context.changes.row("relations", *kept).at("memo");
        if (!memo.empty() && memo != keptMemo)
            context.changes.update("relations", *kept,
                                   {{"memo", keptMemo.empty() ? memo : keptMemo + "\n\n" + memo}});
        context.changes.remove("relations", id);
    }
}

} // namespace codeboom
