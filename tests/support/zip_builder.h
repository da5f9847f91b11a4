#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace codeboom::test {

// Builds a zip archive in memory holding `entries` (name, content) in order, deflated. Tests use
// it to make .docx and .odt inputs on the fly instead of committing binary fixtures.
std::string makeZip(const std::vector<std::pair<std::string, std::string>>& entries);

// The content of entry `name` in the archive `archive`, "(not a zip)" or "(no entry)" if there is
// none: tests look inside the .xlsx and .qdpx files we write.
std::string zipEntry(const std::filesystem::path& archive, const std::string& name);

} // namespace codeboom::test
