#include "codeboom/text/offsets.h"

#include "codeboom/error.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <limits>

namespace codeboom {

namespace {

std::size_t utf16Length(std::string_view text, std::size_t byte) {
    UChar32 c = 0;
    auto i = static_cast<std::int32_t>(byte);
    U8_NEXT_UNSAFE(text.data(), i, c);
    return static_cast<std::size_t>(U16_LENGTH(c));
}

// `pattern` names the unit: "offset {offset} is out of range: the text has {limit} bytes".
[[noreturn]] void outOfRange(const char* pattern, std::size_t value, std::size_t limit) {
    throw InvalidArgumentError(
        Message{pattern, {{"offset", std::to_string(value)}, {"limit", std::to_string(limit)}}});
}

} // namespace

bool isValidUtf8(std::string_view bytes) {
    const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.data());
    const auto length = static_cast<std::int64_t>(bytes.size());
    std::int64_t i = 0;
    while (i < length) {
        UChar32 c = 0;
        U8_NEXT(data, i, length, c);
        if (c < 0)
            return false;
    }
    return true;
}

std::size_t countCodePoints(std::string_view utf8) {
    std::size_t n = 0;
    for (const char ch : utf8)
        n += !U8_IS_TRAIL(static_cast<std::uint8_t>(ch));
    return n;
}

OffsetIndex::OffsetIndex(std::string_view utf8) : text_(utf8) {
    if (utf8.size() > std::numeric_limits<std::uint32_t>::max())
        throw InvalidArgumentError(
            Message{CODEBOOM_N_("a document of more than 4 GiB cannot be indexed"), {}});
    ascii_ = std::all_of(utf8.begin(), utf8.end(),
                         [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
    if (ascii_) {
        codePoints_ = utf16Units_ = utf8.size();
        return;
    }
    std::size_t cp = 0;
    std::size_t u16 = 0;
    std::size_t i = 0;
    while (i < utf8.size()) {
        if (cp % kStride == 0) {
            byteAt_.push_back(static_cast<std::uint32_t>(i));
            utf16At_.push_back(static_cast<std::uint32_t>(u16));
        }
        u16 += utf16Length(utf8, i);
        i += static_cast<std::size_t>(
                 U8_COUNT_TRAIL_BYTES_UNSAFE(static_cast<std::uint8_t>(utf8[i]))) +
             1;
        ++cp;
    }
    codePoints_ = cp;
    utf16Units_ = u16;
}

std::size_t OffsetIndex::byteOf(std::size_t codePoint) const {
    if (codePoint > codePoints_)
        outOfRange(CODEBOOM_N_("offset {offset} is out of range: the text has {limit} characters"),
                   codePoint, codePoints_);
    if (ascii_)
        return codePoint;
    if (codePoint == codePoints_)
        return text_.size();
    std::size_t byte = byteAt_[codePoint / kStride];
    for (std::size_t k = codePoint % kStride; k > 0; --k)
        byte += static_cast<std::size_t>(
                    U8_COUNT_TRAIL_BYTES_UNSAFE(static_cast<std::uint8_t>(text_[byte]))) +
                1;
    return byte;
}

std::size_t OffsetIndex::utf16Of(std::size_t codePoint) const {
    if (codePoint > codePoints_)
        outOfRange(CODEBOOM_N_("offset {offset} is out of range: the text has {limit} characters"),
                   codePoint, codePoints_);
    if (ascii_)
        return codePoint;
    if (codePoint == codePoints_)
        return utf16Units_;
    std::size_t byte = byteAt_[codePoint / kStride];
    std::size_t unit = utf16At_[codePoint / kStride];
    for (std::size_t k = codePoint % kStride; k > 0; --k) {
        unit += utf16Length(text_, byte);
        byte += static_cast<std::size_t>(
                    U8_COUNT_TRAIL_BYTES_UNSAFE(static_cast<std::uint8_t>(text_[byte]))) +
                1;
    }
    return unit;
}

std::size_t OffsetIndex::codePointOfByte(std::size_t byte) const {
    if (byte > text_.size())
        outOfRange(CODEBOOM_N_("offset {offset} is out of range: the text has {limit} bytes"), byte,
                   text_.size());
    if (ascii_)
        return byte;
    if (byte < text_.size() && U8_IS_TRAIL(static_cast<std::uint8_t>(text_[byte])))
        throw InvalidArgumentError(
            Message{CODEBOOM_N_("byte offset {offset} falls inside a character"),
                    {{"offset", std::to_string(byte)}}});
    const auto it = std::upper_bound(byteAt_.begin(), byteAt_.end(), byte) - 1;
    std::size_t cp = static_cast<std::size_t>(it - byteAt_.begin()) * kStride;
    for (std::size_t b = *it; b < byte; ++b)
        cp += !U8_IS_TRAIL(static_cast<std::uint8_t>(text_[b]));
    return cp;
}

std::size_t OffsetIndex::codePointOfUtf16(std::size_t unit) const {
    if (unit > utf16Units_)
        outOfRange(
            CODEBOOM_N_("offset {offset} is out of range: the text has {limit} UTF-16 units"), unit,
            utf16Units_);
    if (ascii_)
        return unit;
    const auto it = std::upper_bound(utf16At_.begin(), utf16At_.end(), unit) - 1;
    const auto block = static_cast<std::size_t>(it - utf16At_.begin());
    std::size_t cp = block * kStride;
    std::size_t u = *it;
    std::size_t byte = byteAt_[block];
    while (u < unit) {
        u += utf16Length(text_, byte);
        byte += static_cast<std::size_t>(
                    U8_COUNT_TRAIL_BYTES_UNSAFE(static_cast<std::uint8_t>(text_[byte]))) +
                1;
        ++cp;
    }
    if (u != unit)
        throw InvalidArgumentError(
            Message{CODEBOOM_N_("UTF-16 offset {offset} falls inside a surrogate pair"),
                    {{"offset", std::to_string(unit)}}});
    return cp;
}

std::string_view OffsetIndex::slice(std::size_t from, std::size_t to) const {
    if (from > to)
        throw InvalidArgumentError(
            Message{CODEBOOM_N_("range {start}–{end} is inverted: the start must come before the "
                                "end"),
                    {{"start", std::to_string(from)}, {"end", std::to_string(to)}}});
    const std::size_t begin = byteOf(from);
    return text_.substr(begin, byteOf(to) - begin);
}

std::string PositionDialect::describe(bool hasCrlf, bool hasBom) const {
    std::string out = utf16Units ? "UTF-16 units" : "code points";
    if (hasCrlf)
        out += crlfAsOne ? ", CRLF counted as 1" : ", CRLF counted as 2";
    if (hasBom)
        out += bomCounted ? ", BOM counted" : ", BOM not counted";
    return out;
}

namespace {

std::string withoutCrOfCrlf(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i)
        if (!(text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n'))
            out.push_back(text[i]);
    return out;
}

} // namespace

DialectOffsets::DialectOffsets(std::string_view decoded, PositionDialect dialect)
    : dialect_(dialect), text_(dialect.crlfAsOne ? withoutCrOfCrlf(decoded) : std::string(decoded)),
      index_(text_) {
    if (dialect_.crlfAsOne)
        return;
    std::size_t cp = 0;
    for (std::size_t i = 0; i < text_.size(); ++i) {
        if (U8_IS_TRAIL(static_cast<std::uint8_t>(text_[i])))
            continue;
        if (text_[i] == '\r' && i + 1 < text_.size() && text_[i + 1] == '\n')
            crBeforeLf_.push_back(cp);
        ++cp;
    }
}

long long DialectOffsets::toLfCodePoint(long long position) const {
    if (position < 0)
        return -1;
    auto p = static_cast<std::size_t>(position);
    if (dialect_.bomCounted)
        p = p == 0 ? 0 : p - 1; // position 0 is before the BOM, i.e. the start of the text
    std::size_t cp = 0;
    if (dialect_.utf16Units) {
        if (p > index_.utf16Units())
            return -1;
        try {
            cp = index_.codePointOfUtf16(p);
        } catch (const InvalidArgumentError&) {
            return -1;
        }
    } else {
        if (p > index_.codePoints())
            return -1;
        cp = p;
    }
    // Each CR of a CRLF before the position disappears in the LF text; a position between CR and
    // LF lands on the LF.
    const auto crs = static_cast<std::size_t>(
        std::lower_bound(crBeforeLf_.begin(), crBeforeLf_.end(), cp) - crBeforeLf_.begin());
    return static_cast<long long>(cp - crs);
}

NfcOffsetMap::NfcOffsetMap(std::string_view text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status))
        throw Error("ICU's NFC normaliser is unavailable");
    const icu::UnicodeString whole = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<std::int32_t>(text.size())));
    if (nfc->isNormalized(whole, status) && U_SUCCESS(status))
        return;
    // Normalisation never crosses a position where hasBoundaryBefore holds, so each segment
    // between such positions normalises on its own and offsets at segment starts map exactly.
    std::size_t cp = 0;
    std::size_t nfcCp = 0;
    std::int32_t i = 0;
    icu::UnicodeString segment;
    std::size_t segmentStart = 0;
    auto flush = [&] {
        if (segment.isEmpty())
            return;
        UErrorCode s = U_ZERO_ERROR;
        const icu::UnicodeString out = nfc->normalize(segment, s);
        const auto n = static_cast<std::size_t>(out.countChar32());
        segmentStarts_.push_back(segmentStart);
        nfcStarts_.push_back(nfcCp);
        nfcLengths_.push_back(n);
        nfcCp += n;
        segment.remove();
    };
    while (i < whole.length()) {
        const UChar32 c = whole.char32At(i);
        if (nfc->hasBoundaryBefore(c)) {
            flush();
            segmentStart = cp;
        }
        segment.append(c);
        i += U16_LENGTH(c);
        ++cp;
    }
    flush();
    length_ = cp;
}

std::size_t NfcOffsetMap::toNfc(std::size_t codePoint) const {
    if (identity())
        return codePoint;
    if (codePoint >= length_)
        return nfcStarts_.empty() ? 0 : nfcStarts_.back() + nfcLengths_.back();
    const auto it = std::upper_bound(segmentStarts_.begin(), segmentStarts_.end(), codePoint) - 1;
    const auto k = static_cast<std::size_t>(it - segmentStarts_.begin());
    // Inside a segment that composed into fewer characters: clamp to the segment's NFC length.
    return nfcStarts_[k] + std::min(codePoint - *it, nfcLengths_[k]);
}

} // namespace codeboom
