#pragma once

#include "codeboom/model/language.h"

#include <string>
#include <string_view>
#include <vector>

namespace codeboom {

// A text a codebook carries in both of Codeboom's languages.
struct LocalizedText {
    std::string nl;
    std::string en;
    const std::string& in(Language language) const { return language == Language::Dutch ? nl : en; }
};

// One code of a theory template. The name is what the code is called in the tree (the term the
// Dutch research reports use, so that applying a template to a project coded with those terms
// merges instead of duplicating); the labels are what a codebook in either language shows.
struct TemplateCode {
    std::string name;
    std::string labelNl;
    std::string labelEn;
    LocalizedText definition;
    LocalizedText inclusion;
    LocalizedText exclusion;
    // Defaulted, so a code can leave them out of its designated initializer.
    std::string color{}; // top-level codes only: the branch colour (#rrggbb)
    std::vector<TemplateCode> children{};
};

// A codebook for a theory, shipped with Codeboom (compiled in, never read from a file).
struct CodebookTemplate {
    std::string name; // what `template-apply` takes: scott, emerson, employability, provan-kenis
    LocalizedText title;
    std::string source; // the literature the definitions follow
    std::vector<TemplateCode> roots;
};

// A template's code with its place in the tree, in display order (depth first).
struct PlacedTemplateCode {
    const TemplateCode* code = nullptr;
    std::vector<std::string> path; // names from the root
    std::string color;             // the branch colour, lighter or darker per sub-code
};

// Every shipped template, in the order `template-apply --list` shows them.
std::vector<CodebookTemplate> codebookTemplates();

// The template called `name`; throws InvalidArgumentError listing the names there are.
CodebookTemplate codebookTemplate(std::string_view name);

// The template's codes in display order. Sub-codes get shades of their branch colour, from
// darker to lighter in tree order, so a branch reads as one family in the transcript.
std::vector<PlacedTemplateCode> placedCodes(const CodebookTemplate& codebook);

} // namespace codeboom
