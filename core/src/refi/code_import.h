#pragma once

#include "codeboom/commands/command.h"
#include "codeboom/refi/import_report.h"
#include "codeboom/refi/refi_model.h"
#include "codeboom/text/name_key.h"

#include <map>
#include <string>
#include <vector>

namespace codeboom::refi {

struct ImportedCode {
    RowId id = 0;
    std::string uuid;
    bool created = false; // by this import (not an existing code it matched)
};

// Adds a REFI-QDA code tree to the project inside a running command. A code whose GUID is
// already in the project is that code; otherwise one with the same path (names compared as
// Codeboom compares them) is reused; otherwise it is created, keeping its GUID, colour and
// description. Names Codeboom cannot hold ('>' in a name, control characters, empty) are
// adjusted and counted. Returns every GUID of the file mapped to the project's code.
std::map<std::string, ImportedCode>
importCodes(CommandContext& context, const std::vector<RefiCode>& roots, ImportReport& report);

// Sets of codes become categories where that is sensible (REFI-QDA 1.5 §14: "Sets group sources,
// codes and notes"; Codeboom groups codes by hierarchy). In file order, a set whose members are
// all top-level codes of `roots`, none of them taken by an earlier set, becomes their parent: the
// top-level code with the set's name when there is one (ATLAS.ti exports a code group beside a
// code of the same name), otherwise a new code with the set's GUID, name and description, placed
// where its first member was. Every other set is counted in report.skipped with the reason.
void applySets(std::vector<RefiCode>& roots, const std::vector<RefiSet>& sets,
               const NameKeyMaker& keys, ImportReport& report);

} // namespace codeboom::refi
