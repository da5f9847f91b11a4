#pragma once

#include "codeboom/commands/command.h"

#include <optional>
#include <string>
#include <vector>

namespace codeboom {

// Relates two codes (axial coding). `type` is a relation type's Dutch or English label (without
// regard to case) or its UUID; `evidence` are UUIDs of codings that show the relation. A symmetric
// type is stored once: A~B is refused when B~A exists.
class AddRelation : public Command {
public:
    AddRelation(std::string from, std::string type, std::string to,
                std::vector<std::string> evidence = {}, std::string memo = {});
    std::string name() const override { return "add-relation"; }
    std::string label() const override;
    nlohmann::json arguments() const override;
    void execute(CommandContext& context) override;
    const std::string& createdUuid() const { return uuid_; }

private:
    std::string from_, type_, to_;
    std::vector<std::string> evidence_;
    std::string memo_, uuid_;
};

class RemoveRelation : public Command {
public:
    explicit RemoveRelation(std::string relationUuid);
    std::string name() const override { return "remove-relation"; }
    std::string label() const override;
    nlohmann::json arguments() const override;
    void execute(CommandContext& context) override;

private:
    std::string uuid_, described_;
};

// Changes a relation's memo (when given) and adds or drops evidence codings.
class EditRelation : public Command {
public:
    EditRelation(std::string relationUuid, std::optional<std::string> memo,
                 std::vector<std::string> addEvidence = {},
                 std::vector<std::string> dropEvidence = {});
    std::string name() const override { return "edit-relation"; }
    std::string label() const override;
    nlohmann::json arguments() const override;
    void execute(CommandContext& context) override;

private:
    std::string uuid_;
    std::optional<std::string> memo_;
    std::vector<std::string> add_, drop_;
    std::string described_;
};

// A user's own relation type. Its labels must differ from every existing label in either
// language, so that naming a type by label stays unambiguous. `paradigmSlot` is empty or one of
// kParadigmSlots.
class AddRelationType : public Command {
public:
    AddRelationType(std::string labelNl, std::string labelEn, bool directed,
                    std::string paradigmSlot = {});
    std::string name() const override { return "add-relation-type"; }
    std::string label() const override;
    nlohmann::json arguments() const override;
    void execute(CommandContext& context) override;
    const std::string& createdUuid() const { return uuid_; }

private:
    std::string labelNl_, labelEn_;
    bool directed_;
    std::string slot_, uuid_;
};

// For commands that delete codings or codes: record the removal of what refers to them first.
void removeEvidenceOf(CommandContext& context, RowId codingId);
void removeRelationsOf(CommandContext& context, RowId codeId);
// For MergeCodes: `source`'s relations now start or end at `target`. A relation that would
// relate `target` to itself is removed; one that would repeat an existing relation is folded
// into it (its evidence added, its memo appended).
void moveRelations(CommandContext& context, RowId source, RowId target);

} // namespace codeboom
