#include "codeboom/refi/position_dialect.h"
#include "codeboom/refi/qdpx_import.h"

#include "core/refi_fixtures.h"
#include "support/project_fixture.h"

#include <gmock/gmock.h>

#include <algorithm>

namespace codeboom {
namespace {

using test::FixtureSelection;

// A Windows transcript: CRLF line ends and emoji outside the BMP (two UTF-16 units each), the
// combination that shifted NVivo codings "into the middle of words" in QualCoder (#37, #106).
const std::string kWindowsText = "Interviewer: Hoe gaat het? \xF0\x9F\x98\x80\r\n"
                                 "R1: Goed, dank je \xF0\x9F\x91\x8D echt waar.\r\n"
                                 "Interviewer: En het werk? \xF0\x9F\x8E\x89\r\n"
                                 "R1: Druk \xF0\x9F\x98\x85 maar leuk, de collega's zijn fijn.\r\n"
                                 "Interviewer: Dank je wel.\r\n";

const std::vector<std::string> kWords = {"Goed", "echt waar", "werk", "Druk",
                                         "leuk", "collega's", "fijn", "Dank je wel"};

// The position of `needle` in `text` counted the way a producer in `dialect` counts.
long long positionOf(const std::string& text, std::size_t byte, PositionDialect dialect) {
    std::string prefix = text.substr(0, byte);
    if (dialect.crlfAsOne) {
        std::string folded;
        for (std::size_t i = 0; i < prefix.size(); ++i)
            if (!(prefix[i] == '\r' && i + 1 < prefix.size() && prefix[i + 1] == '\n'))
                folded += prefix[i];
        prefix = folded;
    }
    long long units = dialect.bomCounted ? 1 : 0;
    for (const char c : prefix) {
        const auto b = static_cast<unsigned char>(c);
        if ((b & 0xC0) != 0x80)
            units += dialect.utf16Units && b >= 0xF0 ? 2 : 1;
    }
    return units;
}

std::vector<FixtureSelection> selectionsIn(const std::string& text, PositionDialect dialect,
                                           bool withNames) {
    std::vector<FixtureSelection> out;
    for (const std::string& word : kWords) {
        const std::size_t at = text.find(word);
        out.push_back({positionOf(text, at, dialect),
                       positionOf(text, at + word.size(), dialect),
                       {test::kCodeChild},
                       withNames ? word : "",
                       ""});
    }
    return out;
}

class RefiDialectTest : public test::ProjectTest {
protected:
    refi::ImportReport importWith(const std::string& fileBytes, PositionDialect dialect,
                                  bool withNames) {
        const std::string text =
            fileBytes.starts_with("\xEF\xBB\xBF") ? fileBytes.substr(3) : fileBytes;
        refi::ImportQdpx command(
            test::qdpx(
                {{"project.qde", test::projectQde("urn:QDA-XML:project:1.0", "internal://t.txt",
                                                  selectionsIn(text, dialect, withNames))},
                 {"sources/t.txt", fileBytes}}),
            "x.qdpx");
        project->execute(command);
        return command.report();
    }
    void expectEveryWordCoded() {
        std::vector<std::string> texts;
        for (const Coding& c : project->codings())
            texts.push_back(c.text);
        std::vector<std::string> expected = kWords;
        std::sort(texts.begin(), texts.end());
        std::sort(expected.begin(), expected.end());
        EXPECT_EQ(texts, expected);
    }
};

TEST_F(RefiDialectTest, Nvivo12WindowsUtf16UnitsCrlfAsTwoBomNotCounted) {
    const auto report = importWith("\xEF\xBB\xBF" + kWindowsText, {true, false, false}, false);
    ASSERT_EQ(report.dialects.size(), 1u);
    EXPECT_EQ(report.dialects[0].description, "UTF-16 units, CRLF counted as 2, BOM not counted");
    EXPECT_EQ(report.dialects[0].matched, kWords.size());
    expectEveryWordCoded();
}

TEST_F(RefiDialectTest, AtlasTiCrlfAsOneDetectedFromSelectionNames) {
    // ATLAS.ti puts the quotation in PlainTextSelection@name (spec Annex A Example 2).
    const auto report = importWith(kWindowsText, {false, true, false}, true);
    EXPECT_EQ(report.dialects[0].description, "code points, CRLF counted as 1");
    expectEveryWordCoded();
}

TEST_F(RefiDialectTest, CrlfAsOneDetectedFromWordBoundariesAlone) {
    const auto report = importWith(kWindowsText, {false, true, false}, false);
    EXPECT_EQ(report.dialects[0].description, "code points, CRLF counted as 1");
    expectEveryWordCoded();
}

TEST_F(RefiDialectTest, BomCountedAsOneUnit) {
    const std::string lf = "Interviewer: Hoe gaat het?\nR1: Goed, dank je, echt waar.\n"
                           "Interviewer: En het werk?\nR1: Druk maar leuk, de collega's zijn "
                           "fijn.\nInterviewer: Dank je wel.\n";
    const auto report = importWith("\xEF\xBB\xBF" + lf, {false, false, true}, false);
    EXPECT_EQ(report.dialects[0].description, "code points, BOM counted");
    expectEveryWordCoded();
}

TEST_F(RefiDialectTest, TheStandardCodePointsAreTheDefault) {
    const auto report = importWith(kWindowsText, {false, false, false}, false);
    EXPECT_EQ(report.dialects[0].description, "code points, CRLF counted as 2");
    expectEveryWordCoded();
    // The stored text is LF-only whatever the file had.
    EXPECT_EQ(project->text(project->documents().front().id).text.find('\r'), std::string::npos);
}

TEST(PositionDialectTest, DescribesOnlyWhatMatters) {
    EXPECT_EQ((PositionDialect{true, false, false}.describe(false, false)), "UTF-16 units");
    EXPECT_EQ((PositionDialect{false, true, true}.describe(true, true)),
              "code points, CRLF counted as 1, BOM counted");
}

TEST(PositionDialectTest, DialectOffsetsMapUtf16AndCrlfToLfCodePoints) {
    const std::string text = "a\xF0\x9F\x98\x80\r\nb";
    const DialectOffsets nvivo(text, {true, false, false});
    EXPECT_EQ(nvivo.toLfCodePoint(5), 3);  // a, 😀 (2 units), CR, LF -> 'b' at LF code point 3
    EXPECT_EQ(nvivo.toLfCodePoint(2), -1); // inside the surrogate pair
    EXPECT_EQ(nvivo.toLfCodePoint(7), -1); // beyond the end
    const DialectOffsets atlas(text, {false, true, false});
    EXPECT_EQ(atlas.toLfCodePoint(3), 3);
}

TEST(PositionDialectTest, NfcMapFollowsComposedCharacters) {
    const NfcOffsetMap map("Cafe\xCC\x81 open"); // e + combining acute: 10 code points, 9 in NFC
    EXPECT_FALSE(map.identity());
    EXPECT_EQ(map.toNfc(0), 0u);
    EXPECT_EQ(map.toNfc(6), 5u); // 'o' moves one to the left
    EXPECT_EQ(map.toNfc(10), 9u);
}

} // namespace
} // namespace codeboom
