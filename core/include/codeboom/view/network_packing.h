#pragma once

#include "codeboom/view/network.h"

namespace codeboom {

// Rearranges a laid-out network for a window of the given width:height. The force-directed
// layout leaves the unconnected parts of a network (and codes without relations) spread over a
// roughly square picture; this moves each connected part as a whole, without changing its shape,
// into rows ordered from the tallest part down, choosing the row width whose picture fits the
// window at the largest scale. The picture is then sized to the drawing like layOutNetwork does.
// Pinned nodes are moved with their part; call it right after layOutNetwork without pins.
void packNetwork(Network& network, double aspect);

} // namespace codeboom
