#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace codeboom::audit {

// Reading the changes an event's payload records (ChangeRecorder writes them). The audit report
// and team merge both replay the log from them.

// Whether a recorded change took rows out.
inline bool isDelete(const nlohmann::json& change) {
    const std::string op = change.value("op", "");
    return op == "delete" || op == "delete-rows" || op == "delete-batch";
}

// A text column of a row image; empty when the row lacks it or it is not text.
inline std::string jsonText(const nlohmann::json& row, const char* key) {
    const auto it = row.find(key);
    return it != row.end() && it->is_string() ? it->get<std::string>() : std::string();
}

} // namespace codeboom::audit
