#include "codeboom/commands/memo_commands.h"

#include "codeboom/error.h"
#include "codeboom/project.h"

namespace codeboom {

namespace {

// "the project", "document 'int'", "code 'Regulatief'", "coding 1b4e…": for labels and errors.
std::string describeTarget(const MemoTarget& target) {
    if (target.kind == MemoTargetKind::Project)
        return "the project";
    return std::string(memoKindName(target.kind)) + " '" + target.ref + "'";
}

nlohmann::json targetArguments(const MemoTarget& target) {
    return {{"target", std::string(memoKindName(target.kind))}, {"ref", target.ref}};
}

// One message per kind of target, so that a translation can name the target in its own words.
Message emptyMemo(const MemoTarget& target) {
    switch (target.kind) {
    case MemoTargetKind::Project:
        return {CODEBOOM_N_("the memo on the project cannot be empty; remove the memo instead"),
                {}};
    case MemoTargetKind::Document:
        return {
            CODEBOOM_N_("the memo on document '{ref}' cannot be empty; remove the memo instead"),
            {{"ref", target.ref}}};
    case MemoTargetKind::Code:
        return {CODEBOOM_N_("the memo on code '{ref}' cannot be empty; remove the memo instead"),
                {{"ref", target.ref}}};
    case MemoTargetKind::Coding:
        break;
    }
    return {CODEBOOM_N_("the memo on coding '{ref}' cannot be empty; remove the memo instead"),
            {{"ref", target.ref}}};
}

Message missingMemo(const MemoTarget& target, const std::string& file) {
    switch (target.kind) {
    case MemoTargetKind::Project:
        return {CODEBOOM_N_("there is no memo on the project in {file}"), {{"file", file}}};
    case MemoTargetKind::Document:
        return {CODEBOOM_N_("there is no memo on document '{ref}' in {file}"),
                {{"ref", target.ref}, {"file", file}}};
    case MemoTargetKind::Code:
        return {CODEBOOM_N_("there is no memo on code '{ref}' in {file}"),
                {{"ref", target.ref}, {"file", file}}};
    case MemoTargetKind::Coding:
        break;
    }
    return {CODEBOOM_N_("there is no memo on coding '{ref}' in {file}"),
            {{"ref", target.ref}, {"file", file}}};
}

bool isBlank(const std::string& text) {
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

} // namespace

SetMemo::SetMemo(MemoTarget target, std::string text)
    : target_(std::move(target)), text_(std::move(text)) {}

std::string SetMemo::label() const {
    return "set memo on " + describeTarget(target_);
}

nlohmann::json SetMemo::arguments() const {
    nlohmann::json out = targetArguments(target_);
    out["text"] = text_;
    return out;
}

void SetMemo::execute(CommandContext& context) {
    Project& project = context.project;
    const std::string uuid = memoTargetUuid(project, target_);
    if (isBlank(text_))
        throw InvalidArgumentError(emptyMemo(target_));
    const std::string now = utcNow();
    if (const auto memo = memoOn(project, target_.kind, uuid)) {
        if (memo->text == text_)
            return;
        context.changes.update(
            "memos", memo->id,
            {{"text", text_}, {"coder_id", project.coderId()}, {"updated_at", now}});
        return;
    }
    context.changes.insert(
        "memos", {{"uuid", project.uuids().next()},
                  {"target_kind", std::string(memoKindName(target_.kind))},
                  {"target_uuid", uuid.empty() ? nlohmann::json(nullptr) : nlohmann::json(uuid)},
                  {"title", ""},
                  {"text", text_},
                  {"coder_id", project.coderId()},
                  {"created_at", now},
                  {"updated_at", now}});
}

RemoveMemo::RemoveMemo(MemoTarget target) : target_(std::move(target)) {}

std::string RemoveMemo::label() const {
    return "remove memo on " + describeTarget(target_);
}

nlohmann::json RemoveMemo::arguments() const {
    return targetArguments(target_);
}

void RemoveMemo::execute(CommandContext& context) {
    Project& project = context.project;
    const auto memo = memoOn(project, target_.kind, memoTargetUuid(project, target_));
    if (!memo)
        throw InvalidArgumentError(missingMemo(target_, project.fileName()));
    context.changes.remove("memos", memo->id);
}

} // namespace codeboom
