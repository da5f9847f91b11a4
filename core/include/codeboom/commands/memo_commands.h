#pragma once

#include "codeboom/commands/command.h"
#include "codeboom/model/memos.h"

#include <string>

namespace codeboom {

// Writes the memo on the project, a document, a code or a coding: creates it, or replaces the
// text of the one there (which then counts as written by the current coder). Text equal to the
// stored text changes nothing and records nothing; empty text is refused (RemoveMemo removes).
class SetMemo : public Command {
public:
    SetMemo(MemoTarget target, std::string text);
    std::string name() const override { return "set-memo"; }
    std::string label() const override;
    nlohmann::json arguments() const override;
    void execute(CommandContext& context) override;

private:
    MemoTarget target_;
    std::string text_;
};

// Removes the memo on a target; refuses, naming the target, when it has none.
class RemoveMemo : public Command {
public:
    explicit RemoveMemo(MemoTarget target);
    std::string name() const override { return "remove-memo"; }
    std::string label() const override;
    nlohmann::json arguments() const override;
    void execute(CommandContext& context) override;

private:
    MemoTarget target_;
};

} // namespace codeboom
