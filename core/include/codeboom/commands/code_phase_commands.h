#pragma once

#include "codeboom/commands/command.h"

#include <string>

namespace codeboom {

// Sets a code's grounded-theory phase: "open", "axial" or "selective".
class SetCodePhase : public Command {
public:
    SetCodePhase(std::string code, std::string phase);
    std::string name() const override { return "set-code-phase"; }
    std::string label() const override;
    nlohmann::json arguments() const override;
    void execute(CommandContext& context) override;

private:
    std::string code_, phase_;
};

// Sets a code's status: "provisional" or "defined". (Merging removes the source code, so no
// remaining code is ever "merged"; that status is refused here.)
class SetCodeStatus : public Command {
public:
    SetCodeStatus(std::string code, std::string status);
    std::string name() const override { return "set-code-status"; }
    std::string label() const override;
    nlohmann::json arguments() const override;
    void execute(CommandContext& context) override;

private:
    std::string code_, status_;
};

} // namespace codeboom
