#include "codeboom/commands/code_phase_commands.h"

#include "codeboom/error.h"
#include "codeboom/project.h"

namespace codeboom {

SetCodePhase::SetCodePhase(std::string code, std::string phase)
    : code_(std::move(code)), phase_(std::move(phase)) {}

std::string SetCodePhase::label() const {
    return "set phase of code '" + code_ + "' to " + phase_;
}

nlohmann::json SetCodePhase::arguments() const {
    return {{"code", code_}, {"phase", phase_}};
}

void SetCodePhase::execute(CommandContext& context) {
    const Code& code = context.project.codeTree().resolve(code_);
    if (phase_ != "open" && phase_ != "axial" && phase_ != "selective")
        throw InvalidArgumentError(Message{
            CODEBOOM_N_("phase '{phase}' of code '{code}' is not one of open, axial, selective"),
            {{"phase", phase_}, {"code", code.path}}});
    context.changes.update("codes", code.id, {{"phase", phase_}});
}

SetCodeStatus::SetCodeStatus(std::string code, std::string status)
    : code_(std::move(code)), status_(std::move(status)) {}

std::string SetCodeStatus::label() const {
    return "set status of code '" + code_ + "' to " + status_;
}

nlohmann::json SetCodeStatus::arguments() const {
    return {{"code", code_}, {"status", status_}};
}

void SetCodeStatus::execute(CommandContext& context) {
    const Code& code = context.project.codeTree().resolve(code_);
    // A merged code is a record of where its codings went, which only a merge can make.
    if (status_ == "merged-into" || status_ == "merged")
        throw InvalidArgumentError(Message{
            CODEBOOM_N_("status '{status}' cannot be set on '{code}': merge the code into another "
                        "one instead"),
            {{"status", status_}, {"code", code.path}}});
    if (status_ != "provisional" && status_ != "defined")
        throw InvalidArgumentError(Message{
            CODEBOOM_N_("status '{status}' of code '{code}' is not one of provisional, defined"),
            {{"status", status_}, {"code", code.path}}});
    context.changes.update("codes", code.id, {{"status", status_}});
}

} // namespace codeboom
