#include "commands/code_builder.h"

#include "codeboom/project.h"

#include <algorithm>

namespace codeboom {

CodeBuilder::CodeBuilder(CommandContext& context)
    : context_(context), paletteIndex_(context.project.codeTree().codes().size()) {}

std::optional<RowId> CodeBuilder::child(std::optional<RowId> parent,
                                        const std::string& name) const {
    const std::string key = context_.project.nameKeys().keyOf(name);
    if (const auto id = context_.project.codeTree().siblingWithKey(parent, key))
        return id;
    const auto it = created_.find({parent.value_or(0), key});
    if (it == created_.end())
        return std::nullopt;
    return it->second;
}

std::optional<RowId> CodeBuilder::find(const std::vector<std::string>& names) const {
    std::optional<RowId> at;
    for (const std::string& name : names) {
        at = child(at, name);
        if (!at)
            return std::nullopt;
    }
    return at;
}

RowId CodeBuilder::create(std::optional<RowId> parent, const std::string& name,
                          const std::string& path, const nlohmann::json& fields) {
    Project& project = context_.project;
    validateCodeName(name);
    const RowId parentKey = parent.value_or(0);
    auto position = nextPosition_.find(parentKey);
    if (position == nextPosition_.end()) {
        int next = 0;
        for (const Code* sibling : project.codeTree().children(parent))
            next = std::max(next, sibling->position + 1);
        position = nextPosition_.emplace(parentKey, next).first;
    }
    nlohmann::json row = {{"uuid", project.uuids().next()},
                          {"parent_id", parent ? nlohmann::json(*parent) : nlohmann::json(nullptr)},
                          {"position", position->second++},
                          {"name", name},
                          {"name_key", project.nameKeys().keyOf(name)},
                          {"color", paletteColor(paletteIndex_++)},
                          {"created_at", utcNow()},
                          {"created_by", project.coderId()}};
    for (const auto& [column, value] : fields.items())
        row[column] = value;
    const RowId id = context_.changes.insert("codes", std::move(row));
    created_[{parentKey, project.nameKeys().keyOf(name)}] = id;
    createdPaths_.push_back(path);
    return id;
}

CodeBuilder::Found CodeBuilder::ensure(const std::vector<std::string>& names,
                                       const nlohmann::json& fields) {
    std::optional<RowId> at;
    std::string path;
    Found found;
    for (std::size_t i = 0; i < names.size(); ++i) {
        path += (i == 0 ? "" : " > ") + names[i];
        const auto existing = child(at, names[i]);
        const bool last = i + 1 == names.size();
        if (existing) {
            at = existing;
            found = {*existing, false};
        } else {
            at = create(at, names[i], path, last ? fields : nlohmann::json::object());
            found = {*at, true};
        }
    }
    return found;
}

} // namespace codeboom
