#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace codeboom {

class Command;
class Project;

// Marks an English message for translation without translating it. Core has no catalogs; the app
// finds the marked messages (xgettext --keyword=CODEBOOM_N_) and translates them at display time,
// as Audacity's XO() does.
#define CODEBOOM_N_(text) text

// What the Edit menu says about a command, in a translatable form: an English message with
// {name} placeholders, and their values. The app translates the message, then fills in the
// values, so a translation may reorder or leave out placeholders ("code '{code}' toepassen").
struct CommandLabel {
    std::string message;
    std::vector<std::pair<std::string, std::string>> values;

    // `pattern` (the message or its translation) with every {name} that has a value replaced by
    // it; values are inserted as they are, never scanned for placeholders themselves.
    std::string format(std::string_view pattern) const;
    std::string english() const { return format(message); }

    nlohmann::json toJson() const;
    // The form toJson() wrote; anything else gives an empty label.
    static CommandLabel fromJson(const nlohmann::json& json);
};

// The menu label of `command`, called just before it runs in `project`: codes, documents and
// codings are named as the user knows them (a code's name, where the GUI passed its UUID), which
// after a deletion could no longer be looked up. A command it has no message for gets its English
// label(), shown untranslated. Every Dutch translation is in i18n/nl.po.
CommandLabel describeCommand(Project& project, const Command& command);

} // namespace codeboom
