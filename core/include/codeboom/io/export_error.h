#pragma once

#include "codeboom/error.h"

namespace codeboom {

// An export (CSV, XLSX, HTML, picture) could not be written; the message names the file and why.
class ExportError : public Error {
public:
    using Error::Error;
};

} // namespace codeboom
