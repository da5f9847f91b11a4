#include "codeboom/commands/coding_commands.h"

#include "commands.h"
#include "table.h"

namespace codeboom::cli {

namespace {

Table codingTable() {
    return Table({"uuid", "document", "start", "end", "code", "coder", "text", "memo"});
}

void addCoding(Table& table, const Coding& c) {
    table.add({c.uuid, c.document, c.start, c.end, c.codePath, c.coder, c.text, c.memo});
}

} // namespace

int cmdCode(Invocation& inv) {
    inv.args.allow({"memo"});
    auto project = openForWriting(inv);
    const auto from = static_cast<std::size_t>(parseNumber(inv.args.at(3, "FROM"), "FROM"));
    const auto to = static_cast<std::size_t>(parseNumber(inv.args.at(4, "TO"), "TO"));
    ApplyCoding command(inv.args.at(2, "DOC"), from, to, inv.args.at(5, "PATH"),
                        inv.args.option("memo").value_or(""));
    execute(*project, command, inv);
    Table table = codingTable();
    addCoding(table, project->coding(command.createdUuid()));
    table.print(inv.out, inv.json);
    return 0;
}

int cmdCodings(Invocation& inv) {
    inv.args.allow({"doc", "code", "rollup"});
    auto project = openForReading(inv);
    CodingFilter filter;
    if (const auto doc = inv.args.option("doc"))
        filter.documentId = project->document(*doc).id;
    if (const auto code = inv.args.option("code"))
        filter.codeId = project->codeTree().resolve(*code).id;
    filter.includeDescendants = inv.args.flag("rollup");
    // --coder names the coder whose codings are listed (it is also who runs the command).
    if (inv.args.option("coder"))
        filter.coder = inv.coder;
    Table table = codingTable();
    for (const Coding& c : project->codings(filter))
        addCoding(table, c);
    table.print(inv.out, inv.json);
    return 0;
}

int cmdUncode(Invocation& inv) {
    inv.args.allow({});
    return runCommand<RemoveCoding>(inv, inv.args.at(2, "CODING_UUID"));
}

} // namespace codeboom::cli
