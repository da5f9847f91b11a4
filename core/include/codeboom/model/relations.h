#pragma once

#include "codeboom/model/types.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace codeboom {

class Project;

// The paradigm-model slot (Strauss & Corbin) a relation type puts a related code in; see
// docs/definitions.md, "Paradigm model".
inline constexpr const char* kParadigmSlots[] = {
    "causal-conditions", "context", "intervening-conditions", "strategies", "consequences"};

// A kind of relation between codes: one of the eight built-ins (fixed UUIDs) or the user's own.
struct RelationType {
    RowId id = 0;
    std::string uuid;
    std::string labelNl;
    std::string labelEn;
    bool directed = true; // false: symmetric, A~B is the same relation as B~A
    bool builtin = false;
    std::string paradigmSlot; // empty when the type places no code in the paradigm model
};

// A typed relation between two codes (axial coding), with the codings that show it.
struct Relation {
    RowId id = 0;
    std::string uuid;
    RelationType type;
    RowId fromCode = 0;
    RowId toCode = 0;
    std::string fromPath;
    std::string toPath;
    std::string memo;
    std::string coder;
    std::string createdAt;
    // UUIDs of the evidence codings, in document order.
    std::vector<std::string> evidence;
};

// Every relation type, built-ins first, then the user's in the order they were added.
std::vector<RelationType> relationTypes(Project& project);
// By Dutch or English label (compared like code names: without regard to case) or UUID; throws
// InvalidArgumentError naming the unknown type.
RelationType resolveRelationType(Project& project, std::string_view labelOrUuid);

// Every relation, ordered by source code (tree order), type, target code (tree order).
std::vector<Relation> relations(Project& project);
// Throws InvalidArgumentError naming the unknown relation.
Relation relation(Project& project, std::string_view uuid);
// The relation between `a` and `b` of `type` that already exists: the same direction for a
// directed type, either direction for a symmetric one.
std::optional<RowId> findRelation(Project& project, const RelationType& type, RowId a, RowId b);

} // namespace codeboom
