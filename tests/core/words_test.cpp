#include "codeboom/text/words.h"

#include <gtest/gtest.h>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace codeboom {
namespace {

// The definition itself (analysis-definitions.md "Words"): ICU's nl word break iterator over the
// whole text, counting segments whose rule status is number or letter. WordCounter counts most
// pieces of text without ICU; it must give exactly this.
class IcuReference {
public:
    IcuReference() {
        UErrorCode status = U_ZERO_ERROR;
        words_.reset(icu::BreakIterator::createWordInstance(icu::Locale("nl"), status));
        EXPECT_TRUE(U_SUCCESS(status));
    }
    std::size_t count(const std::string& utf8) {
        UErrorCode status = U_ZERO_ERROR;
        UText* text =
            utext_openUTF8(nullptr, utf8.data(), static_cast<std::int64_t>(utf8.size()), &status);
        words_->setText(text, status);
        std::size_t n = 0;
        for (auto end = words_->next(); end != icu::BreakIterator::DONE; end = words_->next())
            if (words_->getRuleStatus() >= UBRK_WORD_NUMBER &&
                words_->getRuleStatus() < UBRK_WORD_LETTER_LIMIT)
                ++n;
        utext_close(text);
        return n;
    }

private:
    std::unique_ptr<icu::BreakIterator> words_;
};

std::string utf8Of(char32_t cp) {
    std::string out;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return out;
}

TEST(WordCountTest, CountsTheDutchExamplesOfTheDefinition) {
    WordCounter words;
    // auto's | zo'n | s | Hertogenbosch | zee | egel | ideeën | café; the same with ’ for '.
    EXPECT_EQ(words.count("auto's zo'n 's-Hertogenbosch zee-egel ide\xC3\xAB"
                          "en caf\xC3\xA9"),
              8u);
    EXPECT_EQ(words.count("auto\xE2\x80\x99s zo\xE2\x80\x99n"), 2u);
    // 3,5 | 1.000 | 12 | 30 (a colon between digits breaks) | [lacht] gives lacht.
    EXPECT_EQ(words.count("3,5 1.000 12:30 [lacht]"), 5u);
    // Interviewer | 00 | 12 | 34 | ja: the label's colon and the brackets break.
    EXPECT_EQ(words.count("[00:12:34] Interviewer: ja..."), 5u);
    EXPECT_EQ(words.count("\xE2\x80\x9EZo\xE2\x80\x9D \xE2\x80\x93 eh\xE2\x80\xA6 (...)"), 2u);
    EXPECT_EQ(words.count(""), 0u);
    EXPECT_EQ(words.count(" \n\t "), 0u);
}

// Every string of up to five symbols from an alphabet that holds each kind of character the
// counter treats itself (letters, digits, the joining punctuation, breaking punctuation, spaces)
// and a few it leaves to ICU (an accent to combine, '_', ':', NBSP), against ICU.
TEST(WordCountTest, EqualsIcuOnEveryShortCombinationOfCharacterKinds) {
    const std::vector<std::string> alphabet = {"a",
                                               "\xC3\xAB" /* ë */,
                                               "1",
                                               ".",
                                               ",",
                                               ";",
                                               ":",
                                               "'",
                                               "\xE2\x80\x99" /* ’ */,
                                               "-",
                                               " ",
                                               "\n",
                                               "_",
                                               "\xCC\x88" /* combining diaeresis */,
                                               "\xC2\xA0" /* NBSP */};
    WordCounter words;
    IcuReference icu;
    std::size_t checked = 0;
    std::vector<std::size_t> digits;
    for (std::size_t length = 1; length <= 5; ++length) {
        digits.assign(length, 0);
        for (;;) {
            std::string text;
            for (const std::size_t d : digits)
                text += alphabet[d];
            ASSERT_EQ(words.count(text), icu.count(text)) << "text: '" << text << "'";
            ++checked;
            std::size_t i = 0;
            while (i < length && ++digits[i] == alphabet.size())
                digits[i++] = 0;
            if (i == length)
                break;
        }
    }
    EXPECT_EQ(checked, 15u + 225u + 3375u + 50625u + 759375u); // 15^1 + ... + 15^5
}

// Each code point up to U+2FFF (letters of every script, punctuation, symbols, marks) in the
// contexts where joining rules apply: between letters, between digits, alone, after a space.
TEST(WordCountTest, EqualsIcuForEveryCharacterInJoiningContexts) {
    WordCounter words;
    IcuReference icu;
    for (char32_t cp = 0x20; cp < 0x3000; ++cp) {
        if (cp >= 0xD800 && cp <= 0xDFFF)
            continue;
        const std::string c = utf8Of(cp);
        for (const std::string& text :
             {c, "a" + c + "b", "1" + c + "2", "a" + c + "1", "ab " + c + "cd", c + c, "x" + c}) {
            ASSERT_EQ(words.count(text), icu.count(text))
                << "U+" << std::hex << static_cast<unsigned>(cp) << " in '" << text << "'";
        }
    }
}

// Long random text in the style of a transcript, with Dutch diacritics and a sprinkling of
// characters from elsewhere, against ICU over the whole text at once.
TEST(WordCountTest, EqualsIcuOnLongMixedText) {
    const std::vector<std::string> pieces = {"Interviewer:",
                                             "R1:",
                                             "[00:01:02]",
                                             "ja",
                                             "nee,",
                                             "financi\xC3\xAB"
                                             "le",
                                             "co\xC3\xB6rdinator",
                                             "\xC4\xB3s",
                                             "IJsselmeer",
                                             "zo'n",
                                             "auto\xE2\x80\x99s",
                                             "3,5",
                                             "1.000,-",
                                             "e-mail",
                                             "(...)",
                                             "[lacht]",
                                             "eh...",
                                             "\xE2\x80\x93",
                                             "caf\xC3\xA9",
                                             "\xF0\x9F\x98\x80" /* emoji */,
                                             "\xE6\x9D\xB1\xE4\xBA\xAC",
                                             "snake_case",
                                             "EU:s",
                                             "\xC2\xA0",
                                             "e\xCC\x81t\xC3\xA9",
                                             "\xD0\x9C\xD0\xBE\xD1\x81"
                                             "\xD0\xBA\xD0\xB2\xD0\xB0",
                                             "\xE2\x80\x9Ehoi\xE2\x80\x9D",
                                             "!?",
                                             "www.leo.nl",
                                             "10:30",
                                             "O'Brien",
                                             "'s",
                                             "-"};
    const std::vector<std::string> separators = {" ", " ", " ", "\n", "\n\n", "\t", "  "};
    std::mt19937 rng(7);
    WordCounter words;
    IcuReference icu;
    for (int round = 0; round < 20; ++round) {
        std::string text;
        for (int i = 0; i < 2000; ++i) {
            text += pieces[rng() % pieces.size()];
            if (rng() % 4 != 0)
                text += separators[rng() % separators.size()];
        }
        ASSERT_EQ(words.count(text), icu.count(text)) << "round " << round;
    }
}

} // namespace
} // namespace codeboom
