#pragma once

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace codeboom::cli {

// The command line after the program name: positional words in order and --options anywhere
// (so `--coder NAME` may stand before or after the subcommand).
class Arguments {
public:
    Arguments(int argc, char** argv);

    const std::vector<std::string>& positional() const { return positional_; }
    // Positional word i (0 = the subcommand); throws a usage error naming `what` when missing.
    const std::string& at(std::size_t i, const char* what) const;
    std::vector<std::string> rest(std::size_t from) const;
    std::optional<std::string> option(const std::string& name) const;
    // Every value of an option that may repeat and take several UUIDs (--evidence A B --evidence
    // C); empty when not given.
    std::vector<std::string> values(const std::string& name) const;
    std::optional<long long> number(const std::string& name) const;
    bool flag(const std::string& name) const;
    // Options given but unknown to the subcommand are refused, so a typo is not ignored.
    void allow(const std::set<std::string>& names) const;

private:
    std::vector<std::string> positional_;
    std::map<std::string, std::string> options_;
    std::map<std::string, std::vector<std::string>> lists_;
    std::set<std::string> flags_;
};

class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

long long parseNumber(const std::string& text, const std::string& what);

} // namespace codeboom::cli
