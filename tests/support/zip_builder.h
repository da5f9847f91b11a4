#pragma once

#include <string>
#include <utility>
#include <vector>

namespace codeboom::test {

// Builds a zip archive in memory holding `entries` (name, content) in order, deflated. Tests use
// it to make .docx and .odt inputs on the fly instead of committing binary fixtures.
std::string makeZip(const std::vector<std::pair<std::string, std::string>>& entries);

} // namespace codeboom::test
