#pragma once

#include "codeboom/model/codebook_template.h"

namespace codeboom::templates {

// One function per theory, each in its own file, so that a methodologist can review the texts
// of one theory without the others.
CodebookTemplate scott();
CodebookTemplate emerson();
CodebookTemplate employability();
CodebookTemplate provanKenis();

} // namespace codeboom::templates
