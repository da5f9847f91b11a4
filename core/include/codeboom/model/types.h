#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace codeboom {

using RowId = std::int64_t;

struct Coder {
    RowId id = 0;
    std::string uuid;
    std::string name;
};

struct Document {
    RowId id = 0;
    std::string uuid;
    std::string name;
    std::string sha256; // of the stored (NFC, LF) text
    std::size_t chars = 0;
    std::size_t words = 0;
    std::size_t paragraphs = 0;
    std::size_t turns = 0;
    std::size_t speakers = 0; // distinct speaker names among the turns
    std::string originalName;
    std::string originalSha256; // of the file's bytes as imported
    std::string format;
    std::string encoding;
    std::string importedAt;
};

struct Paragraph {
    std::size_t index = 0;
    std::size_t start = 0;
    std::size_t end = 0;
};

struct Turn {
    std::size_t index = 0;
    std::string speaker;
    std::size_t start = 0;     // where the paragraph with the speaker label starts
    std::size_t bodyStart = 0; // after the label and any timestamp
    std::size_t end = 0;
    std::string timestamp; // empty when the transcript gives none
};

enum class Phase { Open, Axial, Selective };

struct Code {
    RowId id = 0;
    std::string uuid;
    std::optional<RowId> parentId;
    int position = 0;
    std::string name;
    std::string path;         // names from the root, joined by " > "
    std::string color;        // #RRGGBB
    std::string description;  // the definition
    std::string inclusion;    // when the code applies (codebook inclusion criteria)
    std::string exclusion;    // when it does not, and which code to use instead
    std::string anchorCoding; // UUID of a coding that exemplifies the code; empty when none
    std::string labelNl;      // the label a Dutch codebook shows; empty: the name
    std::string labelEn;
    std::string phase;
    std::string status;
    bool isCore = false; // the core category (selective coding); at most one
    int depth = 0;
};

struct Coding {
    RowId id = 0;
    std::string uuid;
    RowId documentId = 0;
    std::string document;
    std::size_t start = 0;
    std::size_t end = 0;
    RowId codeId = 0;
    std::string codePath;
    std::string coder;
    std::string text;
    std::string memo;
    std::string createdAt;
};

struct CaseAttribute {
    std::string caseName;
    std::string kind;     // "speaker" or "document"
    std::string document; // the document a speaker case belongs to; empty for project-wide
    std::string name;
    std::string value;
};

struct Event {
    RowId id = 0;
    std::string uuid;
    std::string at;
    std::string coder;
    std::string kind; // do, undo, redo
    std::string command;
    std::string label;
    std::optional<RowId> target;
    std::string reason;
    std::string payload;
    std::string origin;
    std::string prevHash;
    std::string hash;
};

} // namespace codeboom
