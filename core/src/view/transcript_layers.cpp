#include "codeboom/view/transcript_layers.h"

#include "codeboom/project.h"

#include <algorithm>
#include <unordered_map>

namespace codeboom {

TranscriptLayers transcriptLayers(Project& project, RowId documentId) {
    TranscriptLayers layers;
    const OffsetIndex& offsets = project.text(documentId).offsets;
    const CodeTree& tree = project.codeTree();
    CodingFilter filter;
    filter.documentId = documentId;
    std::vector<Coding> codings = project.codings(filter);
    // A coding's memo from the memo pane lives in the memos table; one imported with the coding
    // (a REFI-QDA description, `code --memo`) in the coding's own column. Both are shown.
    std::unordered_map<std::string, std::string> memos;
    {
        auto stmt = project.database().prepare(
            "SELECT m.target_uuid, m.text FROM memos m JOIN codings c ON c.uuid = m.target_uuid "
            "WHERE m.kind = 'memo' AND m.target_kind = 'coding' AND c.document_id = ? "
            "ORDER BY m.id");
        stmt.bind(0, documentId);
        while (stmt.step())
            memos.try_emplace(stmt.textAt(0), stmt.textAt(1));
    }
    std::stable_sort(codings.begin(), codings.end(), [](const Coding& a, const Coding& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    std::vector<std::size_t> laneEnds; // code point where each lane becomes free
    for (const Coding& c : codings) {
        std::size_t lane = 0;
        while (lane < laneEnds.size() && laneEnds[lane] > c.start)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds.push_back(0);
        laneEnds[lane] = c.end;
        const Code* code = tree.find(c.codeId);
        PaintedCoding painted;
        painted.codingId = c.id;
        painted.codeId = c.codeId;
        painted.uuid = c.uuid;
        painted.codeName = code ? code->name : "";
        painted.codePath = c.codePath;
        painted.color = code ? code->color : "#888888";
        painted.coder = c.coder;
        painted.memo = c.memo;
        if (const auto memo = memos.find(c.uuid); memo != memos.end())
            painted.memo += (painted.memo.empty() ? "" : "\n") + memo->second;
        painted.byteStart = offsets.byteOf(c.start);
        painted.byteEnd = offsets.byteOf(c.end);
        painted.lane = std::min(static_cast<int>(lane), TranscriptLayers::kVisibleLanes);
        layers.codings.push_back(std::move(painted));
    }
    layers.lanesUsed = static_cast<int>(laneEnds.size());
    return layers;
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
