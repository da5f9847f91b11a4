#include "codeboom/error.h"
#include "codeboom/io/readers.h"

#include "support/zip_builder.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace codeboom {
namespace {

using test::makeZip;

const std::string kMimetype = "application/vnd.oasis.opendocument.text";

const std::string kManifest =
    R"(<?xml version="1.0" encoding="UTF-8"?>)"
    R"(<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" )"
    R"(manifest:version="1.2">)"
    R"(<manifest:file-entry manifest:full-path="/" manifest:media-type="application/)"
    R"(vnd.oasis.opendocument.text"/>)"
    R"(<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>)"
    R"(</manifest:manifest>)";

std::string contentXml(const std::string& office) {
    return R"(<?xml version="1.0" encoding="UTF-8"?>)"
           R"(<office:document-content )"
           R"(xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
           R"(xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" )"
           R"(xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" )"
           R"(xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" )"
           R"(xmlns:dc="http://purl.org/dc/elements/1.1/" )"
           R"(xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.2">)"
           R"(<office:automatic-styles><style:style xmlns:style="urn:oasis:names:tc:)"
           R"(opendocument:xmlns:style:1.0" style:name="P1"/></office:automatic-styles>)"
           R"(<office:body>)" +
           office + R"(</office:body></office:document-content>)";
}

std::string odtWithContent(const std::string& content) {
    return makeZip(
        {{"mimetype", kMimetype}, {"META-INF/manifest.xml", kManifest}, {"content.xml", content}});
}

std::string odt(const std::string& text) {
    return odtWithContent(contentXml("<office:text>" + text + "</office:text>"));
}

std::vector<std::string> texts(const ExtractedDocument& document) {
    std::vector<std::string> result;
    for (const ExtractedParagraph& paragraph : document.paragraphs) {
        result.push_back(paragraph.text);
    }
    return result;
}

std::vector<std::string> readText(const std::string& text) {
    return texts(readOdt(odt(text), "interview.odt"));
}

std::string importError(const std::string& bytes, const std::string& fileName) {
    try {
        readOdt(bytes, fileName);
    } catch (const ImportError& error) {
        return error.what();
    }
    ADD_FAILURE() << "readOdt accepted " << fileName;
    return {};
}

void expectContains(const std::string& message, const std::string& part) {
    EXPECT_NE(message.find(part), std::string::npos) << "message: " << message;
}

TEST(OdtReaderTest, SpaceElementWithCountBecomesThatManySpaces) {
    EXPECT_EQ(readText(R"(<text:p>a<text:s text:c="3"/>b</text:p>)"
                       R"(<text:p>een <text:s/>twee</text:p>)"),
              (std::vector<std::string>{"a   b", "een  twee"}));
}

TEST(OdtReaderTest, TabAndLineBreakBecomeCharacters) {
    EXPECT_EQ(readText(R"(<text:p>00:01<text:tab/>Anouk<text:line-break/>tweede regel</text:p>)"),
              (std::vector<std::string>{"00:01\tAnouk\ntweede regel"}));
}

TEST(OdtReaderTest, HeadingsAndParagraphsComeInDocumentOrder) {
    EXPECT_EQ(readText(R"(<text:h text:outline-level="1">Interview 3</text:h>)"
                       R"(<text:p>Eerste alinea.</text:p><text:p/>)"
                       R"(<text:h text:outline-level="2">Deel twee</text:h>)"
                       R"(<text:p>Tweede alinea.</text:p>)"),
              (std::vector<std::string>{"Interview 3", "Eerste alinea.", "", "Deel twee",
                                        "Tweede alinea."}));
}

TEST(OdtReaderTest, ListItemsIncludingNestedOnesAreParagraphs) {
    EXPECT_EQ(readText(R"(<text:list text:style-name="L1"><text:list-item><text:p>één</text:p>)"
                       R"(<text:list><text:list-item><text:p>één punt een</text:p>)"
                       R"(</text:list-item></text:list></text:list-item>)"
                       R"(<text:list-item><text:p>twee</text:p></text:list-item></text:list>)"),
              (std::vector<std::string>{"één", "één punt een", "twee"}));
}

TEST(OdtReaderTest, NotesAreSkippedEntirely) {
    EXPECT_EQ(readText(R"(<text:p>Het aantal steeg<text:note text:id="ftn1" )"
                       R"(text:note-class="footnote"><text:note-citation>1</text:note-citation>)"
                       R"(<text:note-body><text:p>Bron: CBS</text:p></text:note-body></text:note>.)"
                       R"(</text:p>)"),
              (std::vector<std::string>{"Het aantal steeg."}));
}

TEST(OdtReaderTest, AnnotationsAreSkipped) {
    EXPECT_EQ(readText(R"(<text:p>Dit <office:annotation><dc:creator>Anouk</dc:creator>)"
                       R"(<text:p>nakijken</text:p></office:annotation>klopt.</text:p>)"),
              (std::vector<std::string>{"Dit klopt."}));
}

TEST(OdtReaderTest, TrackedDeletionsAreDroppedAndInsertionsKept) {
    EXPECT_EQ(
        readText(R"(<text:tracked-changes><text:changed-region text:id="ct1">)"
                 R"(<text:deletion><office:change-info><dc:creator>A</dc:creator>)"
                 R"(</office:change-info><text:p>heel erg </text:p></text:deletion>)"
                 R"(</text:changed-region><text:changed-region text:id="ct2"><text:insertion>)"
                 R"(<office:change-info><dc:creator>A</dc:creator></office:change-info>)"
                 R"(</text:insertion></text:changed-region></text:tracked-changes>)"
                 R"(<text:p>Het was <text:change text:change-id="ct1"/>)"
                 R"(<text:change-start text:change-id="ct2"/>best <text:change-end )"
                 R"(text:change-id="ct2"/>leuk.</text:p>)"),
        (std::vector<std::string>{"Het was best leuk."}));
}

TEST(OdtReaderTest, SpansLinksAndFieldsShowTheirText) {
    EXPECT_EQ(
        readText(R"(<text:p>Zie <text:span text:style-name="T1">de </text:span>)"
                 R"(<text:a xlink:type="simple" xlink:href="https://cbs.nl">website</text:a>)"
                 R"( op pagina <text:page-number text:select-page="current">3</text:page-number>)"
                 R"(</text:p>)"),
        (std::vector<std::string>{"Zie de website op pagina 3"}));
}

TEST(OdtReaderTest, SourceWhitespaceCollapsesAsOdfRequires) {
    EXPECT_EQ(readText("<text:p>\n   Hallo\n   <text:span>daar</text:span>   \n"
                       "<text:span>wereld</text:span>  \t </text:p>"),
              (std::vector<std::string>{"Hallo daar wereld"}));
}

TEST(OdtReaderTest, TableCellsComeInRowOrder) {
    EXPECT_EQ(readText(R"(<table:table table:name="T"><table:table-column/>)"
                       R"(<table:table-header-rows><table:table-row><table:table-cell>)"
                       R"(<text:p>Tijd</text:p></table:table-cell><table:table-cell>)"
                       R"(<text:p>Spreker</text:p></table:table-cell></table:table-row>)"
                       R"(</table:table-header-rows><table:table-row><table:table-cell>)"
                       R"(<text:p>00:01</text:p></table:table-cell><table:covered-table-cell/>)"
                       R"(</table:table-row></table:table>)"),
              (std::vector<std::string>{"Tijd", "Spreker", "00:01"}));
}

TEST(OdtReaderTest, SectionsAreDescended) {
    EXPECT_EQ(readText(R"(<text:section text:name="S1"><text:p>binnen</text:p></text:section>)"
                       R"(<text:p>buiten</text:p>)"),
              (std::vector<std::string>{"binnen", "buiten"}));
}

TEST(OdtReaderTest, FramesInParagraphsAreSkipped) {
    EXPECT_EQ(readText(R"(<text:p>Foto<draw:frame draw:name="f1"><draw:text-box>)"
                       R"(<text:p>bijschrift</text:p></draw:text-box></draw:frame> hier</text:p>)"),
              (std::vector<std::string>{"Foto hier"}));
}

TEST(OdtReaderTest, DutchTextAndEmojiArriveUnchanged) {
    const ExtractedDocument document = readOdt(
        odt("<text:p>ĳsbeer in België, één café, naïef 🙂</text:p>"), "interview.odt");
    EXPECT_EQ(texts(document),
              (std::vector<std::string>{"ĳsbeer in België, één café, naïef 🙂"}));
    EXPECT_EQ(document.encoding, "odt");
}

TEST(OdtReaderTest, NotAZipIsRefused) {
    const std::string message = importError("<office:document/>", "interview.odt");
    expectContains(message, "interview.odt: not a valid .odt file (not a zip archive)");
}

TEST(OdtReaderTest, ZipWithoutContentXmlIsRefused) {
    const std::string message = importError(makeZip({{"mimetype", kMimetype}}), "interview.odt");
    expectContains(message, "interview.odt: not a valid .odt file (content.xml is missing)");
}

TEST(OdtReaderTest, MalformedXmlIsRefusedWithReasonAndOffset) {
    const std::string message =
        importError(odtWithContent("<office:document-content><office:body>"), "interview.odt");
    expectContains(message, "interview.odt");
    expectContains(message, "content.xml is not well-formed XML: Start-end tags mismatch");
    expectContains(message, "at byte");
}

TEST(OdtReaderTest, SpreadsheetIsRefused) {
    const std::string message = importError(
        odtWithContent(contentXml("<office:spreadsheet><table:table/></office:spreadsheet>")),
        "budget.odt");
    expectContains(message, "budget.odt");
    expectContains(message, "it is an OpenDocument spreadsheet, not a text document");
}

TEST(OdtReaderTest, PasswordProtectedDocumentIsRefused) {
    const std::string manifest =
        R"(<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">)"
        R"(<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">)"
        R"(<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x">)"
        R"(<manifest:algorithm manifest:algorithm-name="Blowfish CFB"/></manifest:encryption-data>)"
        R"(</manifest:file-entry></manifest:manifest>)";
    const std::string bytes = makeZip({{"mimetype", kMimetype},
                                       {"META-INF/manifest.xml", manifest},
                                       {"content.xml", "\x8F\x01\xA2 versleuteld"}});
    const std::string message = importError(bytes, "geheim.odt");
    expectContains(message, "geheim.odt");
    expectContains(message, "password-protected");
}

} // namespace
} // namespace codeboom
