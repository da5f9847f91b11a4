#pragma once

#include "codeboom/model/types.h"

#include <string>
#include <vector>

namespace codeboom {

class Project;

// A code that code-merge merged into another one (status "merged-into"). It is no longer in the
// code tree; this is what it was when it was merged, and where it went.
struct MergedCode {
    RowId id = 0;
    std::string uuid;
    std::string path; // its path when it was merged
    std::string name;
    std::string color;
    std::string description;
    std::string inclusion;
    std::string exclusion;
    std::string anchorCoding;
    std::string labelNl;
    std::string labelEn;
    std::string phase;
    std::string status = "merged-into";
    std::string createdAt;
    std::string mergedIntoUuid; // the code it was merged into, which may have been merged since
    // The live code its codings are in now: the target, or the code the target was merged into,
    // and so on. Empty when that chain ends at a code that was deleted.
    std::string mergedIntoPath;
    std::string mergedAt;
    std::string coder; // who merged it
    std::string reason;
};

// Every merged code, in the order they were merged; the codes of one merge (a code and its
// sub-codes merged with the target's) by path.
std::vector<MergedCode> mergedCodes(Project& project);

} // namespace codeboom
