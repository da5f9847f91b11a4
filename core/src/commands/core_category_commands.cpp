#include "codeboom/commands/core_category_commands.h"

#include "codeboom/error.h"
#include "codeboom/model/core_category.h"
#include "codeboom/project.h"

namespace codeboom {

namespace {

// The mark is cleared before it is set: the schema allows one core at any moment.
void moveMark(CommandContext& context, const Code* from, const Code* to) {
    if (from)
        context.changes.update("codes", from->id, {{"is_core", 0}});
    if (!to)
        return;
    context.changes.update("codes", to->id, {{"is_core", 1}, {"phase", "selective"}});
    if (const auto story = storyLine(context.project))
        context.changes.update("memos", story->id, {{"target_uuid", to->uuid}});
}

} // namespace

SetCoreCategory::SetCoreCategory(std::optional<std::string> code) : code_(std::move(code)) {}

std::string SetCoreCategory::label() const {
    return code_ ? "mark code '" + *code_ + "' as core category" : "clear the core category";
}

nlohmann::json SetCoreCategory::arguments() const {
    return {{"code", code_ ? nlohmann::json(*code_) : nlohmann::json(nullptr)}};
}

void SetCoreCategory::execute(CommandContext& context) {
    const CodeTree& tree = context.project.codeTree();
    const Code* next = code_ ? &tree.resolve(*code_) : nullptr;
    const Code* current = coreCategory(context.project);
    if (current == next)
        return;
    moveMark(context, current, next);
}

void passCoreCategory(CommandContext& context, const Code& source, const Code& target) {
    if (source.isCore)
        moveMark(context, &source, &target);
}

WriteStoryLine::WriteStoryLine(std::string text) : text_(std::move(text)) {}

std::string WriteStoryLine::label() const {
    return core_.empty() ? "write the story line" : "write the story line of '" + core_ + "'";
}

nlohmann::json WriteStoryLine::arguments() const {
    return {{"text", text_}};
}

void WriteStoryLine::execute(CommandContext& context) {
    Project& project = context.project;
    const Code* core = coreCategory(project);
    if (!core)
        throw InvalidArgumentError(Message{
            CODEBOOM_N_("{file} has no core category; mark one before writing the story line"),
            {{"file", project.fileName()}}});
    if (text_.find_first_not_of(" \t\r\n") == std::string::npos)
        throw InvalidArgumentError(Message{CODEBOOM_N_("the story line cannot be empty"), {}});
    core_ = core->path;
    const std::string now = utcNow();
    if (const auto story = storyLine(project)) {
        if (story->text == text_ && story->targetUuid == core->uuid)
            return;
        context.changes.update("memos", story->id,
                               {{"text", text_},
                                {"target_uuid", core->uuid},
                                {"coder_id", project.coderId()},
                                {"updated_at", now}});
        return;
    }
    context.changes.insert("memos", {{"uuid", project.uuids().next()},
                                     {"target_kind", "code"},
                                     {"target_uuid", core->uuid},
                                     {"title", ""},
                                     {"text", text_},
                                     {"coder_id", project.coderId()},
                                     {"created_at", now},
                                     {"updated_at", now},
                                     {"kind", "storyline"}});
}

} // namespace codeboom
