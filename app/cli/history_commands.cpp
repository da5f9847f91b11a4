#include "codeboom/audit/history.h"

#include "commands.h"
#include "table.h"

namespace codeboom::cli {

namespace {

int replay(Invocation& inv, bool backwards) {
    inv.args.allow({});
    auto project = openForWriting(inv);
    const std::string reason = inv.args.option("reason").value_or("");
    Table table({"action", "label"});
    table.add({backwards ? "undone" : "redone",
               backwards ? project->undo(reason) : project->redo(reason)});
    table.print(inv.out, inv.json);
    return 0;
}

} // namespace

int cmdUndo(Invocation& inv) {
    return replay(inv, true);
}

int cmdRedo(Invocation& inv) {
    return replay(inv, false);
}

int cmdLog(Invocation& inv) {
    inv.args.allow({"by", "since", "until", "code", "action"});
    auto project = openForReading(inv);
    EventFilter filter;
    filter.by = inv.args.option("by");
    filter.since = inv.args.option("since");
    filter.until = inv.args.option("until");
    filter.code = inv.args.option("code");
    filter.action = inv.args.option("action");
    // Checked here too so that the message names the option.
    if (filter.since)
        requireDateOrTime(*filter.since, "--since");
    if (filter.until)
        requireDateOrTime(*filter.until, "--until");
    Table table({"id", "time", "coder", "action", "command", "label", "reason", "target", "uuid"});
    for (const Event& e : filterEvents(*project, filter))
        table.add({e.id, e.at, e.coder, e.kind, e.command, e.label, e.reason,
                   e.target ? nlohmann::json(*e.target) : nlohmann::json(nullptr), e.uuid});
    table.print(inv.out, inv.json);
    return 0;
}

} // namespace codeboom::cli
