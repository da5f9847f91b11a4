#include "codeboom/text/segment_context.h"

namespace codeboom {

namespace {

// Only ASCII bytes are compared, so stepping byte by byte through UTF-8 never stops inside a
// character: continuation bytes are never spaces or line ends.
bool isSpace(char c) {
    return c == ' ' || c == '\t';
}

bool inWord(char c) {
    return !isSpace(c) && c != '\n';
}

// Where the `words` words before `from` begin (not past a line end). The rest of a word the
// passage cuts into is taken along without counting.
std::size_t wordsBefore(std::string_view text, std::size_t from, std::size_t words) {
    std::size_t pos = from;
    while (pos > 0 && inWord(text[pos - 1]))
        --pos;
    for (std::size_t n = 0; n < words; ++n) {
        std::size_t p = pos;
        while (p > 0 && isSpace(text[p - 1]))
            --p;
        if (p == 0 || text[p - 1] == '\n')
            break;
        while (p > 0 && inWord(text[p - 1]))
            --p;
        pos = p;
    }
    return pos;
}

// Where the `words` words after `to` end (not past a line end), as wordsBefore.
std::size_t wordsAfter(std::string_view text, std::size_t to, std::size_t words) {
    std::size_t pos = to;
    while (pos < text.size() && inWord(text[pos]))
        ++pos;
    for (std::size_t n = 0; n < words; ++n) {
        std::size_t p = pos;
        while (p < text.size() && isSpace(text[p]))
            ++p;
        if (p == text.size() || text[p] == '\n')
            break;
        while (p < text.size() && inWord(text[p]))
            ++p;
        pos = p;
    }
    return pos;
}

} // namespace

SegmentContext segmentContext(const OffsetIndex& offsets, std::size_t start, std::size_t end,
                              std::size_t words) {
    const std::string_view text = offsets.slice(0, offsets.codePoints());
    const std::string_view coded = offsets.slice(start, end);
    const std::size_t from = offsets.byteOf(start);
    const std::size_t to = from + coded.size();
    const std::size_t begin = wordsBefore(text, from, words);
    const std::size_t finish = wordsAfter(text, to, words);
    return {std::string(text.substr(begin, from - begin)), std::string(coded),
            std::string(text.substr(to, finish - to))};
}

} // namespace codeboom
