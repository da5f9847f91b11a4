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

// Number of code points in valid UTF-8.
std::size_t countCodePoints(std::string_view utf8);

// True when the bytes are well-formed UTF-8 (no overlongs, surrogates or values past U+10FFFF).
bool isValidUtf8(std::string_view bytes);

} // namespace codeboom
