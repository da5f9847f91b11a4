#pragma once

#include "codeboom/commands/command.h"
#include "codeboom/io/csv.h"
#include "codeboom/model/language.h"

#include <optional>
#include <string>
#include <vector>

namespace codeboom {

// The structured codebook fields of a code. A field left out stays as it is; an empty text
// clears it.
struct CodeFieldValues {
    std::optional<std::string> definition; // stored as the code's description
    std::optional<std::string> inclusion;
    std::optional<std::string> exclusion;
    std::optional<std::string> anchor; // a coding UUID
    std::optional<std::string> labelNl;
    std::optional<std::string> labelEn;

    bool empty() const;
};

// Sets any of a code's codebook fields in one step. The anchor example must be a coding of the
// code itself or of one of its sub-codes: a category is exemplified by what was coded below it,
// but never by a passage coded with an unrelated code.
class SetCodeFields : public Command {
public:
    SetCodeFields(std::string code, CodeFieldValues values);
    std::string name() const override { return "set-code-fields"; }
    std::string label() const override;
    nlohmann::json arguments() const override;
    void execute(CommandContext& context) override;

private:
    std::string code_;
    CodeFieldValues values_;
};

// What a template or a codebook import did to one code.
struct CodebookOutcome {
    std::string path;
    // Template: added, filled (empty fields completed), unchanged.
    // Import: added, updated, unchanged, skipped (a merged code's row).
    std::string status;
    std::string note; // what was not taken over, or how a row was matched
};

// Creates a shipped theory template's code tree (codebookTemplate()) in one step, with
// definitions and criteria in `language` and both labels. Codes that already exist at the same
// path (names compared as everywhere) are not duplicated: their empty fields are filled and
// whatever the project already says is kept, colour included.
class ApplyTemplate : public Command {
public:
    explicit ApplyTemplate(std::string templateName, Language language = Language::Dutch);
    std::string name() const override { return "apply-template"; }
    std::string label() const override;
    nlohmann::json arguments() const override;
    void execute(CommandContext& context) override;
    // One row per template code, in tree order.
    const std::vector<CodebookOutcome>& outcome() const { return outcome_; }

private:
    std::string template_;
    Language language_;
    std::vector<CodebookOutcome> outcome_;
};

// Applies a codebook table (codebookCsv()'s columns; only `path` is required) in one step. A row
// is matched to a code by its uuid, else by its path; unmatched rows create the code (keeping
// the row's uuid) and any missing parents. Given fields overwrite the code's, empty cells leave
// them as they are. Every problem is reported with the file and line and changes nothing.
class ImportCodebook : public Command {
public:
    ImportCodebook(CsvTable table, std::string fileName);
    std::string name() const override { return "import-codebook"; }
    std::string label() const override;
    nlohmann::json arguments() const override;
    void execute(CommandContext& context) override;
    // One row per row of the file (in file order), then parents the import created.
    const std::vector<CodebookOutcome>& outcome() const { return outcome_; }

private:
    CsvTable table_;
    std::string fileName_;
    std::vector<CodebookOutcome> outcome_;
};

} // namespace codeboom
