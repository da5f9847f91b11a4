#include "support/cli_runner.h"

#include <sys/wait.h>

#include <cstdlib>

namespace codeboom::test {

std::string shellQuote(const std::string& word) {
    std::string quoted = "'";
    for (const char c : word)
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

CliResult runCli(const std::filesystem::path& program, const TempDir& dir,
                 const std::vector<std::string>& args, const std::string& coder) {
    std::string command = "cd " + shellQuote(dir.path().string()) + " && env -u CODEBOOM_CODER ";
    if (!coder.empty())
        command += "CODEBOOM_CODER=" + shellQuote(coder) + " ";
    command += shellQuote(program.string());
    for (const std::string& arg : args)
        command += " " + shellQuote(arg);
    command += " >" + shellQuote((dir / "out.txt").string()) + " 2>" +
               shellQuote((dir / "err.txt").string());
    const int raw = std::system(command.c_str());
    return {WIFEXITED(raw) ? WEXITSTATUS(raw) : -1, slurp(dir / "out.txt"), slurp(dir / "err.txt")};
}

} // namespace codeboom::test
