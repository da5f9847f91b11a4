#include "codeboom/text/words.h"

#include "codeboom/error.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <array>

namespace codeboom {

namespace {

// Word_Break classes (UAX #29) of the characters counted without ICU. Any other character hands
// its piece of text (see WordCounter::count) to ICU.
enum class Kind : unsigned char {
    Letter,    // ALetter: ASCII and Latin-1 / Latin Extended-A and -B letters
    Digit,     // Numeric: ASCII digits
    MidNumLet, // . ' ‘ ’ (MidNumLet and Single_Quote): joins letters to letters, digits to digits
    MidNum,    // , ; joins digits to digits
    Colon,     // : MidLetter in UAX #29 but not in CLDR's root rules
    Other,     // breaks on both sides and is never a word
    Separator,   // space, tab, line end: see WordCounter::count
    Unsupported, // anything else: ICU decides
};

constexpr Kind asciiKind(unsigned char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return Kind::Letter;
    if (c >= '0' && c <= '9')
        return Kind::Digit;
    switch (c) {
    case ' ':
    case '\t':
    case '\n':
    case '\v':
    case '\f':
    case '\r':
        return Kind::Separator;
    case '.':
    case '\'':
        return Kind::MidNumLet;
    case ',':
    case ';':
        return Kind::MidNum;
    case ':':
        return Kind::Colon;
    case '_': // ExtendNumLet, which joins like a letter and has rules of its own
    case '@': // a letter to ICU (CLDR, for e-mail addresses)
        return Kind::Unsupported;
    default:
        return c >= 0x20 && c < 0x7F ? Kind::Other : Kind::Unsupported;
    }
}

constexpr std::array<Kind, 128> kAscii = [] {
    std::array<Kind, 128> kinds{};
    for (unsigned c = 0; c < 128; ++c)
        kinds[c] = asciiKind(static_cast<unsigned char>(c));
    return kinds;
}();

Kind kindOf(char32_t cp) {
    if (cp < 0x80)
        return kAscii[cp];
    if (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7)
        return Kind::Letter;
    switch (cp) {
    case 0x2018: // ‘
    case 0x2019: // ’ as in zo’n
        return Kind::MidNumLet;
    case 0x2013: // – en dash
    case 0x2014: // — em dash
    case 0x201C: // “
    case 0x201D: // ”
    case 0x201E: // „
    case 0x2026: // …
        return Kind::Other;
    default:
        return Kind::Unsupported;
    }
}

// The kind of the code point at `i`, and where the next one starts. Invalid and four-byte
// sequences are Unsupported (ICU decides about them).
Kind kindAt(std::string_view text, std::size_t i, std::size_t& next) {
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead < 0x80) {
        next = i + 1;
        return kAscii[lead];
    }
    const auto continuation = [&](std::size_t at) {
        return at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80;
    };
    if ((lead & 0xE0) == 0xC0 && lead >= 0xC2 && continuation(i + 1)) {
        next = i + 2;
        return kindOf((lead & 0x1Fu) << 6 | (static_cast<unsigned char>(text[i + 1]) & 0x3Fu));
    }
    if ((lead & 0xF0) == 0xE0 && continuation(i + 1) && continuation(i + 2)) {
        next = i + 3;
        const char32_t cp = (lead & 0x0Fu) << 12 |
                            (static_cast<unsigned char>(text[i + 1]) & 0x3Fu) << 6 |
                            (static_cast<unsigned char>(text[i + 2]) & 0x3Fu);
        return cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF) ? kindOf(cp) : Kind::Unsupported;
    }
    next = i + 1;
    return Kind::Unsupported;
}

std::size_t countWithIcu(icu::BreakIterator& words, std::string_view utf8) {
    UErrorCode status = U_ZERO_ERROR;
    UText text = UTEXT_INITIALIZER;
    utext_openUTF8(&text, utf8.data(), static_cast<std::int64_t>(utf8.size()), &status);
    if (U_FAILURE(status))
        throw Error(std::string("cannot segment text into words (ICU: ") + u_errorName(status) +
                    ")");
    words.setText(&text, status);
    std::size_t n = 0;
    for (std::int32_t end = words.next(); end != icu::BreakIterator::DONE; end = words.next()) {
        const std::int32_t rule = words.getRuleStatus();
        // UBRK_WORD_NUMBER [100, 200) and UBRK_WORD_LETTER [200, 300): letters and numbers only.
        if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_LETTER_LIMIT)
            ++n;
    }
    utext_close(&text);
    return n;
}

} // namespace

WordCounter::WordCounter() {
    UErrorCode status = U_ZERO_ERROR;
    words_.reset(icu::BreakIterator::createWordInstance(icu::Locale("nl"), status));
    if (U_FAILURE(status) || !words_)
        throw Error(std::string("word segmentation is unavailable (ICU: ") + u_errorName(status) +
                    ")");
}

WordCounter::~WordCounter() = default;

// ICU's word break iterator is exact but costs tens of nanoseconds per character. UAX #29 breaks
// on both sides of a space, tab or line end (WB3a, WB3b, WB999) except between two spaces (WB3d)
// and before extending marks (WB4), and neither joins words; so the text is counted piece by
// piece between them. A piece of Latin letters, ASCII digits and common punctuation is counted
// here by the rules that can apply to it: letters and digits run together (WB5, WB8-WB10); a
// MidNumLet between two letters or two digits, or a MidNum between two digits, does not break
// the run (WB6, WB7, WB11, WB12); anything else breaks. Any other piece goes to ICU with the
// separator before it, so that ICU sees the context it would see in the whole text. The result
// equals ICU's count over the whole text (words_test checks this exhaustively).
std::size_t WordCounter::count(std::string_view utf8) {
    const auto isSeparator = [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte < 0x80 && kAscii[byte] == Kind::Separator;
    };
    std::size_t total = 0;
    std::size_t pieceStart = 0;
    std::size_t pieceWords = 0;
    bool inWord = false;
    Kind last = Kind::Other; // the kind of the current word's last letter or digit
    std::size_t i = 0;
    while (i < utf8.size()) {
        std::size_t next = 0;
        Kind kind = kindAt(utf8, i, next);
        if (kind == Kind::MidNumLet || kind == Kind::MidNum || kind == Kind::Colon) {
            std::size_t after = next;
            const Kind following =
                inWord && next < utf8.size() ? kindAt(utf8, next, after) : Kind::Other;
            if (kind == Kind::Colon && last == Kind::Letter && following == Kind::Letter) {
                // A colon between letters ("EU:s") joins or not by the locale's rules.
                kind = Kind::Unsupported;
            } else if (kind != Kind::Colon &&
                       ((following == Kind::Digit && last == Kind::Digit) ||
                        (kind == Kind::MidNumLet && following == Kind::Letter &&
                         last == Kind::Letter))) {
                next = after; // the joined letter or digit belongs to the same word
                kind = last;
            } else {
                kind = Kind::Other;
            }
        }
        switch (kind) {
        case Kind::Separator:
            total += pieceWords;
            pieceWords = 0;
            inWord = false;
            pieceStart = next;
            break;
        case Kind::Letter:
        case Kind::Digit:
            pieceWords += inWord ? 0 : 1;
            inWord = true;
            last = kind;
            break;
        case Kind::Unsupported: {
            std::size_t end = i;
            while (end < utf8.size() && !isSeparator(utf8[end]))
                ++end;
            const std::size_t from = pieceStart > 0 ? pieceStart - 1 : 0;
            total += countWithIcu(*words_, utf8.substr(from, end - from));
            pieceWords = 0;
            inWord = false;
            next = end;
            break;
        }
        default: // Other, and punctuation that did not join
            inWord = false;
            break;
        }
        i = next;
    }
    return total + pieceWords;
}

} // namespace codeboom
