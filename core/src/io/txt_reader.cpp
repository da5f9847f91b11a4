#include "codeboom/error.h"
#include "codeboom/io/readers.h"

#include "io/utf8_check.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace codeboom {
namespace {

using namespace std::string_view_literals;

// The detector's confidence (0-100) below which its Latin-1 guess is no better than noise: on
// random bytes ICU still proposes windows-1252 at about 5, on a sentence of Dutch it says 50+.
constexpr int32_t kMinConfidence = 20;
// A proposal of another encoding this strong means the text is most likely in that encoding;
// decoding it as windows-1252 would silently turn it into nonsense.
constexpr int32_t kRivalConfidence = 50;

struct ConverterCloser {
    void operator()(UConverter* converter) const { ucnv_close(converter); }
};
struct DetectorCloser {
    void operator()(UCharsetDetector* detector) const { ucsdet_close(detector); }
};

// `reason` is the whole sentence, "{file}: cannot decode the text: ...": this fills in {file}.
[[noreturn]] void refuse(const std::string& fileName, Message reason) {
    reason.values.emplace_back("file", fileName);
    throw ImportError(std::move(reason));
}

std::string hexByte(unsigned char byte) {
    constexpr std::string_view digits = "0123456789ABCDEF";
    return std::string("0x") + digits[byte >> 4] + digits[byte & 0xF];
}

ExtractedDocument toDocument(std::string_view text, std::string encoding) {
    ExtractedDocument document;
    document.encoding = std::move(encoding);
    for (const std::string_view line : io::splitLines(text)) {
        document.paragraphs.push_back({std::string(line), {}, {}});
    }
    return document;
}

std::string utf16ToUtf8(const std::u16string& units, const std::string& fileName) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = 0;
    u_strToUTF8(nullptr, 0, &length, units.data(), static_cast<int32_t>(units.size()), &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) {
        refuse(fileName, {CODEBOOM_N_("{file}: cannot decode the text: conversion to UTF-8 failed "
                                      "({reason})"),
                          {{"reason", u_errorName(status)}}});
    }
    std::string out(static_cast<std::size_t>(length), '\0');
    status = U_ZERO_ERROR;
    u_strToUTF8(out.data(), length, nullptr, units.data(), static_cast<int32_t>(units.size()),
                &status);
    if (U_FAILURE(status)) {
        refuse(fileName, {CODEBOOM_N_("{file}: cannot decode the text: conversion to UTF-8 failed "
                                      "({reason})"),
                          {{"reason", u_errorName(status)}}});
    }
    return out;
}

// Converts with ICU and a stop callback: a byte the encoding does not define is an error, never a
// silent substitution character.
std::string decode(std::string_view bytes, const char* converterName, const std::string& fileName) {
    if (bytes.size() > static_cast<std::size_t>(INT32_MAX / 2)) {
        refuse(fileName,
               {CODEBOOM_N_("{file}: cannot decode the text: the file is too large"), {}});
    }
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(converterName, &status));
    if (U_FAILURE(status)) {
        refuse(fileName,
               {CODEBOOM_N_("{file}: cannot decode the text: no converter for {encoding}"),
                {{"encoding", converterName}}});
    }
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                        &status);
    // UTF-16 needs at most one unit per input byte pair, single-byte encodings one per byte.
    std::u16string units(bytes.size() + 1, u'\0');
    const int32_t length =
        ucnv_toUChars(converter.get(), units.data(), static_cast<int32_t>(units.size()),
                      bytes.data(), static_cast<int32_t>(bytes.size()), &status);
    if (U_FAILURE(status)) {
        refuse(fileName,
               {CODEBOOM_N_("{file}: cannot decode the text: the bytes are not valid {encoding}"),
                {{"encoding", converterName}}});
    }
    units.resize(static_cast<std::size_t>(length));
    return utf16ToUtf8(units, fileName);
}

ExtractedDocument readUtf16(std::string_view bytes, bool bigEndian, const std::string& fileName) {
    const std::string name = bigEndian ? "UTF-16BE" : "UTF-16LE";
    if (bytes.size() % 2 != 0) {
        refuse(fileName, {CODEBOOM_N_("{file}: cannot decode the text: the file starts with a "
                                      "{encoding} byte-order mark but has an odd number of bytes "
                                      "(truncated?)"),
                          {{"encoding", name}}});
    }
    // Find unpaired surrogates ourselves so the message can say where the damage is.
    bool expectLow = false;
    for (std::size_t i = 0; i < bytes.size(); i += 2) {
        const auto first = static_cast<unsigned char>(bytes[i]);
        const auto second = static_cast<unsigned char>(bytes[i + 1]);
        const auto unit =
            static_cast<char16_t>(bigEndian ? (first << 8) | second : (second << 8) | first);
        const bool isHigh = unit >= 0xD800 && unit <= 0xDBFF;
        const bool isLow = unit >= 0xDC00 && unit <= 0xDFFF;
        if (unit == 0) {
            refuse(fileName, {CODEBOOM_N_("{file}: cannot decode the text: the {encoding} text "
                                          "contains a NUL character at offset {offset}, so it is "
                                          "not a text file"),
                              {{"encoding", name}, {"offset", std::to_string(i + 2)}}});
        }
        if (expectLow != isLow) {
            const std::size_t offset = expectLow ? i - 2 : i;
            refuse(fileName, {CODEBOOM_N_("{file}: cannot decode the text: the {encoding} text "
                                          "has an unpaired surrogate at offset {offset}"),
                              {{"encoding", name}, {"offset", std::to_string(offset + 2)}}});
        }
        expectLow = isHigh;
    }
    if (expectLow) {
        refuse(fileName, {CODEBOOM_N_("{file}: cannot decode the text: the {encoding} text ends "
                                      "with an unpaired surrogate"),
                          {{"encoding", name}}});
    }
    return toDocument(decode(bytes, name.c_str(), fileName), name);
}

Message describeNulBytes(std::string_view bytes) {
    std::size_t even = 0;
    std::size_t odd = 0;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\0') {
            ++(i % 2 == 0 ? even : odd);
        }
    }
    // Mostly-ASCII UTF-16 has a NUL in every other byte; which half tells the byte order.
    const std::size_t pairs = bytes.size() / 2;
    if (pairs > 0 && odd * 10 >= pairs * 7 && even * 10 < pairs) {
        return {CODEBOOM_N_("{file}: cannot decode the text: it looks like UTF-16LE without a "
                            "byte-order mark; save it as UTF-8"),
                {}};
    }
    if (pairs > 0 && even * 10 >= pairs * 7 && odd * 10 < pairs) {
        return {CODEBOOM_N_("{file}: cannot decode the text: it looks like UTF-16BE without a "
                            "byte-order mark; save it as UTF-8"),
                {}};
    }
    return {CODEBOOM_N_("{file}: cannot decode the text: it contains NUL bytes, so it is a binary "
                        "file rather than text"),
            {}};
}

bool isBinaryControl(unsigned char byte) {
    // Text uses TAB, LF, VT, FF and CR; the other C0 controls only turn up in binary data.
    return byte < 0x09 || (byte >= 0x0E && byte < 0x20) || byte == 0x7F;
}

bool isUndefinedIn1252(unsigned char byte) {
    return byte == 0x81 || byte == 0x8D || byte == 0x8F || byte == 0x90 || byte == 0x9D;
}

// Line number (from 1) of byte `offset`, counting LF, CRLF and lone CR as splitLines does.
std::size_t lineOf(std::string_view bytes, std::size_t offset) {
    std::size_t line = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        if (bytes[i] == '\n' ||
            (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n'))) {
            ++line;
        }
    }
    return line;
}

// A byte as the user's editor shows it in windows-1252: its hex value and the character.
std::string describe1252Byte(unsigned char byte, const std::string& fileName) {
    if (isUndefinedIn1252(byte)) {
        return hexByte(byte);
    }
    const char text[] = {static_cast<char>(byte)};
    return hexByte(byte) + " \"" + decode(std::string_view(text, 1), "windows-1252", fileName) +
           "\"";
}

// A file saved as UTF-8 and then extended by a tool that writes windows-1252 (or pasted together
// from both) has well-formed UTF-8 sequences as well as bytes that are not UTF-8. Decoded as
// windows-1252 its UTF-8 part turns into "coÃ¶rdinatie", so it is refused, saying where each
// encoding shows. A genuine windows-1252 or ISO-8859-1 file only has such a sequence when an
// accented capital or symbol (0xC2-0xF4) happens to be followed by punctuation from 0x80-0xBF,
// as in "Ã©", which Dutch text does not write. Well-formed sequences for C1 controls (C2 80-9F:
// "Â" and a curly quote) are not counted: UTF-8 text never holds them. Only text that is mostly
// ASCII is judged, so that bytes without structure keep their own message.
void refuseMixedEncodings(std::string_view bytes, const std::string& fileName) {
    std::size_t ascii = 0;
    std::size_t firstUtf8 = std::string_view::npos;
    std::size_t firstLegacy = std::string_view::npos;
    for (std::size_t i = 0; i < bytes.size();) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        if (byte < 0x80) {
            ++ascii;
            ++i;
            continue;
        }
        const std::size_t length = io::multiByteLength(bytes, i);
        const bool c1 =
            length == 2 && byte == 0xC2 && static_cast<unsigned char>(bytes[i + 1]) < 0xA0;
        if (length > 0 && !c1) {
            firstUtf8 = std::min(firstUtf8, i);
            i += length;
        } else {
            firstLegacy = std::min(firstLegacy, i);
            ++i;
        }
    }
    if (firstUtf8 == std::string_view::npos || firstLegacy == std::string_view::npos ||
        ascii * 2 < bytes.size()) {
        return;
    }
    const std::string utf8Char(bytes.substr(firstUtf8, io::multiByteLength(bytes, firstUtf8)));
    const std::string utf8Line = std::to_string(lineOf(bytes, firstUtf8));
    const std::string legacyLine = std::to_string(lineOf(bytes, firstLegacy));
    const std::vector<std::pair<std::string, std::string>> values = {
        {"legacy_byte", std::to_string(firstLegacy)},
        {"legacy_line", legacyLine},
        {"legacy_char", describe1252Byte(static_cast<unsigned char>(bytes[firstLegacy]), fileName)},
        {"utf8_byte", std::to_string(firstUtf8)},
        {"utf8_line", utf8Line},
        {"utf8_char", utf8Char}};
    if (firstUtf8 < firstLegacy) {
        refuse(fileName,
               {CODEBOOM_N_("{file}: cannot decode the text: mixed encodings: UTF-8 up to byte "
                            "{legacy_byte} (e.g. \"{utf8_char}\" on line {utf8_line}) and "
                            "Windows-1252 at byte {legacy_byte} (line {legacy_line}: "
                            "{legacy_char}); correct the text from line {legacy_line} on and save "
                            "the file again as UTF-8"),
                values});
    }
    refuse(fileName,
           {CODEBOOM_N_("{file}: cannot decode the text: mixed encodings: Windows-1252 at byte "
                        "{legacy_byte} (line {legacy_line}: {legacy_char}) and UTF-8 at byte "
                        "{utf8_byte} (line {utf8_line}: \"{utf8_char}\"); correct the "
                        "Windows-1252 characters and save the file again as UTF-8"),
            values});
}

ExtractedDocument readLegacy(std::string_view bytes, const std::string& fileName) {
    const std::size_t invalidAt = io::findInvalidUtf8(bytes);
    const std::string invalidOffset = std::to_string(invalidAt);
    const Message noFit{CODEBOOM_N_("{file}: cannot decode the text: bytes are not valid UTF-8 (at "
                                    "offset {offset}) and no single-byte encoding fits"),
                        {{"offset", invalidOffset}}};

    const auto control = std::find_if(bytes.begin(), bytes.end(), [](char c) {
        return isBinaryControl(static_cast<unsigned char>(c));
    });
    if (control != bytes.end()) {
        refuse(fileName, {CODEBOOM_N_("{file}: cannot decode the text: bytes are not valid UTF-8 "
                                      "(at offset {offset}) and control byte {byte} at offset "
                                      "{at} suggests a binary file"),
                          {{"offset", invalidOffset},
                           {"byte", hexByte(static_cast<unsigned char>(*control))},
                           {"at", std::to_string(control - bytes.begin())}}});
    }
    if (bytes.size() > static_cast<std::size_t>(INT32_MAX)) {
        refuse(fileName,
               {CODEBOOM_N_("{file}: cannot decode the text: the file is too large"), {}});
    }

    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
    ucsdet_setText(detector.get(), bytes.data(), static_cast<int32_t>(bytes.size()), &status);
    int32_t count = 0;
    const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &count, &status);
    if (U_FAILURE(status)) {
        refuse(fileName, noFit);
    }
    int32_t latinConfidence = 0;
    std::string rival;
    int32_t rivalConfidence = 0;
    for (int32_t i = 0; i < count; ++i) {
        UErrorCode matchStatus = U_ZERO_ERROR;
        const std::string name = ucsdet_getName(matches[i], &matchStatus);
        const int32_t confidence = ucsdet_getConfidence(matches[i], &matchStatus);
        if (U_FAILURE(matchStatus)) {
            continue;
        }
        if (name == "ISO-8859-1" || name == "windows-1252") {
            latinConfidence = std::max(latinConfidence, confidence);
        } else if (!name.starts_with("UTF-") && confidence > rivalConfidence) {
            // UTF-8 is ruled out already and UTF-16/32 without NUL bytes cannot be; ICU lists
            // them at a token confidence for every input.
            rival = name;
            rivalConfidence = confidence;
        }
    }
    if (rivalConfidence >= kRivalConfidence && rivalConfidence > latinConfidence) {
        refuse(fileName, {CODEBOOM_N_("{file}: cannot decode the text: bytes are not valid UTF-8 "
                                      "(at offset {offset}) and they look like {encoding}, which "
                                      "cannot be imported; save the file as UTF-8"),
                          {{"offset", invalidOffset}, {"encoding", rival}}});
    }
    refuseMixedEncodings(bytes, fileName);
    if (latinConfidence < kMinConfidence) {
        refuse(fileName, noFit);
    }

    // ICU reports windows-1252 only when it sees C1 bytes; decide the label from the bytes so
    // the two names mean what they say: ISO-8859-1 has no printable characters in 0x80-0x9F.
    const auto c1 = std::find_if(bytes.begin(), bytes.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte >= 0x80 && byte <= 0x9F;
    });
    if (c1 == bytes.end()) {
        return toDocument(decode(bytes, "ISO-8859-1", fileName), "ISO-8859-1");
    }
    const auto undefined = std::find_if(bytes.begin(), bytes.end(), [](char c) {
        return isUndefinedIn1252(static_cast<unsigned char>(c));
    });
    if (undefined != bytes.end()) {
        refuse(fileName, {CODEBOOM_N_("{file}: cannot decode the text: bytes are not valid UTF-8 "
                                      "(at offset {offset}) and byte {byte} at offset {at} is not "
                                      "a character in windows-1252 or ISO-8859-1"),
                          {{"offset", invalidOffset},
                           {"byte", hexByte(static_cast<unsigned char>(*undefined))},
                           {"at", std::to_string(undefined - bytes.begin())}}});
    }
    return toDocument(decode(bytes, "windows-1252", fileName), "windows-1252");
}

} // namespace

ExtractedDocument readTxt(std::string_view bytes, const std::string& fileName) {
    if (bytes.starts_with("\x00\x00\xFE\xFF"sv) || bytes.starts_with("\xFF\xFE\x00\x00"sv)) {
        refuse(fileName, {CODEBOOM_N_("{file}: cannot decode the text: the file is UTF-32, which "
                                      "cannot be imported; save it as UTF-8"),
                          {}});
    }
    if (bytes.starts_with("\xFF\xFE")) {
        return readUtf16(bytes.substr(2), false, fileName);
    }
    if (bytes.starts_with("\xFE\xFF")) {
        return readUtf16(bytes.substr(2), true, fileName);
    }
    const bool bom = bytes.starts_with(io::kUtf8Bom);
    const std::string_view body = bom ? bytes.substr(io::kUtf8Bom.size()) : bytes;
    const std::size_t nul = body.find('\0');
    if (nul != std::string_view::npos) {
        refuse(fileName, describeNulBytes(body));
    }
    const std::size_t invalidAt = io::findInvalidUtf8(body);
    if (invalidAt == std::string_view::npos) {
        return toDocument(body, bom ? "UTF-8 (BOM)" : "UTF-8");
    }
    if (bom) {
        refuse(fileName, {CODEBOOM_N_("{file}: cannot decode the text: the file starts with a "
                                      "UTF-8 byte-order mark but the bytes at offset {offset} are "
                                      "not valid UTF-8"),
                          {{"offset", std::to_string(invalidAt + io::kUtf8Bom.size())}}});
    }
    return readLegacy(body, fileName);
}

} // namespace codeboom
