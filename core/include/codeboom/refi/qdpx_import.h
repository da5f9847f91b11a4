#pragma once

#include "codeboom/commands/command.h"
#include "codeboom/io/importer.h"
#include "codeboom/refi/import_report.h"
#include "codeboom/refi/position_dialect.h"
#include "codeboom/refi/qdpx_archive.h"
#include "codeboom/refi/refi_model.h"
#include "codeboom/refi/sidecar.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace codeboom::refi {

// Imports a REFI-QDA project (.qdpx) into the open project as one command: one transaction, one
// event, one undo step. Everything that can fail with the archive (caps, zip-slip, DOCTYPE,
// broken XML, undecodable text) fails in the constructor, so a bad archive changes nothing.
//
// Mapping: Users -> coders (matched by GUID, then name); Codes -> codes with hierarchy, colour and
// description (an existing code with the same GUID or path is reused); TextSources -> documents
// (the source GUID becomes the document UUID; a text already in the project is reused);
// PlainTextSelection + Coding -> one coding per Coding (GUID kept); Notes -> memos attached where
// their NoteRef sits; Cases and Variables -> case attributes; Links between two codes ->
// relations (the Link's Notes -> the relation's memo); Sets of top-level codes -> categories.
// Other Links and Sets, Graphs and non-text sources are reported as skipped.
//
// A codeboom.json beside the .qde (written by Codeboom's export, sidecar.h) gives back what
// REFI-QDA cannot hold: codes' phase, status, codebook fields and core mark, documents' original
// file, the story line's kind, relation types with both labels and their paradigm slot, and
// relations' coder and date. These fields go to what this import creates; codes, documents and
// relations the project already has keep their own. A malformed codeboom.json stops the import
// in the constructor with an ImportError naming the file, the entry and the field.
class ImportQdpx : public Command {
public:
    explicit ImportQdpx(const std::filesystem::path& file, QdpxLimits limits = {});
    ImportQdpx(std::string bytes, std::string fileName, QdpxLimits limits = {});

    std::string name() const override { return "import-qdpx"; }
    std::string label() const override;
    nlohmann::json arguments() const override;
    void execute(CommandContext& context) override;

    // Filled in as far as known after construction (what the file holds, dialects) and
    // completed by execute().
    const ImportReport& report() const { return report_; }

    // A text source ready to store: its text and its selections in stored code points.
    struct PreparedSelection {
        std::size_t start = 0;
        std::size_t end = 0;
        const RefiSelection* selection = nullptr;
    };
    struct PreparedSource {
        const RefiTextSource* source = nullptr;
        std::string name;
        std::string originalName;
        std::string originalSha256;
        SourceText text;
        std::string textSha256; // of text.stored
        std::vector<PreparedSelection> selections;
    };

private:
    void prepare(QdpxArchive& archive);
    // A note's text: its PlainTextContent, else its text file, else its Description.
    std::string noteText(const RefiNote& note) const;

    std::string fileName_;
    RefiProject project_;
    std::vector<PreparedSource> sources_;
    std::map<std::string, std::string> noteTexts_; // note GUID -> text read from its file
    ImportOptions options_;                        // its speaker detector serves every source
    ImportReport report_;
    Sidecar sidecar_; // empty when the archive has no codeboom.json (other vendors)
};

} // namespace codeboom::refi
