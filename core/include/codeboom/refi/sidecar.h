#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace codeboom {
class Project;
}

namespace codeboom::refi {

// What Codeboom holds that REFI-QDA has no place for, carried beside project.qde in the .qdpx as
// the zip entry `codeboom.json`. Project.xsd has no extension points (no xsd:any, no foreign
// attributes), so these fields cannot go into the XML without making it invalid; other programs
// ignore zip entries they do not know (REFI-QDA 1.5 §8), and Codeboom reads the entry back on
// import. Every section is keyed by the GUID the element has in project.qde.
inline constexpr const char* kSidecarEntry = "codeboom.json";
inline constexpr int kSidecarVersion = 1;

struct SidecarCode {
    std::string phase;  // open, axial, selective
    std::string status; // provisional, defined, merged
    bool isCore = false;
    std::string inclusion;
    std::string exclusion;
    std::string anchorCoding; // a coding's GUID
    std::string labelNl;
    std::string labelEn;
    std::string mergedInto; // a code's GUID; empty when not merged
};

struct SidecarDocument {
    std::string originalName; // the file the user imported, not sources/<GUID>.txt
    std::string originalSha256;
    std::string format;
    std::string encoding;
};

struct SidecarRelationType {
    std::string labelNl;
    std::string labelEn;
    bool directed = false;
    std::optional<std::string> paradigmSlot;
};

// A Link has no creatingUser in Project.xsd, so a relation's coder and date travel here.
struct SidecarRelation {
    std::string type; // the relation type's GUID (built-in or in relationTypes)
    std::string coder;
    std::string createdAt;
};

struct Sidecar {
    std::map<std::string, SidecarCode> codes;
    std::map<std::string, SidecarDocument> documents;
    std::map<std::string, std::string> memoKinds;             // only kinds other than "memo"
    std::map<std::string, SidecarRelationType> relationTypes; // the user's own types
    std::map<std::string, SidecarRelation> relations;
    std::map<std::string, std::string> coders; // GUID -> name, for the relations' coders

    bool empty() const {
        return codes.empty() && documents.empty() && memoKinds.empty() && relationTypes.empty() &&
               relations.empty() && coders.empty();
    }
};

// The project's sidecar as JSON (keys sorted, so the same project gives the same bytes).
std::string sidecarJson(Project& project);

// Reads a sidecar strictly: anything that is not what sidecarJson writes (bad JSON, a field of
// the wrong type, an unknown phase, a newer version) throws ImportError starting with `where`
// ("leo.qdpx: codeboom.json") and naming the field, so that an import stops before it changes
// anything. GUID keys are taken in canonical lower case.
Sidecar parseSidecar(std::string_view json, const std::string& where);

} // namespace codeboom::refi
