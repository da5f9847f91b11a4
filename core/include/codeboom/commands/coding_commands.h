#pragma once

#include "codeboom/commands/command.h"

#include <string>

namespace codeboom {

// Codes the span [start, end) of a document (code point offsets) with a code, for the project's
// current coder. The covered text is stored with the coding as an integrity check.
class ApplyCoding : public Command {
public:
    ApplyCoding(std::string document, std::size_t start, std::size_t end, std::string code,
                std::string memo = {});
    std::string name() const override { return "apply-coding"; }
    std::string label() const override;
    nlohmann::json arguments() const override;
    void execute(CommandContext& context) override;
    const std::string& createdUuid() const { return uuid_; }

private:
    std::string document_;
    std::size_t start_, end_;
    std::string code_, memo_, uuid_;
};

class RemoveCoding : public Command {
public:
    explicit RemoveCoding(std::string codingUuid);
    std::string name() const override { return "remove-coding"; }
    std::string label() const override;
    nlohmann::json arguments() const override;
    void execute(CommandContext& context) override;

private:
    std::string uuid_;
    std::string described_;
};

} // namespace codeboom
