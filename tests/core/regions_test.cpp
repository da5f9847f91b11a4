#include "codeboom/analysis/regions.h"

#include "support/project_fixture.h"

#include <gmock/gmock.h>

namespace codeboom {
namespace {

using ::testing::ElementsAre;

TEST(UniteSpansTest, OverlappingAndTouchingSpansBecomeOneRegion) {
    EXPECT_THAT(uniteSpans({{10, 20}, {15, 25}}), ElementsAre(Span{10, 25}));
    EXPECT_THAT(uniteSpans({{5, 8}, {0, 5}}), ElementsAre(Span{0, 8}));             // touching
    EXPECT_THAT(uniteSpans({{0, 30}, {10, 12}}), ElementsAre(Span{0, 30}));         // nested
    EXPECT_THAT(uniteSpans({{0, 4}, {5, 9}}), ElementsAre(Span{0, 4}, Span{5, 9})); // one apart
    EXPECT_TRUE(uniteSpans({}).empty());
}

class RegionCountsTest : public test::ProjectTest {};

TEST_F(RegionCountsTest, TwoCodersOnOnePassageMakeOneRegion) {
    importText("a", "R: " + std::string(100, 'x'));
    importText("b", "R: " + std::string(100, 'y'));
    addCode("Code");
    addCode("Andere");
    applyCoding("a", 10, 20, "Code");
    applyCoding("a", 20, 30, "Code"); // touches: same region
    applyCoding("a", 50, 60, "Code"); // a second region
    applyCoding("b", 10, 20, "Code"); // another document: another region
    applyCoding("a", 10, 20, "Andere");
    reopen("bram");
    applyCoding("a", 12, 18, "Code"); // inside anouk's region
    const auto counts = regionCounts(*project);
    EXPECT_EQ(counts.at(project->codeTree().resolve("Code").id), 3u);
    EXPECT_EQ(counts.at(project->codeTree().resolve("Andere").id), 1u);
}

} // namespace
} // namespace codeboom
