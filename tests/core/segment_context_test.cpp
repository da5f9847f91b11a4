#include "codeboom/error.h"
#include "codeboom/text/segment_context.h"

#include <gtest/gtest.h>

namespace codeboom {
namespace {

// Code points: "I: Wat houdt u tegen?" 0-21, LF, "R: " 22-25, "De" 25-27, "financiële" 28-38,
// "drempel," 39-47, "en" 48-50, "eerlijk" 51-58, "gezegd" 59-65, "de" 66-68, "tijd." 69-74.
const std::string kText = "I: Wat houdt u tegen?\nR: De financi\xC3\xABle drempel, en eerlijk "
                          "gezegd de tijd.";

TEST(SegmentContextTest, TakesWholeWordsAroundThePassage) {
    const OffsetIndex offsets(kText);
    const SegmentContext context = segmentContext(offsets, 51, 58, 2); // "eerlijk"
    EXPECT_EQ(context.before, "drempel, en ");
    EXPECT_EQ(context.coded, "eerlijk");
    EXPECT_EQ(context.after, " gezegd de");
}

TEST(SegmentContextTest, FinishesACutWordWithoutCountingIt) {
    const OffsetIndex offsets(kText);
    // "drempel" without its comma: the comma comes along, then two words.
    EXPECT_EQ(segmentContext(offsets, 39, 46, 2).after, ", en eerlijk");
    // "nanciële" (30..38): "fi" comes along before it.
    EXPECT_EQ(segmentContext(offsets, 30, 38, 1).before, "De fi");
}

TEST(SegmentContextTest, StopsAtTheLineAndTheTextEnds) {
    const OffsetIndex offsets(kText);
    // "De financiële": five words before would reach into the question above.
    const SegmentContext first = segmentContext(offsets, 25, 38, 5);
    EXPECT_EQ(first.before, "R: ");
    EXPECT_EQ(first.coded, "De financi\xC3\xABle");
    EXPECT_EQ(first.after, " drempel, en eerlijk gezegd de");
    const SegmentContext last = segmentContext(offsets, 66, 74, 5); // "de tijd."
    EXPECT_EQ(last.after, "");
    // "tegen?" ends its line: nothing after it.
    EXPECT_EQ(segmentContext(offsets, 15, 21, 3).after, "");
}

TEST(SegmentContextTest, RefusesARangePastTheEnd) {
    const OffsetIndex offsets(kText);
    EXPECT_THROW(segmentContext(offsets, 70, 80), InvalidArgumentError);
}

} // namespace
} // namespace codeboom
