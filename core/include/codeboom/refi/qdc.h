#pragma once

#include "codeboom/commands/command.h"
#include "codeboom/refi/import_report.h"
#include "codeboom/refi/refi_model.h"

#include <filesystem>
#include <string>
#include <vector>

namespace codeboom::refi {

// The project's code tree as a REFI-QDA codebook (root CodeBook, namespace
// urn:QDA-XML:codebook:1.0, Codebook.xsd's order, GUIDs as stored).
std::string codebookXml(Project& project);
// Writes the codebook to `file` (replaced atomically); returns the number of codes written.
std::size_t exportQdc(Project& project, const std::filesystem::path& file);

// Adds a codebook (.qdc) to an existing project as one undoable command: a code whose GUID is
// already in the project is that code, else one with the same path is reused, else it is created
// with its GUID, colour and description. Sets of top-level codes become categories, as in a
// project import; other sets are reported. A file that is not a well-formed codebook, or holds a
// DOCTYPE, fails in the constructor and changes nothing.
class ImportQdc : public Command {
public:
    explicit ImportQdc(const std::filesystem::path& file);
    ImportQdc(std::string_view xml, std::string fileName);

    std::string name() const override { return "import-qdc"; }
    std::string label() const override;
    nlohmann::json arguments() const override;
    void execute(CommandContext& context) override;
    const ImportReport& report() const { return report_; }

private:
    std::string fileName_;
    std::vector<RefiCode> codes_;
    std::vector<RefiSet> sets_;
    ImportReport report_;
};

} // namespace codeboom::refi
