#include "codeboom/text/search_fold.h"

#include "codeboom/error.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace codeboom {

std::string searchFold(std::string_view utf8) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
    if (U_FAILURE(status))
        throw Error(std::string("Unicode normalisation is unavailable (ICU: ") +
                    u_errorName(status) + ")");
    const icu::UnicodeString decomposed =
        nfkd->normalize(icu::UnicodeString::fromUTF8(
                            icu::StringPiece(utf8.data(), static_cast<std::int32_t>(utf8.size()))),
                        status);
    icu::UnicodeString bare;
    for (std::int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
        const UChar32 c = decomposed.char32At(i);
        if (u_charType(c) != U_NON_SPACING_MARK)
            bare.append(c);
    }
    bare.foldCase();
    std::string out;
    bare.toUTF8String(out);
    return out;
}

} // namespace codeboom
