#include "refi/code_import.h"

#include "codeboom/project.h"
#include "codeboom/text/offsets.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

namespace codeboom::refi {

namespace {

bool isHex(const std::string& text) {
    return std::all_of(text.begin(), text.end(),
                       [](unsigned char c) { return std::isxdigit(c) != 0; });
}

// RGBType allows #RRGGBB and #RGB (Project.xsd); Codeboom stores #rrggbb.
std::string colorOf(const std::string& color) {
    std::string hex = color.size() > 1 && color[0] == '#' ? color.substr(1) : "";
    if (hex.size() == 3 && isHex(hex))
        hex = {hex[0], hex[0], hex[1], hex[1], hex[2], hex[2]};
    if (hex.size() != 6 || !isHex(hex))
        return {};
    for (char& c : hex)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return "#" + hex;
}

// A name Codeboom can hold (validateCodeName): no '>' (it separates path parts), no control
// characters, trimmed, at most 200 characters, not empty.
std::string usableName(const std::string& name) {
    std::string out;
    for (const char c : name) {
        if (c == '>')
            out += "\xE2\x80\xBA"; // › keeps the look of a hierarchy marker without being one
        else if (static_cast<unsigned char>(c) < 0x20)
            out += ' ';
        else
            out += c;
    }
    const auto first = out.find_first_not_of(' ');
    out =
        first == std::string::npos ? "" : out.substr(first, out.find_last_not_of(' ') - first + 1);
    if (!isValidUtf8(out))
        out = "(unnamed)";
    if (countCodePoints(out) > 200) {
        const OffsetIndex index(out);
        out = std::string(index.slice(0, 200));
        while (!out.empty() && out.back() == ' ')
            out.pop_back();
    }
    return out.empty() ? "(unnamed)" : out;
}

} // namespace

std::map<std::string, ImportedCode>
importCodes(CommandContext& context, const std::vector<RefiCode>& roots, ImportReport& report) {
    Project& project = context.project;
    // The snapshot from before this command; codes created here are tracked alongside.
    const CodeTree& tree = project.codeTree();
    std::map<std::pair<RowId, std::string>, RowId> created; // (parent or 0, name key) -> id
    std::map<RowId, int> nextPosition;
    std::set<std::string> usedUuids;
    std::size_t paletteIndex = tree.codes().size();
    std::map<std::string, ImportedCode> out;

    auto positionUnder = [&](std::optional<RowId> parent) {
        const RowId key = parent.value_or(0);
        auto it = nextPosition.find(key);
        if (it == nextPosition.end()) {
            int next = 0;
            for (const Code* sibling : tree.children(parent))
                next = std::max(next, sibling->position + 1);
            it = nextPosition.emplace(key, next).first;
        }
        return it->second++;
    };

    struct Item {
        const RefiCode* code;
        std::optional<RowId> parent;
    };
    std::vector<Item> stack;
    for (auto it = roots.rbegin(); it != roots.rend(); ++it)
        stack.push_back({&*it, std::nullopt});
    while (!stack.empty()) {
        const Item item = stack.back();
        stack.pop_back();
        const RefiCode& code = *item.code;
        ImportedCode result;
        const bool guidUsable = !code.guid.empty() && !out.count(code.guid);
        if (guidUsable) {
            if (const Code* existing = tree.findByUuid(code.guid)) {
                result = {existing->id, existing->uuid};
                ++report.codesMerged;
            }
        }
        if (result.id == 0) {
            std::string name = usableName(code.name);
            if (name != code.name)
                ++report.codesRenamed;
            std::string key = project.nameKeys().keyOf(name);
            if (const auto existing = tree.siblingWithKey(item.parent, key)) {
                result = {*existing, tree.find(*existing)->uuid};
                ++report.codesMerged;
            } else {
                const std::string base = name;
                for (int n = 2; created.count({item.parent.value_or(0), key}); ++n) {
                    name = base + " (" + std::to_string(n) + ")";
                    key = project.nameKeys().keyOf(name);
                }
                if (name != base) {
                    ++report.codesRenamed;
                    report.warnings.push_back("code '" + base +
                                              "' occurs twice under one parent; "
                                              "the second is called '" +
                                              name + "'");
                }
                std::string uuid = code.guid;
                if (!guidUsable || usedUuids.count(uuid)) {
                    uuid = project.uuids().next();
                    ++report.newGuids;
                }
                usedUuids.insert(uuid);
                std::string color = colorOf(code.color);
                if (color.empty()) // ATLAS.ti 26 omits colours (pitfall 12)
                    color = paletteColor(paletteIndex++);
                const RowId id = context.changes.insert(
                    "codes", {{"uuid", uuid},
                              {"parent_id", item.parent ? nlohmann::json(*item.parent)
                                                        : nlohmann::json(nullptr)},
                              {"position", positionUnder(item.parent)},
                              {"name", name},
                              {"name_key", key},
                              {"color", color},
                              {"description", code.description},
                              {"created_at", utcNow()},
                              {"created_by", project.coderId()}});
                created[{item.parent.value_or(0), key}] = id;
                result = {id, uuid, true};
                ++report.codesCreated;
            }
        }
        if (!code.guid.empty() && !out.count(code.guid))
            out[code.guid] = result;
        for (auto it = code.children.rbegin(); it != code.children.rend(); ++it)
            stack.push_back({&*it, result.id});
    }
    return out;
}

void applySets(std::vector<RefiCode>& roots, const std::vector<RefiSet>& sets,
               const NameKeyMaker& keys, ImportReport& report) {
    for (const RefiSet& set : sets) {
        if (set.otherMembers > 0) {
            ++report.skipped["Set of sources or notes (Codeboom has no sets)"];
            continue;
        }
        if (set.memberCodes.empty()) {
            ++report.skipped["Set without members"];
            continue;
        }
        std::vector<std::size_t> members;
        bool allTopLevel = true;
        for (const std::string& guid : set.memberCodes) {
            const auto it = std::find_if(roots.begin(), roots.end(),
                                         [&](const RefiCode& code) { return code.guid == guid; });
            if (it == roots.end()) {
                allTopLevel = false;
                break;
            }
            const auto index = static_cast<std::size_t>(it - roots.begin());
            if (std::find(members.begin(), members.end(), index) == members.end())
                members.push_back(index);
        }
        if (!allTopLevel) {
            ++report.skipped["Set of codes that are not all top-level codes of the file, or are "
                             "in an earlier set (left as they are)"];
            continue;
        }
        const std::string key = keys.keyOf(set.name);
        std::optional<std::size_t> host;
        for (std::size_t i = 0; i < roots.size() && !host; ++i)
            if (std::find(members.begin(), members.end(), i) == members.end() &&
                keys.keyOf(roots[i].name) == key)
                host = i;
        std::vector<RefiCode> children;
        for (const std::size_t index : members)
            children.push_back(std::move(roots[index]));
        std::vector<std::size_t> gone = members;
        std::sort(gone.rbegin(), gone.rend());
        for (const std::size_t index : gone) {
            roots.erase(roots.begin() + static_cast<std::ptrdiff_t>(index));
            if (host && *host > index)
                --*host;
        }
        if (host) {
            for (RefiCode& child : children)
                roots[*host].children.push_back(std::move(child));
        } else {
            RefiCode category;
            category.guid = set.guid;
            category.name = set.name;
            category.description = set.description;
            category.children = std::move(children);
            roots.insert(roots.begin() + static_cast<std::ptrdiff_t>(gone.back()),
                         std::move(category));
        }
        ++report.categoriesFromSets;
    }
}

} // namespace codeboom::refi
