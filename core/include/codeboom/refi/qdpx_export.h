#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

namespace codeboom {
class Project;
}

namespace codeboom::refi {

// What an export wrote, for the CLI's report.
struct ExportSummary {
    std::size_t users = 0;
    std::size_t codes = 0;
    std::size_t variables = 0;
    std::size_t cases = 0;
    std::size_t sources = 0;
    std::size_t selections = 0;
    std::size_t codings = 0;
    std::size_t notes = 0;
    std::size_t links = 0;
    // Of the links, those from a coding to the relation it is evidence for (REFI-QDA links any
    // two identified elements; Codeboom names them "evidence").
    std::size_t evidenceLinks = 0;
};

// The project as REFI-QDA project XML, written strictly (research note §0.3): the exact namespace
// urn:QDA-XML:project:1.0, Project.xsd's element order, no empty container (an empty <Codes/> is
// schema-invalid), GUIDs as stored (so as imported), UTF-8 without BOM and LF only. Codings with
// the same span and memo share one PlainTextSelection (one Coding each); the selection's name is
// its text, which lets a re-import confirm the positions. Memos are Notes referenced from what
// they describe; relations are Links (name: the type's English label; direction: OneWay when the
// type is directed, else Associative) with their memo as a Note; coders who coded or wrote memos
// are Users.
std::string projectXml(Project& project, ExportSummary* summary = nullptr);

// Writes `file` (.qdpx): project.qde, sources/<GUID>.txt for every document, and codeboom.json
// with what REFI-QDA cannot hold (sidecar.h). The file is
// written beside its destination and renamed into place, so a failed export leaves no half file.
ExportSummary exportQdpx(Project& project, const std::filesystem::path& file);

} // namespace codeboom::refi
