#pragma once

#include "codeboom/io/extracted.h"
#include "codeboom/model/types.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace codeboom {

class SpeakerDetector;
class WordCounter;

struct ImportOptions {
    std::optional<std::string> speakerPattern; // ICU regex replacing the default label rule

    // The label detector for speakerPattern, compiled on first use and kept for every later file
    // imported with these options (or a copy of them): compiling the label pattern costs about
    // as much as scanning a transcript with it. Throws InvalidArgumentError for a bad pattern.
    const SpeakerDetector& speakerDetector() const;

private:
    mutable std::shared_ptr<const SpeakerDetector> detector_;
    mutable std::optional<std::string> detectorPattern_;
};

// A transcript ready to be stored: the immutable NFC, LF-only text and the structure found in it.
struct ImportedDocument {
    std::string name; // the file name without extension
    std::string originalName;
    std::string originalSha256;
    std::string format; // txt, docx, odt, rtf, srt, vtt
    std::string encoding;
    std::string text;
    std::string sha256; // of text; empty until known (readTranscript fills it in)
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
