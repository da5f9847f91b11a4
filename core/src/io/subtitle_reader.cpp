#include "codeboom/error.h"
#include "codeboom/io/readers.h"

#include "io/utf8_check.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace codeboom {
namespace {

enum class Flavor { Srt, Vtt };

constexpr std::size_t kMaxLabelLength = 40;

bool isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isBlank(std::string_view line) {
    return line.find_first_not_of(" \t") == std::string_view::npos;
}

bool isDigits(std::string_view text) {
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string_view trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(" \t");
    return text.substr(first, last - first + 1);
}

// Reads a fixed number of digits, or fails.
std::optional<std::uint64_t> digits(std::string_view text) {
    if (!isDigits(text) || text.size() > 9) {
        return std::nullopt;
    }
    std::uint64_t value = 0;
    for (const char c : text) {
        value = value * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return value;
}

// SubRip: HH:MM:SS,mmm (players also accept a dot and a one-digit hour, so do we).
// WebVTT (W3C WebVTT §4.1 "WebVTT timestamp"): [hh:]mm:ss.ttt, minutes and seconds two digits.
// Returns the time as HH:MM:SS.mmm.
std::optional<std::string> parseTimestamp(std::string_view text, Flavor flavor) {
    const auto separator = text.find_last_of(flavor == Flavor::Srt ? ",." : ".");
    if (separator == std::string_view::npos) {
        return std::nullopt;
    }
    const std::string_view fraction = text.substr(separator + 1);
    std::string_view clock = text.substr(0, separator);
    std::vector<std::string_view> fields;
    for (std::size_t colon = clock.find(':'); colon != std::string_view::npos;
         colon = clock.find(':')) {
        fields.push_back(clock.substr(0, colon));
        clock.remove_prefix(colon + 1);
    }
    fields.push_back(clock);
    const bool hoursOptional = flavor == Flavor::Vtt;
    if (fields.size() != 3 && !(hoursOptional && fields.size() == 2)) {
        return std::nullopt;
    }
    std::uint64_t hours = 0;
    if (fields.size() == 3) {
        const auto parsedHours = digits(fields[0]);
        if (!parsedHours) {
            return std::nullopt;
        }
        hours = *parsedHours;
    }
    const std::string_view minutesText = fields[fields.size() - 2];
    const std::string_view secondsText = fields.back();
    const auto minutes = digits(minutesText);
    const auto seconds = digits(secondsText);
    const auto millis = digits(fraction);
    if (!minutes || !seconds || !millis || minutesText.size() != 2 || secondsText.size() != 2 ||
        fraction.size() != 3 || *minutes > 59 || *seconds > 59) {
        return std::nullopt;
    }
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%02llu:%02llu:%02llu.%03llu",
                  static_cast<unsigned long long>(hours), static_cast<unsigned long long>(*minutes),
                  static_cast<unsigned long long>(*seconds),
                  static_cast<unsigned long long>(*millis));
    return std::string(buffer);
}

// "start --> end [settings]"; returns the normalised start time.
std::optional<std::string> parseTiming(std::string_view line, Flavor flavor) {
    const auto arrow = line.find("-->");
    if (arrow == std::string_view::npos) {
        return std::nullopt;
    }
    const std::string_view start = trim(line.substr(0, arrow));
    std::string_view rest = line.substr(arrow + 3);
    rest.remove_prefix(std::min(rest.find_first_not_of(" \t"), rest.size()));
    const std::string_view end = rest.substr(0, rest.find_first_of(" \t"));
    auto startTime = parseTimestamp(start, flavor);
    if (!startTime || !parseTimestamp(end, flavor)) {
        return std::nullopt;
    }
    return startTime;
}

void appendCodePointText(std::string& out, std::string_view digitsText, int base) {
    std::uint32_t value = 0;
    for (const char c : digitsText) {
        int digit = -1;
        if (c >= '0' && c <= '9') {
            digit = c - '0';
        } else if (base == 16 && c >= 'a' && c <= 'f') {
            digit = c - 'a' + 10;
        } else if (base == 16 && c >= 'A' && c <= 'F') {
            digit = c - 'A' + 10;
        }
        if (digit < 0) {
            return;
        }
        value = std::min<std::uint32_t>(
            value * static_cast<std::uint32_t>(base) + static_cast<std::uint32_t>(digit), 0x110000);
    }
    io::appendUtf8(out, value == 0 ? U'\uFFFD' : static_cast<char32_t>(value));
}

// WebVTT cue text escapes (W3C WebVTT §4.2.2, HTML character references). An ampersand that
// starts none of them stays as written.
std::string decodeEntities(std::string_view text) {
    struct Entity {
        std::string_view name;
        std::string_view value;
    };
    static constexpr Entity kEntities[] = {{"amp", "&"},      {"lt", "<"},      {"gt", ">"},
                                           {"quot", "\""},    {"apos", "'"},    {"nbsp", "\u00A0"},
                                           {"lrm", "\u200E"}, {"rlm", "\u200F"}};
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const auto semicolon = text.find(';', i);
        if (text[i] != '&' || semicolon == std::string_view::npos || semicolon - i > 10) {
            out.push_back(text[i++]);
            continue;
        }
        const std::string_view name = text.substr(i + 1, semicolon - i - 1);
        if (name.size() > 2 && name[0] == '#' && (name[1] == 'x' || name[1] == 'X')) {
            appendCodePointText(out, name.substr(2), 16);
        } else if (name.size() > 1 && name[0] == '#' && isDigits(name.substr(1))) {
            appendCodePointText(out, name.substr(1), 10);
        } else if (const auto* entity =
                       std::find_if(std::begin(kEntities), std::end(kEntities),
                                    [&](const Entity& e) { return e.name == name; });
                   entity != std::end(kEntities)) {
            out += entity->value;
        } else {
            out.push_back(text[i++]);
            continue;
        }
        i = semicolon + 1;
    }
    return out;
}

// Removes markup: WebVTT cue tags (<i>, <c.loud>, </v>, <00:01.000>; in WebVTT every '<' opens a
// tag, since a literal one is written &lt;), and in SubRip the HTML-ish tags players accept plus
// {\an8}-style override codes. A '<' in SubRip that opens no such tag is text.
std::string stripTags(std::string_view text, Flavor flavor) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '<') {
            const auto close = text.find('>', i);
            const bool looksLikeTag =
                i + 1 < text.size() && (isAsciiLetter(text[i + 1]) || text[i + 1] == '/');
            if (flavor == Flavor::Vtt) {
                i = close == std::string_view::npos ? text.size() : close + 1;
                continue;
            }
            if (looksLikeTag && close != std::string_view::npos &&
                text.substr(i, close - i).find('\n') == std::string_view::npos) {
                i = close + 1;
                continue;
            }
        } else if (c == '{' && flavor == Flavor::Srt && i + 1 < text.size() &&
                   text[i + 1] == '\\') {
            const auto close = text.find('}', i);
            if (close != std::string_view::npos) {
                i = close + 1;
                continue;
            }
        }
        out.push_back(c);
        ++i;
    }
    return out;
}

std::size_t codePointCount(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

// A leading "Name: " label: 1-40 characters, at least one of them a letter (so "10:30 we
// begonnen" is not a speaker), the colon followed by white space or the end of the line
// (so "http://..." is not either).
bool takeLabel(std::string& text, std::string& speaker) {
    const auto lineEnd = std::min(text.find('\n'), text.size());
    const auto colon = text.find(':');
    if (colon == std::string::npos || colon == 0 || colon > lineEnd) {
        return false;
    }
    const std::string_view name(text.data(), colon);
    const std::size_t length = codePointCount(name);
    if (length > kMaxLabelLength || name.front() == ' ' || name.front() == '\t') {
        return false;
    }
    const bool hasLetter = std::any_of(name.begin(), name.end(), [](char c) {
        return static_cast<unsigned char>(c) >= 0x80 || isAsciiLetter(c);
    });
    const char after = colon + 1 < text.size() ? text[colon + 1] : '\n';
    if (!hasLetter || (after != ' ' && after != '\t' && after != '\n')) {
        return false;
    }
    speaker = std::string(trim(name));
    std::size_t start = colon + 1;
    while (start < text.size() && (text[start] == ' ' || text[start] == '\t')) {
        ++start;
    }
    if (start < text.size() && text[start] == '\n' && start == lineEnd) {
        ++start;
    }
    text.erase(0, start);
    return true;
}

ExtractedParagraph makeCue(const std::vector<std::string_view>& payload, std::string timestamp,
                           Flavor flavor) {
    std::string raw;
    for (std::size_t i = 0; i < payload.size(); ++i) {
        if (i > 0) {
            raw.push_back('\n');
        }
        raw.append(payload[i]);
    }
    std::string speaker;
    std::string_view rest = raw;
    // A WebVTT voice span <v[.class] Name> (§4.2.2) at the start names the speaker.
    if (rest.starts_with("<v") && rest.size() > 2 &&
        (rest[2] == ' ' || rest[2] == '\t' || rest[2] == '.')) {
        const auto close = rest.find('>');
        if (close != std::string_view::npos) {
            const std::string_view tag = rest.substr(2, close - 2);
            const auto space = tag.find_first_of(" \t");
            if (space != std::string_view::npos) {
                speaker = decodeEntities(trim(tag.substr(space + 1)));
            }
            rest.remove_prefix(close + 1);
        }
    }
    std::string text = decodeEntities(stripTags(rest, flavor));
    if (speaker.empty()) {
        takeLabel(text, speaker);
    }
    return {std::move(text), std::move(speaker), std::move(timestamp)};
}

class SubtitleParser {
public:
    SubtitleParser(std::string_view bytes, const std::string& fileName, Flavor flavor)
        : fileName_(fileName), flavor_(flavor) {
        const bool bom = bytes.starts_with(io::kUtf8Bom);
        const std::string_view body = bom ? bytes.substr(io::kUtf8Bom.size()) : bytes;
        const std::size_t invalid = io::findInvalidUtf8(body);
        if (invalid != std::string_view::npos) {
            const bool utf16 = bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF");
            throw ImportError(
                utf16 ? Message{CODEBOOM_N_("{file}: cannot decode the subtitles: the file is "
                                            "UTF-16; save it as UTF-8"),
                                {{"file", fileName_}}}
                      : Message{CODEBOOM_N_("{file}: cannot decode the subtitles: bytes are not "
                                            "valid UTF-8 (at offset {offset})"),
                                {{"file", fileName_},
                                 {"offset", std::to_string(invalid + (bom ? 3 : 0))}}});
        }
        encoding_ = bom ? "UTF-8 (BOM)" : "UTF-8";
        lines_ = io::splitLines(body);
    }

    ExtractedDocument parse() {
        if (flavor_ == Flavor::Vtt) {
            skipHeader();
        }
        ExtractedDocument document;
        document.encoding = encoding_;
        while (true) {
            while (next_ < lines_.size() && isBlank(lines_[next_])) {
                ++next_;
            }
            if (next_ >= lines_.size()) {
                break;
            }
            if (flavor_ == Flavor::Vtt && startsBlock(lines_[next_])) {
                skipBlock();
                continue;
            }
            document.paragraphs.push_back(cue());
        }
        return document;
    }

private:
    // `reason` is the whole sentence, "{file}: line {line}: ...": this fills in file and line.
    [[noreturn]] void fail(std::size_t lineIndex, Message reason) const {
        reason.values.emplace_back("file", fileName_);
        reason.values.emplace_back("line", std::to_string(lineIndex + 1));
        throw ImportError(std::move(reason));
    }

    // WebVTT §4.1: the file starts with "WEBVTT", alone or followed by a space or tab and free
    // text; header lines run to the first blank line.
    void skipHeader() {
        const std::string_view first = lines_.empty() ? std::string_view{} : lines_[0];
        if (!first.starts_with("WEBVTT") ||
            (first.size() > 6 && first[6] != ' ' && first[6] != '\t')) {
            throw ImportError(
                Message{CODEBOOM_N_("{file}: not a WebVTT file (the first line must be WEBVTT)"),
                        {{"file", fileName_}}});
        }
        next_ = 1;
        while (next_ < lines_.size() && !isBlank(lines_[next_]) &&
               lines_[next_].find("-->") == std::string_view::npos) {
            ++next_;
        }
    }

    // NOTE, STYLE and REGION blocks (WebVTT §4.1) carry no cue text.
    static bool startsBlock(std::string_view line) {
        for (const std::string_view keyword : {"NOTE", "STYLE", "REGION"}) {
            if (line.starts_with(keyword) &&
                (line.size() == keyword.size() || line[keyword.size()] == ' ' ||
                 line[keyword.size()] == '\t')) {
                return true;
            }
        }
        return false;
    }

    void skipBlock() {
        while (next_ < lines_.size() && !isBlank(lines_[next_])) {
            ++next_;
        }
    }

    bool hasArrow(std::size_t index) const {
        return index < lines_.size() && lines_[index].find("-->") != std::string_view::npos;
    }

    bool isTiming(std::size_t index) const {
        return index < lines_.size() && parseTiming(lines_[index], flavor_).has_value();
    }

    ExtractedParagraph cue() {
        std::size_t timingLine = next_;
        if (!hasArrow(timingLine)) {
            // A cue number (SubRip) or cue identifier (WebVTT) precedes the timing.
            ++timingLine;
            if (!hasArrow(timingLine)) {
                fail(timingLine < lines_.size() ? timingLine : next_,
                     {CODEBOOM_N_("{file}: line {line}: expected a cue timing such as {example}"),
                      {{"example", flavor_ == Flavor::Srt ? "00:01:02,500 --> 00:01:05,000"
                                                          : "00:01:02.500 --> 00:01:05.000"}}});
            }
        }
        auto start = parseTiming(lines_[timingLine], flavor_);
        if (!start) {
            fail(timingLine,
                 {CODEBOOM_N_("{file}: line {line}: cannot read the cue timing \"{timing}\" "
                              "(expected {form})"),
                  {{"timing", std::string(lines_[timingLine])},
                   {"form", flavor_ == Flavor::Srt ? "HH:MM:SS,mmm --> HH:MM:SS,mmm"
                                                   : "[HH:]MM:SS.mmm --> [HH:]MM:SS.mmm"}}});
        }
        std::vector<std::string_view> payload;
        next_ = timingLine + 1;
        while (next_ < lines_.size() && !isBlank(lines_[next_]) && !startsNextCue(next_)) {
            payload.push_back(lines_[next_]);
            ++next_;
        }
        return makeCue(payload, std::move(*start), flavor_);
    }

    // A cue ends at a blank line. Files with the blank line missing are common enough that a
    // timing line (or, in SubRip, a number followed by one) also starts the next cue; in WebVTT
    // any line with "-->" does (§6.1, cue text cannot contain "-->").
    bool startsNextCue(std::size_t index) const {
        if (flavor_ == Flavor::Vtt) {
            return hasArrow(index);
        }
        return isTiming(index) || (isDigits(trim(lines_[index])) && isTiming(index + 1));
    }

    const std::string& fileName_;
    Flavor flavor_;
    std::string encoding_;
    std::vector<std::string_view> lines_;
    std::size_t next_ = 0;
};

} // namespace

ExtractedDocument readSrt(std::string_view bytes, const std::string& fileName) {
    return SubtitleParser(bytes, fileName, Flavor::Srt).parse();
}

ExtractedDocument readVtt(std::string_view bytes, const std::string& fileName) {
    return SubtitleParser(bytes, fileName, Flavor::Vtt).parse();
}

} // namespace codeboom
