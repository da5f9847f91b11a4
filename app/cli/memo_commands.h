#pragma once

#include "commands.h"

namespace codeboom::cli {

// memo PROJECT (--project | --document DOC | --code PATH | --coding UUID) TEXT
int cmdMemo(Invocation& inv);
// memos PROJECT
int cmdMemos(Invocation& inv);

} // namespace codeboom::cli
