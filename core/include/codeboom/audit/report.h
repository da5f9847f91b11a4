#pragma once

#include "codeboom/io/html_page.h"
#include "codeboom/model/types.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace codeboom {

class Project;

// One change to a code as the event log records it: who, when and why.
struct CodeChange {
    std::string at;
    std::string coder;
    std::string action; // do, undo, redo
    std::string command;
    std::string label;
    std::string reason;
};

// How a code left the codebook: merged into another code or deleted, by whom, when and why.
struct CodeRemoval {
    std::string how;    // "merged into Regulatief > Subsidies", or "deleted"
    std::string target; // the merge target's UUID; empty for a deletion
    std::string at;
    std::string coder;
    std::string reason;
};

struct CodeAudit {
    Code code; // for a removed code: as its last row image in the log had it
    std::map<std::string, std::size_t> regionsPerCoder; // coded regions (united spans) per coder
    std::size_t codings = 0;
    std::string firstUse; // created_at of the earliest coding; empty when unused
    std::string lastUse;
    std::vector<CodeChange> changes;    // create, rename, move, merge, describe, recolor, delete
    std::optional<CodeRemoval> removal; // set for a code no longer in the codebook
    bool usedOnce = false;    // exactly one coding by a coder (consensus layers not counted)
    bool singleCoder = false; // used, but by one coder only (consensus layers not counted)
};

// What a supervisor checks before trusting a codebook (issue 6, "Audit"): per code its
// definition, use per coder and history; and the lists of codes that deserve a second look.
// The consensus coders (the layers adjudication writes) are not people coding: they are
// listed with their regions, but "used once" and "only one coder" count the coders alone.
struct AuditReport {
    std::vector<CodeAudit> codes; // tree order, then the removed codes in order of removal
    std::vector<std::string> withoutDefinition; // paths
    std::vector<std::string> usedOnce;          // exactly one coding
    std::vector<std::string> singleCoder;       // used, but by one coder only
    std::set<std::string> consensusCoders;      // names of adjudication layers
};

AuditReport auditReport(Project& project);

// A self-contained HTML page of the report (escaped; no scripts, no external files).
std::string auditReportHtml(const AuditReport& report, const std::string& projectName);

} // namespace codeboom
