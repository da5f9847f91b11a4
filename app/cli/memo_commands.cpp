#include "codeboom/commands/memo_commands.h"

#include "memo_commands.h"
#include "table.h"

namespace codeboom::cli {

namespace {

Table memoTable() {
    return Table({"uuid", "target_kind", "target", "coder", "updated_at", "text"});
}

// The target as a reader knows it: a document's name, a code's path, a coding's UUID.
std::string targetName(Project& project, const Memo& memo) {
    switch (memo.kind) {
    case MemoTargetKind::Project:
        return {};
    case MemoTargetKind::Document:
        for (const Document& doc : project.documents())
            if (doc.uuid == memo.targetUuid)
                return doc.name;
        break;
    case MemoTargetKind::Code:
        if (const Code* code = project.codeTree().findByUuid(memo.targetUuid))
            return code->path;
        break;
    case MemoTargetKind::Coding:
        break;
    }
    return memo.targetUuid; // a coding, or an object deleted since
}

void addMemo(Table& table, Project& project, const Memo& memo) {
    table.add({memo.uuid, std::string(memoKindName(memo.kind)), targetName(project, memo),
               memo.coder, memo.updatedAt, memo.text});
}

// Exactly one of --project, --document, --code, --coding names what the memo is about.
MemoTarget targetOf(const Arguments& args) {
    std::vector<MemoTarget> given;
    if (args.flag("project"))
        given.push_back({MemoTargetKind::Project, {}});
    if (const auto doc = args.option("document"))
        given.push_back({MemoTargetKind::Document, *doc});
    if (const auto code = args.option("code"))
        given.push_back({MemoTargetKind::Code, *code});
    if (const auto coding = args.option("coding"))
        given.push_back({MemoTargetKind::Coding, *coding});
    if (given.size() != 1)
        throw UsageError("say what the memo is about with exactly one of --project, "
                         "--document DOC, --code PATH or --coding UUID");
    return given.front();
}

} // namespace

int cmdMemo(Invocation& inv) {
    inv.args.allow({"project", "document", "code", "coding"});
    const MemoTarget target = targetOf(inv.args);
    const std::string& text = inv.args.at(2, "TEXT");
    if (inv.args.rest(3).size() > 0)
        throw UsageError("give the memo TEXT as one argument (quote it)");
    auto project = openForWriting(inv);
    // An empty text removes the memo, as clearing it in the window does.
    if (text.empty()) {
        RemoveMemo command(target);
        execute(*project, command, inv);
        return 0;
    }
    SetMemo command(target, text);
    execute(*project, command, inv);
    Table table = memoTable();
    if (const auto memo = memoOn(*project, target.kind, memoTargetUuid(*project, target)))
        addMemo(table, *project, *memo);
    table.print(inv.out, inv.json);
    return 0;
}

int cmdMemos(Invocation& inv) {
    inv.args.allow({});
    auto project = openForReading(inv);
    Table table = memoTable();
    for (const Memo& memo : memos(*project))
        addMemo(table, *project, memo);
    table.print(inv.out, inv.json);
    return 0;
}

} // namespace codeboom::cli
