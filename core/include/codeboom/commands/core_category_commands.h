#pragma once

#include "codeboom/commands/command.h"

#include <optional>
#include <string>

namespace codeboom {

// Marks a code as the core category (selective coding) and sets its phase to "selective". The
// mark moves: the previous core loses it (its phase is left as it was), and the story line
// follows the new core. nullopt removes the mark.
class SetCoreCategory : public Command {
public:
    explicit SetCoreCategory(std::optional<std::string> code);
    std::string name() const override { return "set-core-category"; }
    std::string label() const override;
    nlohmann::json arguments() const override;
    void execute(CommandContext& context) override;

private:
    std::optional<std::string> code_;
};

// Writes the story line: creates the project's story-line memo on the core category, or
// replaces its text. Needs a core category.
class WriteStoryLine : public Command {
public:
    explicit WriteStoryLine(std::string text);
    std::string name() const override { return "write-story-line"; }
    std::string label() const override;
    nlohmann::json arguments() const override;
    void execute(CommandContext& context) override;

private:
    std::string text_;
    std::string core_;
};

// For MergeCodes: when `source` is the core category, `target` becomes it.
void passCoreCategory(CommandContext& context, const Code& source, const Code& target);

} // namespace codeboom
