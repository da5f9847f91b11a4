#pragma once

#include <string>
#include <string_view>

namespace codeboom {

// The form in which type-ahead search compares text: compatibility-decomposed (the ĳ ligature
// becomes "ij"), without accents and case-folded, so "financiele" and "FINANCIËLE" both find
// "Financiële drempel". UTF-8 in and out.
std::string searchFold(std::string_view utf8);

} // namespace codeboom
