#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace codeboom::io {

inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Offset of the first byte that does not start a well-formed UTF-8 sequence, or npos when all of
// `bytes` is well-formed. "Well-formed" is Unicode §3.9 Table 3-7: no overlong forms, no
// surrogates (U+D800..U+DFFF), nothing above U+10FFFF, no truncated sequence at the end.
std::size_t findInvalidUtf8(std::string_view bytes);

// Length (2-4) of the well-formed multi-byte UTF-8 sequence that starts at `at`, or 0 when the
// byte there is ASCII or does not start one.
std::size_t multiByteLength(std::string_view bytes, std::size_t at);

inline bool isValidUtf8(std::string_view bytes) {
    return findInvalidUtf8(bytes) == std::string_view::npos;
}

// Appends `codePoint` as UTF-8. Surrogates and values above U+10FFFF become U+FFFD, so the
// result is always well-formed whatever a damaged input file asked for.
void appendUtf8(std::string& out, char32_t codePoint);

// Splits text into lines at LF, CRLF and lone CR (the three conventions transcripts arrive in).
// A final terminator ends the last line rather than starting an empty one, so "a\nb\n" is two
// lines and "" is none. The views point into `text`.
std::vector<std::string_view> splitLines(std::string_view text);

} // namespace codeboom::io
