#include "codeboom/model/core_category.h"

#include "codeboom/project.h"

namespace codeboom {

const Code* coreCategory(Project& project) {
    for (const Code& code : project.codeTree().codes())
        if (code.isCore)
            return &code;
    return nullptr;
}

std::optional<StoryLine> storyLine(Project& project) {
    auto stmt = project.database().prepare(
        "SELECT m.id, m.uuid, IFNULL(m.target_uuid, ''), m.text, k.name, m.created_at, "
        "m.updated_at FROM memos m JOIN coders k ON k.id = m.coder_id WHERE m.kind = 'storyline' "
        "ORDER BY m.id LIMIT 1");
    if (!stmt.step())
        return std::nullopt;
    return StoryLine{stmt.int64At(0), stmt.textAt(1), stmt.textAt(2), stmt.textAt(3),
                     stmt.textAt(4),  stmt.textAt(5), stmt.textAt(6)};
}

} // namespace codeboom
