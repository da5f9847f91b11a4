#include "codeboom/audit/report.h"

#include "codeboom/analysis/regions.h"
#include "codeboom/commands/command.h"
#include "codeboom/project.h"

#include "audit/row_image.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <tuple>

namespace codeboom {

namespace {

using Json = nlohmann::json;

const std::set<std::string> kCodebookCommands = {
    "create-code",    "rename-code",     "move-code",        "merge-codes",    "describe-code",
    "recolor-code",   "delete-code",     "set-code-fields",  "apply-template", "import-codebook",
    "set-code-phase", "set-code-status", "set-core-category"};

// The adjudication layers: every consensus coder an `adjudicate` event names.
std::set<std::string> consensusCodersOf(const std::vector<Event>& events) {
    std::set<std::string> out;
    for (const Event& event : events) {
        if (event.command != "adjudicate")
            continue;
        const Json payload = Json::parse(event.payload, nullptr, false);
        if (payload.is_discarded() || !payload.contains("arguments"))
            continue;
        if (const auto it = payload["arguments"].find("consensus");
            it != payload["arguments"].end() && it->is_string())
            out.insert(it->get<std::string>());
    }
    return out;
}

using audit::isDelete;
using audit::jsonText;

// Codes that left the codebook, rebuilt by replaying the log's row images of `codes` (keyed by
// UUID, row ids resolved in the file each event was recorded in, as codebookAt does): each
// with its last image, its path then, and how it went. Also the merge target of every
// merge-codes event (its payload holds the target's row id and path, not its UUID).
struct Removals {
    std::vector<CodeAudit> codes; // in order of removal
    std::vector<std::pair<const Event*, std::string>> mergeTargets;
};

Removals removalsOf(const std::vector<Event>& events, const CodeTree& tree) {
    std::map<std::string, std::pair<Json, std::string>> state; // uuid -> (image, origin)
    std::map<std::pair<std::string, RowId>, std::string> uuidOfRow;
    const auto pathOf = [&](std::string uuid) {
        std::string path;
        for (std::size_t depth = 0; depth <= state.size(); ++depth) {
            const auto it = state.find(uuid);
            if (it == state.end())
                break;
            const Json& row = it->second.first;
            path = path.empty() ? jsonText(row, "name") : jsonText(row, "name") + " > " + path;
            const auto parent = row.find("parent_id");
            if (parent == row.end() || !parent->is_number_integer())
                break;
            const auto up = uuidOfRow.find({it->second.second, parent->get<RowId>()});
            if (up == uuidOfRow.end())
                break;
            uuid = up->second;
        }
        return path;
    };
    std::map<std::string, CodeAudit> removed;
    std::vector<std::string> order;
    Removals out;
    for (const Event& event : events) {
        if (event.payload.find("\"codes\"") == std::string::npos)
            continue;
        const Json payload = Json::parse(event.payload, nullptr, false);
        if (payload.is_discarded() || !payload.contains("changes"))
            continue;
        // The target as the codebook named it just before the merge.
        std::string target, targetPath, source;
        const bool merging =
            event.command == "merge-codes" && event.kind != "undo" && payload.contains("arguments");
        if (merging) {
            const std::string given = jsonText(payload["arguments"], "target");
            source = jsonText(payload["arguments"], "source");
            for (const auto& [uuid, row] : state)
                if (uuid == given || pathOf(uuid) == given)
                    target = uuid;
            targetPath = target.empty() ? given : pathOf(target);
            if (!target.empty())
                out.mergeTargets.emplace_back(&event, target);
        }
        std::vector<std::tuple<std::string, std::string, Json>> gone; // uuid, path then, image
        for (const Json& change : payload["changes"]) {
            if (change.value("table", "") != "codes")
                continue;
            for (const Json& row : ChangeRecorder::rowImages(change, "before")) {
                if (isDelete(change))
                    gone.emplace_back(jsonText(row, "uuid"), pathOf(jsonText(row, "uuid")), row);
                state.erase(jsonText(row, "uuid"));
            }
            for (const Json& row : ChangeRecorder::rowImages(change, "after")) {
                uuidOfRow[{event.origin, row.value("id", RowId{0})}] = jsonText(row, "uuid");
                state[jsonText(row, "uuid")] = {row, event.origin};
            }
        }
        for (auto& [uuid, path, row] : gone) {
            CodeAudit audit;
            audit.code.uuid = uuid;
            audit.code.color = jsonText(row, "color");
            audit.code.description = jsonText(row, "description");
            audit.code.phase = jsonText(row, "phase");
            audit.code.status = jsonText(row, "status");
            audit.code.name = jsonText(row, "name");
            audit.code.path = path.empty() ? audit.code.name : path;
            CodeRemoval removal{"deleted", "", event.at, event.coder, event.reason};
            if (merging) {
                // A sub-code whose name the target already has goes into that namesake.
                const bool top = uuid == source || path == source;
                removal.how = "merged into " + targetPath + (top ? "" : " > " + audit.code.name);
                removal.target = top ? target : "";
            }
            audit.removal = removal;
            if (removed.count(uuid))
                order.erase(std::find(order.begin(), order.end(), uuid));
            removed[uuid] = std::move(audit);
            order.push_back(uuid);
        }
    }
    for (const std::string& uuid : order)
        if (!tree.findByUuid(uuid))
            out.codes.push_back(std::move(removed[uuid]));
    return out;
}

} // namespace

AuditReport auditReport(Project& project) {
    AuditReport report;
    const std::vector<Event> events = project.events();
    report.consensusCoders = consensusCodersOf(events);
    const CodeTree& tree = project.codeTree();
    std::map<RowId, std::size_t> index;
    for (const Code& code : tree.codes()) {
        index[code.id] = report.codes.size();
        report.codes.push_back({code, {}, 0, "", "", {}, std::nullopt, false, false});
    }
    // Spans per (code, coder, document), united into regions afterwards.
    std::map<std::tuple<RowId, std::string, RowId>, std::vector<Span>> spans;
    std::map<RowId, std::size_t> byCoders; // codings by coders, not consensus layers
    for (const Coding& coding : project.codings()) {
        const auto it = index.find(coding.codeId);
        if (it == index.end())
            continue;
        CodeAudit& audit = report.codes[it->second];
        ++audit.codings;
        if (!report.consensusCoders.count(coding.coder))
            ++byCoders[coding.codeId];
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
    for (CodeAudit& audit : report.codes) {
        audit.usedOnce = byCoders[audit.code.id] == 1;
        audit.singleCoder = std::count_if(audit.regionsPerCoder.begin(),
                                          audit.regionsPerCoder.end(), [&](const auto& entry) {
                                              return !report.consensusCoders.count(entry.first);
                                          }) == 1;
    }
    Removals removals = removalsOf(events, tree);
    const std::size_t live = report.codes.size();
    for (CodeAudit& audit : removals.codes)
        report.codes.push_back(std::move(audit));
    for (const Event& event : events) {
        if (!kCodebookCommands.count(event.command))
            continue;
        // Every codebook command records the code's row image, which carries its UUID.
        for (CodeAudit& audit : report.codes)
            if (event.payload.find(audit.code.uuid) != std::string::npos)
                audit.changes.push_back(
                    {event.at, event.coder, event.kind, event.command, event.label, event.reason});
    }
    // A merge target's row is not in the merge's payload by UUID: listed by the replay.
    for (const auto& [event, target] : removals.mergeTargets)
        for (CodeAudit& audit : report.codes)
            if (audit.code.uuid == target && event->payload.find(target) == std::string::npos) {
                const CodeChange change{event->at,      event->coder, event->kind,
                                        event->command, event->label, event->reason};
                const auto at = std::find_if(audit.changes.begin(), audit.changes.end(),
                                             [&](const CodeChange& c) { return c.at > change.at; });
                audit.changes.insert(at, change);
            }
    for (std::size_t i = 0; i < live; ++i) {
        const CodeAudit& audit = report.codes[i];
        if (audit.code.description.empty())
            report.withoutDefinition.push_back(audit.code.path);
        if (audit.usedOnce)
            report.usedOnce.push_back(audit.code.path);
        if (audit.singleCoder)
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
        if (const auto& r = audit.removal)
            html += "<p>No longer in the codebook: " + escapeHtml(r->how) + " by " +
                    escapeHtml(r->coder) + " at " + escapeHtml(r->at) +
                    (r->reason.empty() ? std::string() : "; why: " + escapeHtml(r->reason)) +
                    "</p>\n";
        html += "<table><tr><th>coder</th><th>regions</th></tr>\n";
        for (const auto& [coder, regions] : audit.regionsPerCoder)
            html += "<tr><td>" + escapeHtml(coder) +
                    (report.consensusCoders.count(coder) ? " (consensus layer)" : "") +
                    "</td><td>" + std::to_string(regions) + "</td></tr>\n";
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
