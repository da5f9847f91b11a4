#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace codeboom {

// The one place where positions change unit. Every stored position is a Unicode code point
// offset into a document's immutable NFC, LF-only text (REFI-QDA's unit); the editor wants UTF-8
// byte offsets and some vendors wrote UTF-16 code units. The index keeps the byte and UTF-16
// offset of every 64th code point, so each conversion is a binary search plus at most 63 steps.
class OffsetIndex {
public:
    OffsetIndex() = default;
    // The index refers to `text`; the caller keeps it alive and unchanged (documents are
    // immutable).
    explicit OffsetIndex(std::string_view utf8);

    std::size_t codePoints() const { return codePoints_; }
    std::size_t bytes() const { return text_.size(); }
    std::size_t utf16Units() const { return utf16Units_; }

    // Code point -> UTF-8 byte / UTF-16 unit. Throws InvalidArgumentError beyond the end.
    std::size_t byteOf(std::size_t codePoint) const;
    std::size_t utf16Of(std::size_t codePoint) const;
    // UTF-8 byte / UTF-16 unit -> code point. Throws InvalidArgumentError beyond the end or when
    // the position falls inside a code point (a continuation byte, the low half of a surrogate
    // pair): such a position cannot be stored.
    std::size_t codePointOfByte(std::size_t byte) const;
    std::size_t codePointOfUtf16(std::size_t unit) const;

    // The text between two code point offsets (from <= to <= codePoints()).
    std::string_view slice(std::size_t from, std::size_t to) const;

private:
    static constexpr std::size_t kStride = 64;
    std::string_view text_;
    std::size_t codePoints_ = 0;
    std::size_t utf16Units_ = 0;
    bool ascii_ = true;
    std::vector<std::uint32_t> byteAt_;  // byte offset of code point k * kStride
    std::vector<std::uint32_t> utf16At_; // UTF-16 offset of code point k * kStride
};

// How a producer counted positions in a plain-text file. REFI-QDA 1.5 §10 says code points, but
// real exporters differ (research note §1.5): NVivo 12 for Windows counts UTF-16 units with CRLF
// as 2, ATLAS.ti counts CRLF as 1, and a UTF-8 BOM may or may not be counted.
struct PositionDialect {
    bool utf16Units = false; // UTF-16 code units instead of code points
    bool crlfAsOne = false;  // positions over the text with CRLF already folded to LF
    bool bomCounted = false; // the file's UTF-8 BOM (U+FEFF) counts as one unit

    // E.g. "UTF-16 units, CRLF counted as 2, BOM not counted"; the CRLF and BOM parts are left
    // out when the file has neither, since they cannot matter then.
    std::string describe(bool hasCrlf, bool hasBom) const;
    bool operator==(const PositionDialect&) const = default;
};

// Maps positions counted in a dialect over a file's decoded text (`decoded`: the file's text with
// its BOM removed and its line ends as written) to code point offsets in the LF-normalised text
// (toLf(decoded)). The object owns a copy of what it indexes; it cannot be copied or moved.
class DialectOffsets {
public:
    DialectOffsets(std::string_view decoded, PositionDialect dialect);
    DialectOffsets(const DialectOffsets&) = delete;
    DialectOffsets& operator=(const DialectOffsets&) = delete;

    // The LF-text code point offset, or -1 when the position lies beyond the end or inside a
    // character (the low half of a surrogate pair).
    long long toLfCodePoint(long long position) const;

private:
    PositionDialect dialect_;
    std::string text_; // the text the producer counted over (with or without CRs)
    OffsetIndex index_;
    std::vector<std::size_t> crBeforeLf_; // code point offsets of the CR of each CRLF in text_
};

// Maps code point offsets in a text to offsets in its NFC form (stored documents are NFC; a
// producer counted over the text as written). Identity when the text is already NFC.
class NfcOffsetMap {
public:
    explicit NfcOffsetMap(std::string_view text);
    std::size_t toNfc(std::size_t codePoint) const;
    bool identity() const { return segmentStarts_.empty(); }

private:
    // Starts of normalisation segments (in the original and in the NFC text), parallel arrays.
    std::vector<std::size_t> segmentStarts_;
    std::vector<std::size_t> nfcStarts_;
    std::vector<std::size_t> nfcLengths_;
    std::size_t length_ = 0;
};

// Number of code points in valid UTF-8.
std::size_t countCodePoints(std::string_view utf8);

// True when the bytes are well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
bool isValidUtf8(std::string_view bytes);

} // namespace codeboom
