#pragma once

#include "commands.h"

namespace codeboom::cli {

// audit verify | report | codebook
int cmdAudit(Invocation& inv);

} // namespace codeboom::cli
