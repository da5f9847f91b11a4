#pragma once

#include "codeboom/io/extracted.h"
#include "codeboom/model/types.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace codeboom {

class WordCounter;

struct ImportOptions {
    std::optional<std::string> speakerPattern; // ICU regex replacing the default label rule
};

// A transcript ready to be stored: the immutable NFC, LF-only text and the structure found in it.
struct ImportedDocument {
    std::string name; // the file name without extension
    std::string originalName;
    std::string originalSha256;
    std::string format; // txt, docx, odt, rtf, srt, vtt
    std::string encoding;
    std::string text;
    std::size_t chars = 0;
    std::size_t words = 0;
    std::vector<Paragraph> paragraphs;
    std::vector<Turn> turns;
};

// Reads a transcript file of any supported type. Throws ImportError naming the file and the
// problem (unsupported type, unreadable, undecodable, broken archive ...).
ImportedDocument readTranscript(const std::filesystem::path& file, const ImportOptions& options,
                                WordCounter& words);

// The format-independent half: normalises the extracted paragraphs (NFC, LF), joins them with
// LF, finds paragraphs and speaker turns.
ImportedDocument buildTranscript(const ExtractedDocument& extracted, const ImportOptions& options,
                                 WordCounter& words);

} // namespace codeboom
