#pragma once

#include "codeboom/model/types.h"

#include <string>
#include <string_view>
#include <vector>

namespace codeboom {

class Project;

// A code related to the phenomenon, placed in a slot of Strauss & Corbin's paradigm model.
struct ParadigmEntry {
    std::string slot; // one of kParadigmSlots, or empty: related, but the type names no slot
    RowId code = 0;
    std::string path;
    std::string relationUuid;
    std::string labelNl;
    std::string labelEn;
    bool phenomenonIsSource = false; // the relation reads "phenomenon TYPE code"
    bool directed = true;
    std::size_t evidence = 0;
};

struct ParadigmModel {
    RowId phenomenon = 0;
    std::string path;
    // By slot (in kParadigmSlots order, unplaced last), then code in tree order.
    std::vector<ParadigmEntry> entries;
};

// The paradigm model of a code, usually a category (docs/definitions.md, "Paradigm model"):
// every code related to it, in the slot its relation's type names: "X TYPE phenomenon" puts X
// in the type's slot; "phenomenon TYPE X" puts X in the mirror slot (causal conditions and
// consequences mirror each other; the other slots have no mirror); a symmetric type puts X in its
// slot either way.
ParadigmModel paradigmModel(Project& project, std::string_view code);

} // namespace codeboom
