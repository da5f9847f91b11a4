#include "codeboom/view/network.h"

#include "codeboom/analysis/regions.h"
#include "codeboom/model/core_category.h"
#include "codeboom/model/relations.h"
#include "codeboom/project.h"
#include "codeboom/text/offsets.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <set>
#include <unordered_map>

namespace codeboom {

namespace {

constexpr double kMinRadius = 12;
constexpr double kMaxRadius = 30;
constexpr double kLaneWidth = 34;
// The distance linked nodes settle at: room for a relation's label between two codes' names.
constexpr double kEdgeLength = 170;
constexpr double kGravity = 0.25;
constexpr double kNodeGap = 30;
constexpr double kPadding = 24;
constexpr double kLegendRoom = 30; // the legend line under the drawing
constexpr double kMinWidth = 480;
constexpr double kMinHeight = 320;

struct Point {
    double x = 0;
    double y = 0;
};

// std::uniform_real_distribution is not the same on every standard library; the engine's raw
// output is, so the layout is reproducible everywhere.
double unitInterval(std::mt19937_64& engine) {
    return static_cast<double>(engine() >> 11) * 0x1.0p-53;
}

// The space a node takes in the picture: its circle and its name under it. Names are measured
// roughly (DejaVu Sans at 12 pixels averages under 7 pixels a character), which is enough to keep
// them from running into each other.
struct Box {
    double halfWidth = 0;
    double above = 0; // from the centre up
    double below = 0; // from the centre down, the name included
};

Box boxOf(const NetworkNode& node) {
    const double name = 6.8 * static_cast<double>(countCodePoints(node.name));
    return {std::max(node.radius, name / 2) + kNodeGap / 4, node.radius + kNodeGap / 4,
            node.radius + 20 + kNodeGap / 4};
}

// Keeps a node with its name inside the picture, above the legend line.
void keepInside(NetworkNode& node, const Box& box, double width, double height) {
    node.x = std::max(box.halfWidth, std::min(node.x, width - box.halfWidth));
    node.y = std::max(box.above, std::min(node.y, height - kLegendRoom - box.below));
}

// Pushes overlapping nodes apart along the axis where they overlap least; pinned nodes stay.
void separate(Network& network) {
    auto& nodes = network.nodes;
    std::vector<Box> boxes;
    for (const NetworkNode& node : nodes)
        boxes.push_back(boxOf(node));
    for (int pass = 0; pass < 200; ++pass) {
        bool moved = false;
        for (std::size_t i = 0; i < nodes.size(); ++i)
            for (std::size_t j = i + 1; j < nodes.size(); ++j) {
                NetworkNode& a = nodes[i];
                NetworkNode& b = nodes[j];
                if (a.pinned && b.pinned)
                    continue;
                const double overlapX =
                    boxes[i].halfWidth + boxes[j].halfWidth - std::abs(b.x - a.x);
                const double overlapY = std::min(a.y + boxes[i].below, b.y + boxes[j].below) -
                                        std::max(a.y - boxes[i].above, b.y - boxes[j].above);
                if (overlapX <= 0 || overlapY <= 0)
                    continue;
                const double shareA = a.pinned ? 0 : (b.pinned ? 1 : 0.5);
                const double shareB = 1 - shareA;
                if (overlapX < overlapY) {
                    const double sign = b.x >= a.x ? 1 : -1;
                    a.x -= sign * overlapX * shareA;
                    b.x += sign * overlapX * shareB;
                } else {
                    const double sign = b.y >= a.y ? 1 : -1;
                    a.y -= sign * overlapY * shareA;
                    b.y += sign * overlapY * shareB;
                }
                if (network.width > 0) {
                    keepInside(a, boxes[i], network.width, network.height);
                    keepInside(b, boxes[j], network.width, network.height);
                }
                moved = true;
            }
        // Linked codes far enough apart for the relation's label between their circles.
        for (const NetworkEdge& edge : network.edges) {
            NetworkNode& a = nodes[edge.from];
            NetworkNode& b = nodes[edge.to];
            if (a.pinned && b.pinned)
                continue;
            const double label = 6.2 * static_cast<double>(std::max(countCodePoints(edge.labelNl),
                                                                    countCodePoints(edge.labelEn)));
            const double wanted = a.radius + b.radius + label + kNodeGap;
            double dx = b.x - a.x;
            double dy = b.y - a.y;
            const double distance = std::hypot(dx, dy);
            if (distance >= wanted)
                continue;
            if (distance < 1e-6) {
                dx = 1;
                dy = 0;
            } else {
                dx /= distance;
                dy /= distance;
            }
            const double push = wanted - distance;
            const double shareA = a.pinned ? 0 : (b.pinned ? 1 : 0.5);
            const double shareB = 1 - shareA;
            a.x -= dx * push * shareA;
            a.y -= dy * push * shareA;
            b.x += dx * push * shareB;
            b.y += dy * push * shareB;
            if (network.width > 0) {
                keepInside(a, boxes[edge.from], network.width, network.height);
                keepInside(b, boxes[edge.to], network.width, network.height);
            }
            moved = true;
        }
        if (!moved)
            break;
    }
}

// Sizes the picture to the drawing (with padding and room for the legend) and moves the drawing
// into it, centred.
void frame(Network& network) {
    double left = 0, right = 0, top = 0, bottom = 0;
    for (std::size_t i = 0; i < network.nodes.size(); ++i) {
        const NetworkNode& node = network.nodes[i];
        const Box box = boxOf(node);
        left = i == 0 ? node.x - box.halfWidth : std::min(left, node.x - box.halfWidth);
        right = i == 0 ? node.x + box.halfWidth : std::max(right, node.x + box.halfWidth);
        top = i == 0 ? node.y - box.above : std::min(top, node.y - box.above);
        bottom = i == 0 ? node.y + box.below : std::max(bottom, node.y + box.below);
    }
    network.width = std::max(kMinWidth, std::ceil(right - left + 2 * kPadding));
    network.height = std::max(kMinHeight, std::ceil(bottom - top + 2 * kPadding + kLegendRoom));
    const double dx = (network.width - (right - left)) / 2 - left;
    const double dy = (network.height - kLegendRoom - (bottom - top)) / 2 - top;
    for (NetworkNode& node : network.nodes) {
        node.x += dx;
        node.y += dy;
    }
}

} // namespace

Network networkOf(Project& project, bool allCodes) {
    const std::vector<Relation> all = relations(project);
    std::set<RowId> members;
    for (const Relation& relation : all) {
        members.insert(relation.fromCode);
        members.insert(relation.toCode);
    }
    if (const Code* core = coreCategory(project))
        members.insert(core->id);
    const auto frequency = regionCounts(project);
    std::size_t most = 0;
    for (const auto& [code, count] : frequency)
        most = std::max(most, count);

    Network network;
    std::unordered_map<RowId, std::size_t> index;
    for (const Code& code : project.codeTree().codes()) {
        if (!allCodes && !members.count(code.id))
            continue;
        NetworkNode node;
        node.code = code.id;
        node.uuid = code.uuid;
        node.path = code.path;
        node.name = code.name;
        node.color = code.color;
        const auto it = frequency.find(code.id);
        node.frequency = it == frequency.end() ? 0 : it->second;
        node.isCore = code.isCore;
        node.radius = most == 0 ? kMinRadius
                                : kMinRadius + (kMaxRadius - kMinRadius) *
                                                   std::sqrt(static_cast<double>(node.frequency) /
                                                             static_cast<double>(most));
        index[code.id] = network.nodes.size();
        network.nodes.push_back(std::move(node));
    }
    std::map<std::pair<std::size_t, std::size_t>, std::vector<std::size_t>> lanes;
    for (const Relation& relation : all) {
        NetworkEdge edge;
        edge.relationUuid = relation.uuid;
        edge.from = index.at(relation.fromCode);
        edge.to = index.at(relation.toCode);
        edge.labelNl = relation.type.labelNl;
        edge.labelEn = relation.type.labelEn;
        edge.directed = relation.type.directed;
        edge.evidence = relation.evidence.size();
        lanes[std::minmax(edge.from, edge.to)].push_back(network.edges.size());
        network.edges.push_back(std::move(edge));
    }
    for (const auto& [pair, edges] : lanes)
        for (std::size_t i = 0; i < edges.size(); ++i)
            network.edges[edges[i]].bend =
                (static_cast<double>(i) - static_cast<double>(edges.size() - 1) / 2) * kLaneWidth;
    return network;
}

void layOutNetwork(Network& network, std::uint64_t seed, int iterations) {
    auto& nodes = network.nodes;
    const bool anyPinned = std::any_of(nodes.begin(), nodes.end(),
                                       [](const NetworkNode& node) { return node.pinned; });
    // With pinned nodes the user's frame stays; otherwise the picture is made to fit the layout.
    const bool keepFrame = anyPinned && network.width > 0 && network.height > 0;
    if (nodes.empty()) {
        network.width = kMinWidth;
        network.height = kMinHeight;
        return;
    }
    const double n = static_cast<double>(nodes.size());
    const Point centre = keepFrame ? Point{network.width / 2, network.height / 2} : Point{};

    // Start on a circle in tree order, shaken a little so symmetric networks can unfold.
    std::mt19937_64 engine(seed);
    const double ring = kEdgeLength * std::sqrt(n) / 2;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const double jitterX = (unitInterval(engine) - 0.5) * kEdgeLength / 2;
        const double jitterY = (unitInterval(engine) - 0.5) * kEdgeLength / 2;
        if (nodes[i].pinned)
            continue;
        const double angle = 2 * M_PI * static_cast<double>(i) / n;
        nodes[i].x = centre.x + ring * std::cos(angle) + jitterX;
        nodes[i].y = centre.y + ring * std::sin(angle) + jitterY;
    }

    std::set<std::pair<std::size_t, std::size_t>> linked;
    for (const NetworkEdge& edge : network.edges)
        linked.insert(std::minmax(edge.from, edge.to));
    // Fruchterman and Reingold: linked nodes attract (d^2/k), all nodes repel (k^2/d), so linked
    // nodes settle about k apart. Repulsion reaches only so far (as in their grid variant), so
    // separate parts of the network do not drive each other away; a pull towards the centre
    // keeps them, and unrelated nodes such as a core without relations yet, together.
    const double k = kEdgeLength;
    const double reach = 2 * k;
    const double hottest = k * std::sqrt(n) / 2;
    std::vector<Point> shift(nodes.size());
    for (int step = 0; step < iterations; ++step) {
        std::fill(shift.begin(), shift.end(), Point{});
        for (std::size_t i = 0; i < nodes.size(); ++i)
            for (std::size_t j = i + 1; j < nodes.size(); ++j) {
                double dx = nodes[i].x - nodes[j].x;
                double dy = nodes[i].y - nodes[j].y;
                double distance = std::hypot(dx, dy);
                if (distance < 0.01) {
                    dx = 0.01;
                    dy = 0.01 * static_cast<double>(j - i);
                    distance = std::hypot(dx, dy);
                }
                if (distance > reach)
                    continue;
                const double force = k * k / distance;
                shift[i].x += dx / distance * force;
                shift[i].y += dy / distance * force;
                shift[j].x -= dx / distance * force;
                shift[j].y -= dy / distance * force;
            }
        for (const auto& [a, b] : linked) {
            const double dx = nodes[a].x - nodes[b].x;
            const double dy = nodes[a].y - nodes[b].y;
            const double distance = std::max(std::hypot(dx, dy), 0.01);
            const double force = distance * distance / k;
            shift[a].x -= dx / distance * force;
            shift[a].y -= dy / distance * force;
            shift[b].x += dx / distance * force;
            shift[b].y += dy / distance * force;
        }
        const double temperature =
            hottest * (1 - static_cast<double>(step) / static_cast<double>(iterations)) + 0.5;
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            if (nodes[i].pinned)
                continue;
            shift[i].x += (centre.x - nodes[i].x) * kGravity;
            shift[i].y += (centre.y - nodes[i].y) * kGravity;
            const double length = std::hypot(shift[i].x, shift[i].y);
            if (length > 0) {
                nodes[i].x += shift[i].x / length * std::min(length, temperature);
                nodes[i].y += shift[i].y / length * std::min(length, temperature);
            }
            if (keepFrame)
                keepInside(nodes[i], boxOf(nodes[i]), network.width, network.height);
        }
    }
    if (!keepFrame) {
        network.width = 0;
        network.height = 0;
    }
    separate(network);
    if (!keepFrame)
        frame(network);
}

} // namespace codeboom
