#pragma once

#include "commands.h"

namespace codeboom::cli {

// codeboom-cli matrix frequency|cooccurrence PROJECT [options]: the code frequency or
// co-occurrence matrix as CSV (standard output or -o FILE), XLSX, HTML, PNG or SVG.
int cmdMatrix(Invocation& inv);

} // namespace codeboom::cli
