#pragma once

#include "commands.h"

namespace codeboom::cli {

// Team work: merging coders' project files, intercoder agreement, adjudication and review.
int cmdMerge(Invocation& inv);
int cmdAgreement(Invocation& inv);
int cmdDisagreements(Invocation& inv);
int cmdAdjudicate(Invocation& inv);
int cmdReview(Invocation& inv);

// The file named by --output (or -o, once the parser knows it); nullopt for standard output.
std::optional<std::string> outputPath(const Invocation& inv);
// Writes `content` to the output file, or to standard output.
void writeOutput(const Invocation& inv, const std::string& content);

} // namespace codeboom::cli
