#include "codeboom/error.h"
#include "codeboom/io/readers.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace codeboom {
namespace {

using namespace std::string_literals;

std::vector<std::string> texts(const ExtractedDocument& document) {
    std::vector<std::string> result;
    for (const ExtractedParagraph& paragraph : document.paragraphs) {
        result.push_back(paragraph.text);
    }
    return result;
}

std::string importError(std::string_view bytes, const std::string& fileName) {
    try {
        readTxt(bytes, fileName);
    } catch (const ImportError& error) {
        return error.what();
    }
    ADD_FAILURE() << "readTxt accepted " << fileName;
    return {};
}

void expectContains(const std::string& message, const std::string& part) {
    EXPECT_NE(message.find(part), std::string::npos) << "message: " << message;
}

// UTF-16 code units of `text` (given as UTF-16 source) serialised with a byte-order mark.
std::string utf16(std::u16string_view text, bool bigEndian) {
    std::string bytes = bigEndian ? "\xFE\xFF" : "\xFF\xFE";
    for (const char16_t unit : text) {
        const auto high = static_cast<char>(unit >> 8);
        const auto low = static_cast<char>(unit & 0xFF);
        bytes += bigEndian ? std::string{high, low} : std::string{low, high};
    }
    return bytes;
}

TEST(TxtReaderTest, Utf8WithoutBomIsReadAsUtf8) {
    const std::string bytes = "Zij zei: \"ĳsjes, één café, naïef 🙂\"\nTweede regel";
    const ExtractedDocument document = readTxt(bytes, "notes.txt");
    EXPECT_EQ(document.encoding, "UTF-8");
    EXPECT_EQ(texts(document),
              (std::vector<std::string>{"Zij zei: \"ĳsjes, één café, naïef 🙂\"",
                                        "Tweede regel"}));
}

TEST(TxtReaderTest, Utf8BomIsStrippedAndReported) {
    const ExtractedDocument document = readTxt("\xEF\xBB\xBF"
                                               "Één\nTwee",
                                               "notes.txt");
    EXPECT_EQ(document.encoding, "UTF-8 (BOM)");
    EXPECT_EQ(texts(document), (std::vector<std::string>{"Één", "Twee"}));
}

TEST(TxtReaderTest, LfCrlfAndLoneCrAllEndLines) {
    const ExtractedDocument document = readTxt("een\r\ntwee\rdrie\nvier", "notes.txt");
    EXPECT_EQ(texts(document), (std::vector<std::string>{"een", "twee", "drie", "vier"}));
}

TEST(TxtReaderTest, BlankLinesAreKeptAsEmptyParagraphs) {
    const ExtractedDocument document = readTxt("vraag\r\n\r\nantwoord\r\n", "notes.txt");
    EXPECT_EQ(texts(document), (std::vector<std::string>{"vraag", "", "antwoord"}));
}

TEST(TxtReaderTest, FinalLineBreakDoesNotAddAnEmptyParagraph) {
    EXPECT_EQ(texts(readTxt("a\nb\n", "notes.txt")), (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(texts(readTxt("\n", "notes.txt")), (std::vector<std::string>{""}));
}

TEST(TxtReaderTest, EmptyFileGivesNoParagraphs) {
    const ExtractedDocument document = readTxt("", "empty.txt");
    EXPECT_TRUE(document.paragraphs.empty());
    EXPECT_EQ(document.encoding, "UTF-8");
}

TEST(TxtReaderTest, Utf16LeWithBomIsConverted) {
    const ExtractedDocument document =
        readTxt(utf16(u"Geïnterviewde: ĳs 🙂\r\nInterviewer: ja", false), "notes.txt");
    EXPECT_EQ(document.encoding, "UTF-16LE");
    EXPECT_EQ(texts(document),
              (std::vector<std::string>{"Geïnterviewde: ĳs 🙂", "Interviewer: ja"}));
}

TEST(TxtReaderTest, Utf16BeWithBomIsConverted) {
    const ExtractedDocument document = readTxt(utf16(u"Één 🙂\nTwee", true), "notes.txt");
    EXPECT_EQ(document.encoding, "UTF-16BE");
    EXPECT_EQ(texts(document), (std::vector<std::string>{"Één 🙂", "Twee"}));
}

TEST(TxtReaderTest, Utf16UnpairedSurrogateIsRefused) {
    const std::u16string text{u'a', char16_t{0xD83D}, u'b'};
    const std::string message = importError(utf16(text, false), "notes.txt");
    expectContains(message, "notes.txt");
    expectContains(message, "unpaired surrogate");
}

TEST(TxtReaderTest, Utf16WithOddByteCountIsRefused) {
    const std::string message = importError(utf16(u"ab", true) + "c", "notes.txt");
    expectContains(message, "notes.txt");
    expectContains(message, "odd number of bytes");
}

TEST(TxtReaderTest, Windows1252QuotesEuroAndDiaeresisAreDecoded) {
    const std::string bytes = "Zij zei: \x93"
                              "De contributie in Belgi\xEB"
                              " is \x80"
                              " 5 per maand.\x94 Daarna praatten we verder over de buurt en "
                              "over de vereniging.\r\nTweede regel.";
    const ExtractedDocument document = readTxt(bytes, "notes.txt");
    EXPECT_EQ(document.encoding, "windows-1252");
    EXPECT_EQ(texts(document),
              (std::vector<std::string>{"Zij zei: “De contributie in België is € 5 per "
                                        "maand.” Daarna praatten we verder over de buurt en "
                                        "over de vereniging.",
                                        "Tweede regel."}));
}

TEST(TxtReaderTest, Latin1WithoutC1BytesIsReportedAsIso88591) {
    const std::string bytes =
        "Het was een co\xF6peratie in de buurt van het caf\xE9, en zij was "
        "daar \xE9\xE9n keer per week. Ze was ge\xEFnteresseerd in Belgi\xEB.";
    const ExtractedDocument document = readTxt(bytes, "notes.txt");
    EXPECT_EQ(document.encoding, "ISO-8859-1");
    EXPECT_EQ(texts(document),
              (std::vector<std::string>{"Het was een coöperatie in de buurt van het café, en zij "
                                        "was daar één keer per week. Ze was geïnteresseerd in "
                                        "België."}));
}

TEST(TxtReaderTest, Utf8FollowedByWindows1252IsRefusedAsMixed) {
    // Line 1 saved as UTF-8 ("ö" = C3 B6 at byte 2), line 2 appended as windows-1252 ("é" = E9
    // at byte 34). Read as windows-1252 the first line would say "CoÃ¶rdinatie".
    const std::string bytes = "Co\xC3\xB6rdinatie is belangrijk.\nDe caf\xE9 was dicht.";
    EXPECT_EQ(importError(bytes, "mix.txt"),
              "mix.txt: cannot decode the text: mixed encodings: UTF-8 up to byte 34 (e.g. "
              "\"ö\" on line 1) and Windows-1252 at byte 34 (line 2: 0xE9 \"é\"); correct the "
              "text from line 2 on and save the file again as UTF-8");
}

TEST(TxtReaderTest, Windows1252FollowedByUtf8IsRefusedAsMixed) {
    // "ë" as windows-1252 (EB) at byte 13 on line 1; a UTF-8 curly quote (E2 80 9C) at byte 29
    // on line 3, after a CRLF and a lone CR.
    const std::string bytes = "Het was Belgi\xEB.\r\nJa.\rZe zei: \xE2\x80\x9Cnee.";
    EXPECT_EQ(importError(bytes, "mix.txt"),
              "mix.txt: cannot decode the text: mixed encodings: Windows-1252 at byte 13 (line 1: "
              "0xEB \"ë\") and UTF-8 at byte 29 (line 3: \"“\"); correct the Windows-1252 "
              "characters and save the file again as UTF-8");
}

TEST(TxtReaderTest, Windows1252WithACapitalBeforeACurlyQuoteIsStillWindows1252) {
    // "Â" (C2) before "“" (93) is a well-formed UTF-8 sequence, but for a C1 control that UTF-8
    // text never holds, so it is no sign of UTF-8.
    const std::string bytes = "Het merk heette \xC2\x93Leo\x94 en de contributie in Belgi\xEB"
                              " is \x80 5 per maand. Daarna praatten we verder over de buurt en "
                              "over de vereniging.";
    const ExtractedDocument document = readTxt(bytes, "notes.txt");
    EXPECT_EQ(document.encoding, "windows-1252");
    EXPECT_EQ(texts(document),
              (std::vector<std::string>{"Het merk heette Â“Leo” en de contributie in België is "
                                        "€ 5 per maand. Daarna praatten we verder over de buurt "
                                        "en over de vereniging."}));
}

TEST(TxtReaderTest, ByteUndefinedInWindows1252IsRefused) {
    const std::string bytes = "Zij zei: \x93"
                              "De contributie in Belgi\xEB"
                              " is \x81"
                              " 5 per maand.\x94 Daarna praatten we verder over de buurt.";
    const std::string message = importError(bytes, "notes.txt");
    expectContains(message, "notes.txt");
    expectContains(message, "0x81");
}

TEST(TxtReaderTest, BinaryGarbageIsRefused) {
    const std::string png = "\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0"s;
    const std::string message = importError(png, "photo.txt");
    expectContains(message, "photo.txt");
    expectContains(message, "binary file");
}

TEST(TxtReaderTest, ControlBytesWithoutNulAreRefusedAsBinary) {
    const std::string message = importError("\x01\x02\x03\xE9\xFF\xFE\x10 abc", "blob.txt");
    expectContains(message, "blob.txt");
    expectContains(message, "binary file");
}

TEST(TxtReaderTest, HighBytesThatFitNoEncodingAreRefused) {
    // Bytes without structure: no detector proposal is strong enough to decode them with.
    std::string bytes;
    unsigned state = 12345;
    for (int i = 0; i < 400; ++i) {
        state = state * 1103515245 + 12345;
        const auto byte = static_cast<unsigned char>(0xA0 + (state >> 16) % 0x60);
        bytes.push_back(static_cast<char>(byte));
    }
    const std::string message = importError(bytes, "notes.txt");
    expectContains(message, "notes.txt");
    expectContains(message, "cannot decode the text: bytes are not valid UTF-8 (at offset 0)");
}

TEST(TxtReaderTest, Utf16WithoutBomIsRefusedNotMangled) {
    const std::string bytes = "H\0a\0l\0l\0o\0 \0w\0e\0r\0e\0l\0d\0"s;
    const std::string message = importError(bytes, "notes.txt");
    expectContains(message, "notes.txt");
    expectContains(message, "UTF-16LE without a byte-order mark");
}

TEST(TxtReaderTest, ShiftJisIsRefusedNotMangled) {
    const std::string bytes = "\x82\xb1\x82\xea\x82\xcd\x93\xfa\x96\x7b\x8c\xea\x82\xcc\x83\x65"
                              "\x83\x4c\x83\x58\x83\x67\x82\xc5\x82\xb7\x81\x42";
    const std::string message = importError(bytes, "notes.txt");
    expectContains(message, "notes.txt");
    expectContains(message, "Shift_JIS");
}

TEST(TxtReaderTest, Utf8BomFollowedByInvalidBytesIsRefused) {
    const std::string message = importError("\xEF\xBB\xBF"
                                            "caf\xE9",
                                            "notes.txt");
    expectContains(message, "notes.txt");
    expectContains(message, "byte-order mark but the bytes at offset 6 are not valid UTF-8");
}

TEST(TxtReaderTest, Utf32IsRefused) {
    const std::string message = importError("\xFF\xFE\0\0a\0\0\0"s, "notes.txt");
    expectContains(message, "notes.txt");
    expectContains(message, "UTF-32");
}

} // namespace
} // namespace codeboom
