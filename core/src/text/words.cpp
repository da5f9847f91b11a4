#include "codeboom/text/words.h"

#include "codeboom/error.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

namespace codeboom {

WordCounter::WordCounter() {
    UErrorCode status = U_ZERO_ERROR;
    words_.reset(icu::BreakIterator::createWordInstance(icu::Locale("nl"), status));
    if (U_FAILURE(status) || !words_)
        throw Error(std::string("word segmentation is unavailable (ICU: ") + u_errorName(status) +
                    ")");
}

WordCounter::~WordCounter() = default;

std::size_t WordCounter::count(std::string_view utf8) {
    UErrorCode status = U_ZERO_ERROR;
    UText* text =
        utext_openUTF8(nullptr, utf8.data(), static_cast<std::int64_t>(utf8.size()), &status);
    if (U_FAILURE(status))
        throw Error(std::string("cannot segment text into words (ICU: ") + u_errorName(status) +
                    ")");
    words_->setText(text, status);
    std::size_t n = 0;
    for (std::int32_t end = words_->next(); end != icu::BreakIterator::DONE; end = words_->next()) {
        const std::int32_t rule = words_->getRuleStatus();
        // UBRK_WORD_NUMBER [100, 200) and UBRK_WORD_LETTER [200, 300): letters and numbers only.
        if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_LETTER_LIMIT)
            ++n;
    }
    utext_close(text);
    return n;
}

} // namespace codeboom
