#include "arguments.h"

#include "codeboom/text/identity.h"

#include <charconv>

namespace codeboom::cli {

namespace {

// Options that take a value; every other --word is a flag.
const std::set<std::string> kValued = {"coder",       "attributes", "speaker-pattern",
                                       "from",        "to",         "color",
                                       "description", "memo",       "doc",
                                       "code",        "reason",     "position",
                                       "kind",        "coders",     "unit",
                                       "overlap",     "codes",      "format",
                                       "output",      "by",         "since",
                                       "until",       "action",     "consensus",
                                       "recode",      "comment",    "date",
                                       "o",           "count",      "docs",
                                       "where",       "dialect",    "measure",
                                       "lang",        "percent",    "document",
                                       "coding",      "slot",       "seed",
                                       "definition",  "inclusion",  "exclusion",
                                       "anchor",      "label-nl",   "label-en",
                                       "plot"};

// Options that may repeat, each taking a value and any UUIDs right after it.
const std::set<std::string> kListed = {"evidence", "drop-evidence"};

} // namespace

Arguments::Arguments(int argc, char** argv) {
    bool onlyPositional = false;
    for (int i = 1; i < argc; ++i) {
        const std::string word = argv[i];
        // -o FILE is the one short option (the output file of `matrix`).
        if (!onlyPositional && word == "-o") {
            if (i + 1 >= argc)
                throw UsageError("option -o needs a value");
            options_["o"] = argv[++i];
            continue;
        }
        if (onlyPositional || word.size() < 3 || word.rfind("--", 0) != 0) {
            if (word == "--")
                onlyPositional = true;
            else
                positional_.push_back(word);
            continue;
        }
        std::string name = word.substr(2);
        if (kListed.count(name.substr(0, name.find('=')))) {
            const auto eq = name.find('=');
            if (eq == std::string::npos && i + 1 >= argc)
                throw UsageError("option --" + name + " needs a value");
            std::string value = eq == std::string::npos ? argv[++i] : name.substr(eq + 1);
            name = name.substr(0, eq);
            auto& list = lists_[name];
            list.push_back(value);
            while (i + 1 < argc && !normalizeUuid(argv[i + 1]).empty())
                list.push_back(argv[++i]);
            options_[name] = list.back();
        } else if (const auto eq = name.find('='); eq != std::string::npos) {
            options_[name.substr(0, eq)] = name.substr(eq + 1);
        } else if (kValued.count(name)) {
            if (i + 1 >= argc)
                throw UsageError("option --" + name + " needs a value");
            options_[name] = argv[++i];
        } else {
            flags_.insert(name);
        }
    }
}

const std::string& Arguments::at(std::size_t i, const char* what) const {
    if (i >= positional_.size())
        throw UsageError(std::string("missing ") + what);
    return positional_[i];
}

std::vector<std::string> Arguments::rest(std::size_t from) const {
    if (from >= positional_.size())
        return {};
    return {positional_.begin() + static_cast<std::ptrdiff_t>(from), positional_.end()};
}

std::optional<std::string> Arguments::option(const std::string& name) const {
    const auto it = options_.find(name);
    if (it == options_.end())
        return std::nullopt;
    return it->second;
}

std::vector<std::string> Arguments::values(const std::string& name) const {
    const auto it = lists_.find(name);
    return it == lists_.end() ? std::vector<std::string>() : it->second;
}

std::optional<long long> Arguments::number(const std::string& name) const {
    const auto value = option(name);
    if (!value)
        return std::nullopt;
    return parseNumber(*value, "--" + name);
}

bool Arguments::flag(const std::string& name) const {
    return flags_.count(name) > 0;
}

void Arguments::allow(const std::set<std::string>& names) const {
    for (const auto& [name, value] : options_)
        if (!names.count(name) && name != "coder" && name != "reason")
            throw UsageError("unknown option --" + name + " for '" + at(0, "command") + "'");
    for (const std::string& name : flags_)
        if (!names.count(name) && name != "json")
            throw UsageError("unknown option --" + name + " for '" + at(0, "command") + "'");
}

long long parseNumber(const std::string& text, const std::string& what) {
    long long value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < 0)
        throw UsageError(what + " must be a whole number of 0 or more, not '" + text + "'");
    return value;
}

} // namespace codeboom::cli
