#pragma once

#include "codeboom/commands/command.h"
#include "codeboom/io/importer.h"
#include "codeboom/model/types.h"

#include <optional>
#include <string>

namespace codeboom {

class Project;

// The document whose text has this SHA-256, if the project has one.
std::optional<Document> findDocumentWithText(Project& project, const std::string& sha256);

// Where storeDocument() put a document.
struct StoredDocument {
    RowId id = 0;
    std::string uuid;
    std::string name;
    bool uuidKept = false; // the preferred UUID was free and is the document's
};

// Stores an imported document inside a running command, as every importer does: its text
// (content-addressed and outside undo, so that redo finds it again), the document row (named
// `document.name`, or "name (2)" ... when that is taken; with `preferredUuid` when given and
// free, else a new UUID; placed after the other documents) and its paragraphs and turns. What a
// text already in the project means is the caller's decision (see findDocumentWithText).
StoredDocument storeDocument(CommandContext& context, const ImportedDocument& document,
                             const std::string& preferredUuid = {});

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
