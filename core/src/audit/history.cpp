#include "codeboom/audit/history.h"

#include "codeboom/commands/command.h"
#include "codeboom/error.h"
#include "codeboom/project.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <map>
#include <tuple>

namespace codeboom {

bool atOrBefore(const std::string& at, const std::string& until) {
    return at.compare(0, until.size(), until) <= 0;
}

bool eventMentionsCode(const Event& event, const Code& code, bool sameFile) {
    if (event.payload.find(code.uuid) != std::string::npos)
        return true;
    const nlohmann::json payload = nlohmann::json::parse(event.payload, nullptr, false);
    if (payload.is_discarded())
        return false;
    if (const auto args = payload.find("arguments"); args != payload.end())
        for (const auto& [key, value] : args->items())
            if (value.is_string() && value.get<std::string>() == code.path)
                return true;
    // Codings name their code by row id; ids mean something only in the file they came from.
    if (!sameFile || code.id <= 0 || !payload.contains("changes"))
        return false;
    const auto codingOf = [&](const nlohmann::json& row) {
        return row.is_object() && row.value("code_id", RowId{0}) == code.id;
    };
    for (const auto& change : payload["changes"]) {
        if (change.value("table", "") != "codings")
            continue;
        for (const char* side : {"before", "after"})
            for (const auto& row : ChangeRecorder::rowImages(change, side))
                if (codingOf(row))
                    return true;
    }
    return false;
}

std::vector<Event> filterEvents(Project& project, const EventFilter& filter) {
    std::optional<Code> code;
    if (filter.code) {
        if (const Code* found = project.codeTree().findByPath(*filter.code))
            code = *found;
        else if (const Code* byUuid = project.codeTree().findByUuid(*filter.code))
            code = *byUuid;
        else {
            // A deleted code: match its UUID or path as text in the payloads.
            code = Code{};
            code->id = -1;
            code->uuid = *filter.code;
            code->path = *filter.code;
        }
    }
    std::vector<Event> out;
    for (Event& event : project.events()) {
        if (filter.by && event.coder != *filter.by)
            continue;
        if (filter.since && event.at < *filter.since)
            continue;
        if (filter.until && !atOrBefore(event.at, *filter.until))
            continue;
        if (filter.action && event.kind != *filter.action && event.command != *filter.action)
            continue;
        // Row ids in payloads belong to the file the event was recorded in.
        if (code && !eventMentionsCode(event, *code, event.origin == project.uuid()))
            continue;
        out.push_back(std::move(event));
    }
    return out;
}

namespace {

CodebookEntry entryOf(const nlohmann::json& row) {
    CodebookEntry entry;
    entry.uuid = row.value("uuid", "");
    entry.name = row.value("name", "");
    entry.color = row.value("color", "");
    entry.description = row.value("description", "");
    entry.phase = row.value("phase", "");
    entry.status = row.value("status", "");
    entry.position = row.value("position", 0);
    return entry;
}

} // namespace

std::vector<CodebookEntry> codebookAt(Project& project, const std::string& date) {
    std::map<std::pair<std::string, RowId>, std::string> uuidOfRow; // (origin, id) -> uuid
    std::map<std::string, CodebookEntry> codes;
    std::map<std::string, std::pair<std::string, std::optional<RowId>>> parentRow;
    for (const Event& event : project.events()) {
        if (!atOrBefore(event.at, date))
            continue;
        const nlohmann::json payload = nlohmann::json::parse(event.payload, nullptr, false);
        if (payload.is_discarded() || !payload.contains("changes"))
            continue;
        const auto put = [&](const nlohmann::json& row) {
            CodebookEntry entry = entryOf(row);
            uuidOfRow[{event.origin, row.value("id", RowId{0})}] = entry.uuid;
            const auto& parent = row["parent_id"];
            parentRow[entry.uuid] = {event.origin, parent.is_number_integer()
                                                       ? std::optional<RowId>(parent.get<RowId>())
                                                       : std::nullopt};
            codes[entry.uuid] = std::move(entry);
        };
        const auto drop = [&](const nlohmann::json& row) { codes.erase(row.value("uuid", "")); };
        for (const auto& change : payload["changes"]) {
            if (change.value("table", "") != "codes")
                continue;
            // Deletions first: an update's "before" is replaced by its "after".
            for (const auto& row : ChangeRecorder::rowImages(change, "before"))
                drop(row);
            for (const auto& row : ChangeRecorder::rowImages(change, "after"))
                put(row);
        }
    }
    for (auto& [uuid, entry] : codes) {
        const auto& [origin, parent] = parentRow[uuid];
        if (parent)
            entry.parentUuid = uuidOfRow[{origin, *parent}];
    }
    // Paths and tree order: depth first, siblings by position then name.
    std::map<std::string, std::vector<const CodebookEntry*>> children;
    for (const auto& [uuid, entry] : codes)
        children[codes.count(entry.parentUuid) ? entry.parentUuid : ""].push_back(&entry);
    std::vector<CodebookEntry> out;
    std::function<void(const std::string&, const std::string&)> walk =
        [&](const std::string& parent, const std::string& prefix) {
            auto list = children[parent];
            std::sort(list.begin(), list.end(), [](const auto* l, const auto* r) {
                return std::tie(l->position, l->name) < std::tie(r->position, r->name);
            });
            for (const CodebookEntry* entry : list) {
                CodebookEntry copy = *entry;
                copy.path = prefix.empty() ? copy.name : prefix + " > " + copy.name;
                out.push_back(copy);
                walk(copy.uuid, copy.path);
            }
        };
    walk("", "");
    return out;
}

std::vector<CodebookChange> codebookDiff(const std::vector<CodebookEntry>& before,
                                         const std::vector<CodebookEntry>& after) {
    std::map<std::string, const CodebookEntry*> old;
    for (const CodebookEntry& entry : before)
        old[entry.uuid] = &entry;
    std::vector<CodebookChange> out;
    for (const CodebookEntry& entry : after) {
        const auto it = old.find(entry.uuid);
        if (it == old.end()) {
            out.push_back({"added", entry.uuid, "", entry.path});
            continue;
        }
        const CodebookEntry& was = *it->second;
        if (was.name != entry.name)
            out.push_back({"renamed", entry.uuid, was.path, entry.path});
        if (was.parentUuid != entry.parentUuid)
            out.push_back({"moved", entry.uuid, was.path, entry.path});
        if (was.description != entry.description)
            out.push_back({"redefined", entry.uuid, was.description, entry.description});
        if (was.color != entry.color)
            out.push_back({"recolored", entry.uuid, was.color, entry.color});
        if (was.phase != entry.phase)
            out.push_back({"rephased", entry.uuid, was.phase, entry.phase});
        if (was.status != entry.status)
            out.push_back({"restatused", entry.uuid, was.status, entry.status});
        old.erase(it);
    }
    for (const CodebookEntry& entry : before)
        if (old.count(entry.uuid))
            out.push_back({"removed", entry.uuid, entry.path, ""});
    return out;
}

} // namespace codeboom
