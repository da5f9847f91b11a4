#pragma once

#include "codeboom/io/extracted.h"

#include <string>
#include <string_view>

namespace codeboom {

// Format readers: each takes the file's raw bytes and the file name (used only in error
// messages) and returns its paragraphs, or throws ImportError naming the file and the problem.
// They never return partial results for a broken file.

// Plain text: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, Windows-1252, ISO-8859-1.
// Each line is a paragraph (blank lines are kept as empty paragraphs so the text survives as
// typed).
ExtractedDocument readTxt(std::string_view bytes, const std::string& fileName);

// Office Open XML: body paragraphs in order; tabs, line breaks, tracked insertions kept,
// tracked deletions dropped, footnotes/endnotes/comments ignored.
ExtractedDocument readDocx(std::string_view bytes, const std::string& fileName);

// OpenDocument Text: paragraphs and headings; <text:s text:c="N"/>, tabs, line breaks.
ExtractedDocument readOdt(std::string_view bytes, const std::string& fileName);

// Rich Text Format: \par paragraphs, \uN escapes (with \ucN skipping), \'hh bytes in the
// document's code page (\ansicpg, default 1252), skipped destination groups (\*, fonttbl,
// colortbl, stylesheet, info, pict, footnote, header, footer ...).
ExtractedDocument readRtf(std::string_view bytes, const std::string& fileName);

// SubRip (.srt) and WebVTT (.vtt): one paragraph per cue with the cue's start time as timestamp;
// speaker from "<v Name>" (WebVTT voice span) or a leading "Name:".
ExtractedDocument readSrt(std::string_view bytes, const std::string& fileName);
ExtractedDocument readVtt(std::string_view bytes, const std::string& fileName);

} // namespace codeboom
