#pragma once

#include "codeboom/commands/command.h"
#include "codeboom/io/csv.h"

#include <string>

namespace codeboom {

// Which case an attribute belongs to: a speaker (optionally only the speaker of that name in one
// document, since "R" or "Deelnemer 3" recur across transcripts), or a document itself.
struct CaseRef {
    std::string kind = "speaker"; // or "document"
    std::string name;
    std::string document; // scope of a speaker case; empty = every document
};

// Sets (or, with an empty value, removes) one attribute of one case, creating the case.
class SetAttribute : public Command {
public:
    SetAttribute(CaseRef target, std::string attribute, std::string value);
    std::string name() const override { return "set-attribute"; }
    std::string label() const override;
    nlohmann::json arguments() const override;
    void execute(CommandContext& context) override;

private:
    CaseRef target_;
    std::string attribute_, value_;
};

// Applies a table of case attributes in one step. Rows are keyed by a speaker column (spreker,
// speaker, respondent, deelnemer, naam, name or case), optionally scoped by a document column
// (document, bestand, file), or by a document column alone; every other column is an attribute.
class ImportAttributes : public Command {
public:
    ImportAttributes(CsvTable table, std::string fileName);
    std::string name() const override { return "import-attributes"; }
    std::string label() const override;
    nlohmann::json arguments() const override;
    void execute(CommandContext& context) override;

private:
    CsvTable table_;
    std::string fileName_;
};

} // namespace codeboom
