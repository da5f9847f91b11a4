#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace codeboom {

struct CsvTable {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::vector<std::size_t> lines; // the line each row starts on, for error messages
    char delimiter = ',';
    std::string encoding;
};

// Parses RFC 4180 CSV as spreadsheets write it: quoted fields with "" escapes and line breaks,
// CRLF or LF. The delimiter (',' or ';', as Dutch Excel writes) is taken from the header line.
// Throws ImportError naming `fileName`, the line and the problem.
CsvTable parseCsv(std::string_view utf8, const std::string& fileName);

// Reads a CSV file in UTF-8 (with or without BOM) or Windows-1252.
CsvTable readCsvFile(const std::filesystem::path& file);

// One field as RFC 4180 writes it: quoted when it holds the separator, a quote or a line end,
// its quotes doubled.
std::string csvField(std::string_view text, char separator = ',');

} // namespace codeboom
