#pragma once

#include <string>
#include <vector>

namespace codeboom {

// One paragraph as a format reader found it. Text is UTF-8; a line break inside the paragraph
// (Word's <w:br/>, ODF's <text:line-break/>, RTF's \line, a multi-line subtitle cue) is "\n".
// Readers do not normalise (NFC, LF): the import pipeline does that once for every format.
struct ExtractedParagraph {
    std::string text;
    // Set only by formats that carry speaker and time themselves (subtitle cues, whose readers
    // also take a leading "Name:" as the speaker); empty otherwise. For every other format the
    // import pipeline finds "Label:" speakers itself.
    std::string speaker;
    std::string timestamp; // a cue's start, normalised to "HH:MM:SS.mmm"
};

// What a format reader extracted from one file, before normalisation and structure detection.
struct ExtractedDocument {
    std::vector<ExtractedParagraph> paragraphs;
    std::string encoding; // e.g. "UTF-8", "UTF-16LE", "windows-1252", "docx", "odt", "rtf"
};

} // namespace codeboom
