#include "codeboom/message.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace codeboom {

std::string Message::format(std::string_view pattern) const {
    std::string out;
    std::size_t i = 0;
    while (i < pattern.size()) {
        const std::size_t open = pattern.find('{', i);
        if (open == std::string_view::npos)
            break;
        const std::size_t close = pattern.find('}', open);
        if (close == std::string_view::npos)
            break;
        out.append(pattern.substr(i, open - i));
        const std::string_view name = pattern.substr(open + 1, close - open - 1);
        const auto value = std::find_if(values.begin(), values.end(),
                                        [&](const auto& entry) { return entry.first == name; });
        if (value == values.end()) {
            out.append(pattern.substr(open, close + 1 - open));
        } else {
            out.append(value->second);
        }
        i = close + 1;
    }
    out.append(pattern.substr(std::min(i, pattern.size())));
    return out;
}

nlohmann::json Message::toJson() const {
    nlohmann::json out = {{"message", message}, {"values", nlohmann::json::object()}};
    for (const auto& [name, value] : values)
        out["values"][name] = value;
    return out;
}

Message Message::fromJson(const nlohmann::json& json) {
    Message label;
    if (!json.is_object() || !json.contains("message") || !json["message"].is_string())
        return label;
    label.message = json["message"].get<std::string>();
    if (const auto values = json.find("values"); values != json.end() && values->is_object())
        for (const auto& [name, value] : values->items())
            if (value.is_string())
                label.values.emplace_back(name, value.get<std::string>());
    return label;
}

} // namespace codeboom
