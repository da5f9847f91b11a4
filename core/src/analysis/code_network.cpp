#include "analysis/code_network.h"

#include "codeboom/project.h"

#include <algorithm>
#include <tuple>

namespace codeboom {

CodeNetwork::CodeNetwork(Project& project, bool withTreeLinks) : relations_(relations(project)) {
    const CodeTree& tree = project.codeTree();
    for (const Code& code : tree.codes()) {
        index_[code.id] = codes_.size();
        codes_.push_back(code.id);
    }
    links_.resize(codes_.size());
    using Direction = PathStep::Direction;
    for (const Relation& relation : relations_) {
        const std::size_t from = index_.at(relation.fromCode);
        const std::size_t to = index_.at(relation.toCode);
        const std::size_t evidence = relation.evidence.size();
        const bool directed = relation.type.directed;
        links_[from].push_back(
            {to, &relation, directed ? Direction::Along : Direction::Symmetric, evidence});
        links_[to].push_back(
            {from, &relation, directed ? Direction::Against : Direction::Symmetric, evidence});
    }
    if (withTreeLinks)
        for (const Code& code : tree.codes())
            if (code.parentId) {
                const std::size_t child = index_.at(code.id);
                const std::size_t parent = index_.at(*code.parentId);
                links_[parent].push_back({child, nullptr, Direction::Along, 0});
                links_[child].push_back({parent, nullptr, Direction::Against, 0});
            }
    for (auto& list : links_)
        std::stable_sort(list.begin(), list.end(), [](const Link& a, const Link& b) {
            auto key = [](const Link& l) {
                return std::tuple(l.to, l.relation == nullptr, -static_cast<long long>(l.evidence),
                                  l.relation ? l.relation->type.id : 0,
                                  l.relation ? l.relation->id : 0);
            };
            return key(a) < key(b);
        });
}

PathStep CodeNetwork::step(const Link& link) const {
    PathStep step;
    step.code = codes_[link.to];
    step.direction = link.direction;
    step.evidence = link.evidence;
    step.viaTree = link.relation == nullptr;
    if (link.relation) {
        step.relationUuid = link.relation->uuid;
        step.labelNl = link.relation->type.labelNl;
        step.labelEn = link.relation->type.labelEn;
    }
    return step;
}

} // namespace codeboom
