#pragma once

#include "codeboom/error.h"

#include <filesystem>
#include <string>
#include <vector>

namespace codeboom {

class Project;

// The inputs disagree in a way Codeboom will not decide for the user (a code renamed, moved or
// defined differently, a code deleted in one file and used in another, an attribute with two
// values ...). The message names the files and the first conflict; mergePlan lists them all.
class MergeConflictError : public Error {
public:
    using Error::Error;
};

struct MergeIssue {
    std::string severity; // "conflict" (blocks the merge) or "warning" (reported, merged)
    std::string kind;     // e.g. "code-renamed", "code-deleted-but-used", "document-text-differs"
    std::string subject;  // the code path, document name ...
    std::string detail;   // which file says what
};

// One line of what the merged project will hold: a document, code or coder and where it comes
// from, or a count (codings per coder, memos, attributes, reviews, events).
struct MergeLine {
    std::string kind;
    std::string name;
    std::string detail;
};

struct MergePlan {
    std::vector<MergeLine> lines;
    std::vector<MergeIssue> issues;
    bool hasConflicts() const;
};

// Works out the merge of `inputs` (opened read-only) without writing anything: the dry run.
// Documents match by text hash, codes by UUID then path, coders by UUID then name, relation
// types by UUID then English label, relations by UUID then by their codes and type, merged
// codes (code-merge's records) by UUID, a code merged into different codes being a conflict;
// everything
// is decided by order-independent rules (smallest UUID, earliest time ...), so merging A and B
// equals merging B and A, and merging the result with A again changes nothing.
// What one input removed or edited is judged against the other inputs' logs: a coding one input
// removed stays removed when every other copy is a state the remover's history had (warning
// coding-removed-elsewhere), and is a conflict (coding-removed-but-changed) when a copy changed
// since; a memo edited in one input only takes that edit, edited in two is a conflict
// (memo-differs). A memo one input deleted follows the codings' rule (memo-deleted, or
// memo-deleted-and-edited when a copy was edited since); so does a code's definition or other
// codebook field one input cleared (code-definition-cleared, code-<field>-cleared, or
// code-definition-cleared-and-changed, code-<field>-cleared-and-changed). A code's colour is
// picked (the smallest) and reported (code-color-differs).
MergePlan planMerge(const std::vector<std::filesystem::path>& inputs);

// Writes the merge into the new project `out` (which must not exist). Events keep their origin;
// the hash chain of `out` is recomputed in its own order (by time, then UUID), since a chain
// belongs to one file; payload row ids keep meaning rows of the file the event came from, so
// merged-in events are history, not undo steps. Throws MergeConflictError when the plan has
// conflicts (nothing is written then).
MergePlan mergeProjects(const std::filesystem::path& out,
                        const std::vector<std::filesystem::path>& inputs, const std::string& coder);

// SHA-256 over a canonical text of the project's content: everything but row ids, the project's
// own identity, and the events' order and hash chain. Two projects with the same digest hold the
// same documents, codes, coders, codings, memos, attributes, reviews, relations (with their
// types and evidence), merged codes and events.
std::string contentDigest(Project& project);

} // namespace codeboom
