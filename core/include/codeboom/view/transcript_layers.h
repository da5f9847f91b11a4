#pragma once

#include "codeboom/model/types.h"

#include <string>
#include <vector>

namespace codeboom {

class Project;

// One coding as the transcript view paints it: positions in UTF-8 bytes (the editor's unit),
// converted by the document's OffsetIndex, and the lane it was given.
struct PaintedCoding {
    RowId codingId = 0;
    RowId codeId = 0;
    std::string uuid;
    std::string codeName;
    std::string codePath;
    std::string color; // #rrggbb
    std::string coder;
    std::string memo; // the coding's own memo and the one written on it in the memo pane
    std::size_t byteStart = 0;
    std::size_t byteEnd = 0;
    int lane = 0; // 0 .. kVisibleLanes-1, or kVisibleLanes for "more than fit"
};

struct TranscriptLayers {
    static constexpr int kVisibleLanes = 6;
    std::vector<PaintedCoding> codings; // by start, then longest first
    int lanesUsed = 0;                  // lanes actually needed, may exceed kVisibleLanes
};

// Assigns each coding of a document the lowest lane free at its start (greedy interval colouring,
// as a Gantt chart's lanes), so overlapping codes stay readable; codings beyond the visible lanes
// share the overflow lane that the view shows as "+n".
TranscriptLayers transcriptLayers(Project& project, RowId documentId);

// A run of overflow-lane codings that overlap one another, shown as one "+n" stripe: its
// extent in editor bytes and how many codings it holds.
struct OverflowGroup {
    std::size_t byteStart = 0;
    std::size_t byteEnd = 0;
    std::size_t count = 0;
    std::size_t firstIndex = 0; // into layers.codings, of the group's first coding
};
std::vector<OverflowGroup> overflowGroups(const TranscriptLayers& layers);

// The layers of one stretch of a document: the codings overlapping [from, to) (code points) and
// every coding chained to those by overlaps. Where no coding covers the text all lanes are free,
// so such a chain gets the lanes transcriptLayers() gives it whatever lies outside: after a
// coding in [from, to) is added or removed, only this stretch needs painting again.
struct LayerStretch {
    std::size_t byteStart = 0; // covers [from, to) and every coding below
    std::size_t byteEnd = 0;
    TranscriptLayers layers;
};
LayerStretch transcriptLayersAround(Project& project, RowId documentId, std::size_t from,
                                    std::size_t to);

// The speaker turns of a document in editor units, for the speaker margin.
struct PaintedTurn {
    std::string speaker;
    std::string timestamp;
    std::size_t byteStart = 0;
    std::size_t byteBodyStart = 0;
    std::size_t byteEnd = 0;
};
std::vector<PaintedTurn> paintedTurns(Project& project, RowId documentId);

} // namespace codeboom
