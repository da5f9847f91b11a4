#include "codeboom/commands/coding_commands.h"
#include "codeboom/commands/memo_commands.h"
#include "codeboom/view/transcript_layers.h"

#include "support/project_fixture.h"

namespace codeboom {
namespace {

class TranscriptLayersTest : public test::ProjectTest {};

TEST_F(TranscriptLayersTest, OverlapsGetTheLowestFreeLaneInEditorBytes) {
    // "R: ë" puts a two-byte character before the codings: byte = code point + 1 after it.
    importText("int", "R: \xC3\xAB"
                      "abcdefghijklmnopqrstuvwxyz");
    addCode("A", "#ff0000");
    addCode("B");
    addCode("C");
    applyCoding("int", 4, 10, "A");  // lane 0
    applyCoding("int", 6, 12, "B");  // overlaps A: lane 1
    applyCoding("int", 10, 14, "C"); // A has ended at 10: lane 0 again
    const auto layers = transcriptLayers(*project, project->document("int").id);
    ASSERT_EQ(layers.codings.size(), 3u);
    EXPECT_EQ(layers.lanesUsed, 2);
    EXPECT_EQ(layers.codings[0].codeName, "A");
    EXPECT_EQ(layers.codings[0].color, "#ff0000");
    EXPECT_EQ(layers.codings[0].lane, 0);
    EXPECT_EQ(layers.codings[0].byteStart, 5u);
    EXPECT_EQ(layers.codings[0].byteEnd, 11u);
    EXPECT_EQ(layers.codings[1].lane, 1);
    EXPECT_EQ(layers.codings[2].lane, 0);
}

TEST_F(TranscriptLayersTest, CodingsBeyondTheVisibleLanesShareTheOverflowLane) {
    importText("int", "R: " + std::string(50, 'x'));
    addCode("A");
    for (int i = 0; i < 8; ++i)
        applyCoding("int", 3, 20, "A");
    const auto layers = transcriptLayers(*project, project->document("int").id);
    EXPECT_EQ(layers.lanesUsed, 8);
    EXPECT_EQ(layers.codings[5].lane, 5);
    EXPECT_EQ(layers.codings[6].lane, TranscriptLayers::kVisibleLanes);
    EXPECT_EQ(layers.codings[7].lane, TranscriptLayers::kVisibleLanes);
}

TEST_F(TranscriptLayersTest, OverlappingOverflowCodingsFormOnePlusNGroup) {
    importText("int", "R: " + std::string(80, 'x'));
    addCode("A");
    // Six codings take the visible lanes over [3, 60); the overflow lane gets [3, 20) and
    // [10, 30), which overlap (one group), then [40, 50) and [45, 55) (another).
    for (int i = 0; i < 6; ++i)
        applyCoding("int", 3, 60, "A");
    applyCoding("int", 3, 20, "A");
    applyCoding("int", 10, 30, "A");
    applyCoding("int", 40, 50, "A");
    applyCoding("int", 45, 55, "A");
    const auto layers = transcriptLayers(*project, project->document("int").id);
    const auto groups = overflowGroups(layers);
    ASSERT_EQ(groups.size(), 2u);
    EXPECT_EQ(groups[0].byteStart, 3u);
    EXPECT_EQ(groups[0].byteEnd, 30u);
    EXPECT_EQ(groups[0].count, 2u);
    EXPECT_EQ(layers.codings[groups[0].firstIndex].byteEnd, 20u);
    EXPECT_EQ(groups[1].byteStart, 40u);
    EXPECT_EQ(groups[1].byteEnd, 55u);
    EXPECT_EQ(groups[1].count, 2u);
    EXPECT_EQ(layers.codings[groups[1].firstIndex].byteStart, 40u);
}

TEST_F(TranscriptLayersTest, AStretchIsTheChainOfOverlapsWithTheLanesOfTheWhole) {
    importText("int", "R: " + std::string(60, 'x'));
    addCode("A");
    applyCoding("int", 3, 10, "A");  // alone
    applyCoding("int", 12, 20, "A"); // lane 0, chained to the next two
    applyCoding("int", 15, 30, "A"); // lane 1
    applyCoding("int", 25, 35, "A"); // lane 0 again: 12..20 has ended
    applyCoding("int", 40, 50, "A"); // alone
    const RowId doc = project->document("int").id;
    const auto whole = transcriptLayers(*project, doc);
    // 27..28 lies only in 15..30 and 25..35, which chain to 12..20.
    const auto stretch = transcriptLayersAround(*project, doc, 27, 28);
    EXPECT_EQ(stretch.byteStart, 12u);
    EXPECT_EQ(stretch.byteEnd, 35u);
    ASSERT_EQ(stretch.layers.codings.size(), 3u);
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(stretch.layers.codings[i].codingId, whole.codings[i + 1].codingId);
        EXPECT_EQ(stretch.layers.codings[i].lane, whole.codings[i + 1].lane);
    }
    EXPECT_EQ(stretch.layers.lanesUsed, 2);
    // Between codings the stretch is the range itself, without codings.
    const auto empty = transcriptLayersAround(*project, doc, 36, 38);
    EXPECT_EQ(empty.byteStart, 36u);
    EXPECT_EQ(empty.byteEnd, 38u);
    EXPECT_TRUE(empty.layers.codings.empty());
}

TEST_F(TranscriptLayersTest, TurnsAreGivenInEditorBytes) {
    importText("int", "I: Caf\xC3\xA9?\nR: Ja.");
    const auto turns = paintedTurns(*project, project->document("int").id);
    ASSERT_EQ(turns.size(), 2u);
    EXPECT_EQ(turns[1].speaker, "R");
    EXPECT_EQ(turns[1].byteStart, 10u); // "I: Café?\n" is 9 code points, 10 bytes
    EXPECT_EQ(turns[1].byteBodyStart, 13u);
}

TEST_F(TranscriptLayersTest, CodingsCarryTheirOwnMemoAndTheMemoPanes) {
    importText("int", "R: " + std::string(20, 'x'));
    addCode("A");
    ApplyCoding withMemo("int", 3, 8, "A", "bij het coderen");
    project->execute(withMemo);
    const std::string plain = applyCoding("int", 10, 12, "A");
    SetMemo paneMemo({MemoTargetKind::Coding, withMemo.createdUuid()}, "later erbij");
    project->execute(paneMemo);
    SetMemo onPlain({MemoTargetKind::Coding, plain}, "alleen hier");
    project->execute(onPlain);
    const auto layers = transcriptLayers(*project, project->document("int").id);
    ASSERT_EQ(layers.codings.size(), 2u);
    EXPECT_EQ(layers.codings[0].memo, "bij het coderen\nlater erbij");
    EXPECT_EQ(layers.codings[1].memo, "alleen hier");
}

} // namespace
} // namespace codeboom
