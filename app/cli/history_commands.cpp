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
    inv.args.allow({});
    auto project = openForReading(inv);
    Table table({"id", "time", "coder", "action", "command", "label", "reason", "target", "uuid"});
    for (const Event& e : project->events())
        table.add({e.id, e.at, e.coder, e.kind, e.command, e.label, e.reason,
                   e.target ? nlohmann::json(*e.target) : nlohmann::json(nullptr), e.uuid});
    table.print(inv.out, inv.json);
    return 0;
}

} // namespace codeboom::cli
