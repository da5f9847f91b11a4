#include "codeboom/analysis/relation_cycles.h"

#include "analysis/code_network.h"

#include <algorithm>
#include <set>

namespace codeboom {

namespace {

// Johnson (1975), "Finding all the elementary circuits of a directed graph", SIAM J. Comput.
// 4(1): for each start s in turn, the circuits through s in the strongly connected component of
// s among the nodes s, s+1, ...; blocking keeps the search linear in the output.
class CircuitFinder {
public:
    CircuitFinder(const CodeNetwork& network, std::size_t limit)
        : network_(network), limit_(limit), next_(network.size()) {
        // One step per ordered pair of codes: the first directed link, which is the preferred.
        for (std::size_t v = 0; v < network.size(); ++v)
            for (const CodeNetwork::Link& link : network.links(v))
                if (link.relation && link.direction == PathStep::Direction::Along &&
                    (next_[v].empty() || next_[v].back()->to != link.to))
                    next_[v].push_back(&link);
    }

    CycleReport run() {
        const std::size_t n = network_.size();
        blocked_.assign(n, false);
        blockers_.assign(n, {});
        for (start_ = 0; start_ < n && !report_.truncated; ++start_) {
            component_ = componentOf(start_);
            if (component_.size() < 2)
                continue;
            for (const std::size_t v : component_) {
                blocked_[v] = false;
                blockers_[v].clear();
            }
            circuit(start_);
        }
        return std::move(report_);
    }

private:
    // Nodes >= start that start reaches and that reach start.
    std::set<std::size_t> componentOf(std::size_t start) const {
        const std::size_t n = network_.size();
        std::vector<bool> forward(n, false);
        std::vector<bool> backward(n, false);
        std::vector<std::size_t> stack{start};
        forward[start] = true;
        while (!stack.empty()) {
            const std::size_t v = stack.back();
            stack.pop_back();
            for (const CodeNetwork::Link* link : next_[v])
                if (link->to >= start && !forward[link->to]) {
                    forward[link->to] = true;
                    stack.push_back(link->to);
                }
        }
        // Backward reachability: repeat over all edges until nothing changes (graphs are small).
        backward[start] = true;
        for (bool changed = true; changed;) {
            changed = false;
            for (std::size_t v = start; v < n; ++v)
                if (!backward[v])
                    for (const CodeNetwork::Link* link : next_[v])
                        if (backward[link->to]) {
                            backward[v] = changed = true;
                            break;
                        }
        }
        std::set<std::size_t> component;
        for (std::size_t v = start; v < n; ++v)
            if (forward[v] && backward[v])
                component.insert(v);
        return component;
    }

    void unblock(std::size_t u) {
        blocked_[u] = false;
        const std::set<std::size_t> waiting = std::move(blockers_[u]);
        blockers_[u].clear();
        for (const std::size_t w : waiting)
            if (blocked_[w])
                unblock(w);
    }

    bool circuit(std::size_t v) {
        bool found = false;
        path_.push_back(v);
        blocked_[v] = true;
        for (const CodeNetwork::Link* link : next_[v]) {
            if (report_.truncated)
                break;
            if (!component_.count(link->to))
                continue;
            if (link->to == start_) {
                record();
                found = true;
            } else if (!blocked_[link->to] && circuit(link->to)) {
                found = true;
            }
        }
        if (found)
            unblock(v);
        else
            for (const CodeNetwork::Link* link : next_[v])
                if (component_.count(link->to))
                    blockers_[link->to].insert(v);
        path_.pop_back();
        return found;
    }

    void record() {
        if (report_.cycles.size() == limit_) {
            report_.truncated = true;
            return;
        }
        RelationPath cycle;
        cycle.start = network_.codeAt(start_);
        for (std::size_t i = 0; i < path_.size(); ++i) {
            const std::size_t to = i + 1 < path_.size() ? path_[i + 1] : start_;
            const auto& steps = next_[path_[i]];
            const auto link =
                std::find_if(steps.begin(), steps.end(),
                             [to](const CodeNetwork::Link* l) { return l->to == to; });
            cycle.steps.push_back(network_.step(**link));
        }
        report_.cycles.push_back(std::move(cycle));
    }

    const CodeNetwork& network_;
    std::size_t limit_;
    std::vector<std::vector<const CodeNetwork::Link*>> next_;
    std::vector<bool> blocked_;
    std::vector<std::set<std::size_t>> blockers_;
    std::set<std::size_t> component_;
    std::vector<std::size_t> path_;
    std::size_t start_ = 0;
    CycleReport report_;
};

} // namespace

CycleReport directedCycles(Project& project, std::size_t limit) {
    const CodeNetwork network(project, /*withTreeLinks=*/false);
    return CircuitFinder(network, limit).run();
}

} // namespace codeboom
