#pragma once

#include <unicode/uversion.h>

#include <memory>
#include <string>
#include <string_view>

U_NAMESPACE_BEGIN
class Collator;
U_NAMESPACE_END

namespace codeboom {

// Makes the key under which code names are compared: a Dutch collator at secondary strength, so
// "Financiële drempel" equals "financiële Drempel" and "ĳs" equals "ijs", while "financiele"
// (no diaeresis) stays a different name. Keys are hex strings, safe to store in a UNIQUE column.
class NameKeyMaker {
public:
    NameKeyMaker();
    ~NameKeyMaker();
    NameKeyMaker(const NameKeyMaker&) = delete;
    NameKeyMaker& operator=(const NameKeyMaker&) = delete;

    std::string keyOf(std::string_view name) const;

private:
    std::unique_ptr<icu::Collator> collator_;
};

} // namespace codeboom
