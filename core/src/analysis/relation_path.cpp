#include "codeboom/analysis/relation_path.h"

#include "codeboom/model/code_tree.h"

namespace codeboom {

std::size_t RelationPath::evidence() const {
    std::size_t total = 0;
    for (const PathStep& step : steps)
        total += step.evidence;
    return total;
}

std::string describePath(const CodeTree& tree, const RelationPath& path, Language language) {
    const bool dutch = language == Language::Dutch;
    std::string text = tree.find(path.start)->path;
    for (const PathStep& step : path.steps) {
        const std::string label =
            step.viaTree ? (dutch ? "subcode" : "sub-code") : (dutch ? step.labelNl : step.labelEn);
        switch (step.direction) {
        case PathStep::Direction::Along:
            text += " -[" + label + "]-> ";
            break;
        case PathStep::Direction::Against:
            text += " <-[" + label + "]- ";
            break;
        case PathStep::Direction::Symmetric:
            text += " -[" + label + "]- ";
            break;
        }
        text += tree.find(step.code)->path;
    }
    return text;
}

} // namespace codeboom
