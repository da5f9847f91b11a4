#pragma once

#include "codeboom/model/types.h"

#include <cstdint>
#include <string>
#include <vector>

namespace codeboom {

class Project;

// A code as a node of the network picture.
struct NetworkNode {
    RowId code = 0;
    std::string uuid;
    std::string path;
    std::string name;          // the last name of the path, shown under the node
    std::string color;         // #rrggbb, the code's colour
    std::size_t frequency = 0; // coded regions of the code itself (the `regions` of `codes`)
    bool isCore = false;
    double radius = 0; // grows with the square root of the frequency, 12 to 30 pixels
    double x = 0;      // centre, in pixels from the picture's top left
    double y = 0;
    bool pinned = false; // layOutNetwork leaves a pinned node where it is (the user dragged it)
};

// A relation as an arrow (directed) or a line (symmetric) between two nodes.
struct NetworkEdge {
    std::string relationUuid;
    std::size_t from = 0; // node indices
    std::size_t to = 0;
    std::string labelNl;
    std::string labelEn;
    bool directed = true;
    std::size_t evidence = 0;
    // Sideways offset of the edge's middle, in pixels, so that several relations between the same
    // two codes do not cover each other; 0 for a single one. Measured to the left of the line
    // from the lower to the higher node index.
    double bend = 0;
};

struct Network {
    std::vector<NetworkNode> nodes; // tree order
    std::vector<NetworkEdge> edges; // the order of `relations`
    double width = 0;
    double height = 0;
};

// The codes that take part in a relation plus the core category (every code with `allCodes`),
// and every relation among them; positions are not set yet.
Network networkOf(Project& project, bool allCodes = false);

// Deterministic force-directed layout (Fruchterman & Reingold 1991) from a seeded start: the
// same network and seed give the same positions on every platform. Linked codes settle about
// 170 pixels apart and no two codes' circles and names overlap. Without pinned nodes the picture
// is then sized to the drawing (at least 480 x 320); with pinned nodes (the user dragged them)
// those stay where they are, the picture keeps its size and the other nodes stay inside it.
void layOutNetwork(Network& network, std::uint64_t seed = 1, int iterations = 500);

} // namespace codeboom
