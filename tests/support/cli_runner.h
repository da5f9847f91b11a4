#pragma once

#include "support/project_fixture.h"

#include <filesystem>
#include <string>
#include <vector>

namespace codeboom::test {

struct CliResult {
    int status = -1;
    std::string out;
    std::string err;
};

// `word` quoted for a POSIX shell.
std::string shellQuote(const std::string& word);

// Runs `program` as a script would: in `dir`, with CODEBOOM_CODER unset unless `coder` is given,
// capturing standard output and error in files there.
CliResult runCli(const std::filesystem::path& program, const TempDir& dir,
                 const std::vector<std::string>& args, const std::string& coder);

} // namespace codeboom::test
