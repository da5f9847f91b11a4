#include "codeboom/view/transcript_layers.h"

#include "codeboom/project.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace codeboom {

namespace {

// The codings of a document that overlap [from, to) in code points, with lanes, in the layers'
// order. Read straight from the table: the codings' text, which Project::codings() also reads,
// is not needed for painting and would be most of the work on a long transcript.
TranscriptLayers layersBetween(Project& project, RowId documentId, std::size_t from,
                               std::size_t to) {
    TranscriptLayers layers;
    const OffsetIndex& offsets = project.text(documentId).offsets;
    const CodeTree& tree = project.codeTree();
    const auto bindRange = [&](store::Statement& stmt) {
        stmt.bind(0, documentId);
        stmt.bind(1, static_cast<std::int64_t>(
                         std::min<std::size_t>(to, std::numeric_limits<std::int64_t>::max())));
        stmt.bind(2, static_cast<std::int64_t>(from));
    };
    // A coding's memo from the memo pane lives in the memos table; one imported with the coding
    // (a REFI-QDA description, `code --memo`) in the coding's own column. Both are shown.
    std::unordered_map<std::string, std::string> memos;
    {
        auto stmt = project.database().prepare(
            "SELECT m.target_uuid, m.text FROM memos m JOIN codings c ON c.uuid = m.target_uuid "
            "WHERE m.kind = 'memo' AND m.target_kind = 'coding' AND c.document_id = ? "
            "AND c.start < ? AND c.\"end\" > ? ORDER BY m.id");
        bindRange(stmt);
        while (stmt.step())
            memos.try_emplace(stmt.textAt(0), stmt.textAt(1));
    }
    // By start, then longest first, then oldest first.
    auto stmt = project.database().prepare(
        "SELECT c.id, c.uuid, c.start, c.\"end\", c.code_id, k.name, c.memo FROM codings c "
        "JOIN coders k ON k.id = c.coder_id WHERE c.document_id = ? AND c.start < ? "
        "AND c.\"end\" > ? ORDER BY c.start, c.\"end\" DESC, c.id");
    bindRange(stmt);
    std::vector<std::size_t> laneEnds; // code point where each lane becomes free
    while (stmt.step()) {
        const auto start = static_cast<std::size_t>(stmt.int64At(2));
        const auto end = static_cast<std::size_t>(stmt.int64At(3));
        std::size_t lane = 0;
        while (lane < laneEnds.size() && laneEnds[lane] > start)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds.push_back(0);
        laneEnds[lane] = end;
        PaintedCoding painted;
        painted.codingId = stmt.int64At(0);
        painted.codeId = stmt.int64At(4);
        painted.uuid = stmt.textAt(1);
        const Code* code = tree.find(painted.codeId);
        painted.codeName = code ? code->name : "";
        painted.codePath = code ? code->path : "";
        painted.color = code ? code->color : "#888888";
        painted.coder = stmt.textAt(5);
        painted.memo = stmt.textAt(6);
        if (const auto memo = memos.find(painted.uuid); memo != memos.end())
            painted.memo += (painted.memo.empty() ? "" : "\n") + memo->second;
        painted.byteStart = offsets.byteOf(start);
        painted.byteEnd = offsets.byteOf(end);
        painted.lane = std::min(static_cast<int>(lane), TranscriptLayers::kVisibleLanes);
        layers.codings.push_back(std::move(painted));
    }
    layers.lanesUsed = static_cast<int>(laneEnds.size());
    return layers;
}

} // namespace

TranscriptLayers transcriptLayers(Project& project, RowId documentId) {
    return layersBetween(project, documentId, 0, std::numeric_limits<std::size_t>::max());
}

std::vector<OverflowGroup> overflowGroups(const TranscriptLayers& layers) {
    std::vector<OverflowGroup> groups;
    for (std::size_t i = 0; i < layers.codings.size(); ++i) {
        const PaintedCoding& c = layers.codings[i];
        if (c.lane != TranscriptLayers::kVisibleLanes)
            continue;
        // Ordered by start, so a coding overlaps the open group exactly when it starts before
        // the group's end.
        if (groups.empty() || c.byteStart >= groups.back().byteEnd) {
            groups.push_back({c.byteStart, c.byteEnd, 1, i});
            continue;
        }
        groups.back().byteEnd = std::max(groups.back().byteEnd, c.byteEnd);
        ++groups.back().count;
    }
    return groups;
}

LayerStretch transcriptLayersAround(Project& project, RowId documentId, std::size_t from,
                                    std::size_t to) {
    // Widen [from, to) to the codings overlapping it until no further coding overlaps: the range
    // stays one piece, since each coding taken in overlaps it.
    auto stmt = project.database().prepare(
        "SELECT MIN(start), MAX(\"end\") FROM codings WHERE document_id = ? AND start < ? "
        "AND \"end\" > ?");
    for (;;) {
        stmt.bind(0, documentId);
        stmt.bind(1, static_cast<std::int64_t>(to));
        stmt.bind(2, static_cast<std::int64_t>(from));
        stmt.step();
        const std::size_t lo = stmt.isNull(0) ? from : static_cast<std::size_t>(stmt.int64At(0));
        const std::size_t hi = stmt.isNull(1) ? to : static_cast<std::size_t>(stmt.int64At(1));
        stmt.reset();
        if (lo >= from && hi <= to)
            break;
        from = std::min(from, lo);
        to = std::max(to, hi);
    }
    const OffsetIndex& offsets = project.text(documentId).offsets;
    return {offsets.byteOf(from), offsets.byteOf(to), layersBetween(project, documentId, from, to)};
}

std::vector<PaintedTurn> paintedTurns(Project& project, RowId documentId) {
    const OffsetIndex& offsets = project.text(documentId).offsets;
    std::vector<PaintedTurn> out;
    for (const Turn& t : project.turns(documentId))
        out.push_back({t.speaker, t.timestamp, offsets.byteOf(t.start), offsets.byteOf(t.bodyStart),
                       offsets.byteOf(t.end)});
    return out;
}

} // namespace codeboom
