#pragma once

#include <string>
#include <string_view>

namespace codeboom {

// Unicode NFC (keeps compatibility characters such as the ĳ ligature as typed: NFKC would not).
std::string toNfc(std::string_view utf8);

// CRLF and lone CR become LF; U+2028/U+2029 are left alone (they are characters, not line ends
// in the transcripts we import).
std::string toLf(std::string_view text);

} // namespace codeboom
