#include "codeboom/analysis/integration.h"

#include "codeboom/error.h"
#include "codeboom/model/core_category.h"
#include "codeboom/project.h"

#include "analysis/code_network.h"

#include <deque>
#include <limits>

namespace codeboom {

std::vector<IntegrationRow> integrationCheck(Project& project) {
    const Code* core = coreCategory(project);
    if (!core)
        throw InvalidArgumentError(Message{
            CODEBOOM_N_("{file} has no core category; mark one before the integration check"),
            {{"file", project.fileName()}}});
    const CodeTree& tree = project.codeTree();
    const CodeNetwork network(project, /*withTreeLinks=*/true);
    const std::size_t n = network.size();
    constexpr std::size_t kFar = std::numeric_limits<std::size_t>::max();

    // Breadth first from the core gives each code its distance; then, in order of distance, the
    // most evidence any shortest path to the core can collect, and the first step of that path
    // (ties go to the neighbour earliest in tree order, as neighbours are listed).
    std::vector<std::size_t> distance(n, kFar);
    std::vector<std::size_t> best(n, 0);
    std::vector<const CodeNetwork::Link*> next(n, nullptr);
    std::vector<std::size_t> order;
    const std::size_t start = network.indexOf(core->id);
    distance[start] = 0;
    std::deque<std::size_t> queue{start};
    while (!queue.empty()) {
        const std::size_t at = queue.front();
        queue.pop_front();
        order.push_back(at);
        for (const CodeNetwork::Link& link : network.links(at))
            if (distance[link.to] == kFar) {
                distance[link.to] = distance[at] + 1;
                queue.push_back(link.to);
            }
    }
    for (const std::size_t at : order) {
        if (at == start)
            continue;
        for (const CodeNetwork::Link& link : network.links(at))
            if (distance[link.to] + 1 == distance[at] &&
                (!next[at] || best[link.to] + link.evidence > best[at])) {
                best[at] = best[link.to] + link.evidence;
                next[at] = &link;
            }
    }

    std::vector<IntegrationRow> rows;
    for (const Code& code : tree.codes()) {
        if (!code.isCore && tree.children(code.id).empty())
            continue;
        IntegrationRow row;
        row.code = code.id;
        row.path = code.path;
        row.route.start = code.id;
        const std::size_t from = network.indexOf(code.id);
        row.connected = distance[from] != kFar;
        for (std::size_t at = from; row.connected && at != start; at = next[at]->to)
            row.route.steps.push_back(network.step(*next[at]));
        row.evidence = row.route.evidence();
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace codeboom
