#pragma once

#include "codeboom/commands/command.h"

#include <optional>
#include <string>

namespace codeboom {

// Codes are named by path ("Regulatief > Subsidies") or UUID in every command.

class CreateCode : public Command {
public:
    // `path`'s last name is the new code; the rest must already exist. An empty colour picks the
    // next one from the palette.
    CreateCode(std::string path, std::string color = {}, std::string description = {});
    std::string name() const override { return "create-code"; }
    std::string label() const override;
    nlohmann::json arguments() const override;
    void execute(CommandContext& context) override;
    const std::string& createdUuid() const { return uuid_; }

private:
    std::string path_, color_, description_, uuid_;
};

class RenameCode : public Command {
public:
    RenameCode(std::string code, std::string newName);
    std::string name() const override { return "rename-code"; }
    std::string label() const override;
    nlohmann::json arguments() const override;
    void execute(CommandContext& context) override;

private:
    std::string code_, newName_;
};

class RecolorCode : public Command {
public:
    RecolorCode(std::string code, std::string color);
    std::string name() const override { return "recolor-code"; }
    std::string label() const override;
    nlohmann::json arguments() const override;
    void execute(CommandContext& context) override;

private:
    std::string code_, color_;
};

class DescribeCode : public Command {
public:
    DescribeCode(std::string code, std::string description);
    std::string name() const override { return "describe-code"; }
    std::string label() const override;
    nlohmann::json arguments() const override;
    void execute(CommandContext& context) override;

private:
    std::string code_, description_;
};

class MoveCode : public Command {
public:
    // A new parent of nullopt moves the code to the top level; position counts among the new
    // siblings (nullopt: last). Moving a code under itself or its descendants is refused.
    // Moving a code under another parent is the axial-coding step: the log says so, and the new
    // parent's phase becomes "axial" if it was "open".
    MoveCode(std::string code, std::optional<std::string> newParent,
             std::optional<int> position = std::nullopt);
    std::string name() const override { return "move-code"; }
    std::string label() const override;
    nlohmann::json arguments() const override;
    void execute(CommandContext& context) override;

private:
    std::string code_;
    std::optional<std::string> newParent_;
    std::optional<int> position_;
    std::optional<std::string> category_; // set when the move is an axial step
};

class MergeCodes : public Command {
public:
    // The source's codings go to the target, its sub-codes move under the target (merged
    // recursively with same-named sub-codes there), and the source leaves the code tree: a
    // record of it (status "merged-into", model/merged_codes.h) keeps what it was and where it
    // went, with who merged it, when and the command's reason.
    MergeCodes(std::string source, std::string target);
    std::string name() const override { return "merge-codes"; }
    std::string label() const override;
    nlohmann::json arguments() const override;
    void execute(CommandContext& context) override;

private:
    std::string source_, target_;
};

class DeleteCode : public Command {
public:
    // Deletes the code, its sub-codes and all their codings (undoable).
    explicit DeleteCode(std::string code);
    std::string name() const override { return "delete-code"; }
    std::string label() const override;
    nlohmann::json arguments() const override;
    void execute(CommandContext& context) override;

private:
    std::string code_;
};

// Throws InvalidArgumentError unless `color` is #RRGGBB; returns it in lower case.
std::string normalizeColor(const std::string& color);

} // namespace codeboom
