#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace codeboom::refi {

// What a REFI-QDA project (.qde) or codebook (.qdc) says, read tolerantly: elements are matched by
// local name whatever the namespace, GUIDs are in canonical lower case (braces and upper case
// accepted; an unusable GUID is left empty and replaced on import).

struct RefiUser {
    std::string guid;
    std::string name;
    std::string id;
};

struct RefiCode {
    std::string guid;
    std::string name;
    std::string color; // as written (#RRGGBB or #RGB), may be empty
    std::string description;
    bool codable = true;
    std::vector<std::string> noteRefs;
    std::vector<RefiCode> children;
};

struct RefiCoding {
    std::string guid;
    std::string codeGuid;
    std::string user;
    std::string created;
    std::vector<std::string> noteRefs;
};

struct RefiSelection {
    std::string guid;
    std::string name; // ATLAS.ti and Codeboom put the quoted text here
    std::string user;
    std::string created;
    std::string description;
    long long start = 0;
    long long end = 0;
    bool positionsValid = true; // false when a position is not an integer
    bool wholeSource = false;   // a Coding directly inside the TextSource: the whole text
    std::vector<RefiCoding> codings;
    std::vector<std::string> noteRefs;
};

struct RefiVariableValue {
    std::string variableGuid;
    std::string value;
};

struct RefiTextSource {
    std::string guid;
    std::string name;
    std::string plainTextPath;
    std::string richTextPath;
    std::string description;
    std::string user;
    std::string created;
    std::optional<std::string> content; // PlainTextContent
    std::vector<RefiSelection> selections;
    std::vector<std::string> noteRefs;
    std::vector<RefiVariableValue> variables;
};

struct RefiNote {
    std::string guid;
    std::string name;
    std::string user;
    std::string created;
    std::string modified;
    std::string description;
    std::string plainTextPath;
    std::optional<std::string> content;
};

struct RefiVariable {
    std::string guid;
    std::string name;
    std::string type;
};

struct RefiCase {
    std::string guid;
    std::string name;
    std::vector<RefiVariableValue> values;
    std::vector<std::string> sourceRefs;
};

// A relation between two identified elements; Codeboom imports those between two codes as
// relations, and those named kEvidenceLinkName from a coding to such a relation as its evidence.
inline constexpr const char* kEvidenceLinkName = "evidence";
struct RefiLink {
    std::string guid;
    std::string name;
    std::string direction; // Associative, OneWay, Bidirectional, or empty
    std::string originGuid;
    std::string targetGuid;
    std::vector<std::string> noteRefs;
};

// A named group of codes, sources and notes.
struct RefiSet {
    std::string guid;
    std::string name;
    std::string description;
    std::vector<std::string> memberCodes;
    std::size_t otherMembers = 0; // MemberSource and MemberNote
};

// Element counts as found in the file, for the import report and the vendor-file tests.
struct RefiCounts {
    std::size_t codes = 0;
    std::size_t textSources = 0;
    std::size_t selections = 0; // PlainTextSelection anywhere
    std::size_t codings = 0;    // Coding anywhere
    std::size_t users = 0;
    std::size_t notes = 0;
    std::size_t links = 0;
    std::size_t sets = 0;
    std::size_t graphs = 0;
    std::size_t cases = 0;
    std::size_t variables = 0;
    // Sources Codeboom cannot hold (PictureSource, PDFSource, AudioSource, VideoSource), by
    // element name, and the codings inside them.
    std::map<std::string, std::size_t> otherSources;
    std::size_t otherSourceCodings = 0;
};

struct RefiProject {
    std::string name;
    std::string origin;
    std::string nameSpace; // the root's namespace URI as written ("" when none)
    std::string description;
    std::vector<std::string> noteRefs; // project-level NoteRef
    std::vector<RefiUser> users;
    std::vector<RefiCode> codes;
    std::vector<RefiVariable> variables;
    std::vector<RefiCase> cases;
    std::vector<RefiTextSource> textSources;
    std::vector<RefiNote> notes;
    std::vector<RefiLink> links;
    std::vector<RefiSet> sets;
    RefiCounts counts;
};

} // namespace codeboom::refi
