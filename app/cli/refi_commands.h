#pragma once

#include "commands.h"

namespace codeboom::cli {

// qdpx import PROJECT FILE.qdpx | qdpx export PROJECT FILE.qdpx
int cmdQdpx(Invocation& inv);
// qdc import PROJECT FILE.qdc | qdc export PROJECT FILE.qdc
int cmdQdc(Invocation& inv);

} // namespace codeboom::cli
