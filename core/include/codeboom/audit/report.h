#pragma once

#include "codeboom/io/html_page.h"
#include "codeboom/model/types.h"

#include <map>
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

struct CodeAudit {
    Code code;
    std::map<std::string, std::size_t> regionsPerCoder; // coded regions (united spans) per coder
    std::size_t codings = 0;
    std::string firstUse; // created_at of the earliest coding; empty when unused
    std::string lastUse;
    std::vector<CodeChange> changes; // create, rename, move, merge, describe, recolor, delete
};

// What a supervisor checks before trusting a codebook (issue 6, "Audit"): per code its
// definition, use per coder and history; and the lists of codes that deserve a second look.
struct AuditReport {
    std::vector<CodeAudit> codes;               // tree order
    std::vector<std::string> withoutDefinition; // paths
    std::vector<std::string> usedOnce;          // exactly one coding
    std::vector<std::string> singleCoder;       // used, but by one coder only
};

AuditReport auditReport(Project& project);

// A self-contained HTML page of the report (escaped; no scripts, no external files).
std::string auditReportHtml(const AuditReport& report, const std::string& projectName);

} // namespace codeboom
