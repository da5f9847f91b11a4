#include "codeboom/text/name_key.h"

#include "codeboom/error.h"

#include <unicode/coll.h>
#include <unicode/unistr.h>

#include <vector>

namespace codeboom {

NameKeyMaker::NameKeyMaker() {
    UErrorCode status = U_ZERO_ERROR;
    collator_.reset(icu::Collator::createInstance(icu::Locale("nl"), status));
    if (U_FAILURE(status) || !collator_)
        throw Error(std::string("Dutch collation is unavailable (ICU: ") + u_errorName(status) +
                    ")");
    collator_->setStrength(icu::Collator::SECONDARY);
}

NameKeyMaker::~NameKeyMaker() = default;

std::string NameKeyMaker::keyOf(std::string_view name) const {
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(name.data(), static_cast<std::int32_t>(name.size())));
    std::vector<uint8_t> key(64);
    std::int32_t size =
        collator_->getSortKey(text, key.data(), static_cast<std::int32_t>(key.size()));
    if (size > static_cast<std::int32_t>(key.size())) {
        key.resize(static_cast<std::size_t>(size));
        size = collator_->getSortKey(text, key.data(), size);
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    // The sort key ends with a NUL byte that carries no information.
    for (std::int32_t i = 0; i + 1 < size; ++i) {
        hex.push_back(kHex[key[static_cast<std::size_t>(i)] >> 4]);
        hex.push_back(kHex[key[static_cast<std::size_t>(i)] & 0xf]);
    }
    return hex;
}

} // namespace codeboom
