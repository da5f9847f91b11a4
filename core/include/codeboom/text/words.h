#pragma once

#include <unicode/uversion.h>

#include <memory>
#include <string_view>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace codeboom {

// Counts words as analysis-definitions.md defines them: ICU word-break segments whose rule status
// is letter or number, in the nl locale. Building a break iterator is expensive, so one counter
// is made once and reused for many texts.
class WordCounter {
public:
    WordCounter();
    ~WordCounter();
    WordCounter(const WordCounter&) = delete;
    WordCounter& operator=(const WordCounter&) = delete;

    std::size_t count(std::string_view utf8);

private:
    std::unique_ptr<icu::BreakIterator> words_;
};

} // namespace codeboom
