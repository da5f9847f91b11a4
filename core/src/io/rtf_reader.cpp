#include "codeboom/error.h"
#include "codeboom/io/readers.h"

#include "io/utf8_check.h"

#include <unicode/ucnv.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace codeboom {
namespace {

// RTF 1.9.1 limits control words to 32 letters and parameters to a signed 16-bit value; \bin
// lengths can be larger, so parameters are read as 32-bit and clamped.
constexpr std::size_t kMaxControlWordLength = 32;
constexpr std::int64_t kMaxParameter = INT32_MAX;
constexpr int kDefaultCodePage = 1252;

// Destinations whose content is not document text (RTF 1.9.1, "Destinations"): tables, document
// properties, pictures and objects, headers and footers, notes, field instructions, generated
// list numbering (\listtext, \pntext), shapes and text boxes. \fldrslt is not here: it is what
// the reader sees in place of the field.
bool isSkippedDestination(std::string_view word) {
    static constexpr std::string_view kSkipped[] = {
        "fonttbl",    "colortbl",     "stylesheet",
        "info",       "pict",         "object",
        "header",     "headerl",      "headerr",
        "headerf",    "footer",       "footerl",
        "footerr",    "footerf",      "footnote",
        "fldinst",    "listtable",    "listoverridetable",
        "rsidtbl",    "themedata",    "colorschememapping",
        "datastore",  "latentstyles", "generator",
        "xmlnstbl",   "filetbl",      "revtbl",
        "listtext",   "pntext",       "pntxta",
        "pntxtb",     "nonshppict",   "shp",
        "annotation", "atnid",        "atnauthor",
        "xe",         "tc",           "txe",
        "ftnsep",     "ftnsepc",      "ftncn",
        "aftnsep",    "aftnsepc",     "aftncn",
        "bkmkstart",  "bkmkend",      "template",
        "userprops",  "docvar",       "mmathPr",
        "pgdsctbl",   "protusertbl",  "ud"};
    return std::find(std::begin(kSkipped), std::end(kSkipped), word) != std::end(kSkipped);
}

char32_t specialCharacter(std::string_view word) {
    struct Mapping {
        std::string_view word;
        char32_t character;
    };
    static constexpr Mapping kSpecial[] = {
        {"emdash", U'\u2014'},    {"endash", U'\u2013'},  {"emspace", U'\u2003'},
        {"enspace", U'\u2002'},   {"qmspace", U'\u2005'}, {"bullet", U'\u2022'},
        {"lquote", U'\u2018'},    {"rquote", U'\u2019'},  {"ldblquote", U'\u201C'},
        {"rdblquote", U'\u201D'}, {"zwj", U'\u200D'},     {"zwnj", U'\u200C'},
        {"ltrmark", U'\u200E'},   {"rtlmark", U'\u200F'}, {"tab", U'\t'},
        {"line", U'\n'},          {"page", U'\n'}};
    const auto found = std::find_if(std::begin(kSpecial), std::end(kSpecial),
                                    [&](const Mapping& m) { return m.word == word; });
    return found == std::end(kSpecial) ? U'\0' : found->character;
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

bool isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

struct ConverterCloser {
    void operator()(UConverter* converter) const { ucnv_close(converter); }
};

class RtfParser {
public:
    RtfParser(std::string_view bytes, const std::string& fileName)
        : in_(bytes), fileName_(fileName) {}

    ExtractedDocument parse() {
        if (!in_.starts_with("{\\rtf")) {
            fail({CODEBOOM_N_("{file}: not a valid RTF file (not an RTF file (it does not start "
                              "with {\\rtf))"),
                  {}});
        }
        while (pos_ < in_.size() && !(rootClosed_)) {
            const char c = in_[pos_];
            if (c == '{') {
                openGroup();
            } else if (c == '}') {
                closeGroup();
            } else if (c == '\\') {
                ++pos_;
                controlSequence();
            } else {
                ++pos_;
                textByte(c);
            }
        }
        if (!groups_.empty()) {
            fail({CODEBOOM_N_("{file}: not a valid RTF file (unbalanced braces: {count} group(s) "
                              "opened with '{' are never closed)"),
                  {{"count", std::to_string(groups_.size())}}});
        }
        checkTrailingBraces();
        settle();
        if (!paragraph_.empty()) {
            endParagraph();
        }
        ExtractedDocument document;
        document.paragraphs = std::move(paragraphs_);
        document.encoding = "rtf";
        return document;
    }

private:
    // Character formatting and destination state are scoped to groups (RTF 1.9.1, "Groups").
    struct Group {
        bool skip = false;
        bool hidden = false;
        int unicodeSkip = 1; // \ucN
    };

    // `reason` is the whole sentence, "{file}: not a valid RTF file (...)": this fills in {file}.
    [[noreturn]] void fail(Message reason) const {
        reason.values.emplace_back("file", fileName_);
        throw ImportError(std::move(reason));
    }

    Group& group() { return groups_.back(); }

    void openGroup() {
        ++pos_;
        fallbackToSkip_ = 0;
        groups_.push_back(groups_.empty() ? Group{} : groups_.back());
    }

    void closeGroup() {
        if (groups_.empty()) {
            fail({CODEBOOM_N_("{file}: not a valid RTF file (unbalanced braces: the '}' at offset "
                              "{offset} has no matching '{')"),
                  {{"offset", std::to_string(pos_)}}});
        }
        ++pos_;
        fallbackToSkip_ = 0;
        groups_.pop_back();
        rootClosed_ = groups_.empty();
    }

    // Whatever follows the document's closing brace is ignored, but a further '}' means the
    // braces did not balance.
    void checkTrailingBraces() const {
        std::size_t depth = 0;
        for (std::size_t i = pos_; i < in_.size(); ++i) {
            if (in_[i] == '{') {
                ++depth;
            } else if (in_[i] == '}') {
                if (depth == 0) {
                    fail({CODEBOOM_N_("{file}: not a valid RTF file (unbalanced braces: the '}' at "
                                      "offset {offset} has no matching '{')"),
                          {{"offset", std::to_string(i)}}});
                }
                --depth;
            }
        }
    }

    // A fallback character after \uN is one "character" in the \ucN count: a text byte, an
    // \'hh escape or another control word or symbol (RTF 1.9.1, \ucN).
    bool consumedAsFallback() {
        if (fallbackToSkip_ > 0) {
            --fallbackToSkip_;
            return true;
        }
        return false;
    }

    bool suppressed() const { return groups_.back().skip || groups_.back().hidden; }

    void textByte(char c) {
        // CR and LF in the file are formatting of the RTF source, not of the text.
        if (c == '\r' || c == '\n' || c == '\0') {
            return;
        }
        if (consumedAsFallback() || suppressed()) {
            return;
        }
        if (c == '\t') {
            appendCharacter(U'\t');
        } else if (static_cast<unsigned char>(c) < 0x80) {
            appendCharacter(static_cast<char32_t>(c));
        } else {
            codePageByte(static_cast<unsigned char>(c));
        }
    }

    void controlSequence() {
        if (pos_ >= in_.size()) {
            return;
        }
        const char c = in_[pos_];
        if (isAsciiLetter(c)) {
            controlWord();
            return;
        }
        ++pos_;
        if (c == '\'') {
            hexEscape();
            return;
        }
        if (consumedAsFallback()) {
            return;
        }
        switch (c) {
        case '*':
            // {\*\dest ...}: a destination a reader may ignore when it does not know it; none
            // of them holds text we keep.
            group().skip = true;
            break;
        case '\r':
        case '\n':
            // A backslash before a line end is an old spelling of \par.
            if (!group().skip) {
                endParagraph();
            }
            break;
        case '~':
            appendIfShown(U'\u00A0');
            break;
        case '_':
            appendIfShown(U'-');
            break;
        case '\\':
        case '{':
        case '}':
            appendIfShown(static_cast<char32_t>(c));
            break;
        default:
            // \- (optional hyphen), \| and \: (index entries) are invisible in running text.
            break;
        }
    }

    void hexEscape() {
        int value = -1;
        if (pos_ + 1 < in_.size()) {
            const int high = hexValue(in_[pos_]);
            const int low = hexValue(in_[pos_ + 1]);
            if (high >= 0 && low >= 0) {
                value = high * 16 + low;
                pos_ += 2;
            }
        }
        if (value < 0 || consumedAsFallback() || suppressed()) {
            return;
        }
        codePageByte(static_cast<unsigned char>(value));
    }

    void controlWord() {
        const std::size_t start = pos_;
        while (pos_ < in_.size() && isAsciiLetter(in_[pos_]) &&
               pos_ - start < kMaxControlWordLength) {
            ++pos_;
        }
        const std::string_view word = in_.substr(start, pos_ - start);
        bool hasParameter = false;
        std::int64_t parameter = 0;
        bool negative = false;
        if (pos_ + 1 < in_.size() && in_[pos_] == '-' && isDigit(in_[pos_ + 1])) {
            negative = true;
            ++pos_;
        }
        while (pos_ < in_.size() && isDigit(in_[pos_])) {
            hasParameter = true;
            parameter = std::min(parameter * 10 + (in_[pos_] - '0'), kMaxParameter);
            ++pos_;
        }
        if (negative) {
            parameter = -parameter;
        }
        // The space delimiting a control word belongs to the control word.
        if (pos_ < in_.size() && in_[pos_] == ' ') {
            ++pos_;
        }
        handleWord(word, hasParameter, parameter);
    }

    void handleWord(std::string_view word, bool hasParameter, std::int64_t parameter) {
        if (word == "bin") {
            // \binN: N raw bytes follow that may contain anything, braces included.
            const auto length = static_cast<std::size_t>(std::max<std::int64_t>(parameter, 0));
            pos_ = std::min(in_.size(), pos_ + length);
            return;
        }
        if (consumedAsFallback()) {
            return;
        }
        if (isSkippedDestination(word)) {
            group().skip = true;
            return;
        }
        if (group().skip) {
            return;
        }
        if (word == "par") {
            endParagraph();
        } else if (word == "cell" || word == "nestcell") {
            // In a table, \cell (not \par) ends the last paragraph of each cell.
            endParagraph();
        } else if (word == "row" || word == "nestrow" || word == "sect") {
            settle();
            if (!paragraph_.empty()) {
                endParagraph();
            }
        } else if (word == "u" && hasParameter) {
            // \uN is a signed 16-bit UTF-16 code unit; the \ucN fallback characters that follow
            // are for readers without Unicode support.
            const auto unit = static_cast<char16_t>(parameter < 0 ? parameter + 65536 : parameter);
            if (!group().hidden) {
                appendUnit(unit);
            }
            fallbackToSkip_ = group().unicodeSkip;
        } else if (word == "uc" && hasParameter) {
            group().unicodeSkip = static_cast<int>(std::clamp<std::int64_t>(parameter, 0, 255));
        } else if (word == "ansicpg" && hasParameter && parameter > 0) {
            setCodePage(static_cast<int>(parameter));
        } else if (word == "ansi") {
            setCodePage(kDefaultCodePage);
        } else if (word == "mac") {
            setCodePage(10000);
        } else if (word == "pc") {
            setCodePage(437);
        } else if (word == "pca") {
            setCodePage(850);
        } else if (word == "v") {
            group().hidden = !hasParameter || parameter != 0;
        } else if (word == "plain") {
            group().hidden = false;
        } else if (const char32_t special = specialCharacter(word); special != U'\0') {
            appendIfShown(special);
        }
    }

    void setCodePage(int codePage) {
        settle();
        codePage_ = codePage;
    }

    void appendIfShown(char32_t character) {
        if (!suppressed()) {
            appendCharacter(character);
        }
    }

    void appendCharacter(char32_t character) {
        settle();
        io::appendUtf8(paragraph_, character);
    }

    // Characters outside the BMP arrive as two \uN, a high and a low surrogate.
    void appendUnit(char16_t unit) {
        decodePendingBytes();
        const bool isHigh = unit >= 0xD800 && unit <= 0xDBFF;
        const bool isLow = unit >= 0xDC00 && unit <= 0xDFFF;
        if (isLow && pendingHigh_ != 0) {
            const char32_t combined =
                0x10000 + ((static_cast<char32_t>(pendingHigh_) - 0xD800) << 10) + (unit - 0xDC00);
            pendingHigh_ = 0;
            io::appendUtf8(paragraph_, combined);
            return;
        }
        flushUnpairedSurrogate();
        if (isHigh) {
            pendingHigh_ = unit;
        } else {
            io::appendUtf8(paragraph_, isLow ? U'\uFFFD' : static_cast<char32_t>(unit));
        }
    }

    void codePageByte(unsigned char byte) {
        flushUnpairedSurrogate();
        pendingBytes_.push_back(static_cast<char>(byte));
    }

    void flushUnpairedSurrogate() {
        if (pendingHigh_ != 0) {
            io::appendUtf8(paragraph_, U'\uFFFD');
            pendingHigh_ = 0;
        }
    }

    void settle() {
        decodePendingBytes();
        flushUnpairedSurrogate();
    }

    // Consecutive \'hh bytes are decoded together so double-byte code pages (932, 936, 949,
    // 950) get both halves of a character at once.
    void decodePendingBytes() {
        if (pendingBytes_.empty()) {
            return;
        }
        if (!converter_ || converterCodePage_ != codePage_) {
            const std::string name = "windows-" + std::to_string(codePage_);
            UErrorCode status = U_ZERO_ERROR;
            converter_.reset(ucnv_open(name.c_str(), &status));
            if (U_FAILURE(status) || !converter_) {
                fail({CODEBOOM_N_("{file}: not a valid RTF file (its code page {codepage} is not "
                                  "supported)"),
                      {{"codepage", std::to_string(codePage_)}}});
            }
            ucnv_setToUCallBack(converter_.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr,
                                nullptr, &status);
            converterCodePage_ = codePage_;
        }
        std::u16string units(pendingBytes_.size() * 2 + 1, u'\0');
        UErrorCode status = U_ZERO_ERROR;
        const int32_t length = ucnv_toUChars(
            converter_.get(), units.data(), static_cast<int32_t>(units.size()),
            pendingBytes_.data(), static_cast<int32_t>(pendingBytes_.size()), &status);
        if (U_FAILURE(status)) {
            fail({CODEBOOM_N_("{file}: not a valid RTF file (its text has bytes that are not "
                              "valid in code page {codepage})"),
                  {{"codepage", std::to_string(codePage_)}}});
        }
        units.resize(static_cast<std::size_t>(length));
        for (std::size_t i = 0; i < units.size(); ++i) {
            auto character = static_cast<char32_t>(units[i]);
            if (character >= 0xD800 && character <= 0xDBFF && i + 1 < units.size() &&
                units[i + 1] >= 0xDC00 && units[i + 1] <= 0xDFFF) {
                character = 0x10000 + ((character - 0xD800) << 10) + (units[++i] - 0xDC00u);
            }
            io::appendUtf8(paragraph_, character);
        }
        pendingBytes_.clear();
    }

    void endParagraph() {
        settle();
        paragraphs_.push_back({std::move(paragraph_), {}, {}});
        paragraph_.clear();
    }

    std::string_view in_;
    const std::string& fileName_;
    std::size_t pos_ = 0;
    bool rootClosed_ = false;
    std::vector<Group> groups_;
    int fallbackToSkip_ = 0;
    int codePage_ = kDefaultCodePage;
    int converterCodePage_ = 0;
    std::unique_ptr<UConverter, ConverterCloser> converter_;
    std::string pendingBytes_;
    char16_t pendingHigh_ = 0;
    std::string paragraph_;
    std::vector<ExtractedParagraph> paragraphs_;
};

} // namespace

ExtractedDocument readRtf(std::string_view bytes, const std::string& fileName) {
    return RtfParser(bytes, fileName).parse();
}

} // namespace codeboom
