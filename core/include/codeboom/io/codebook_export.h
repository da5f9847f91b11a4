#pragma once

#include "codeboom/model/language.h"
#include "codeboom/model/merged_codes.h"
#include "codeboom/model/types.h"

#include <filesystem>
#include <string>
#include <vector>

namespace codeboom {

class Project;

// The coding a code's anchor example points at. A codebook may travel without its codings (the
// anchor is a soft link), so the coding can be missing from the project.
struct CodebookAnchor {
    std::string uuid; // empty: the code has no anchor example
    bool found = false;
    std::string document;
    std::size_t start = 0; // code points, as everywhere
    std::size_t end = 0;
    std::string text;
};

struct CodebookCode {
    Code code;
    CodebookAnchor anchor;
    std::size_t codings = 0; // codings of this code itself, not of its sub-codes
};

// The codebook as an appendix shows it: every code in tree order, then the codes merged away.
struct Codebook {
    std::string project; // file name
    std::vector<CodebookCode> codes;
    std::vector<MergedCode> merged;
};

Codebook codebookOf(Project& project);

// A self-contained, printable page: a table of contents, then per code its path, its label in
// `language` (the name when the code has none), definition, inclusion and exclusion criteria,
// the anchor example quoted with its document and position, and its number of codings. When
// codes were merged, a final section ("Samengevoegde codes" / "Merged codes") lists each with
// its path, the code it is in now, its definition, when and by whom it was merged.
std::string codebookHtml(const Codebook& codebook, Language language);

// The same content in Markdown (CommonMark, with explicit anchors for the contents).
std::string codebookMarkdown(const Codebook& codebook, Language language);

// One row per code with the columns path, label_nl, label_en, color, definition, inclusion,
// exclusion, anchor, phase, status, uuid, merged_into: UTF-8 with a BOM, CRLF, RFC 4180
// quoting. The merged codes follow the live ones, with status "merged-into" and in merged_into
// the path of the code they are in now (empty for live codes). This is the table
// ImportCodebook reads back (it skips the merged codes).
std::string codebookCsv(const Codebook& codebook);

// Writes the codebook in the format the file's extension names (.html, .md or .csv); throws
// ExportError naming the file when it has another extension or cannot be written.
void writeCodebook(Project& project, const std::filesystem::path& file, Language language);

} // namespace codeboom
