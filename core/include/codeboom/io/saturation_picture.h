#pragma once

#include "codeboom/analysis/saturation.h"
#include "codeboom/model/language.h"

#include <filesystem>

namespace codeboom {

// The saturation curve (docs/definitions.md, "Saturation curve") as a chart: per document, in
// coding order, a bar of the codes new there (new top-level codes below, new sub-codes stacked on
// them), the cumulative number of codes as a line with its value at each document, axes, the
// document names under the bars and a legend, in `language`. The SVG keeps text as text and
// groups each document (class "document", with a <title> giving its numbers); the PNG is drawn
// with cairo. Both throw ExportError naming the file, also when no document has codings.
// The picture takes the size its content needs, or `fill` where that is larger (a window's pane):
// the bars spread out and the plot grows taller; text keeps its size.
struct PictureSize {
    double width = 0;
    double height = 0;
};
void writeSaturationSvg(const std::vector<SaturationPoint>& curve,
                        const std::filesystem::path& file, Language language,
                        PictureSize fill = {});
void writeSaturationPng(const std::vector<SaturationPoint>& curve,
                        const std::filesystem::path& file, Language language,
                        PictureSize fill = {});

} // namespace codeboom
