#include "codeboom/error.h"
#include "codeboom/io/readers.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace codeboom {
namespace {

// (speaker, timestamp, text) of each paragraph, for one-line comparisons.
struct Cue {
    std::string speaker;
    std::string timestamp;
    std::string text;

    bool operator==(const Cue&) const = default;
};

void PrintTo(const Cue& cue, std::ostream* out) {
    *out << "{speaker=\"" << cue.speaker << "\", timestamp=\"" << cue.timestamp << "\", text=\""
         << cue.text << "\"}";
}

std::vector<Cue> cues(const ExtractedDocument& document) {
    std::vector<Cue> result;
    for (const ExtractedParagraph& paragraph : document.paragraphs) {
        result.push_back({paragraph.speaker, paragraph.timestamp, paragraph.text});
    }
    return result;
}

template <typename Reader>
std::string importError(Reader reader, std::string_view bytes, const std::string& fileName) {
    try {
        reader(bytes, fileName);
    } catch (const ImportError& error) {
        return error.what();
    }
    ADD_FAILURE() << "reader accepted " << fileName;
    return {};
}

void expectContains(const std::string& message, const std::string& part) {
    EXPECT_NE(message.find(part), std::string::npos) << "message: " << message;
}

TEST(SrtReaderTest, EachCueIsAParagraphWithItsStartTime) {
    const ExtractedDocument document = readSrt("1\n"
                                               "00:00:01,000 --> 00:00:04,000\n"
                                               "Welkom bij het interview.\n"
                                               "\n"
                                               "2\n"
                                               "00:01:02,500 --> 00:01:05,000\n"
                                               "Dank je wel.\n",
                                               "interview.srt");
    EXPECT_EQ(cues(document), (std::vector<Cue>{{"", "00:00:01.000", "Welkom bij het interview."},
                                                {"", "00:01:02.500", "Dank je wel."}}));
    EXPECT_EQ(document.encoding, "UTF-8");
}

TEST(SrtReaderTest, MultiLineCueIsJoinedWithLineBreaks) {
    EXPECT_EQ(
        cues(readSrt("1\r\n00:00:01,000 --> 00:00:04,000\r\nEerste regel,\r\n"
                     "tweede regel met ĳs en 🙂\r\n\r\n",
                     "interview.srt")),
        (std::vector<Cue>{{"", "00:00:01.000", "Eerste regel,\ntweede regel met ĳs en 🙂"}}));
}

TEST(SrtReaderTest, LeadingNameLabelBecomesTheSpeaker) {
    EXPECT_EQ(cues(readSrt("1\n00:00:01,000 --> 00:00:04,000\nInterviewer: Hoe gaat het?\n\n"
                           "2\n00:00:05,000 --> 00:00:07,000\nAnouk de Vries:  Goed.\n",
                           "interview.srt")),
              (std::vector<Cue>{{"Interviewer", "00:00:01.000", "Hoe gaat het?"},
                                {"Anouk de Vries", "00:00:05.000", "Goed."}}));
}

TEST(SrtReaderTest, ClockTimesAndUrlsAreNotSpeakerLabels) {
    EXPECT_EQ(cues(readSrt("1\n00:00:01,000 --> 00:00:04,000\n10:30 begonnen we.\n\n"
                           "2\n00:00:05,000 --> 00:00:07,000\nhttps://cbs.nl: kijk daar\n\n"
                           "3\n00:00:08,000 --> 00:00:09,000\nDit is een heel erg lange zin "
                           "zonder spreker maar wel: een dubbele punt\n",
                           "interview.srt")),
              (std::vector<Cue>{{"", "00:00:01.000", "10:30 begonnen we."},
                                {"", "00:00:05.000", "https://cbs.nl: kijk daar"},
                                {"", "00:00:08.000",
                                 "Dit is een heel erg lange zin zonder spreker maar wel: een "
                                 "dubbele punt"}}));
}

TEST(SrtReaderTest, FormattingTagsAreStripped) {
    EXPECT_EQ(cues(readSrt("1\n00:00:01,000 --> 00:00:04,000\n{\\an8}<i>Zacht:</i> "
                           "<font color=\"red\">nee</font> en 3 < 4\n",
                           "interview.srt")),
              (std::vector<Cue>{{"Zacht", "00:00:01.000", "nee en 3 < 4"}}));
}

TEST(SrtReaderTest, MissingBlankLineBetweenCuesStillSplitsThem) {
    EXPECT_EQ(cues(readSrt("1\n00:00:01,000 --> 00:00:02,000\neen\n"
                           "2\n00:00:03,000 --> 00:00:04,000\ntwee\n",
                           "interview.srt")),
              (std::vector<Cue>{{"", "00:00:01.000", "een"}, {"", "00:00:03.000", "twee"}}));
}

TEST(SrtReaderTest, BomIsAcceptedAndReported) {
    const ExtractedDocument document = readSrt("\xEF\xBB\xBF"
                                               "1\n00:00:01,000 --> 00:00:02,000\nBelgië\n",
                                               "interview.srt");
    EXPECT_EQ(cues(document), (std::vector<Cue>{{"", "00:00:01.000", "België"}}));
    EXPECT_EQ(document.encoding, "UTF-8 (BOM)");
}

TEST(SrtReaderTest, BadTimingIsRefusedWithTheLineNumber) {
    const std::string message = importError(
        readSrt, "1\n00:00:01,000 --> 00:00:02,000\neen\n\n2\n00:00:03 --> 00:00:04,000\ntwee\n",
        "interview.srt");
    expectContains(message, "interview.srt: line 6: cannot read the cue timing "
                            "\"00:00:03 --> 00:00:04,000\"");
}

TEST(SrtReaderTest, BlockWithoutTimingIsRefusedWithTheLineNumber) {
    const std::string message =
        importError(readSrt, "1\n00:00:01,000 -> 00:00:02,000\neen\n", "interview.srt");
    expectContains(message, "interview.srt: line 2: expected a cue timing");
}

TEST(SrtReaderTest, InvalidUtf8IsRefused) {
    const std::string message =
        importError(readSrt, "1\n00:00:01,000 --> 00:00:02,000\nBelgi\xEB\n", "interview.srt");
    expectContains(message, "interview.srt");
    expectContains(message, "not valid UTF-8 (at offset 37)");
}

TEST(VttReaderTest, VoiceTagGivesTheSpeaker) {
    EXPECT_EQ(cues(readVtt("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n"
                           "<v Anouk>Ik weet het <i>niet</i>.</v>\n\n"
                           "00:00:05.000 --> 00:00:06.000\n<v.loud Jan de Vries>Echt?\n",
                           "interview.vtt")),
              (std::vector<Cue>{{"Anouk", "00:00:01.000", "Ik weet het niet."},
                                {"Jan de Vries", "00:00:05.000", "Echt?"}}));
}

TEST(VttReaderTest, NoteStyleAndRegionBlocksAreSkipped) {
    EXPECT_EQ(cues(readVtt("WEBVTT\n\n"
                           "STYLE\n::cue { color: yellow }\n\n"
                           "REGION\nid:onder width:40%\n\n"
                           "NOTE transcriptie door Anouk\nnog een regel\n\n"
                           "00:00:01.000 --> 00:00:02.000\neen\n\n"
                           "NOTE\nlos\n\n"
                           "00:00:03.000 --> 00:00:04.000\ntwee\n",
                           "interview.vtt")),
              (std::vector<Cue>{{"", "00:00:01.000", "een"}, {"", "00:00:03.000", "twee"}}));
}

TEST(VttReaderTest, CueIdentifiersAreOptional) {
    EXPECT_EQ(cues(readVtt("WEBVTT\n\nintro\n00:00:01.000 --> 00:00:02.000\neen\n\n"
                           "00:00:03.000 --> 00:00:04.000\ntwee\n\n"
                           "3\n00:00:05.000 --> 00:00:06.000\ndrie\n",
                           "interview.vtt")),
              (std::vector<Cue>{{"", "00:00:01.000", "een"},
                                {"", "00:00:03.000", "twee"},
                                {"", "00:00:05.000", "drie"}}));
}

TEST(VttReaderTest, HourlessTimingsAreNormalised) {
    EXPECT_EQ(cues(readVtt("WEBVTT\n\n01:02.500 --> 01:05.000\neen\n\n"
                           "1:02:03.004 --> 1:02:05.000\ntwee\n",
                           "interview.vtt")),
              (std::vector<Cue>{{"", "00:01:02.500", "een"}, {"", "01:02:03.004", "twee"}}));
}

TEST(VttReaderTest, CueSettingsAreIgnored) {
    EXPECT_EQ(cues(readVtt("WEBVTT\n\n00:00:01.000 --> 00:00:02.000 align:start position:10%\n"
                           "een\n",
                           "interview.vtt")),
              (std::vector<Cue>{{"", "00:00:01.000", "een"}}));
}

TEST(VttReaderTest, InterviewerLabelBecomesTheSpeaker) {
    EXPECT_EQ(cues(readVtt("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n"
                           "Interviewer: Wat deed u daar?\nEn waarom?\n",
                           "interview.vtt")),
              (std::vector<Cue>{{"Interviewer", "00:00:01.000", "Wat deed u daar?\nEn waarom?"}}));
}

TEST(VttReaderTest, EntitiesAndTimestampTagsAreDecoded) {
    EXPECT_EQ(cues(readVtt("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n"
                           "<c.blue>Tom &amp; Anouk</c> &lt;3&gt;&nbsp;ja <00:00:01.500>nee\n",
                           "interview.vtt")),
              (std::vector<Cue>{{"", "00:00:01.000", "Tom & Anouk <3>\u00A0ja nee"}}));
}

TEST(VttReaderTest, HeaderTextAndBomAreAccepted) {
    const ExtractedDocument document =
        readVtt("\xEF\xBB\xBFWEBVTT - Interview 3\nKind: captions\nLanguage: nl\n\n"
                "00:00:01.000 --> 00:00:02.000\n<v Anouk>ĳs in België 🙂\n",
                "interview.vtt");
    EXPECT_EQ(cues(document), (std::vector<Cue>{{"Anouk", "00:00:01.000", "ĳs in België 🙂"}}));
    EXPECT_EQ(document.encoding, "UTF-8 (BOM)");
}

TEST(VttReaderTest, MissingHeaderIsRefused) {
    const std::string message =
        importError(readVtt, "00:00:01.000 --> 00:00:02.000\neen\n", "interview.vtt");
    expectContains(message, "interview.vtt: not a WebVTT file");
}

TEST(VttReaderTest, BadTimingIsRefusedWithTheLineNumber) {
    const std::string message =
        importError(readVtt, "WEBVTT\n\nNOTE x\n\n00:01.5 --> 00:02.000\neen\n", "interview.vtt");
    expectContains(message, "interview.vtt: line 5: cannot read the cue timing "
                            "\"00:01.5 --> 00:02.000\"");
}

TEST(VttReaderTest, CommaInTimingIsRefused) {
    const std::string message =
        importError(readVtt, "WEBVTT\n\n00:00:01,000 --> 00:00:02,000\neen\n", "interview.vtt");
    expectContains(message, "interview.vtt: line 3: cannot read the cue timing");
}

TEST(VttReaderTest, InvalidUtf8IsRefused) {
    const std::string message =
        importError(readVtt, "WEBVTT\n\n00:01.000 --> 00:02.000\n\xC3\x28\n", "interview.vtt");
    expectContains(message, "interview.vtt");
    expectContains(message, "not valid UTF-8");
}

} // namespace
} // namespace codeboom
