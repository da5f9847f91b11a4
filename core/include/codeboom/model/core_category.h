#pragma once

#include "codeboom/model/types.h"

#include <optional>
#include <string>

namespace codeboom {

class Project;

// The story line (selective coding): one memo of kind 'storyline' per project, attached to the
// core category. It follows the core when another code is marked as core, and survives the
// core's deletion until a new core is set.
struct StoryLine {
    RowId id = 0;
    std::string uuid;
    std::string targetUuid; // the code it is attached to
    std::string text;
    std::string coder; // who wrote the current text
    std::string createdAt;
    std::string updatedAt;
};

// The code marked as core category, or nullptr when none is.
const Code* coreCategory(Project& project);
std::optional<StoryLine> storyLine(Project& project);

} // namespace codeboom
