#pragma once

#include "codeboom/model/types.h"

#include <optional>
#include <string>
#include <vector>

namespace codeboom {

class Project;

// Which events `log` shows. Dates are ISO 8601 prefixes ("2026-11-23" or a full time) compared
// with the events' UTC times; `until` includes the whole of its day.
struct EventFilter {
    std::optional<std::string> by; // coder name
    std::optional<std::string> since;
    std::optional<std::string> until;
    std::optional<std::string> code;   // a code path or UUID, resolved now or found in payloads
    std::optional<std::string> action; // a command name, or do / undo / redo
};

// Throws InvalidArgumentError for a malformed date, an unknown action (naming the known ones) or
// a coder the project has never seen (naming its coders): a typo must not look like "nothing
// happened".
std::vector<Event> filterEvents(Project& project, const EventFilter& filter);

// True for the ISO 8601 prefixes the filters take: "2026", "2026-11", "2026-11-23",
// "2026-11-23T14", "2026-11-23T14:05", "2026-11-23T14:05:09", with optional fraction and "Z".
bool isDateOrTime(const std::string& value);

// Throws InvalidArgumentError naming `what` ("--since", "the date") unless isDateOrTime(value).
void requireDateOrTime(const std::string& value, const std::string& what);

// The action names `log --action` takes: do, undo, redo and every command's name, sorted.
std::vector<std::string> knownActions();

// True when `at` lies on or before the end of `until` (a date or a time prefix).
bool atOrBefore(const std::string& at, const std::string& until);

// True when the event's payload touches the code: a row of `codes` with its UUID, a coding with
// its row id (only when `sameFile`: row ids mean something only in the file that recorded the
// event), or its UUID or path among the arguments.
bool eventMentionsCode(const Event& event, const Code& code, bool sameFile);

// One code as the codebook was at some moment.
struct CodebookEntry {
    std::string uuid;
    std::string path;
    std::string name;
    std::string parentUuid;
    std::string color;
    std::string description;
    std::string phase;
    std::string status;
    int position = 0;
};

// The code tree as it was at the end of `date`, rebuilt by replaying every event's row images of
// the `codes` table (keyed by UUID, so events merged in from other files replay too). In tree
// order.
// Throws InvalidArgumentError when `date` is not isDateOrTime.
std::vector<CodebookEntry> codebookAt(Project& project, const std::string& date);

struct CodebookChange {
    std::string
        change; // added, removed, renamed, moved, redefined, recolored, rephased, restatused
    std::string uuid;
    std::string before; // the path (or the changed value) before
    std::string after;
};

// What changed between two codebook states, in the order of `after` (then removed codes).
std::vector<CodebookChange> codebookDiff(const std::vector<CodebookEntry>& before,
                                         const std::vector<CodebookEntry>& after);

} // namespace codeboom
