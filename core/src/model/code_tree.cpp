#include "codeboom/model/code_tree.h"

#include "codeboom/error.h"
#include "codeboom/text/identity.h"
#include "codeboom/text/name_key.h"
#include "codeboom/text/offsets.h"

#include <algorithm>
#include <array>
#include <functional>

namespace codeboom {

namespace {

std::string trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t");
    return std::string(text.substr(first, last - first + 1));
}

} // namespace

std::vector<std::string> splitCodePath(std::string_view path) {
    std::vector<std::string> names;
    std::size_t from = 0;
    while (true) {
        const auto at = path.find('>', from);
        const std::string name =
            trim(path.substr(from, at == std::string_view::npos ? path.npos : at - from));
        if (name.empty())
            throw InvalidArgumentError(Message{
                CODEBOOM_N_("code path '{path}' has an empty name; write names joined by ' > '"),
                {{"path", std::string(path)}}});
        names.push_back(name);
        if (at == std::string_view::npos)
            break;
        from = at + 1;
    }
    return names;
}

std::string paletteColor(std::size_t index) {
    constexpr std::array<const char*, 12> kPalette = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2",
                                                      "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
                                                      "#9c755f", "#bab0ac", "#86bcb6", "#d37295"};
    return kPalette[index % kPalette.size()];
}

void validateCodeName(std::string_view name) {
    if (trim(name).empty())
        throw InvalidArgumentError(Message{CODEBOOM_N_("a code name cannot be empty"), {}});
    if (trim(name) != name)
        throw InvalidArgumentError(
            Message{CODEBOOM_N_("code name '{name}' starts or ends with a space"),
                    {{"name", std::string(name)}}});
    if (name.find('>') != std::string_view::npos)
        throw InvalidArgumentError(Message{
            CODEBOOM_N_("code name '{name}' contains '>', which separates the names in a code "
                        "path"),
            {{"name", std::string(name)}}});
    if (std::any_of(name.begin(), name.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x20; }))
        throw InvalidArgumentError(Message{
            CODEBOOM_N_("code name '{name}' contains a tab, line break or other control character"),
            {{"name", std::string(name)}}});
    if (!isValidUtf8(name))
        throw InvalidArgumentError(
            Message{CODEBOOM_N_("a code name must be valid UTF-8 text"), {}});
    if (countCodePoints(name) > 200)
        throw InvalidArgumentError(
            Message{CODEBOOM_N_("code name '{name}…' is longer than 200 characters"),
                    {{"name", std::string(name.substr(0, 40))}}});
}

CodeTree::CodeTree(std::vector<Code> codes, const NameKeyMaker& keys) : keyMaker_(&keys) {
    std::unordered_map<RowId, std::vector<Code*>> byParent;
    for (Code& code : codes)
        byParent[code.parentId.value_or(0)].push_back(&code);
    for (auto& [parent, list] : byParent)
        std::sort(list.begin(), list.end(), [](const Code* a, const Code* b) {
            return a->position != b->position ? a->position < b->position : a->id < b->id;
        });
    std::function<void(RowId, const std::string&, int)> walk =
        [&](RowId parent, const std::string& prefix, int depth) {
            const auto it = byParent.find(parent);
            if (it == byParent.end())
                return;
            for (Code* code : it->second) {
                code->path = prefix.empty() ? code->name : prefix + " > " + code->name;
                code->depth = depth;
                byId_[code->id] = codes_.size();
                codes_.push_back(*code);
                keys_.push_back(keys.keyOf(code->name));
                walk(code->id, code->path, depth + 1);
            }
        };
    walk(0, "", 0);
}

const Code* CodeTree::find(RowId id) const {
    const auto it = byId_.find(id);
    return it == byId_.end() ? nullptr : &codes_[it->second];
}

const Code* CodeTree::findByUuid(std::string_view uuid) const {
    const auto it = std::find_if(codes_.begin(), codes_.end(),
                                 [&](const Code& code) { return code.uuid == uuid; });
    return it == codes_.end() ? nullptr : &*it;
}

std::optional<RowId> CodeTree::siblingWithKey(std::optional<RowId> parent,
                                              std::string_view key) const {
    for (std::size_t i = 0; i < codes_.size(); ++i)
        if (codes_[i].parentId == parent && keys_[i] == key)
            return codes_[i].id;
    return std::nullopt;
}

const Code* CodeTree::findByPath(std::string_view path) const {
    std::optional<RowId> parent;
    const Code* found = nullptr;
    for (const std::string& name : splitCodePath(path)) {
        const auto id = siblingWithKey(parent, keyMaker_->keyOf(name));
        if (!id)
            return nullptr;
        found = find(*id);
        parent = *id;
    }
    return found;
}

const Code& CodeTree::resolve(std::string_view pathOrUuid) const {
    if (const Code* code = findByUuid(normalizeUuid(std::string(pathOrUuid))))
        return *code;
    if (const Code* code = findByPath(pathOrUuid))
        return *code;
    throw InvalidArgumentError(
        Message{CODEBOOM_N_("there is no code '{code}' (write the path from the top, e.g. "
                            "'Regulatief > Subsidies')"),
                {{"code", std::string(pathOrUuid)}}});
}

std::vector<const Code*> CodeTree::children(std::optional<RowId> parent) const {
    std::vector<const Code*> out;
    for (const Code& code : codes_)
        if (code.parentId == parent)
            out.push_back(&code);
    return out;
}

std::vector<const Code*> CodeTree::subtree(RowId id) const {
    std::vector<const Code*> out;
    const auto it = byId_.find(id);
    if (it == byId_.end())
        return out;
    const int depth = codes_[it->second].depth;
    out.push_back(&codes_[it->second]);
    for (std::size_t i = it->second + 1; i < codes_.size() && codes_[i].depth > depth; ++i)
        out.push_back(&codes_[i]);
    return out;
}

bool CodeTree::isAncestor(RowId ancestor, RowId code) const {
    for (const Code* c = find(code); c && c->parentId; c = find(*c->parentId))
        if (*c->parentId == ancestor)
            return true;
    return false;
}

} // namespace codeboom
