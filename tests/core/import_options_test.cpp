#include "codeboom/error.h"
#include "codeboom/io/importer.h"
#include "codeboom/io/speakers.h"
#include "codeboom/text/sha256.h"
#include "codeboom/text/words.h"

#include "support/project_fixture.h"

#include <gtest/gtest.h>

namespace codeboom {
namespace {

TEST(ImportOptionsTest, TheSpeakerPatternIsCompiledOnceForEveryFile) {
    ImportOptions options;
    const SpeakerDetector* first = &options.speakerDetector();
    EXPECT_EQ(&options.speakerDetector(), first);
    const ImportOptions copy = options; // a copy shares the compiled detector
    EXPECT_EQ(&copy.speakerDetector(), first);
    EXPECT_FALSE(first->isCustom());

    options.speakerPattern = "^(\\w+) zegt:";
    const SpeakerDetector& custom = options.speakerDetector();
    EXPECT_TRUE(custom.isCustom());
    EXPECT_EQ(custom.match("Anouk zegt: ja")->speaker, "Anouk");
    EXPECT_EQ(&copy.speakerDetector(), first); // the copy keeps its own pattern

    options.speakerPattern = "^(";
    EXPECT_THROW(options.speakerDetector(), InvalidArgumentError);
}

TEST(ImportOptionsTest, OneDetectorServesABatchOfFiles) {
    test::TempDir dir;
    WordCounter words;
    ImportOptions options;
    options.speakerPattern = "^\\[(?<speaker>\\w+)\\]";
    const SpeakerDetector* detector = &options.speakerDetector();
    const auto a = readTranscript(dir.write("a.txt", "[Ans] Ja.\n[Bo] Nee."), options, words);
    const auto b = readTranscript(dir.write("b.txt", "[Cor] Misschien."), options, words);
    EXPECT_EQ(&options.speakerDetector(), detector);
    ASSERT_EQ(a.turns.size(), 2u);
    EXPECT_EQ(a.turns[1].speaker, "Bo");
    ASSERT_EQ(b.turns.size(), 1u);
    EXPECT_EQ(b.turns[0].speaker, "Cor");
}

TEST(ImportOptionsTest, TheTextHashIsKnownAfterReading) {
    test::TempDir dir;
    WordCounter words;
    // Already NFC and LF: the file is its text, one hash serves both.
    const auto plain = readTranscript(dir.write("a.txt", "R: ja"), {}, words);
    EXPECT_EQ(plain.sha256, sha256Hex("R: ja"));
    EXPECT_EQ(plain.originalSha256, plain.sha256);
    // CRLF: the stored text differs from the bytes, and so do the hashes.
    const auto crlf = readTranscript(dir.write("b.txt", "R: ja\r\nI: nee"), {}, words);
    EXPECT_EQ(crlf.sha256, sha256Hex("R: ja\nI: nee"));
    EXPECT_EQ(crlf.originalSha256, sha256Hex("R: ja\r\nI: nee"));
}

} // namespace
} // namespace codeboom
