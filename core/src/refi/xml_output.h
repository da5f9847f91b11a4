#pragma once

#include <pugixml.hpp>

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace codeboom {
class Project;
}

namespace codeboom::refi {

// A GUID derived from a name (SHA-256, shaped as a version 5 UUID): for things Codeboom does not
// store with an identity of their own (variables, selections), so that exporting the same project
// twice, or after a round trip, gives the same GUIDs.
std::string nameBasedGuid(std::string_view name);

// The document as UTF-8 without BOM, two-space indent, LF line ends.
std::string xmlText(const pugi::xml_document& doc);

// Appends the project's code tree under `codes` in display order: Code(guid, name, isCodable,
// color) with Description? and, when `notes` is given, NoteRef* (Project.xsd; Codebook.xsd has
// no NoteRef). Returns the number of codes.
std::size_t appendCodes(pugi::xml_node codes, Project& project,
                        const std::map<std::string, std::vector<std::string>>* notes);

// Writes bytes to a sibling temporary file and renames it over `file`.
void writeFileAtomically(const std::filesystem::path& file, const std::string& bytes);

} // namespace codeboom::refi
