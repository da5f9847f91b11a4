#pragma once

#include "codeboom/commands/command.h"
#include "codeboom/refi/import_report.h"
#include "codeboom/refi/refi_model.h"

#include <map>
#include <string>
#include <vector>

namespace codeboom::refi {

struct ImportedCode {
    RowId id = 0;
    std::string uuid;
};

// Adds a REFI-QDA code tree to the project inside a running command. A code whose GUID is
// already in the project is that code; otherwise one with the same path (names compared as
// Codeboom compares them) is reused; otherwise it is created, keeping its GUID, colour and
// description. Names Codeboom cannot hold ('>' in a name, control characters, empty) are
// adjusted and counted. Returns every GUID of the file mapped to the project's code.
std::map<std::string, ImportedCode>
importCodes(CommandContext& context, const std::vector<RefiCode>& roots, ImportReport& report);

} // namespace codeboom::refi
