#pragma once

#include "commands.h"

namespace codeboom::cli {

// Structured codebooks (issue 4, "Codebooks"): the fields of one code, theory templates, and
// the codebook as a publication appendix (HTML, Markdown) or a CSV table that imports back.
int cmdCodeFields(Invocation& inv);
int cmdTemplateApply(Invocation& inv);
int cmdCodebookExport(Invocation& inv);
int cmdCodebookImport(Invocation& inv);

} // namespace codeboom::cli
