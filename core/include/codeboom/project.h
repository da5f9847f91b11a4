#pragma once

#include "codeboom/commands/command_label.h"
#include "codeboom/model/code_tree.h"
#include "codeboom/model/types.h"
#include "codeboom/store/database.h"
#include "codeboom/text/identity.h"
#include "codeboom/text/name_key.h"
#include "codeboom/text/offsets.h"
#include "codeboom/text/words.h"

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace codeboom {

class Command;

// A document's immutable text with its offset index (the index points into the text, so the
// pair lives on the heap and never moves).
struct DocumentText {
    std::string text;
    OffsetIndex offsets;
};

struct CodingFilter {
    std::optional<RowId> documentId;
    std::optional<RowId> codeId;
    bool includeDescendants = false;
    std::optional<std::string> coder;
    std::optional<std::string> uuid;
};

// One open project file. Opening for writing takes an exclusive lock on the file for as long as
// the object lives (a second window or process is refused with ProjectLockedError); reading
// needs no lock. Every change goes through execute(), undo() or redo().
class Project {
public:
    // Creates a new project file; refuses to overwrite an existing file.
    static std::unique_ptr<Project> create(const std::filesystem::path& path, std::string coder);
    // Opens an existing project. Throws NotAProjectError, ProjectTooNewError, ProjectLockedError
    // or ProjectCorruptError, each naming the file.
    static std::unique_ptr<Project> open(const std::filesystem::path& path, std::string coder,
                                         bool readOnly = false);
    ~Project();
    Project(const Project&) = delete;
    Project& operator=(const Project&) = delete;

    const std::filesystem::path& path() const { return db_->path(); }
    std::string fileName() const { return path().filename().string(); }
    bool readOnly() const { return db_->readOnly(); }
    const std::string& uuid() const { return uuid_; }
    const std::string& coderName() const { return coder_; }
    store::Database& database() { return *db_; }

    // The current coder's row id; the row is created on first use.
    RowId coderId();
    std::optional<RowId> findCoder(std::string_view name);
    std::vector<Coder> coders();

    std::vector<Document> documents();
    // By name (as shown by `documents`) or UUID; throws InvalidArgumentError when unknown.
    Document document(std::string_view nameOrUuid);
    Document documentById(RowId id);
    const DocumentText& text(RowId documentId);
    std::vector<Paragraph> paragraphs(RowId documentId);
    std::vector<Turn> turns(RowId documentId);

    const CodeTree& codeTree();
    std::vector<Coding> codings(const CodingFilter& filter = {});
    Coding coding(std::string_view uuid);
    std::vector<CaseAttribute> attributes();

    std::vector<Event> events();

    // Runs a command in one transaction and records it as one event. Returns the event id, or
    // nullopt when the command changed nothing (nothing is recorded then).
    std::optional<RowId> execute(Command& command, std::string_view reason = {});

    // Undo/redo of the current coder's own commands, also across sessions (the history is
    // rebuilt from the event log). Each returns the undone/redone event's label.
    std::string undo(std::string_view reason = {});
    std::string redo(std::string_view reason = {});
    std::optional<std::string> undoLabel();
    std::optional<std::string> redoLabel();
    // The same labels in translatable form, for menus in the UI language (command_label.h).
    std::optional<CommandLabel> undoLabelText();
    std::optional<CommandLabel> redoLabelText();
    CommandLabel eventLabelText(RowId event);

    UuidGenerator& uuids() { return uuids_; }
    const NameKeyMaker& nameKeys() const { return nameKeys_; }
    WordCounter& wordCounter() { return words_; }

private:
    Project(std::unique_ptr<store::Database> db, std::string coder, int lockFd);
    struct History {
        std::vector<RowId> done;
        std::vector<RowId> undone;
    };
    History& history();
    // Undo (backwards) or redo the current coder's latest step, recorded as an event.
    std::string replay(bool backwards, std::string_view reason);
    std::string eventLabel(RowId event);
    RowId appendEvent(std::string_view kind, std::string_view command, std::string_view label,
                      std::optional<RowId> target, std::string_view reason,
                      const std::string& payload);
    void requireWritable() const;
    void invalidate();

    std::unique_ptr<store::Database> db_;
    std::string coder_;
    int lockFd_ = -1;
    std::string uuid_;
    std::optional<RowId> coderId_;
    UuidGenerator uuids_;
    NameKeyMaker nameKeys_;
    WordCounter words_;
    std::optional<CodeTree> codeTree_;
    std::map<RowId, std::unique_ptr<DocumentText>> texts_;
    std::optional<History> history_;
};

} // namespace codeboom
