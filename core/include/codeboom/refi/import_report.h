#pragma once

#include "codeboom/refi/refi_model.h"

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace codeboom::refi {

// What an import found, took, merged and left out, so the user can be told in detail (REFI-QDA
// 1.5 §7: "warn the user about data loss").
struct ImportReport {
    std::string file;
    std::string origin;
    std::string nameSpace;
    RefiCounts found;

    std::size_t codesCreated = 0;
    std::size_t codesMerged = 0; // matched an existing code by GUID or path
    std::size_t codesRenamed = 0;
    std::size_t documentsCreated = 0;
    std::size_t documentsReused = 0; // the same text was already in the project
    std::size_t codings = 0;
    std::size_t codingsAlreadyPresent = 0;
    std::size_t memos = 0;
    std::size_t relations = 0;               // Links between two codes
    std::size_t relationsAlreadyPresent = 0; // the same relation was already in the project
    std::size_t relationEvidence = 0;        // evidence Links from a coding to a relation
    std::size_t relationTypesCreated = 0;    // Link names that matched no relation type
    std::size_t categoriesFromSets = 0;
    std::size_t codersCreated = 0;
    std::size_t codersMatched = 0;
    std::size_t cases = 0;
    std::size_t attributes = 0;
    std::size_t newGuids = 0; // GUIDs that were missing, malformed or already taken
    // Codes, documents, memos and relations given Codeboom's own fields from codeboom.json.
    std::size_t sidecarFields = 0;

    // Per reason ("selection out of range or inverted", "coding of an unknown code",
    // "text source without its text" ...), how many were left out.
    std::map<std::string, std::size_t> skipped;
    // Per imported document, the position dialect assumed and how well it fitted.
    struct Dialect {
        std::string document;
        std::string description;
        std::size_t probed = 0;
        std::size_t matched = 0;
    };
    std::vector<Dialect> dialects;
    std::vector<std::string> warnings;

    struct Row {
        std::string item;
        std::size_t count;
        std::string note;
    };
    // The report as (item, count, note) rows, for the CLI's TSV.
    std::vector<Row> rows() const;
};

} // namespace codeboom::refi
