#pragma once

namespace codeboom {

// The language of what Codeboom writes for readers (exports, reports, codebooks).
enum class Language { English, Dutch };

} // namespace codeboom
