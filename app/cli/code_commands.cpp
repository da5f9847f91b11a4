#include "codeboom/commands/code_commands.h"

#include "codeboom/analysis/regions.h"
#include "codeboom/model/merged_codes.h"

#include "commands.h"
#include "table.h"

namespace codeboom::cli {

int cmdCodeAdd(Invocation& inv) {
    inv.args.allow({"color", "description"});
    auto project = openForWriting(inv);
    CreateCode command(inv.args.at(2, "PATH"), inv.args.option("color").value_or(""),
                       inv.args.option("description").value_or(""));
    execute(*project, command, inv);
    const Code* code = project->codeTree().findByUuid(command.createdUuid());
    Table table({"path", "uuid", "color"});
    table.add({code->path, code->uuid, code->color});
    table.print(inv.out, inv.json);
    return 0;
}

namespace {

// The codes merged away (status merged-into), each with the live code its codings are in now.
int listMergedCodes(Invocation& inv, Project& project) {
    Table table({"path", "status", "merged_into", "when", "coder", "reason", "uuid"});
    for (const MergedCode& code : mergedCodes(project))
        table.add({code.path, code.status, code.mergedIntoPath, code.mergedAt, code.coder,
                   code.reason, code.uuid});
    table.print(inv.out, inv.json);
    return 0;
}

} // namespace

int cmdCodes(Invocation& inv) {
    inv.args.allow({"merged"});
    auto project = openForReading(inv);
    if (inv.args.flag("merged"))
        return listMergedCodes(inv, *project);
    const auto counts = regionCounts(*project);
    // Columns are only ever added at the end: scripts read them by position.
    Table table({"path", "uuid", "color", "regions", "description", "depth", "inclusion",
                 "exclusion", "anchor", "label_nl", "label_en"});
    for (const Code& code : project->codeTree().codes()) {
        const auto it = counts.find(code.id);
        table.add({code.path, code.uuid, code.color, it == counts.end() ? 0 : it->second,
                   code.description, code.depth, code.inclusion, code.exclusion, code.anchorCoding,
                   code.labelNl, code.labelEn});
    }
    table.print(inv.out, inv.json);
    return 0;
}

int cmdCodeRename(Invocation& inv) {
    inv.args.allow({});
    return runCommand<RenameCode>(inv, inv.args.at(2, "PATH"), inv.args.at(3, "NEWNAME"));
}

int cmdCodeMove(Invocation& inv) {
    inv.args.allow({"root", "position"});
    std::optional<std::string> parent;
    if (!inv.args.flag("root"))
        parent = inv.args.at(3, "NEWPARENT (or --root)");
    std::optional<int> position;
    if (const auto n = inv.args.number("position"))
        position = static_cast<int>(*n);
    return runCommand<MoveCode>(inv, inv.args.at(2, "PATH"), parent, position);
}

int cmdCodeMerge(Invocation& inv) {
    inv.args.allow({});
    return runCommand<MergeCodes>(inv, inv.args.at(2, "SOURCE"), inv.args.at(3, "TARGET"));
}

int cmdCodeDelete(Invocation& inv) {
    inv.args.allow({});
    return runCommand<DeleteCode>(inv, inv.args.at(2, "PATH"));
}

int cmdCodeColor(Invocation& inv) {
    inv.args.allow({});
    return runCommand<RecolorCode>(inv, inv.args.at(2, "PATH"), inv.args.at(3, "#RRGGBB"));
}

int cmdCodeDescribe(Invocation& inv) {
    inv.args.allow({});
    return runCommand<DescribeCode>(inv, inv.args.at(2, "PATH"), inv.args.at(3, "TEXT"));
}

} // namespace codeboom::cli
