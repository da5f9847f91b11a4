#include "codeboom/audit/history.h"

#include "codeboom/commands/command.h"
#include "codeboom/error.h"
#include "codeboom/project.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <set>
#include <tuple>

namespace codeboom {

bool isDateOrTime(const std::string& value) {
    // Digits where the pattern has 9, the literal elsewhere; any prefix ending at a field's end.
    static const std::string pattern = "9999-99-99T99:99:99";
    static const std::set<std::size_t> ends = {4, 7, 10, 13, 16, 19};
    std::size_t n = 0;
    while (n < value.size() && n < pattern.size()) {
        const char c = value[n];
        if (pattern[n] == '9' ? !std::isdigit(static_cast<unsigned char>(c)) : c != pattern[n])
            break;
        ++n;
    }
    if (!ends.count(n))
        return false;
    std::string rest = value.substr(n);
    if (n == 19 && rest.size() > 1 && rest[0] == '.' &&
        std::all_of(rest.begin() + 1, rest.end() - (rest.back() == 'Z' ? 1 : 0),
                    [](unsigned char c) { return std::isdigit(c); }))
        rest = rest.back() == 'Z' ? "Z" : "";
    if (!(rest.empty() || (rest == "Z" && n >= 13)))
        return false;
    const auto field = [&](std::size_t at) { return std::stoi(value.substr(at, 2)); };
    return (n < 7 || (field(5) >= 1 && field(5) <= 12)) &&
           (n < 10 || (field(8) >= 1 && field(8) <= 31)) && (n < 13 || field(11) <= 23) &&
           (n < 16 || field(14) <= 59) && (n < 19 || field(17) <= 60);
}

void requireDateOrTime(const std::string& value, const std::string& what) {
    // `what` is a command-line option ("--since"), which stays as typed in every language.
    if (!isDateOrTime(value))
        throw InvalidArgumentError(
            Message{CODEBOOM_N_("{what} '{value}' is not a date or time: use an ISO 8601 date "
                                "such as 2026-11-23 (or 2026-11, 2026), or a UTC time such as "
                                "2026-11-23T14:05:00Z"),
                    {{"what", what}, {"value", value}}});
}

namespace {

// `pattern` is a whole sentence with {value}, so that each is translated as one.
void requireDateOrTimeAs(const std::string& value, const char* pattern) {
    if (!isDateOrTime(value))
        throw InvalidArgumentError(Message{pattern, {{"value", value}}});
}

} // namespace

std::vector<std::string> knownActions() {
    // The names Command::name() returns (core/include/codeboom/commands/*.h), and the kinds.
    return {"add-relation",
            "add-relation-type",
            "adjudicate",
            "apply-coding",
            "apply-template",
            "create-code",
            "delete-code",
            "describe-code",
            "do",
            "edit-relation",
            "import-attributes",
            "import-codebook",
            "import-document",
            "import-qdc",
            "import-qdpx",
            "merge-codes",
            "move-code",
            "recolor-code",
            "redo",
            "remove-coding",
            "remove-document",
            "remove-memo",
            "remove-relation",
            "rename-code",
            "review-coding",
            "set-attribute",
            "set-code-fields",
            "set-code-phase",
            "set-code-status",
            "set-core-category",
            "set-memo",
            "undo",
            "write-story-line"};
}

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
    if (filter.since)
        requireDateOrTimeAs(
            *filter.since,
            CODEBOOM_N_(
                "the start of the period '{value}' is not a date or time: use an ISO 8601 date "
                "such as 2026-11-23 (or 2026-11, 2026), or a UTC time such as "
                "2026-11-23T14:05:00Z"));
    if (filter.until)
        requireDateOrTimeAs(
            *filter.until,
            CODEBOOM_N_(
                "the end of the period '{value}' is not a date or time: use an ISO 8601 date "
                "such as 2026-11-23 (or 2026-11, 2026), or a UTC time such as "
                "2026-11-23T14:05:00Z"));
    std::vector<Event> events = project.events();
    if (filter.action) {
        // Also a command this build does not know, if the log has it (a newer version's).
        const auto known = knownActions();
        const bool inLog = std::any_of(events.begin(), events.end(),
                                       [&](const Event& e) { return e.command == *filter.action; });
        if (!inLog && std::find(known.begin(), known.end(), *filter.action) == known.end()) {
            std::string list;
            for (const std::string& name : known)
                list += (list.empty() ? "" : ", ") + name;
            throw InvalidArgumentError(
                Message{CODEBOOM_N_("unknown action '{action}' (known: {known})"),
                        {{"action", *filter.action}, {"known", list}}});
        }
    }
    if (filter.by) {
        const auto coders = project.coders();
        std::string names;
        bool found = false;
        for (const auto& coder : coders) {
            found = found || coder.name == *filter.by;
            names += (names.empty() ? "" : ", ") + coder.name;
        }
        if (!found)
            throw InvalidArgumentError(
                Message{CODEBOOM_N_("there is no coder '{coder}' in {file} (coders: {coders})"),
                        {{"coder", *filter.by}, {"file", project.fileName()}, {"coders", names}}});
    }
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
    for (Event& event : events) {
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
    requireDateOrTimeAs(
        date, CODEBOOM_N_("the date '{value}' is not a date or time: use an ISO 8601 date "
                          "such as 2026-11-23 (or 2026-11, 2026), or a UTC time such as "
                          "2026-11-23T14:05:00Z"));
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
