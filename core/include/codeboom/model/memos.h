#pragma once

#include "codeboom/model/types.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace codeboom {

class Project;

// What a memo is written about. Memos link to their target by UUID (a soft link, like REFI-QDA
// NoteRefs), so a memo outlives a deleted target and travels through merge and exchange.
enum class MemoTargetKind { Project, Document, Code, Coding };

// "project", "document", "code" or "coding": the memos.target_kind values.
std::string_view memoKindName(MemoTargetKind kind);
// The reverse; throws InvalidArgumentError naming the unknown kind.
MemoTargetKind memoKindOf(std::string_view name);

// A target as the user names it: a document by name or UUID, a code by path or UUID, a coding by
// UUID; the project needs no name.
struct MemoTarget {
    MemoTargetKind kind = MemoTargetKind::Project;
    std::string ref;
};

struct Memo {
    RowId id = 0;
    std::string uuid;
    MemoTargetKind kind = MemoTargetKind::Project;
    std::string targetUuid; // empty for the project
    std::string title;
    std::string text;
    std::string coder; // who wrote the current text
    std::string createdAt;
    std::string updatedAt;
};

// The UUID of the target's object (empty for the project); throws InvalidArgumentError naming
// the document, code or coding that does not exist.
std::string memoTargetUuid(Project& project, const MemoTarget& target);

// What a memo's title calls its target: the document's name, the code's name, or for a coding
// the name of its code; empty for the project. nullopt when the target no longer exists. Cheap
// enough to ask after every command (unlike Project::document(), it counts nothing).
std::optional<std::string> memoTargetName(Project& project, MemoTargetKind kind,
                                          std::string_view targetUuid);

// Every memo (not the story line, which core_category.h serves), oldest first.
std::vector<Memo> memos(Project& project);

// The memo on one object. Imported REFI-QDA projects may attach several notes to one object;
// the oldest is the one shown and edited, the others stay listed by memos().
std::optional<Memo> memoOn(Project& project, MemoTargetKind kind, std::string_view targetUuid);

} // namespace codeboom
