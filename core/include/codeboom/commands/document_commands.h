#pragma once

#include "codeboom/commands/command.h"
#include "codeboom/io/importer.h"

#include <string>

namespace codeboom {

// Stores a transcript read by readTranscript(). A text already in the project is refused (the
// same interview imported twice would double every count); a name already taken gets " (2)".
class ImportDocument : public Command {
public:
    explicit ImportDocument(ImportedDocument document);
    std::string name() const override { return "import-document"; }
    std::string label() const override;
    nlohmann::json arguments() const override;
    void execute(CommandContext& context) override;
    const std::string& createdUuid() const { return uuid_; }
    const std::string& storedName() const { return storedName_; }

private:
    ImportedDocument document_;
    std::string uuid_;
    std::string storedName_;
};

// Removes a document with its paragraphs, turns, codings and speaker cases (undoable: the text
// itself stays in the file until undo can no longer need it).
class RemoveDocument : public Command {
public:
    explicit RemoveDocument(std::string document);
    std::string name() const override { return "remove-document"; }
    std::string label() const override;
    nlohmann::json arguments() const override;
    void execute(CommandContext& context) override;

private:
    std::string document_;
};

} // namespace codeboom
