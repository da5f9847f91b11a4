#include "codeboom/commands/code_commands.h"

#include "codeboom/commands/core_category_commands.h"
#include "codeboom/commands/relation_commands.h"
#include "codeboom/commands/review_commands.h"
#include "codeboom/error.h"
#include "codeboom/project.h"

#include <algorithm>
#include <cctype>

namespace codeboom {

namespace {

std::string quote(const std::string& text) {
    return "'" + text + "'";
}

int nextPosition(Project& project, std::optional<RowId> parent) {
    int next = 0;
    for (const Code* sibling : project.codeTree().children(parent))
        next = std::max(next, sibling->position + 1);
    return next;
}

void requireFreeName(Project& project, std::optional<RowId> parent, const std::string& name,
                     std::optional<RowId> except = std::nullopt) {
    const auto clash = project.codeTree().siblingWithKey(parent, project.nameKeys().keyOf(name));
    if (clash && clash != except)
        throw InvalidArgumentError(Message{
            CODEBOOM_N_(
                "there is already a code '{code}' (names are compared without regard to case)"),
            {{"code", project.codeTree().find(*clash)->path}}});
}

void deleteCodings(CommandContext& context, RowId codeId) {
    std::vector<RowId> ids;
    auto stmt =
        context.project.database().prepare("SELECT id FROM codings WHERE code_id = ? ORDER BY id");
    stmt.bind(0, codeId);
    while (stmt.step())
        ids.push_back(stmt.int64At(0));
    for (const RowId id : ids) {
        removeReviewsOf(context, id);
        removeEvidenceOf(context, id);
        context.changes.remove("codings", id);
    }
}

} // namespace

std::string normalizeColor(const std::string& color) {
    const bool ok = color.size() == 7 && color[0] == '#' &&
                    std::all_of(color.begin() + 1, color.end(),
                                [](unsigned char c) { return std::isxdigit(c) != 0; });
    if (!ok)
        throw InvalidArgumentError(
            Message{CODEBOOM_N_("colour '{colour}' is not of the form #RRGGBB (e.g. #4e79a7)"),
                    {{"colour", color}}});
    std::string out = color;
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

CreateCode::CreateCode(std::string path, std::string color, std::string description)
    : path_(std::move(path)), color_(std::move(color)), description_(std::move(description)) {}

std::string CreateCode::label() const {
    return "create code " + quote(path_);
}

nlohmann::json CreateCode::arguments() const {
    return {{"path", path_}, {"color", color_}, {"description", description_}};
}

void CreateCode::execute(CommandContext& context) {
    Project& project = context.project;
    auto names = splitCodePath(path_);
    const std::string name = names.back();
    validateCodeName(name);
    std::optional<RowId> parent;
    if (names.size() > 1) {
        std::string parentPath = names.front();
        for (std::size_t i = 1; i + 1 < names.size(); ++i)
            parentPath += " > " + names[i];
        const Code* found = project.codeTree().findByPath(parentPath);
        if (!found)
            throw InvalidArgumentError(Message{
                CODEBOOM_N_("cannot create '{code}': the parent code '{parent}' does not exist; "
                            "create it first"),
                {{"code", path_}, {"parent", parentPath}}});
        parent = found->id;
    }
    requireFreeName(project, parent, name);
    const std::string color =
        color_.empty() ? paletteColor(project.codeTree().codes().size()) : normalizeColor(color_);
    uuid_ = project.uuids().next();
    nlohmann::json row = {{"uuid", uuid_},
                          {"parent_id", parent ? nlohmann::json(*parent) : nlohmann::json(nullptr)},
                          {"position", nextPosition(project, parent)},
                          {"name", name},
                          {"name_key", project.nameKeys().keyOf(name)},
                          {"color", color},
                          {"description", description_},
                          {"created_at", utcNow()},
                          {"created_by", project.coderId()}};
    context.changes.insert("codes", std::move(row));
}

RenameCode::RenameCode(std::string code, std::string newName)
    : code_(std::move(code)), newName_(std::move(newName)) {}

std::string RenameCode::label() const {
    return "rename code " + quote(code_) + " to " + quote(newName_);
}

nlohmann::json RenameCode::arguments() const {
    return {{"code", code_}, {"name", newName_}};
}

void RenameCode::execute(CommandContext& context) {
    Project& project = context.project;
    const Code& code = project.codeTree().resolve(code_);
    validateCodeName(newName_);
    requireFreeName(project, code.parentId, newName_, code.id);
    context.changes.update("codes", code.id,
                           {{"name", newName_}, {"name_key", project.nameKeys().keyOf(newName_)}});
}

RecolorCode::RecolorCode(std::string code, std::string color)
    : code_(std::move(code)), color_(std::move(color)) {}

std::string RecolorCode::label() const {
    return "recolour code " + quote(code_) + " " + color_;
}

nlohmann::json RecolorCode::arguments() const {
    return {{"code", code_}, {"color", color_}};
}

void RecolorCode::execute(CommandContext& context) {
    const Code& code = context.project.codeTree().resolve(code_);
    context.changes.update("codes", code.id, {{"color", normalizeColor(color_)}});
}

DescribeCode::DescribeCode(std::string code, std::string description)
    : code_(std::move(code)), description_(std::move(description)) {}

std::string DescribeCode::label() const {
    return "describe code " + quote(code_);
}

nlohmann::json DescribeCode::arguments() const {
    return {{"code", code_}, {"description", description_}};
}

void DescribeCode::execute(CommandContext& context) {
    const Code& code = context.project.codeTree().resolve(code_);
    context.changes.update("codes", code.id, {{"description", description_}});
}

MoveCode::MoveCode(std::string code, std::optional<std::string> newParent,
                   std::optional<int> position)
    : code_(std::move(code)), newParent_(std::move(newParent)), position_(position) {}

std::string MoveCode::label() const {
    if (category_)
        return "move code " + quote(code_) + " into category " + quote(*category_) +
               " (axial coding)";
    return "move code " + quote(code_) + " to " +
           (newParent_ ? quote(*newParent_) : "the top level");
}

nlohmann::json MoveCode::arguments() const {
    nlohmann::json out = {
        {"code", code_},
        {"parent", newParent_ ? nlohmann::json(*newParent_) : nlohmann::json(nullptr)},
        {"position", position_ ? nlohmann::json(*position_) : nlohmann::json(nullptr)}};
    if (category_)
        out["step"] = "axial";
    return out;
}

void MoveCode::execute(CommandContext& context) {
    Project& project = context.project;
    const CodeTree& tree = project.codeTree();
    const Code code = tree.resolve(code_);
    std::optional<RowId> parent;
    if (newParent_) {
        const Code& target = tree.resolve(*newParent_);
        if (target.id == code.id || tree.isAncestor(code.id, target.id))
            throw InvalidArgumentError(Message{
                CODEBOOM_N_("cannot move '{code}' under '{target}': a code cannot be placed "
                            "inside itself"),
                {{"code", code.path}, {"target", target.path}}});
        parent = target.id;
    }
    category_.reset();
    if (parent != code.parentId)
        requireFreeName(project, parent, code.name);
    if (parent && parent != code.parentId) {
        const Code& category = *tree.find(*parent);
        category_ = category.path;
        if (category.phase == "open")
            context.changes.update("codes", category.id, {{"phase", "axial"}});
    }
    // Renumber the new siblings so that positions stay 0..n-1 in display order.
    std::vector<RowId> order;
    for (const Code* sibling : tree.children(parent))
        if (sibling->id != code.id)
            order.push_back(sibling->id);
    const auto at = static_cast<std::size_t>(std::clamp(
        position_.value_or(static_cast<int>(order.size())), 0, static_cast<int>(order.size())));
    order.insert(order.begin() + static_cast<std::ptrdiff_t>(at), code.id);
    context.changes.update(
        "codes", code.id,
        {{"parent_id", parent ? nlohmann::json(*parent) : nlohmann::json(nullptr)}});
    for (std::size_t i = 0; i < order.size(); ++i)
        context.changes.update("codes", order[i], {{"position", static_cast<int>(i)}});
}

MergeCodes::MergeCodes(std::string source, std::string target)
    : source_(std::move(source)), target_(std::move(target)) {}

std::string MergeCodes::label() const {
    return "merge code " + quote(source_) + " into " + quote(target_);
}

nlohmann::json MergeCodes::arguments() const {
    return {{"source", source_}, {"target", target_}};
}

namespace {

// The record of a merged-away code (docs/definitions.md, "Phases, categories and the axial
// step"), taken from its row as it is before the merge. A record with the same UUID (from a
// team merge that kept the code alive in another file) is replaced by the newer merge.
void recordMerged(CommandContext& context, const Code& source, const Code& target,
                  const std::string& at) {
    const nlohmann::json row = context.changes.row("codes", source.id);
    nlohmann::json record = {{"uuid", source.uuid}, {"path", source.path}};
    for (const char* column : {"name", "color", "description", "inclusion", "exclusion",
                               "anchor_coding", "label_nl", "label_en", "phase", "created_at"})
        record[column] = row.at(column);
    record["merged_into"] = target.uuid;
    record["merged_at"] = at;
    record["merged_by"] = context.project.coderId();
    record["reason"] = std::string(context.reason);
    auto& existing =
        context.project.database().cached("SELECT id FROM merged_codes WHERE uuid = ?");
    existing.bind(0, source.uuid);
    const std::optional<RowId> id =
        existing.step() ? std::optional<RowId>(existing.int64At(0)) : std::nullopt;
    existing.reset();
    if (id)
        context.changes.update("merged_codes", *id, record);
    else
        context.changes.insert("merged_codes", std::move(record));
}

// `at`: one time for the whole merge, so that its records list together, by path.
void mergeInto(CommandContext& context, const CodeTree& tree, const Code& source,
               const Code& target, const std::string& at) {
    Project& project = context.project;
    std::vector<RowId> codings;
    {
        auto stmt =
            project.database().prepare("SELECT id FROM codings WHERE code_id = ? ORDER BY id");
        stmt.bind(0, source.id);
        while (stmt.step())
            codings.push_back(stmt.int64At(0));
    }
    for (const RowId id : codings)
        context.changes.update("codings", id, {{"code_id", target.id}});
    int next = nextPosition(project, target.id);
    for (const Code* child : tree.children(source.id)) {
        const auto clash = tree.siblingWithKey(target.id, project.nameKeys().keyOf(child->name));
        if (clash)
            mergeInto(context, tree, *child, *tree.find(*clash), at);
        else
            context.changes.update("codes", child->id,
                                   {{"parent_id", target.id}, {"position", next++}});
    }
    moveRelations(context, source.id, target.id);
    passCoreCategory(context, source, target);
    recordMerged(context, source, target, at);
    context.changes.remove("codes", source.id);
}

} // namespace

void MergeCodes::execute(CommandContext& context) {
    const CodeTree& tree = context.project.codeTree();
    const Code& source = tree.resolve(source_);
    const Code& target = tree.resolve(target_);
    if (source.id == target.id)
        throw InvalidArgumentError(
            Message{CODEBOOM_N_("cannot merge '{code}' into itself"), {{"code", source.path}}});
    if (tree.isAncestor(source.id, target.id))
        throw InvalidArgumentError(
            Message{CODEBOOM_N_("cannot merge '{code}' into its own sub-code '{target}'"),
                    {{"code", source.path}, {"target", target.path}}});
    mergeInto(context, tree, source, target, utcNow());
}

DeleteCode::DeleteCode(std::string code) : code_(std::move(code)) {}

std::string DeleteCode::label() const {
    return "delete code " + quote(code_);
}

nlohmann::json DeleteCode::arguments() const {
    return {{"code", code_}};
}

void DeleteCode::execute(CommandContext& context) {
    const CodeTree& tree = context.project.codeTree();
    const auto subtree = tree.subtree(tree.resolve(code_).id);
    // Deepest first, so no code is deleted while a child still points at it.
    for (auto it = subtree.rbegin(); it != subtree.rend(); ++it) {
        deleteCodings(context, (*it)->id);
        removeRelationsOf(context, (*it)->id);
        context.changes.remove("codes", (*it)->id);
    }
}

} // namespace codeboom
