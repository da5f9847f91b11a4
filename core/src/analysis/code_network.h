#pragma once

#include "codeboom/analysis/relation_path.h"
#include "codeboom/model/relations.h"

#include <unordered_map>
#include <vector>

namespace codeboom {

class Project;

// The codes as a graph for walks: one node per code (index = tree order) and, from each node,
// its links to other codes: every relation seen from both ends, and optionally the links between
// a category and its sub-codes. A node's links are ordered by the other end's tree order; links to
// the same code put the relation with the most evidence first (then lower type, then older) and
// a tree link last.
class CodeNetwork {
public:
    struct Link {
        std::size_t to = 0;
        const Relation* relation = nullptr; // nullptr for a tree link
        PathStep::Direction direction = PathStep::Direction::Along;
        std::size_t evidence = 0;
    };

    CodeNetwork(Project& project, bool withTreeLinks);
    // Links point into the network's own relations.
    CodeNetwork(const CodeNetwork&) = delete;
    CodeNetwork& operator=(const CodeNetwork&) = delete;

    std::size_t size() const { return codes_.size(); }
    RowId codeAt(std::size_t index) const { return codes_[index]; }
    std::size_t indexOf(RowId code) const { return index_.at(code); }
    const std::vector<Link>& links(std::size_t node) const { return links_[node]; }
    PathStep step(const Link& link) const;

private:
    std::vector<Relation> relations_;
    std::vector<RowId> codes_;
    std::unordered_map<RowId, std::size_t> index_;
    std::vector<std::vector<Link>> links_;
};

} // namespace codeboom
