#include "codeboom/error.h"
#include "codeboom/io/readers.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace codeboom {
namespace {

std::vector<std::string> texts(const ExtractedDocument& document) {
    std::vector<std::string> result;
    for (const ExtractedParagraph& paragraph : document.paragraphs) {
        result.push_back(paragraph.text);
    }
    return result;
}

std::vector<std::string> read(std::string_view rtf) {
    return texts(readRtf(rtf, "interview.rtf"));
}

std::string importError(std::string_view bytes, const std::string& fileName) {
    try {
        readRtf(bytes, fileName);
    } catch (const ImportError& error) {
        return error.what();
    }
    ADD_FAILURE() << "readRtf accepted " << fileName;
    return {};
}

void expectContains(const std::string& message, const std::string& part) {
    EXPECT_NE(message.find(part), std::string::npos) << "message: " << message;
}

TEST(RtfReaderTest, ParEndsParagraphs) {
    const ExtractedDocument document = readRtf(
        R"({\rtf1\ansi\deff0 Eerste alinea.\par Tweede alinea.\par\par Vierde.})", "interview.rtf");
    EXPECT_EQ(texts(document),
              (std::vector<std::string>{"Eerste alinea.", "Tweede alinea.", "", "Vierde."}));
    EXPECT_EQ(document.encoding, "rtf");
}

TEST(RtfReaderTest, SourceLineBreaksAreNotText) {
    EXPECT_EQ(read("{\\rtf1 Een zin die\r\n doorloopt.\\par\r\n}"),
              (std::vector<std::string>{"Een zin die doorloopt."}));
}

TEST(RtfReaderTest, HexEscapesDecodeInWindows1252ByDefault) {
    EXPECT_EQ(read(R"({\rtf1 Belgi\'eb, ge\'efnteresseerd, \'e9\'e9n \'80 5, \'93ja\'94\par})"),
              (std::vector<std::string>{"België, geïnteresseerd, één € 5, “ja”"}));
}

TEST(RtfReaderTest, AnsiCodePageSelectsTheDecoder) {
    EXPECT_EQ(read(R"({\rtf1\ansi\ansicpg1251 \'e4\'e0\par})"), (std::vector<std::string>{"да"}));
}

TEST(RtfReaderTest, UnicodeEscapeReplacesItsFallbackCharacter) {
    EXPECT_EQ(read(R"({\rtf1 Belgi\u235?, \u307?sbeer\par})"),
              (std::vector<std::string>{"België, ĳsbeer"}));
}

TEST(RtfReaderTest, SurrogatePairEscapesGiveOneCharacter) {
    EXPECT_EQ(read(R"({\rtf1 Leuk \u-10179?\u-8704?!\par})"),
              (std::vector<std::string>{"Leuk 😀!"}));
}

TEST(RtfReaderTest, UcSetsHowManyFallbackCharactersAreSkipped) {
    EXPECT_EQ(read(R"({\rtf1 {\uc2\u8364 EU 5} {\uc0\u8364  5} {\u8364\'80 5}\par})"),
              (std::vector<std::string>{"€ 5 € 5 € 5"}));
}

TEST(RtfReaderTest, GeneratorAndOtherStarredDestinationsAreSkipped) {
    EXPECT_EQ(read(R"({\rtf1{\*\generator Riched20 10.0.19041;}{\*\unknownthing x}tekst\par})"),
              (std::vector<std::string>{"tekst"}));
}

TEST(RtfReaderTest, FontColorAndStyleTablesAreSkipped) {
    EXPECT_EQ(read(R"({\rtf1\ansi{\fonttbl{\f0\fswiss\fcharset0 Arial;}{\f1 Times New Roman;}})"
                   R"({\colortbl ;\red255\green0\blue0;}{\stylesheet{\s0 Normal;}})"
                   R"({\info{\title Interview}{\author Anouk}}\f0\fs24 Inhoud\par})"),
              (std::vector<std::string>{"Inhoud"}));
}

TEST(RtfReaderTest, FieldInstructionIsSkippedAndResultKept) {
    EXPECT_EQ(read(R"({\rtf1 Zie {\field{\*\fldinst{HYPERLINK "https://cbs.nl"}})"
                   R"({\fldrslt{\ul de website}}} en {\field{\fldinst PAGE}{\fldrslt 3}}\par})"),
              (std::vector<std::string>{"Zie de website en 3"}));
}

TEST(RtfReaderTest, SpecialCharacterWordsMapToUnicode) {
    EXPECT_EQ(read(R"({\rtf1 a\emdash b\endash c \lquote d\rquote  \ldblquote e\rdblquote )"
                   R"(\bullet\~f\tab g\line h\par})"),
              (std::vector<std::string>{"a—b–c ‘d’ “e”•\u00A0f\tg\nh"}));
}

TEST(RtfReaderTest, EscapedBracesAndBackslashAreText) {
    EXPECT_EQ(read(R"({\rtf1 \{haakjes\} en \\pad\par})"),
              (std::vector<std::string>{"{haakjes} en \\pad"}));
}

TEST(RtfReaderTest, BinaryDataIsSkippedByLength) {
    EXPECT_EQ(read("{\\rtf1 Voor{\\pict\\bin6 }}{{\\}} na\\par}"),
              (std::vector<std::string>{"Voor na"}));
}

TEST(RtfReaderTest, HiddenTextIsSkipped) {
    EXPECT_EQ(read(R"({\rtf1 zichtbaar{\v verborgen} ook\v  weg\v0  terug\par})"),
              (std::vector<std::string>{"zichtbaar ook terug"}));
}

TEST(RtfReaderTest, TableCellsBecomeParagraphs) {
    EXPECT_EQ(read(R"({\rtf1\trowd\cellx3000\cellx6000\pard\intbl Tijd\cell Spreker\cell\row)"
                   R"(\pard Na\par})"),
              (std::vector<std::string>{"Tijd", "Spreker", "Na"}));
}

TEST(RtfReaderTest, LastParagraphWithoutParIsKept) {
    EXPECT_EQ(read(R"({\rtf1 een\par twee})"), (std::vector<std::string>{"een", "twee"}));
}

TEST(RtfReaderTest, HeadersFootnotesAndListNumbersAreSkipped) {
    EXPECT_EQ(read(R"({\rtf1{\header\pard Kop\par}{\footer\pard Voet\par})"
                   R"({\listtext\pard\plain \'b7\tab}Punt{\super\chftn{\footnote\pard\plain\chftn )"
                   R"(Bron: CBS}}\par})"),
              (std::vector<std::string>{"Punt"}));
}

TEST(RtfReaderTest, WordStyleDocumentGivesOnlyBodyText) {
    const std::string rtf =
        R"({\rtf1\adeflang1025\ansi\ansicpg1252\uc1\adeff31507\deff0)"
        R"({\fonttbl{\f0\fbidi \froman\fcharset0\fprq2{\*\panose 02020603050405020304}Times;}})"
        R"({\colortbl;\red0\green0\blue0;}{\*\defchp \fs22}{\stylesheet{\ql \li0 Normal;}})"
        R"({\*\rsidtbl \rsid1182519}{\*\generator Microsoft Word 16.0;}{\info{\author A}})"
        R"({\*\xmlnstbl {\xmlns1 http://schemas.microsoft.com/office/word/2003/wordml}})"
        R"(\paperw11906\paperh16838{\*\latentstyles\lsdstimax376{\lsdlockedexcept Normal;}})"
        "\r\n"
        R"(\pard\plain \ltrpar\ql {\rtlch\fcs1 \ltrch\fcs0 \lang1043\insrsid1182519 )"
        R"(Interviewer: Hoe was het in Belgi\'eb?}{\rtlch\fcs1 \ltrch\fcs0 \par }{\ltrch )"
        R"(Anouk: Geweldig \u-10179\'3f\u-8704\'3f\par })"
        R"({\*\themedata 504b0304}{\*\colorschememapping 3c3f786d6c}{\*\datastore 0105}})";
    EXPECT_EQ(read(rtf), (std::vector<std::string>{"Interviewer: Hoe was het in België?",
                                                   "Anouk: Geweldig 😀"}));
}

TEST(RtfReaderTest, NotRtfIsRefused) {
    const std::string message = importError("Gewoon tekst", "interview.rtf");
    expectContains(message, "interview.rtf");
    expectContains(message, "does not start with {\\rtf");
}

TEST(RtfReaderTest, UnclosedGroupIsRefusedAsUnbalancedBraces) {
    const std::string message = importError(R"({\rtf1 {\b vet\par)", "interview.rtf");
    expectContains(message, "interview.rtf");
    expectContains(message, "unbalanced braces: 2 group(s) opened with '{' are never closed");
}

TEST(RtfReaderTest, ExtraClosingBraceIsRefusedAsUnbalancedBraces) {
    const std::string message = importError(R"({\rtf1 tekst\par}})", "interview.rtf");
    expectContains(message, "interview.rtf");
    expectContains(message, "unbalanced braces: the '}' at offset 17 has no matching '{'");
}

TEST(RtfReaderTest, UnknownCodePageIsRefusedWhenBytesNeedIt) {
    const std::string message = importError(R"({\rtf1\ansicpg99999 caf\'e9\par})", "oud.rtf");
    expectContains(message, "oud.rtf");
    expectContains(message, "code page 99999 is not supported");
}

} // namespace
} // namespace codeboom
