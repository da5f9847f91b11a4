#pragma once

#include "support/cli_runner.h"

#include <gtest/gtest.h>

namespace codeboom::test {

// The base of every CLI test: codeboom-cli (the binary under test, CODEBOOM_CLI) run in a
// temporary folder.
class CliTestBase : public ::testing::Test {
protected:
    CliResult cli(const std::vector<std::string>& args, const std::string& coder = "anouk") {
        return runCli(CODEBOOM_CLI, dir, args, coder);
    }
    TempDir dir;
};

} // namespace codeboom::test
