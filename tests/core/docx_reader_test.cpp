#include "codeboom/error.h"
#include "codeboom/io/readers.h"

#include "support/zip_builder.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace codeboom {
namespace {

using test::makeZip;

constexpr std::string_view kNamespaces =
    R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" )"
    R"(xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" )"
    R"(xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" )"
    R"(xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14")";

const std::string kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="xml" ContentType="application/xml"/>)"
    R"(<Override PartName="/word/document.xml" ContentType="application/)"
    R"(vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)";

std::string packageRels(const std::string& target) {
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
           R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
           R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/)"
           R"(2006/relationships/officeDocument" Target=")" +
           target + R"("/></Relationships>)";
}

std::string documentXml(const std::string& body) {
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
           "<w:document " +
           std::string(kNamespaces) + "><w:body>" + body +
           R"(<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>)";
}

std::string docx(const std::string& body) {
    return makeZip({{"[Content_Types].xml", kContentTypes},
                    {"_rels/.rels", packageRels("word/document.xml")},
                    {"word/document.xml", documentXml(body)}});
}

std::vector<std::string> texts(const ExtractedDocument& document) {
    std::vector<std::string> result;
    for (const ExtractedParagraph& paragraph : document.paragraphs) {
        result.push_back(paragraph.text);
    }
    return result;
}

std::vector<std::string> readBody(const std::string& body) {
    return texts(readDocx(docx(body), "interview3.docx"));
}

std::string importError(const std::string& bytes, const std::string& fileName) {
    try {
        readDocx(bytes, fileName);
    } catch (const ImportError& error) {
        return error.what();
    }
    ADD_FAILURE() << "readDocx accepted " << fileName;
    return {};
}

void expectContains(const std::string& message, const std::string& part) {
    EXPECT_NE(message.find(part), std::string::npos) << "message: " << message;
}

void putLe(std::string& bytes, std::size_t at, std::uint32_t value, int width) {
    for (int i = 0; i < width; ++i) {
        bytes[at + static_cast<std::size_t>(i)] = static_cast<char>((value >> (8 * i)) & 0xFF);
    }
}

std::uint32_t getLe(const std::string& bytes, std::size_t at, int width) {
    std::uint32_t value = 0;
    for (int i = width - 1; i >= 0; --i) {
        value = (value << 8) | static_cast<unsigned char>(bytes[at + static_cast<std::size_t>(i)]);
    }
    return value;
}

// Offset of the central directory record (APPNOTE.TXT §4.3.12) of entry `name`.
std::size_t centralRecord(const std::string& zip, const std::string& name) {
    const std::string signature = "PK\x01\x02";
    for (std::size_t at = zip.find(signature); at != std::string::npos;
         at = zip.find(signature, at + 1)) {
        const std::size_t nameLength = getLe(zip, at + 28, 2);
        if (zip.compare(at + 46, nameLength, name) == 0) {
            return at;
        }
    }
    ADD_FAILURE() << "no central record for " << name;
    return 0;
}

TEST(DocxReaderTest, RunsSplitAcrossElementsAreJoined) {
    EXPECT_EQ(readBody(R"(<w:p><w:r><w:t>Ik woon in Eind</w:t></w:r>)"
                       R"(<w:r><w:rPr><w:b/></w:rPr><w:t>hoven</w:t></w:r>)"
                       R"(<w:proofErr w:type="spellStart"/>)"
                       R"(<w:r><w:t xml:space="preserve"> sinds </w:t></w:r>)"
                       R"(<w:r><w:t>2019.</w:t></w:r></w:p>)"),
              (std::vector<std::string>{"Ik woon in Eindhoven sinds 2019."}));
}

TEST(DocxReaderTest, DutchTextAndEmojiArriveUnchanged) {
    EXPECT_EQ(
        readBody(
            R"(<w:p><w:r><w:t>ĳsbeer in België, één café, naïef 🙂</w:t></w:r></w:p>)"),
        (std::vector<std::string>{"ĳsbeer in België, één café, naïef 🙂"}));
}

TEST(DocxReaderTest, WhitespaceOnlyTextIsKept) {
    EXPECT_EQ(readBody(R"(<w:p><w:r><w:t>ja</w:t></w:r><w:r><w:t xml:space="preserve"> </w:t>)"
                       R"(</w:r><w:r><w:t>nee</w:t></w:r></w:p>)"),
              (std::vector<std::string>{"ja nee"}));
}

TEST(DocxReaderTest, TabsBreaksAndNonBreakingHyphensBecomeCharacters) {
    EXPECT_EQ(readBody(R"(<w:p><w:r><w:t>00:01</w:t><w:tab/><w:t>Anouk</w:t><w:br/>)"
                       R"(<w:t>regel twee</w:t><w:cr/><w:t>Noord</w:t><w:noBreakHyphen/>)"
                       R"(<w:t>Brabant</w:t></w:r></w:p>)"),
              (std::vector<std::string>{"00:01\tAnouk\nregel twee\nNoord-Brabant"}));
}

TEST(DocxReaderTest, TrackedInsertionsAreKept) {
    EXPECT_EQ(readBody(R"(<w:p><w:r><w:t xml:space="preserve">Het was </w:t></w:r>)"
                       R"(<w:ins w:id="1" w:author="Anouk" w:date="2024-03-01T10:00:00Z">)"
                       R"(<w:r><w:t xml:space="preserve">best </w:t></w:r></w:ins>)"
                       R"(<w:r><w:t>leuk.</w:t></w:r></w:p>)"),
              (std::vector<std::string>{"Het was best leuk."}));
}

TEST(DocxReaderTest, TrackedDeletionsAreDropped) {
    EXPECT_EQ(readBody(R"(<w:p><w:r><w:t xml:space="preserve">Het was </w:t></w:r>)"
                       R"(<w:del w:id="2" w:author="Anouk" w:date="2024-03-01T10:00:00Z">)"
                       R"(<w:r><w:delText xml:space="preserve">heel erg </w:delText></w:r></w:del>)"
                       R"(<w:r><w:t>leuk.</w:t></w:r></w:p>)"),
              (std::vector<std::string>{"Het was leuk."}));
}

TEST(DocxReaderTest, DeletedParagraphMarkJoinsTheNextParagraph) {
    EXPECT_EQ(
        readBody(
            R"(<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="A" w:date="2024-03-01T10:00:00Z"/>)"
            R"(</w:rPr></w:pPr><w:r><w:t xml:space="preserve">Eerste helft, </w:t></w:r></w:p>)"
            R"(<w:p><w:r><w:t>tweede helft.</w:t></w:r></w:p>)"
            R"(<w:p><w:r><w:t>Los.</w:t></w:r></w:p>)"),
        (std::vector<std::string>{"Eerste helft, tweede helft.", "Los."}));
}

TEST(DocxReaderTest, FootnoteReferencesAndFootnoteTextAreIgnored) {
    const std::string footnotes =
        R"(<w:footnotes )" + std::string(kNamespaces) +
        R"(><w:footnote w:id="1"><w:p><w:r><w:t>Bron: CBS</w:t></w:r></w:p></w:footnote>)"
        R"(</w:footnotes>)";
    const std::string body = R"(<w:p><w:r><w:t>Het aantal steeg</w:t></w:r>)"
                             R"(<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>)"
                             R"(<w:footnoteReference w:id="1"/></w:r>)"
                             R"(<w:r><w:t>.</w:t></w:r></w:p>)";
    const std::string bytes = makeZip({{"[Content_Types].xml", kContentTypes},
                                       {"_rels/.rels", packageRels("word/document.xml")},
                                       {"word/document.xml", documentXml(body)},
                                       {"word/footnotes.xml", footnotes}});
    EXPECT_EQ(texts(readDocx(bytes, "interview3.docx")),
              (std::vector<std::string>{"Het aantal steeg."}));
}

TEST(DocxReaderTest, FieldInstructionsAreDroppedAndResultsKept) {
    EXPECT_EQ(readBody(R"(<w:p><w:r><w:t xml:space="preserve">Zie </w:t></w:r>)"
                       R"(<w:r><w:fldChar w:fldCharType="begin"/></w:r>)"
                       R"(<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://cbs.nl" )"
                       R"(</w:instrText></w:r>)"
                       R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r>)"
                       R"(<w:r><w:t>de website</w:t></w:r>)"
                       R"(<w:r><w:fldChar w:fldCharType="end"/></w:r>)"
                       R"(<w:r><w:t xml:space="preserve"> en pagina </w:t></w:r>)"
                       R"(<w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple>)"
                       R"(</w:p>)"),
              (std::vector<std::string>{"Zie de website en pagina 3"}));
}

TEST(DocxReaderTest, TableCellParagraphsFollowInRowOrder) {
    EXPECT_EQ(readBody(R"(<w:p><w:r><w:t>Voor</w:t></w:r></w:p>)"
                       R"(<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>)"
                       R"(<w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>)"
                       R"(<w:tr><w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>)"
                       R"(<w:p><w:r><w:t>Tijd</w:t></w:r></w:p></w:tc>)"
                       R"(<w:tc><w:p><w:r><w:t>Spreker</w:t></w:r></w:p></w:tc></w:tr>)"
                       R"(<w:tr><w:tc><w:p><w:r><w:t>00:01</w:t></w:r></w:p></w:tc>)"
                       R"(<w:tc><w:p><w:r><w:t>Anouk</w:t></w:r></w:p></w:tc></w:tr></w:tbl>)"
                       R"(<w:p><w:r><w:t>Na</w:t></w:r></w:p>)"),
              (std::vector<std::string>{"Voor", "Tijd", "Spreker", "00:01", "Anouk", "Na"}));
}

TEST(DocxReaderTest, ContentControlParagraphsAreIncluded) {
    EXPECT_EQ(readBody(R"(<w:sdt><w:sdtPr><w:alias w:val="Naam"/></w:sdtPr><w:sdtContent>)"
                       R"(<w:p><w:r><w:t>In het vak</w:t></w:r></w:p></w:sdtContent></w:sdt>)"
                       R"(<w:p><w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>inline</w:t></w:r>)"
                       R"(</w:sdtContent></w:sdt></w:p>)"),
              (std::vector<std::string>{"In het vak", "inline"}));
}

TEST(DocxReaderTest, HyperlinkTextIsKept) {
    EXPECT_EQ(readBody(R"(<w:p><w:hyperlink w:history="1"><w:r><w:t>klik hier</w:t></w:r>)"
                       R"(</w:hyperlink></w:p>)"),
              (std::vector<std::string>{"klik hier"}));
}

TEST(DocxReaderTest, EmptyParagraphsAreKept) {
    EXPECT_EQ(readBody(R"(<w:p><w:r><w:t>a</w:t></w:r></w:p><w:p/><w:p><w:pPr/></w:p>)"
                       R"(<w:p><w:r><w:t>b</w:t></w:r></w:p>)"),
              (std::vector<std::string>{"a", "", "", "b"}));
}

TEST(DocxReaderTest, SymbolsDrawingsAndTextBoxesAreSkipped) {
    EXPECT_EQ(readBody(R"(<w:p><w:r><w:t>Vink</w:t><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>)"
                       R"(<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>)"
                       R"(<wp:inline><w:txbxContent><w:p><w:r><w:t>kader</w:t></w:r></w:p>)"
                       R"(</w:txbxContent></wp:inline></w:drawing></mc:Choice><mc:Fallback>)"
                       R"(<w:pict><w:txbxContent><w:p><w:r><w:t>kader</w:t></w:r></w:p>)"
                       R"(</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>)"
                       R"(<w:r><w:t xml:space="preserve"> gezet</w:t></w:r></w:p>)"),
              (std::vector<std::string>{"Vink gezet"}));
}

TEST(DocxReaderTest, AlternateContentContributesOnlyItsFallback) {
    EXPECT_EQ(readBody(R"(<w:p><mc:AlternateContent><mc:Choice Requires="w14">)"
                       R"(<w:r><w:t>nieuw</w:t></w:r></mc:Choice><mc:Fallback>)"
                       R"(<w:r><w:t>oud</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>)"),
              (std::vector<std::string>{"oud"}));
}

TEST(DocxReaderTest, AnyPrefixBoundToTheWordNamespaceIsAccepted) {
    const std::string xml =
        R"(<?xml version="1.0" encoding="UTF-8"?>)"
        R"(<doc:document xmlns:doc="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
        R"(<doc:body><doc:p><doc:r><doc:t>Andere prefix</doc:t></doc:r></doc:p>)"
        R"(<w:p xmlns:w="urn:not-word"><w:r><w:t>vreemd</w:t></w:r></w:p>)"
        R"(</doc:body></doc:document>)";
    const std::string bytes = makeZip({{"word/document.xml", xml}});
    EXPECT_EQ(texts(readDocx(bytes, "interview3.docx")),
              (std::vector<std::string>{"Andere prefix"}));
}

TEST(DocxReaderTest, MainPartIsFoundThroughThePackageRelationship) {
    const std::string bytes =
        makeZip({{"[Content_Types].xml", kContentTypes},
                 {"_rels/.rels", packageRels("/word/document2.xml")},
                 {"word/document2.xml", documentXml(R"(<w:p><w:r><w:t>twee</w:t></w:r></w:p>)")}});
    const ExtractedDocument document = readDocx(bytes, "interview3.docx");
    EXPECT_EQ(texts(document), (std::vector<std::string>{"twee"}));
    EXPECT_EQ(document.encoding, "docx");
}

TEST(DocxReaderTest, StrictOoxmlNamespaceIsAccepted) {
    const std::string xml =
        R"(<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body>)"
        R"(<w:p><w:r><w:t>strikt</w:t></w:r></w:p></w:body></w:document>)";
    EXPECT_EQ(texts(readDocx(makeZip({{"word/document.xml", xml}}), "interview3.docx")),
              (std::vector<std::string>{"strikt"}));
}

TEST(DocxReaderTest, InvalidUtf8InTheXmlIsRefused) {
    const std::string bytes = docx("<w:p><w:r><w:t>Belgi\xEB</w:t></w:r></w:p>");
    const std::string message = importError(bytes, "interview3.docx");
    expectContains(message, "interview3.docx");
    expectContains(message, "word/document.xml contains text that is not valid UTF-8");
}

TEST(DocxReaderTest, NotAZipIsRefused) {
    const std::string message = importError("Dit is gewoon tekst.", "interview3.docx");
    expectContains(message, "interview3.docx");
    expectContains(message, "not a valid .docx file (not a zip archive)");
}

TEST(DocxReaderTest, TruncatedZipIsRefused) {
    const std::string whole = docx(R"(<w:p><w:r><w:t>tekst</w:t></w:r></w:p>)");
    const std::string message = importError(whole.substr(0, whole.size() / 2), "interview3.docx");
    expectContains(message, "interview3.docx");
    expectContains(message, "not a valid .docx file");
}

TEST(DocxReaderTest, PasswordProtectedDocumentIsRefused) {
    const std::string ole =
        std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + std::string(504, '\0');
    const std::string message = importError(ole, "geheim.docx");
    expectContains(message, "geheim.docx");
    expectContains(message, "password-protected");
}

TEST(DocxReaderTest, ZipWithoutDocumentXmlIsRefused) {
    const std::string bytes = makeZip({{"[Content_Types].xml", kContentTypes}});
    const std::string message = importError(bytes, "interview3.docx");
    expectContains(message,
                   "interview3.docx: not a valid .docx file (word/document.xml is missing)");
}

TEST(DocxReaderTest, MalformedXmlIsRefusedWithReasonAndOffset) {
    const std::string bytes =
        makeZip({{"word/document.xml", "<w:document><w:body><w:p></w:body></w:document>"}});
    const std::string message = importError(bytes, "interview3.docx");
    expectContains(message, "interview3.docx");
    expectContains(message, "word/document.xml is not well-formed XML: Start-end tags mismatch "
                            "at byte 27");
}

TEST(DocxReaderTest, OtherXmlAsDocumentIsRefused) {
    const std::string bytes = makeZip({{"word/document.xml", "<html><body>hoi</body></html>"}});
    const std::string message = importError(bytes, "interview3.docx");
    expectContains(message, "interview3.docx");
    expectContains(message, "not a WordprocessingML document");
}

TEST(DocxReaderTest, EntryInflatingBeyondTheLimitIsRefused) {
    std::string bytes = docx(R"(<w:p><w:r><w:t>klein</w:t></w:r></w:p>)");
    // Declare 300 MiB uncompressed in the central directory, as a zip bomb would.
    putLe(bytes, centralRecord(bytes, "word/document.xml") + 24, 300u * 1024 * 1024, 4);
    const std::string message = importError(bytes, "bomb.docx");
    expectContains(message, "bomb.docx");
    expectContains(message, "word/document.xml inflates to 300 MiB, more than the 256 MiB limit");
}

TEST(DocxReaderTest, EncryptedEntryIsRefused) {
    std::string bytes = docx(R"(<w:p><w:r><w:t>geheim</w:t></w:r></w:p>)");
    // General purpose flag bit 0: the entry is encrypted (APPNOTE.TXT §4.4.4).
    const std::size_t record = centralRecord(bytes, "word/document.xml");
    putLe(bytes, record + 8, getLe(bytes, record + 8, 2) | 1u, 2);
    const std::string message = importError(bytes, "geheim.docx");
    expectContains(message, "geheim.docx");
    expectContains(message, "word/document.xml is encrypted");
}

} // namespace
} // namespace codeboom
