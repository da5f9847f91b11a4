#include "commands.h"
#include "table.h"

namespace codeboom::cli {

int cmdUndo(Invocation& inv) {
    inv.args.allow({});
    auto project = openForWriting(inv);
    Table table({"action", "label"});
    table.add({"undone", project->undo(inv.args.option("reason").value_or(""))});
    table.print(inv.out, inv.json);
    return 0;
}

int cmdRedo(Invocation& inv) {
    inv.args.allow({});
    auto project = openForWriting(inv);
    Table table({"action", "label"});
    table.add({"redone", project->redo(inv.args.option("reason").value_or(""))});
    table.print(inv.out, inv.json);
    return 0;
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
