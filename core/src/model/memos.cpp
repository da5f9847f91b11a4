#include "codeboom/model/memos.h"

#include "codeboom/error.h"
#include "codeboom/project.h"

namespace codeboom {

namespace {

constexpr const char* kMemoColumns =
    "SELECT m.id, m.uuid, m.target_kind, IFNULL(m.target_uuid, ''), m.title, m.text, k.name, "
    "m.created_at, m.updated_at FROM memos m JOIN coders k ON k.id = m.coder_id "
    "WHERE m.kind = 'memo' ";

Memo readMemo(const store::Statement& stmt) {
    Memo memo;
    memo.id = stmt.int64At(0);
    memo.uuid = stmt.textAt(1);
    memo.kind = memoKindOf(stmt.textViewAt(2));
    memo.targetUuid = stmt.textAt(3);
    memo.title = stmt.textAt(4);
    memo.text = stmt.textAt(5);
    memo.coder = stmt.textAt(6);
    memo.createdAt = stmt.textAt(7);
    memo.updatedAt = stmt.textAt(8);
    return memo;
}

} // namespace

std::string_view memoKindName(MemoTargetKind kind) {
    switch (kind) {
    case MemoTargetKind::Project:
        return "project";
    case MemoTargetKind::Document:
        return "document";
    case MemoTargetKind::Code:
        return "code";
    case MemoTargetKind::Coding:
        return "coding";
    }
    return "project";
}

MemoTargetKind memoKindOf(std::string_view name) {
    for (const MemoTargetKind kind : {MemoTargetKind::Project, MemoTargetKind::Document,
                                      MemoTargetKind::Code, MemoTargetKind::Coding})
        if (memoKindName(kind) == name)
            return kind;
    throw InvalidArgumentError(
        Message{CODEBOOM_N_("'{name}' is not a memo target; use project, document, code or coding"),
                {{"name", std::string(name)}}});
}

std::string memoTargetUuid(Project& project, const MemoTarget& target) {
    switch (target.kind) {
    case MemoTargetKind::Project:
        return {};
    case MemoTargetKind::Document:
        return project.document(target.ref).uuid;
    case MemoTargetKind::Code:
        return project.codeTree().resolve(target.ref).uuid;
    case MemoTargetKind::Coding:
        return project.coding(target.ref).uuid;
    }
    return {};
}

std::optional<std::string> memoTargetName(Project& project, MemoTargetKind kind,
                                          std::string_view targetUuid) {
    const auto lookup = [&](const char* sql) {
        auto& stmt = project.database().cached(sql);
        stmt.bind(0, targetUuid);
        std::optional<std::string> found;
        if (stmt.step())
            found = stmt.textAt(0);
        stmt.reset();
        return found;
    };
    switch (kind) {
    case MemoTargetKind::Project:
        return std::string();
    case MemoTargetKind::Document:
        return lookup("SELECT name FROM documents WHERE uuid = ?");
    case MemoTargetKind::Code:
        if (const Code* code = project.codeTree().findByUuid(targetUuid))
            return code->name;
        return std::nullopt;
    case MemoTargetKind::Coding:
        if (const auto codeId = lookup("SELECT code_id FROM codings WHERE uuid = ?"))
            if (const Code* code = project.codeTree().find(std::stoll(*codeId)))
                return code->name;
        return std::nullopt;
    }
    return std::nullopt;
}

std::vector<Memo> memos(Project& project) {
    std::vector<Memo> out;
    auto stmt = project.database().prepare(std::string(kMemoColumns) + "ORDER BY m.id");
    while (stmt.step())
        out.push_back(readMemo(stmt));
    return out;
}

std::optional<Memo> memoOn(Project& project, MemoTargetKind kind, std::string_view targetUuid) {
    auto& stmt = project.database().cached(
        std::string(kMemoColumns) +
        "AND m.target_kind = ? AND IFNULL(m.target_uuid, '') = ? ORDER BY m.id LIMIT 1");
    stmt.bind(0, memoKindName(kind)).bind(1, targetUuid);
    std::optional<Memo> memo;
    if (stmt.step())
        memo = readMemo(stmt);
    stmt.reset();
    return memo;
}

} // namespace codeboom
