#include "codeboom/analysis/saturation.h"
#include "codeboom/io/export_error.h"
#include "codeboom/io/saturation_picture.h"

#include "support/project_fixture.h"

#include <gmock/gmock.h>

namespace codeboom {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

std::size_t occurrences(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

// Three interviews coded one after the other: the first brings A and A > a1, the second a1 again
// and B > b1 (a sub-code) and B, the third nothing new.
class SaturationPictureTest : public test::ProjectTest {
protected:
    void SetUp() override {
        ProjectTest::SetUp();
        for (const char* path : {"A", "A > a1", "B", "B > b1"})
            addCode(path);
        const std::string first = importText("int1", "R: " + std::string(20, 'x') + "\n");
        const std::string second =
            importText("int2 <Anouk & Eva>", "R: " + std::string(20, 'y') + "\n");
        const std::string third = importText("int3", "R: " + std::string(20, 'z') + "\n");
        applyCoding(first, 3, 5, "A");
        applyCoding(first, 6, 8, "A > a1");
        applyCoding(second, 3, 5, "A > a1");
        applyCoding(second, 6, 8, "B > b1");
        applyCoding(second, 9, 11, "B");
        applyCoding(third, 3, 5, "B");
        curve = saturationCurve(*project);
    }
    std::vector<SaturationPoint> curve;
};

TEST_F(SaturationPictureTest, SvgHasOneGroupPerDocumentWithItsNumbersAndTheLabels) {
    ASSERT_EQ(curve.size(), 3u);
    const auto svgFile = dir / "verzadiging.svg";
    writeSaturationSvg(curve, svgFile, Language::Dutch);
    const std::string svg = test::slurp(svgFile);
    EXPECT_EQ(occurrences(svg, "<g class=\"document\">"), 3u);
    // int1: A (top level) and a1 (sub-code); int2: B and b1; int3: nothing new, so no bars.
    EXPECT_EQ(occurrences(svg, "class=\"bar top-level\""), 2u);
    EXPECT_EQ(occurrences(svg, "class=\"bar sub-codes\""), 2u);
    EXPECT_THAT(svg, HasSubstr("<title>int1: 2 nieuwe codes (1 subcodes), 2 in totaal</title>"));
    EXPECT_THAT(svg, HasSubstr(">int2 &lt;Anouk &amp; Eva&gt;</text>"));
    EXPECT_THAT(svg, HasSubstr("<title>int3: 0 nieuwe codes (0 subcodes), 4 in totaal</title>"));
    EXPECT_THAT(svg, HasSubstr(">Verzadiging: nieuwe codes per document</text>"));
    EXPECT_THAT(svg, HasSubstr(">Documenten in volgorde van coderen</text>"));
    EXPECT_EQ(occurrences(svg, "<circle "), 3u);
    writeSaturationSvg(curve, svgFile, Language::English);
    const std::string english = test::slurp(svgFile);
    EXPECT_THAT(english, HasSubstr(">New sub-codes</text>"));
    EXPECT_THAT(
        english,
        HasSubstr("<title>int2 &lt;Anouk &amp; Eva&gt;: 2 new codes (1 sub-codes), 4 in all"));
    EXPECT_THAT(english, Not(HasSubstr("nieuwe")));
}

TEST_F(SaturationPictureTest, PngIsAPicture) {
    const auto pngFile = dir / "verzadiging.png";
    writeSaturationPng(curve, pngFile, Language::English);
    const std::string png = test::slurp(pngFile);
    ASSERT_GT(png.size(), 2000u);
    EXPECT_EQ(png.substr(0, 8), "\x89PNG\r\n\x1a\n");
}

// A PNG's width and height, from its IHDR chunk (big-endian, bytes 16-23).
std::pair<unsigned, unsigned> pngSize(const std::string& png) {
    const auto at = [&](std::size_t i) {
        return (static_cast<unsigned>(static_cast<unsigned char>(png[i])) << 24) |
               (static_cast<unsigned>(static_cast<unsigned char>(png[i + 1])) << 16) |
               (static_cast<unsigned>(static_cast<unsigned char>(png[i + 2])) << 8) |
               static_cast<unsigned>(static_cast<unsigned char>(png[i + 3]));
    };
    return {at(16), at(20)};
}

// A pane larger than the chart needs gets a chart that fills it; a smaller one the natural size.
TEST_F(SaturationPictureTest, FillsASizeLargerThanItNeeds) {
    const auto pngFile = dir / "verzadiging.png";
    writeSaturationPng(curve, pngFile, Language::English);
    const auto natural = pngSize(test::slurp(pngFile));
    writeSaturationPng(curve, pngFile, Language::English, {1200, 800});
    EXPECT_EQ(pngSize(test::slurp(pngFile)), std::make_pair(1200u, 800u));
    writeSaturationPng(curve, pngFile, Language::English, {100, 100});
    EXPECT_EQ(pngSize(test::slurp(pngFile)), natural);
    // The SVG grows alike: the same three documents, spread over the width.
    const auto svgFile = dir / "verzadiging.svg";
    writeSaturationSvg(curve, svgFile, Language::English, {1200, 800});
    EXPECT_THAT(test::slurp(svgFile), HasSubstr("width=\"1200.0\" height=\"800.0\""));
}

TEST_F(SaturationPictureTest, AnEmptyCurveIsRefusedNamingTheFile) {
    try {
        writeSaturationPng({}, dir / "leeg.png", Language::Dutch);
        FAIL() << "no error";
    } catch (const ExportError& e) {
        EXPECT_THAT(e.what(), HasSubstr("leeg.png: nothing to draw: no document has codings yet"));
    }
}

} // namespace
} // namespace codeboom
