#pragma once

#include <nlohmann/json.hpp>

#include <iosfwd>
#include <string>
#include <vector>

namespace codeboom::cli {

// Output for scripts: TSV with a header row, or with --json an array of objects. In TSV a
// backslash, tab, line feed and carriage return inside a value are written \\, \t, \n and \r,
// so that every record is one line.
class Table {
public:
    explicit Table(std::vector<std::string> header) : header_(std::move(header)) {}
    void add(std::vector<nlohmann::json> row) { rows_.push_back(std::move(row)); }
    void print(std::ostream& out, bool json) const;

private:
    std::vector<std::string> header_;
    std::vector<std::vector<nlohmann::json>> rows_;
};

std::string escapeTsv(const std::string& value);

} // namespace codeboom::cli
