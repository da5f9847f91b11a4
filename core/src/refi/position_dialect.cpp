#include "codeboom/refi/position_dialect.h"

#include "codeboom/io/readers.h"
#include "codeboom/text/normalize.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace codeboom::refi {

namespace {

// Enough selections to tell dialects apart; more would only slow a 100,000-coding import.
constexpr std::size_t kMaxProbes = 2000;

UChar32 codePointAt(const OffsetIndex& index, std::string_view text, std::size_t cp) {
    const auto byte = static_cast<std::int32_t>(index.byteOf(cp));
    UChar32 c = 0;
    std::int32_t i = byte;
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    U8_NEXT(bytes, i, static_cast<std::int32_t>(text.size()), c);
    return c;
}

// Whitespace runs become one space and the ends are trimmed, so that a quote written on one line
// (an XML attribute) still matches text that wraps; a trailing ellipsis marks a truncated quote.
std::string collapsed(std::string_view text, bool stripEllipsis) {
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        const bool nbsp =
            c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || nbsp) {
            space = !out.empty();
            i += nbsp ? 1 : 0;
            continue;
        }
        if (space)
            out.push_back(' ');
        space = false;
        out.push_back(static_cast<char>(c));
    }
    if (stripEllipsis) {
        if (out.ends_with("\xE2\x80\xA6"))
            out.resize(out.size() - 3);
        else if (out.ends_with("..."))
            out.resize(out.size() - 3);
        while (!out.empty() && out.back() == ' ')
            out.pop_back();
    }
    return out;
}

// Whether `covered` (text of the document), with its whitespace collapsed as collapsed() does,
// starts with `quote` or is the start of it: the quote is a prefix of the selection's text, or
// the selection is shorter than a truncated quote. Collapses only as much of `covered` as the
// comparison needs: selections run to thousands of characters, their quotes to a hundred.
bool quoteFits(std::string_view covered, std::string_view quote) {
    std::size_t matched = 0; // characters of collapsed(covered) equal to the quote so far
    bool space = false;
    bool any = false;
    for (std::size_t i = 0; i < covered.size() && matched < quote.size(); ++i) {
        const auto c = static_cast<unsigned char>(covered[i]);
        const bool nbsp = c == 0xC2 && i + 1 < covered.size() &&
                          static_cast<unsigned char>(covered[i + 1]) == 0xA0;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || nbsp) {
            space = any;
            i += nbsp ? 1 : 0;
            continue;
        }
        if (space) {
            if (quote[matched] != ' ')
                return false;
            if (++matched == quote.size())
                return true;
        }
        space = false;
        any = true;
        if (quote[matched] != static_cast<char>(c))
            return false;
        ++matched;
    }
    return any;
}

// NFC for a quote: the check ICU does is the slow part, and text below U+0300 (whose UTF-8 has no
// byte of 0xCC or more) is in NFC already.
std::string nfcOf(const std::string& text) {
    const bool below = std::all_of(text.begin(), text.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0xCC; });
    return below ? text : toNfc(text);
}

} // namespace

SourceText decodeSourceText(std::string_view bytes, const std::string& fileName) {
    SourceText out;
    out.hadBom = bytes.starts_with("\xEF\xBB\xBF");
    const std::string_view body = out.hadBom ? bytes.substr(3) : bytes;
    if (isValidUtf8(body)) {
        out.decoded = std::string(body);
        out.encoding = "UTF-8";
    } else {
        // Not what §9 prescribes; decode as the .txt importer would and count positions over it.
        const ExtractedDocument extracted = readTxt(bytes, fileName);
        out.hadBom = false;
        for (std::size_t i = 0; i < extracted.paragraphs.size(); ++i)
            out.decoded += (i ? "\n" : "") + extracted.paragraphs[i].text;
        out.encoding = extracted.encoding;
    }
    out.hasCrlf = out.decoded.find("\r\n") != std::string::npos;
    out.hasNonBmp = std::any_of(out.decoded.begin(), out.decoded.end(),
                                [](char c) { return static_cast<unsigned char>(c) >= 0xF0; });
    out.stored = toNfc(toLf(out.decoded));
    return out;
}

PositionMapper::PositionMapper(const SourceText& text, PositionDialect dialect)
    : offsets_(std::make_unique<DialectOffsets>(text.decoded, dialect)), nfc_(toLf(text.decoded)),
      storedLength_(countCodePoints(text.stored)) {}

std::optional<std::pair<std::size_t, std::size_t>> PositionMapper::map(long long start,
                                                                       long long end) const {
    if (start < 0 || end < start)
        return std::nullopt;
    const long long s = offsets_->toLfCodePoint(start);
    const long long e = offsets_->toLfCodePoint(end);
    if (s < 0 || e < 0)
        return std::nullopt;
    const std::size_t from = nfc_.toNfc(static_cast<std::size_t>(s));
    const std::size_t to = nfc_.toNfc(static_cast<std::size_t>(e));
    if (to > storedLength_ || from > to)
        return std::nullopt;
    return std::make_pair(from, to);
}

DialectGuess detectDialect(const SourceText& text, const std::vector<RefiSelection>& selections) {
    // In order of preference when the selections cannot tell them apart: the standard's reading
    // first, then ATLAS.ti's (CRLF as 1), then NVivo for Windows' (UTF-16 units).
    std::vector<PositionDialect> candidates;
    for (const bool bom : {false, true})
        for (const bool utf16 : {false, true})
            for (const bool crlfAsOne : {false, true}) {
                if ((bom && !text.hadBom) || (utf16 && !text.hasNonBmp) ||
                    (crlfAsOne && !text.hasCrlf))
                    continue;
                candidates.push_back({utf16, crlfAsOne, bom});
            }

    std::vector<const RefiSelection*> probes;
    std::vector<const RefiSelection*> usable;
    for (const RefiSelection& s : selections)
        if (s.positionsValid && s.end >= 0)
            usable.push_back(&s);
    const std::size_t step = usable.size() > kMaxProbes ? usable.size() / kMaxProbes + 1 : 1;
    for (std::size_t i = 0; i < usable.size(); i += step)
        probes.push_back(usable[i]);
    std::vector<std::string> quotes;
    quotes.reserve(probes.size());
    for (const RefiSelection* s : probes)
        quotes.push_back(collapsed(nfcOf(s->name), true));

    const OffsetIndex index(text.stored);
    const std::size_t length = index.codePoints();
    DialectGuess best;
    long long bestScore = -1;
    for (const PositionDialect& dialect : candidates) {
        const PositionMapper mapper(text, dialect);
        long long score = 0;
        std::size_t matched = 0;
        bool byName = false;
        for (std::size_t p = 0; p < probes.size(); ++p) {
            const RefiSelection* s = probes[p];
            const auto span = mapper.map(s->start, s->end);
            if (!span)
                continue;
            const auto [from, to] = *span;
            const std::string& quote = quotes[p];
            if (!quote.empty()) {
                if (quoteFits(index.slice(from, to), quote)) {
                    score += 3;
                    ++matched;
                    byName = true;
                    continue;
                }
            }
            // Appendix A's word-boundary test: starts on a non-space after a non-alphanumeric,
            // ends before a non-alphanumeric.
            const bool cleanStart =
                from < length && !u_isspace(codePointAt(index, text.stored, from)) &&
                (from == 0 || !u_isalnum(codePointAt(index, text.stored, from - 1)));
            const bool cleanEnd = to == length || !u_isalnum(codePointAt(index, text.stored, to));
            if (cleanStart && cleanEnd) {
                score += 1;
                ++matched;
            }
        }
        if (score > bestScore) {
            bestScore = score;
            best = {dialect, dialect.describe(text.hasCrlf, text.hadBom), probes.size(), matched,
                    byName};
        }
    }
    return best;
}

} // namespace codeboom::refi
