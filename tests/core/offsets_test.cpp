#include "codeboom/error.h"
#include "codeboom/text/offsets.h"

#include <gtest/gtest.h>

#include <random>

namespace codeboom {
namespace {

// "a" (1 byte, 1 unit), "ë" (2 bytes, 1 unit), "😀" (4 bytes, 2 units), "b".
const std::string kMixed = "a\xC3\xAB\xF0\x9F\x98\x80"
                           "b";

TEST(OffsetIndexTest, ConvertsCodePointsToBytesAndUtf16Units) {
    const OffsetIndex index(kMixed);
    EXPECT_EQ(index.codePoints(), 4u);
    EXPECT_EQ(index.bytes(), 8u);
    EXPECT_EQ(index.utf16Units(), 5u);
    const std::size_t bytes[] = {0, 1, 3, 7, 8};
    const std::size_t units[] = {0, 1, 2, 4, 5};
    for (std::size_t cp = 0; cp <= 4; ++cp) {
        EXPECT_EQ(index.byteOf(cp), bytes[cp]) << cp;
        EXPECT_EQ(index.utf16Of(cp), units[cp]) << cp;
        EXPECT_EQ(index.codePointOfByte(bytes[cp]), cp);
        EXPECT_EQ(index.codePointOfUtf16(units[cp]), cp);
    }
}

TEST(OffsetIndexTest, RefusesPositionsInsideACodePoint) {
    const OffsetIndex index(kMixed);
    EXPECT_THROW(index.codePointOfByte(2), InvalidArgumentError);  // second byte of ë
    EXPECT_THROW(index.codePointOfByte(5), InvalidArgumentError);  // inside the emoji
    EXPECT_THROW(index.codePointOfUtf16(3), InvalidArgumentError); // low surrogate
}

TEST(OffsetIndexTest, RefusesPositionsPastTheEnd) {
    const OffsetIndex index(kMixed);
    EXPECT_THROW(index.byteOf(5), InvalidArgumentError);
    EXPECT_THROW(index.utf16Of(5), InvalidArgumentError);
    EXPECT_THROW(index.codePointOfByte(9), InvalidArgumentError);
    EXPECT_THROW(index.codePointOfUtf16(6), InvalidArgumentError);
    try {
        index.byteOf(12);
        FAIL();
    } catch (const InvalidArgumentError& e) {
        EXPECT_STREQ(e.what(), "offset 12 is out of range: the text has 4 characters");
    }
}

TEST(OffsetIndexTest, SlicesByCodePoints) {
    const OffsetIndex index(kMixed);
    EXPECT_EQ(index.slice(1, 3), "\xC3\xAB\xF0\x9F\x98\x80");
    EXPECT_EQ(index.slice(4, 4), "");
    EXPECT_THROW(index.slice(3, 1), InvalidArgumentError);
}

TEST(OffsetIndexTest, CombiningAccentIsItsOwnCodePoint) {
    // "e" + COMBINING DIAERESIS: two code points, three bytes, two UTF-16 units.
    const OffsetIndex index("e\xCC\x88");
    EXPECT_EQ(index.codePoints(), 2u);
    EXPECT_EQ(index.byteOf(1), 1u);
    EXPECT_EQ(index.utf16Of(2), 2u);
}

TEST(OffsetIndexTest, AsciiTextMapsOneToOne) {
    const OffsetIndex index("Interviewer: goedemorgen");
    EXPECT_EQ(index.byteOf(13), 13u);
    EXPECT_EQ(index.codePointOfUtf16(24), 24u);
}

// Property: over random Dutch text longer than many index strides, every conversion agrees with
// a naive walk and round-trips.
TEST(OffsetIndexTest, RandomDutchTextRoundTrips) {
    const std::vector<std::string> pieces = {"a",
                                             "e",
                                             " ",
                                             "\n",
                                             "\xC3\xAB" /* ë */,
                                             "\xC3\xAF" /* ï */,
                                             "\xC3\xA9" /* é */,
                                             "\xC4\xB3" /* ĳ */,
                                             "IJ",
                                             "e\xCC\x88" /* e + combining ¨ */,
                                             "\xE2\x80\x99" /* ’ */,
                                             "\xF0\x9F\x98\x80" /* 😀 */,
                                             "\xF0\x9F\x91\x8D" /* 👍 */};
    std::mt19937 random(20261123);
    for (int round = 0; round < 20; ++round) {
        std::string text;
        std::vector<std::size_t> bytes;
        std::vector<std::size_t> units;
        const int length = static_cast<int>(random() % 700);
        for (int i = 0; i < length; ++i)
            text += pieces[random() % pieces.size()];
        // Naive reference: walk the text code point by code point.
        std::size_t u = 0;
        for (std::size_t b = 0; b < text.size();) {
            bytes.push_back(b);
            units.push_back(u);
            const auto lead = static_cast<unsigned char>(text[b]);
            const std::size_t size = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
            u += size == 4 ? 2 : 1;
            b += size;
        }
        bytes.push_back(text.size());
        units.push_back(u);
        const OffsetIndex index(text);
        ASSERT_EQ(index.codePoints() + 1, bytes.size());
        ASSERT_EQ(index.utf16Units(), u);
        ASSERT_TRUE(isValidUtf8(text));
        ASSERT_EQ(countCodePoints(text), index.codePoints());
        for (std::size_t cp = 0; cp < bytes.size(); ++cp) {
            ASSERT_EQ(index.byteOf(cp), bytes[cp]);
            ASSERT_EQ(index.utf16Of(cp), units[cp]);
            ASSERT_EQ(index.codePointOfByte(bytes[cp]), cp);
            ASSERT_EQ(index.codePointOfUtf16(units[cp]), cp);
        }
    }
}

TEST(Utf8Test, RecognisesMalformedSequences) {
    EXPECT_TRUE(isValidUtf8("financi\xC3\xABle"));
    EXPECT_FALSE(isValidUtf8("financi\xEBle"));    // Latin-1 ë
    EXPECT_FALSE(isValidUtf8("\xC0\xAF"));         // overlong "/"
    EXPECT_FALSE(isValidUtf8("\xED\xA0\x80"));     // UTF-16 surrogate
    EXPECT_FALSE(isValidUtf8("\xF4\x90\x80\x80")); // past U+10FFFF
    EXPECT_FALSE(isValidUtf8("\xE2\x80"));         // truncated
}

} // namespace
} // namespace codeboom
