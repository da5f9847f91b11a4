#pragma once

#include "codeboom/refi/refi_model.h"
#include "codeboom/text/offsets.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace codeboom::refi {

// A source's plain text as the producer wrote it and as Codeboom will store it.
struct SourceText {
    std::string decoded; // the file's text, BOM removed, line ends as written
    std::string stored;  // NFC with LF line ends: the document's immutable text
    std::string encoding;
    bool hadBom = false;
    bool hasCrlf = false;
    bool hasNonBmp = false; // characters that take two UTF-16 units
};

// Decodes a source file: UTF-8 (REFI-QDA §9) with or without BOM; anything else goes through the
// transcript reader's detection (UTF-16 with BOM, Windows-1252). Throws ImportError naming
// `fileName` when the bytes cannot be decoded.
SourceText decodeSourceText(std::string_view bytes, const std::string& fileName);

// Converts one dialect's [start, end) to code point offsets in SourceText::stored.
class PositionMapper {
public:
    PositionMapper(const SourceText& text, PositionDialect dialect);
    // nullopt when a position is out of range, falls inside a character, or start > end.
    std::optional<std::pair<std::size_t, std::size_t>> map(long long start, long long end) const;

private:
    std::unique_ptr<DialectOffsets> offsets_;
    NfcOffsetMap nfc_;
    std::size_t storedLength_;
};

struct DialectGuess {
    PositionDialect dialect;
    std::string description;
    std::size_t probed = 0;  // selections looked at
    std::size_t matched = 0; // of those, how many fit this dialect (by name or word boundary)
    bool byName = false;     // at least one selection's name (its quoted text) decided
};

// Picks the dialect under which the source's selections fit best (research note §1.5): a
// selection whose name is its quoted text (ATLAS.ti, Codeboom) fits when the text at its
// positions starts with that quote; otherwise it fits when it starts and ends on word
// boundaries. Ties go to the standard's reading (code points over the text as written).
DialectGuess detectDialect(const SourceText& text, const std::vector<RefiSelection>& selections);

} // namespace codeboom::refi
