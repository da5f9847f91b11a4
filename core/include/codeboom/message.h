#pragma once

#include <nlohmann/json_fwd.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace codeboom {

// Marks an English message for translation without translating it. Core has no catalogs; the app
// finds the marked messages (xgettext --keyword=CODEBOOM_N_) and translates them at display time,
// as Audacity's XO() does.
#define CODEBOOM_N_(text) text

// A message core shows the user (a menu label, an error), in a translatable form: an English
// message with {name} placeholders, and their values. The app translates the message, then fills
// in the values, so a translation may reorder or leave out placeholders ("code '{code}'
// toepassen"). Values are data (names, paths, numbers, a library's own error text) and are never
// translated.
struct Message {
    std::string message;
    std::vector<std::pair<std::string, std::string>> values;

    // `pattern` (the message or its translation) with every {name} that has a value replaced by
    // it; values are inserted as they are, never scanned for placeholders themselves.
    std::string format(std::string_view pattern) const;
    std::string english() const { return format(message); }

    nlohmann::json toJson() const;
    // The form toJson() wrote; anything else gives an empty message.
    static Message fromJson(const nlohmann::json& json);
};

} // namespace codeboom
