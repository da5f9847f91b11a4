#include "codeboom/text/name_key.h"
#include "codeboom/text/normalize.h"
#include "codeboom/text/words.h"

#include <gtest/gtest.h>

namespace codeboom {
namespace {

TEST(NormalizeTest, ComposesToNfcButKeepsTheIjLigature) {
    EXPECT_EQ(toNfc("ide\x65\xCC\x88n"), "ide\xC3\xABn"); // e + ¨ -> ë
    EXPECT_EQ(toNfc("\xC4\xB3s"), "\xC4\xB3s");           // ĳ stays ĳ (NFKC would make "ij")
    EXPECT_EQ(toNfc("plain ascii"), "plain ascii");
}

TEST(NormalizeTest, EveryLineEndBecomesLf) {
    EXPECT_EQ(toLf("a\r\nb\rc\nd\r"), "a\nb\nc\nd\n");
    EXPECT_EQ(toLf("\r\r\n"), "\n\n");
}

TEST(WordCounterTest, CountsLetterAndNumberSegmentsTheDutchWay) {
    WordCounter words;
    // auto's | zo'n | s | Hertogenbosch | zee | egel | ideeën | café (analysis-definitions.md)
    EXPECT_EQ(words.count("auto's zo'n 's-Hertogenbosch zee-egel ide\xC3\xAB"
                          "en caf\xC3\xA9"),
              8u);
    EXPECT_EQ(words.count("Er waren 12 deelnemers [lacht]."), 5u);
    EXPECT_EQ(words.count("ja \xF0\x9F\x98\x80 nee (...) --"), 2u);
    EXPECT_EQ(words.count(""), 0u);
}

TEST(NameKeyTest, IgnoresCaseButNotDiacritics) {
    const NameKeyMaker keys;
    EXPECT_EQ(keys.keyOf("Financi\xC3\xABle drempel"), keys.keyOf("financi\xC3\xABle DREMPEL"));
    EXPECT_NE(keys.keyOf("Financi\xC3\xABle drempel"), keys.keyOf("Financiele drempel"));
    EXPECT_EQ(keys.keyOf("\xC4\xB3s"), keys.keyOf("IJS")); // the ĳ ligature equals i + j
    EXPECT_NE(keys.keyOf("Leercultuur"), keys.keyOf("Leercultuur 2"));
}

} // namespace
} // namespace codeboom
