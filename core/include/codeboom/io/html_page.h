#pragma once

#include "codeboom/model/language.h"

#include <string>
#include <string_view>

namespace codeboom {

// HTML shared by every self-contained page Codeboom writes (matrix reports, codebooks): no
// scripts and no external files, so a page can be mailed, archived and printed as it is.

// Text made safe for element content and double-quoted attribute values (& < > "), in HTML
// and in XML such as SVG.
std::string escapeHtml(std::string_view text);

// Everything up to and including <body>: doctype, <html lang>, UTF-8, the title (escaped) and the
// style sheet (written as given).
std::string htmlPageStart(Language language, std::string_view title, std::string_view css);

// Closes what htmlPageStart opened.
std::string htmlPageEnd();

} // namespace codeboom
