#include "codeboom/audit/report.h"

#include "codeboom/analysis/regions.h"
#include "codeboom/project.h"

#include <set>

namespace codeboom {

namespace {

const std::set<std::string> kCodebookCommands = {
    "create-code",    "rename-code",     "move-code",        "merge-codes",    "describe-code",
    "recolor-code",   "delete-code",     "set-code-fields",  "apply-template", "import-codebook",
    "set-code-phase", "set-code-status", "set-core-category"};

} // namespace

AuditReport auditReport(Project& project) {
    AuditReport report;
    const CodeTree& tree = project.codeTree();
    std::map<RowId, std::size_t> index;
    for (const Code& code : tree.codes()) {
        index[code.id] = report.codes.size();
        report.codes.push_back({code, {}, 0, "", "", {}});
    }
    // Spans per (code, coder, document), united into regions afterwards.
    std::map<std::tuple<RowId, std::string, RowId>, std::vector<Span>> spans;
    for (const Coding& coding : project.codings()) {
        const auto it = index.find(coding.codeId);
        if (it == index.end())
            continue;
        CodeAudit& audit = report.codes[it->second];
        ++audit.codings;
        if (audit.firstUse.empty() || coding.createdAt < audit.firstUse)
            audit.firstUse = coding.createdAt;
        if (coding.createdAt > audit.lastUse)
            audit.lastUse = coding.createdAt;
        spans[{coding.codeId, coding.coder, coding.documentId}].push_back(
            {coding.start, coding.end});
    }
    for (auto& [key, list] : spans)
        report.codes[index[std::get<0>(key)]].regionsPerCoder[std::get<1>(key)] +=
            uniteSpans(std::move(list)).size();
    for (const Event& event : project.events()) {
        if (!kCodebookCommands.count(event.command))
            continue;
        // Every codebook command records the code's row image, which carries its UUID.
        for (CodeAudit& audit : report.codes)
            if (event.payload.find(audit.code.uuid) != std::string::npos)
                audit.changes.push_back(
                    {event.at, event.coder, event.kind, event.command, event.label, event.reason});
    }
    for (const CodeAudit& audit : report.codes) {
        if (audit.code.description.empty())
            report.withoutDefinition.push_back(audit.code.path);
        if (audit.codings == 1)
            report.usedOnce.push_back(audit.code.path);
        if (audit.regionsPerCoder.size() == 1)
            report.singleCoder.push_back(audit.code.path);
    }
    return report;
}

std::string auditReportHtml(const AuditReport& report, const std::string& projectName) {
    std::string html = "<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><title>"
                       "Audit report: " +
                       escapeHtml(projectName) +
                       "</title><style>body{font-family:sans-serif}table{border-collapse:"
                       "collapse}td,th{border:1px solid #999;padding:2px 6px;text-align:left}"
                       "</style></head><body>\n<h1>Audit report: " +
                       escapeHtml(projectName) + "</h1>\n";
    const auto list = [&](const std::string& title, const std::vector<std::string>& paths) {
        html += "<h2>" + title + " (" + std::to_string(paths.size()) + ")</h2>\n<ul>\n";
        for (const std::string& path : paths)
            html += "<li>" + escapeHtml(path) + "</li>\n";
        html += "</ul>\n";
    };
    list("Codes without definition", report.withoutDefinition);
    list("Codes used once", report.usedOnce);
    list("Codes only one coder uses", report.singleCoder);
    html += "<h2>Codes</h2>\n";
    for (const CodeAudit& audit : report.codes) {
        html += "<h3>" + escapeHtml(audit.code.path) + "</h3>\n<p>Definition: " +
                (audit.code.description.empty() ? std::string("<em>none</em>")
                                                : escapeHtml(audit.code.description)) +
                "<br>UUID: " + escapeHtml(audit.code.uuid) +
                "<br>Codings: " + std::to_string(audit.codings) +
                "; first use: " + escapeHtml(audit.firstUse) +
                "; last use: " + escapeHtml(audit.lastUse) + "</p>\n";
        html += "<table><tr><th>coder</th><th>regions</th></tr>\n";
        for (const auto& [coder, regions] : audit.regionsPerCoder)
            html += "<tr><td>" + escapeHtml(coder) + "</td><td>" + std::to_string(regions) +
                    "</td></tr>\n";
        html += "</table>\n<table><tr><th>when</th><th>who</th><th>action</th><th>what</th>"
                "<th>why</th></tr>\n";
        for (const CodeChange& change : audit.changes)
            html += "<tr><td>" + escapeHtml(change.at) + "</td><td>" + escapeHtml(change.coder) +
                    "</td><td>" + escapeHtml(change.action + " " + change.command) + "</td><td>" +
                    escapeHtml(change.label) + "</td><td>" + escapeHtml(change.reason) +
                    "</td></tr>\n";
        html += "</table>\n";
    }
    return html + "</body></html>\n";
}

} // namespace codeboom
