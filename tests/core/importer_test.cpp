#include "codeboom/error.h"
#include "codeboom/io/importer.h"
#include "codeboom/io/speakers.h"
#include "codeboom/text/words.h"

#include "support/project_fixture.h"

#include <gmock/gmock.h>

namespace codeboom {
namespace {

using ::testing::HasSubstr;

ImportedDocument build(const std::vector<std::string>& paragraphs,
                       const ImportOptions& options = {}) {
    ExtractedDocument extracted;
    extracted.encoding = "UTF-8";
    for (const std::string& p : paragraphs)
        extracted.paragraphs.push_back({p, {}, {}});
    WordCounter words;
    return buildTranscript(extracted, options, words);
}

void expectTurn(const Turn& turn, const std::string& speaker, std::size_t start, std::size_t body,
                std::size_t end, const std::string& timestamp) {
    EXPECT_EQ(turn.speaker, speaker);
    EXPECT_EQ(turn.start, start);
    EXPECT_EQ(turn.bodyStart, body);
    EXPECT_EQ(turn.end, end);
    EXPECT_EQ(turn.timestamp, timestamp);
}

TEST(TranscriptStructureTest, FindsParagraphsAndTurnsWithContinuations) {
    // Offsets:  "Focusgroep Leo" 0-14, "" 15, "Moderator: Welkom." 16-34,
    //           "Deelnemer 3: Ja." 35-51, "En verder nee." 52-66
    const auto doc =
        build({"Focusgroep Leo", "", "Moderator: Welkom.", "Deelnemer 3: Ja.", "En verder nee."});
    EXPECT_EQ(doc.text, "Focusgroep Leo\n\nModerator: Welkom.\nDeelnemer 3: Ja.\nEn verder nee.");
    EXPECT_EQ(doc.chars, 66u);
    ASSERT_EQ(doc.paragraphs.size(), 4u);
    EXPECT_EQ(doc.paragraphs[1].start, 16u);
    EXPECT_EQ(doc.paragraphs[1].end, 34u);
    ASSERT_EQ(doc.turns.size(), 2u);
    expectTurn(doc.turns[0], "Moderator", 16, 27, 34, "");
    expectTurn(doc.turns[1], "Deelnemer 3", 35, 48, 66, "");
    EXPECT_EQ(doc.words, 10u);
}

TEST(TranscriptStructureTest, ReadsTimestampsBeforeAndAfterTheLabel) {
    const auto doc = build({"[00:12:34] Moderator: Goedemiddag.", "R1: (12:40) Dag.",
                            "#00:13:02-5# Moderator: Verder.", "R1: Ja."});
    ASSERT_EQ(doc.turns.size(), 4u);
    expectTurn(doc.turns[0], "Moderator", 0, 22, 34, "00:12:34");
    expectTurn(doc.turns[1], "R1", 35, 47, 51, "12:40");
    EXPECT_EQ(doc.turns[2].timestamp, "00:13:02-5");
    EXPECT_EQ(doc.turns[3].timestamp, "");
}

TEST(TranscriptStructureTest, AColonInRunningTextIsNotASpeaker) {
    const auto doc = build({"Interviewer: Wat vond u ervan?", "Respondent: Nou, het punt is dit.",
                            "Kortom: het werkte niet.", "Interviewer: Dank u.",
                            "Respondent: Graag gedaan. Zie https://leo.nl: daar."});
    ASSERT_EQ(doc.turns.size(), 4u);
    EXPECT_EQ(doc.turns[1].speaker, "Respondent");
    EXPECT_EQ(doc.turns[1].end, doc.paragraphs[2].end); // "Kortom:" continues the turn
}

TEST(TranscriptStructureTest, AParticipantWhoSpeaksOnceKeepsTheirTurn) {
    // Offsets: "Moderator: Wie begint?" 0-22, "Deelnemer 1: Ik." 23-39,
    //          "Deelnemer 2: Eén keer." 40-62, "Moderator: Dank." 63-79, "Deelnemer 1: Graag."
    //          80-99
    const auto doc = build({"Moderator: Wie begint?", "Deelnemer 1: Ik.", "Deelnemer 2: Eén keer.",
                            "Moderator: Dank.", "Deelnemer 1: Graag."});
    ASSERT_EQ(doc.turns.size(), 5u);
    expectTurn(doc.turns[0], "Moderator", 0, 11, 22, "");
    expectTurn(doc.turns[1], "Deelnemer 1", 23, 36, 39, "");
    expectTurn(doc.turns[2], "Deelnemer 2", 40, 53, 62, "");
    expectTurn(doc.turns[3], "Moderator", 63, 74, 79, "");
    expectTurn(doc.turns[4], "Deelnemer 1", 80, 93, 99, "");
}

TEST(TranscriptStructureTest, TranscriptLabelShapesCountEvenWhenUsedOnce) {
    // Each label below opens one paragraph only; all have a transcript label's shape.
    // Offsets: "I: Hoe?" 0-7, "R1: Zo." 8-15, "Gespreksleider: Ja." 16-35, "P3: Nee." 36-44,
    //          "Spreker B: Tja." 45-60
    const auto doc =
        build({"I: Hoe?", "R1: Zo.", "Gespreksleider: Ja.", "P3: Nee.", "Spreker B: Tja."});
    ASSERT_EQ(doc.turns.size(), 5u);
    expectTurn(doc.turns[0], "I", 0, 3, 7, "");
    expectTurn(doc.turns[1], "R1", 8, 12, 15, "");
    expectTurn(doc.turns[2], "Gespreksleider", 16, 32, 35, "");
    expectTurn(doc.turns[3], "P3", 36, 40, 44, "");
    expectTurn(doc.turns[4], "Spreker B", 45, 56, 60, "");
}

TEST(TranscriptStructureTest, ASiblingOfAnAcceptedLabelCountsOnce) {
    // "Jan de Vries" speaks twice, so "Jan Bakker" (other word count) is still running text, but
    // "Jan van Dam" (same first word, three words) is a speaker.
    // Offsets: "Jan de Vries: A." 0-16, "Jan van Dam: B." 17-32, "Jan Bakker: C." 33-47,
    //          "Jan de Vries: D." 48-64
    const auto doc =
        build({"Jan de Vries: A.", "Jan van Dam: B.", "Jan Bakker: C.", "Jan de Vries: D."});
    ASSERT_EQ(doc.turns.size(), 3u);
    expectTurn(doc.turns[0], "Jan de Vries", 0, 14, 16, "");
    expectTurn(doc.turns[1], "Jan van Dam", 17, 30, 47, "");
    expectTurn(doc.turns[2], "Jan de Vries", 48, 62, 64, "");
}

TEST(TranscriptLabelShapeTest, KnowsTheShapesOfTranscriptLabels) {
    for (const char* label :
         {"R", "I", "R12", "I2", "P3", "Interviewer", "interviewer", "Moderator", "Deelnemer 2",
          "Respondent", "Respondent 4", "Participant 1", "Spreker 3", "Spreker A", "Gespreksleider",
          "Geïnterviewde", "Deelnemer3"})
        EXPECT_TRUE(isTranscriptLabelShape(label)) << label;
    for (const char* label : {"Kortom", "Dus", "Let op", "Deelnemer twee", "RR", "r1", "Vraag 2",
                              "Moderator zei", "Deelnemer 2 zei", "Jan de Vries"})
        EXPECT_FALSE(isTranscriptLabelShape(label)) << label;
}

TEST(TranscriptStructureTest, CustomPatternReplacesTheDefault) {
    ImportOptions options;
    options.speakerPattern = R"(^(?<speaker>[A-Z]{2,3})>\s*)";
    const auto doc = build({"INT> Hallo.", "RES> Dag.", "Gewoon: tekst."}, options);
    ASSERT_EQ(doc.turns.size(), 2u);
    expectTurn(doc.turns[0], "INT", 0, 5, 11, "");
    EXPECT_EQ(doc.turns[1].speaker, "RES");
    EXPECT_EQ(doc.turns[1].end, 36u); // "Gewoon: tekst." (22-36) continues the turn
}

TEST(TranscriptStructureTest, InvalidCustomPatternIsRefused) {
    ImportOptions options;
    options.speakerPattern = "^(unclosed";
    try {
        build({"a"}, options);
        FAIL();
    } catch (const InvalidArgumentError& e) {
        EXPECT_THAT(e.what(),
                    HasSubstr("speaker pattern '^(unclosed' is not a valid regular expression"));
    }
}

TEST(TranscriptStructureTest, NormalisesToNfcAndLf) {
    const auto doc = build({"R: ide\x65\xCC\x88n\r\nnieuw"});
    EXPECT_EQ(doc.text, "R: ide\xC3\xABn\nnieuw");
    EXPECT_EQ(doc.chars, 14u);
}

TEST(TranscriptStructureTest, SubtitleCuesAreTurnsOfTheirOwn) {
    ExtractedDocument extracted;
    extracted.paragraphs = {{"Goedemorgen.", "Anouk", "00:00:01.000"},
                            {"Hallo.", "", "00:00:03.500"},
                            {"Nog iets.", "Bram", "00:00:05.000"}};
    WordCounter words;
    const auto doc = buildTranscript(extracted, {}, words);
    ASSERT_EQ(doc.turns.size(), 3u);
    expectTurn(doc.turns[0], "Anouk", 0, 0, 12, "00:00:01.000");
    expectTurn(doc.turns[1], "", 13, 13, 19, "00:00:03.500");
    expectTurn(doc.turns[2], "Bram", 20, 20, 29, "00:00:05.000");
}

TEST(ReadTranscriptTest, NamesTheFileForUnsupportedOrMissingFiles) {
    test::TempDir dir;
    WordCounter words;
    const auto pdf = dir.write("verslag.pdf", "%PDF-1.4");
    try {
        readTranscript(pdf, {}, words);
        FAIL();
    } catch (const ImportError& e) {
        EXPECT_STREQ(e.what(), "verslag.pdf: unsupported file type '.pdf'; Codeboom imports .txt, "
                               ".docx, .odt, .rtf, .srt and .vtt");
    }
    EXPECT_THROW(readTranscript(dir / "weg.txt", {}, words), ImportError);
    const auto broken = dir.write("kapot.docx", "PK\x03\x04 not really a zip");
    try {
        readTranscript(broken, {}, words);
        FAIL();
    } catch (const ImportError& e) {
        EXPECT_THAT(e.what(), HasSubstr("kapot.docx"));
    }
}

TEST(ReadTranscriptTest, AnEmptyFileIsRefusedNamingIt) {
    test::TempDir dir;
    WordCounter words;
    // No bytes; only white space and line ends; only a UTF-8 byte-order mark; a UTF-16
    // byte-order mark and a no-break space; an RTF file with only paragraph marks.
    const std::vector<std::pair<std::string, std::string>> files = {
        {"leeg.txt", ""},
        {"spaties.txt", " \t\r\n\n  \n"},
        {"bom.txt", "\xEF\xBB\xBF"},
        {"utf16.txt", std::string("\xFF\xFE\xA0\x00", 4)},
        {"leeg.rtf", "{\\rtf1\\ansi \\par\\par }"}};
    for (const auto& [name, bytes] : files) {
        try {
            readTranscript(dir.write(name, bytes), {}, words);
            ADD_FAILURE() << name << " was imported";
        } catch (const ImportError& e) {
            EXPECT_EQ(std::string(e.what()),
                      name + ": is empty (it holds no text, at most white space); there is "
                             "nothing to import");
        }
    }
}

TEST(ReadTranscriptTest, RecordsFormatEncodingAndOriginalHash) {
    test::TempDir dir;
    WordCounter words;
    const auto file = dir.write("Interview 1.TXT", "I: Hoi\r\nR: Hallo");
    const auto doc = readTranscript(file, {}, words);
    EXPECT_EQ(doc.name, "Interview 1");
    EXPECT_EQ(doc.originalName, "Interview 1.TXT");
    EXPECT_EQ(doc.format, "txt");
    EXPECT_EQ(doc.encoding, "UTF-8");
    EXPECT_EQ(doc.text, "I: Hoi\nR: Hallo");
    EXPECT_EQ(doc.originalSha256.size(), 64u);
}

} // namespace
} // namespace codeboom
