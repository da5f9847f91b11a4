#include "codeboom/error.h"
#include "codeboom/model/codebook_template.h"

#include "model/templates/templates.h"

#include <cmath>
#include <cstdio>
#include <functional>

namespace codeboom {

namespace {

// `color` (#rrggbb) moved towards black (t < 0) or white (t > 0) by |t|.
std::string shade(const std::string& color, double t) {
    std::string out = "#";
    for (std::size_t i = 1; i + 1 < 8; i += 2) {
        const double channel = std::stoi(color.substr(i, 2), nullptr, 16);
        const double target = t < 0 ? 0.0 : 255.0;
        const long value = std::lround(channel + (target - channel) * std::abs(t));
        char hex[3];
        std::snprintf(hex, sizeof hex, "%02x", static_cast<unsigned>(value));
        out += hex;
    }
    return out;
}

std::size_t descendants(const TemplateCode& code) {
    std::size_t n = 0;
    for (const TemplateCode& child : code.children)
        n += 1 + descendants(child);
    return n;
}

} // namespace

std::vector<CodebookTemplate> codebookTemplates() {
    return {templates::scott(), templates::emerson(), templates::employability(),
            templates::provanKenis()};
}

CodebookTemplate codebookTemplate(std::string_view name) {
    std::string names;
    for (CodebookTemplate& codebook : codebookTemplates()) {
        if (codebook.name == name)
            return std::move(codebook);
        names += (names.empty() ? "" : ", ") + codebook.name;
    }
    throw InvalidArgumentError(
        Message{CODEBOOM_N_("there is no codebook template '{name}'; the templates are {names}"),
                {{"name", std::string(name)}, {"names", names}}});
}

std::vector<PlacedTemplateCode> placedCodes(const CodebookTemplate& codebook) {
    std::vector<PlacedTemplateCode> out;
    for (const TemplateCode& root : codebook.roots) {
        out.push_back({&root, {root.name}, root.color});
        // The k-th of K sub-codes in tree order: from 35 % towards black to 60 % towards white.
        const std::size_t count = descendants(root);
        std::size_t k = 0;
        std::function<void(const TemplateCode&, const std::vector<std::string>&)> walk =
            [&](const TemplateCode& parent, const std::vector<std::string>& path) {
                for (const TemplateCode& child : parent.children) {
                    std::vector<std::string> childPath = path;
                    childPath.push_back(child.name);
                    const double t = count == 1 ? 0.3
                                                : -0.35 + 0.95 * static_cast<double>(k) /
                                                              static_cast<double>(count - 1);
                    out.push_back({&child, childPath, shade(root.color, t)});
                    ++k;
                    walk(child, childPath);
                }
            };
        walk(root, {root.name});
    }
    return out;
}

} // namespace codeboom
