#include "codeboom/view/network_packing.h"

#include "codeboom/text/offsets.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

namespace codeboom {

namespace {

// The same margins as layOutNetwork (network.cpp): a node's box holds its circle and its name,
// the picture has padding and a legend line under the drawing.
constexpr double kNodeGap = 30;
constexpr double kPartGap = 36; // between two parts, room for the eye to see them apart
constexpr double kPadding = 24;
constexpr double kLegendRoom = 30;
constexpr double kMinWidth = 480;
constexpr double kMinHeight = 320;

struct Part {
    std::vector<std::size_t> nodes;
    double left = 0, top = 0, right = 0, bottom = 0;
    double width() const { return right - left; }
    double height() const { return bottom - top; }
    double x = 0, y = 0; // where its top left corner goes
};

std::size_t rootOf(std::vector<std::size_t>& parent, std::size_t i) {
    while (parent[i] != i)
        i = parent[i] = parent[parent[i]];
    return i;
}

std::vector<Part> partsOf(const Network& network) {
    std::vector<std::size_t> parent(network.nodes.size());
    std::iota(parent.begin(), parent.end(), std::size_t{0});
    for (const NetworkEdge& edge : network.edges)
        parent[rootOf(parent, edge.from)] = rootOf(parent, edge.to);
    std::vector<Part> parts;
    std::vector<std::size_t> partOfRoot(network.nodes.size(), network.nodes.size());
    for (std::size_t i = 0; i < network.nodes.size(); ++i) {
        const std::size_t root = rootOf(parent, i);
        if (partOfRoot[root] == network.nodes.size()) {
            partOfRoot[root] = parts.size();
            parts.emplace_back();
        }
        Part& part = parts[partOfRoot[root]];
        const NetworkNode& node = network.nodes[i];
        const double name = 6.8 * static_cast<double>(countCodePoints(node.name));
        const double half = std::max(node.radius, name / 2) + kNodeGap / 4;
        const double above = node.radius + kNodeGap / 4;
        const double below = node.radius + 20 + kNodeGap / 4;
        const bool first = part.nodes.empty();
        part.left = first ? node.x - half : std::min(part.left, node.x - half);
        part.right = first ? node.x + half : std::max(part.right, node.x + half);
        part.top = first ? node.y - above : std::min(part.top, node.y - above);
        part.bottom = first ? node.y + below : std::max(part.bottom, node.y + below);
        part.nodes.push_back(i);
    }
    return parts;
}

// Places the parts in rows no wider than `rowWidth`, each centred in its row's height; returns
// the drawing's width and height.
std::pair<double, double> shelve(std::vector<Part>& parts, double rowWidth) {
    double x = 0, y = 0, rowHeight = 0, width = 0;
    std::size_t rowStart = 0;
    auto closeRow = [&](std::size_t end) {
        for (std::size_t i = rowStart; i < end; ++i)
            parts[i].y = y + (rowHeight - parts[i].height()) / 2;
    };
    for (std::size_t i = 0; i < parts.size(); ++i) {
        Part& part = parts[i];
        if (x > 0 && x + part.width() > rowWidth) {
            closeRow(i);
            y += rowHeight + kPartGap;
            x = 0;
            rowHeight = 0;
            rowStart = i;
        }
        part.x = x;
        x += part.width() + kPartGap;
        rowHeight = std::max(rowHeight, part.height());
        width = std::max(width, x - kPartGap);
    }
    closeRow(parts.size());
    return {width, y + rowHeight};
}

} // namespace

void packNetwork(Network& network, double aspect) {
    if (network.nodes.empty() || !(aspect > 0))
        return;
    std::vector<Part> parts = partsOf(network);
    // Tallest first, then in tree order (the order partsOf found them): rows of similar height.
    std::stable_sort(parts.begin(), parts.end(),
                     [](const Part& a, const Part& b) { return a.height() > b.height(); });
    // Every row width at which the rows break differently is the width of some leading run of
    // parts; trying each is cheap for the networks people draw by hand.
    double total = 0, widest = 0;
    for (const Part& part : parts) {
        total += part.width() + kPartGap;
        widest = std::max(widest, part.width());
    }
    double bestWidth = widest;
    double bestSize = std::numeric_limits<double>::max();
    for (double rowWidth = widest; rowWidth <= total + 1; rowWidth += 8) {
        const auto [width, height] = shelve(parts, rowWidth);
        // The picture fits the window at a scale inversely proportional to this.
        const double size =
            std::max((width + 2 * kPadding) / aspect, height + 2 * kPadding + kLegendRoom);
        if (size < bestSize - 1e-9) {
            bestSize = size;
            bestWidth = rowWidth;
        }
    }
    const auto [width, height] = shelve(parts, bestWidth);
    network.width = std::max(kMinWidth, std::ceil(width + 2 * kPadding));
    network.height = std::max(kMinHeight, std::ceil(height + 2 * kPadding + kLegendRoom));
    const double offsetX = (network.width - width) / 2;
    const double offsetY = (network.height - kLegendRoom - height) / 2;
    for (const Part& part : parts)
        for (const std::size_t i : part.nodes) {
            network.nodes[i].x += offsetX + part.x - part.left;
            network.nodes[i].y += offsetY + part.y - part.top;
        }
}

} // namespace codeboom
