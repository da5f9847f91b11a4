#include "table.h"

#include <ostream>

namespace codeboom::cli {

std::string escapeTsv(const std::string& value) {
    std::string out;
    out.reserve(value.size());
    for (const char c : value) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out.push_back(c);
        }
    }
    return out;
}

void Table::print(std::ostream& out, bool json) const {
    if (json) {
        nlohmann::ordered_json array = nlohmann::ordered_json::array();
        for (const auto& row : rows_) {
            nlohmann::ordered_json object = nlohmann::ordered_json::object();
            for (std::size_t i = 0; i < header_.size(); ++i)
                object[header_[i]] = row[i];
            array.push_back(std::move(object));
        }
        out << array.dump(2) << '\n';
        return;
    }
    for (std::size_t i = 0; i < header_.size(); ++i)
        out << (i ? "\t" : "") << header_[i];
    out << '\n';
    for (const auto& row : rows_) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            out << (i ? "\t" : "");
            if (row[i].is_string())
                out << escapeTsv(row[i].get_ref<const std::string&>());
            else if (!row[i].is_null())
                out << row[i].dump();
        }
        out << '\n';
    }
}

} // namespace codeboom::cli
