#include "audit_commands.h"

#include "codeboom/audit/hash_chain.h"
#include "codeboom/audit/history.h"
#include "codeboom/audit/report.h"
#include "codeboom/error.h"
#include "codeboom/io/csv.h"

#include "table.h"
#include "team_commands.h"

#include <ostream>

namespace codeboom::cli {

namespace {

std::unique_ptr<Project> openAuditedProject(const Invocation& inv) {
    return Project::open(inv.args.at(2, "PROJECT"), inv.coder, true);
}

// Prints the chain's state; exit status 1 when a link is broken, so scripts can rely on it.
int verify(Invocation& inv) {
    inv.args.allow({});
    auto project = openAuditedProject(inv);
    const auto broken = verifyHashChain(*project);
    Table table({"status", "events", "event", "problem"});
    const std::size_t events = project->events().size();
    if (broken)
        table.add({"broken", events, broken->eventId, broken->problem});
    else
        table.add({"ok", events, nullptr, ""});
    table.print(inv.out, inv.json);
    if (broken)
        inv.err << "codeboom-cli: " << project->fileName() << ": the event log's hash chain is "
                << "broken at event " << broken->eventId << ": " << broken->problem << '\n';
    return broken ? 1 : 0;
}

std::string reportCsv(const AuditReport& report) {
    std::string csv = "code,uuid,definition,coder,regions,codings,first_use,last_use,changes,"
                      "flags,removed\n";
    for (const CodeAudit& audit : report.codes) {
        std::string changes;
        for (const CodeChange& c : audit.changes)
            changes += (changes.empty() ? "" : " | ") + c.at + " " + c.coder + " " + c.action +
                       " " + c.command + ": " + c.label +
                       (c.reason.empty() ? "" : " (" + c.reason + ")");
        std::string flags;
        if (audit.code.description.empty())
            flags += "no-definition ";
        if (audit.usedOnce)
            flags += "used-once ";
        if (audit.singleCoder)
            flags += "one-coder ";
        if (audit.removal)
            flags = "";
        std::string removed;
        if (const auto& r = audit.removal)
            removed = r->how + " by " + r->coder + " at " + r->at +
                      (r->reason.empty() ? "" : " (" + r->reason + ")");
        if (!flags.empty())
            flags.pop_back();
        std::vector<std::pair<std::string, std::size_t>> coders(audit.regionsPerCoder.begin(),
                                                                audit.regionsPerCoder.end());
        if (coders.empty())
            coders.emplace_back("", 0);
        for (const auto& [coder, regions] : coders)
            csv += csvField(audit.code.path) + "," + audit.code.uuid + "," +
                   csvField(audit.code.description) + "," + csvField(coder) + "," +
                   std::to_string(regions) + "," + std::to_string(audit.codings) + "," +
                   audit.firstUse + "," + audit.lastUse + "," + csvField(changes) + "," + flags +
                   "," + csvField(removed) + "\n";
    }
    return csv;
}

int report(Invocation& inv) {
    inv.args.allow({"output", "o", "format"});
    auto project = openAuditedProject(inv);
    const AuditReport audit = auditReport(*project);
    const auto path = outputPath(inv);
    std::string format = inv.args.option("format").value_or("");
    if (format.empty())
        format =
            path && path->size() > 4 && path->substr(path->size() - 4) == ".csv" ? "csv" : "html";
    if (format == "csv")
        writeOutput(inv, reportCsv(audit));
    else if (format == "html")
        writeOutput(inv, auditReportHtml(audit, project->fileName()));
    else
        throw UsageError("unknown --format '" + format + "' (use html or csv)");
    return 0;
}

// `--date D`: the code tree as it was at the end of D; `--from D1 --to D2`: what changed between
// the tree at the end of D1 and at the end of D2.
int codebook(Invocation& inv) {
    inv.args.allow({"date", "from", "to"});
    for (const char* option : {"date", "from", "to"})
        if (const auto value = inv.args.option(option))
            requireDateOrTime(*value, std::string("--") + option);
    auto project = openAuditedProject(inv);
    if (const auto date = inv.args.option("date")) {
        Table table({"path", "uuid", "color", "description", "phase", "status"});
        for (const CodebookEntry& e : codebookAt(*project, *date))
            table.add({e.path, e.uuid, e.color, e.description, e.phase, e.status});
        table.print(inv.out, inv.json);
        return 0;
    }
    const auto from = inv.args.option("from");
    const auto to = inv.args.option("to");
    if (!from || !to)
        throw UsageError("audit codebook needs --date DATE, or --from DATE --to DATE");
    Table table({"change", "uuid", "before", "after"});
    for (const CodebookChange& c :
         codebookDiff(codebookAt(*project, *from), codebookAt(*project, *to)))
        table.add({c.change, c.uuid, c.before, c.after});
    table.print(inv.out, inv.json);
    return 0;
}

} // namespace

int cmdAudit(Invocation& inv) {
    const std::string sub = inv.args.at(1, "audit subcommand (verify, report or codebook)");
    if (sub == "verify")
        return verify(inv);
    if (sub == "report")
        return report(inv);
    if (sub == "codebook")
        return codebook(inv);
    throw UsageError("unknown audit subcommand '" + sub + "' (use verify, report or codebook)");
}

} // namespace codeboom::cli
