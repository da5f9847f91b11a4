#pragma once

#include "codeboom/analysis/matrix.h"
#include "codeboom/view/network.h"

#include <filesystem>

namespace codeboom {

// The laid-out network as a picture of network.width x network.height pixels: nodes as circles
// in the code's colour (the core category with a second ring) with the code's name under them,
// relations as arrows (directed) or plain lines (symmetric) labelled with the type in `language`,
// and a one-line legend. The SVG keeps text as text and groups each node (class "node") and
// each relation (class "edge") with its UUID, so the picture can be edited and checked; the PNG
// is drawn with cairo. Both throw ExportError naming the file, also when there is nothing to draw.
void writeNetworkSvg(const Network& network, const std::filesystem::path& file, Language language);
void writeNetworkPng(const Network& network, const std::filesystem::path& file, Language language);

} // namespace codeboom
