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

// Sets a code's status: "provisional" or "defined". The third status, "merged-into", belongs to
// the record MergeCodes keeps of a code it merged away; setting it (or the older "merged") by
// hand is refused with a message saying to merge the code instead.
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
