#include "codeboom/commands/import_batch.h"
#include "codeboom/io/progress_sink.h"

#include "support/project_fixture.h"

#include <gmock/gmock.h>

namespace codeboom {
namespace {

using ::testing::HasSubstr;

// Remembers every report and stops the batch when told to.
class RecordingProgress : public ProgressSink {
public:
    bool advance(std::size_t done, std::size_t total, std::string_view item) override {
        steps.push_back(std::to_string(done) + "/" + std::to_string(total) + " " +
                        std::string(item));
        return stopAt != done;
    }
    std::vector<std::string> steps;
    std::size_t stopAt = 99;
};

class ImportBatchTest : public test::ProjectTest {};

TEST_F(ImportBatchTest, ImportsTheGoodFilesAndNamesEveryFailure) {
    const auto good = dir.write("goed.txt", "R: Dit gaat goed.\n");
    const auto broken = dir.write("kapot.docx", "geen zip");
    const auto other = dir.write("ander.txt", "R: Dit ook.\n");
    RecordingProgress progress;
    const auto outcomes = importTranscripts(*project, {good, broken, other}, {}, &progress);
    ASSERT_EQ(outcomes.size(), 3u);
    EXPECT_TRUE(outcomes[0].imported());
    EXPECT_FALSE(outcomes[1].imported());
    EXPECT_THAT(outcomes[1].error, HasSubstr("kapot.docx"));
    EXPECT_TRUE(outcomes[2].imported());
    EXPECT_EQ(project->document(outcomes[2].documentUuid).name, "ander");
    EXPECT_EQ(count("documents"), 2u);
    // One report before each file, then one at the end.
    EXPECT_EQ(progress.steps, (std::vector<std::string>{"0/3 goed.txt", "1/3 kapot.docx",
                                                        "2/3 ander.txt", "3/3 "}));
    // Each document is its own undo step.
    project->undo();
    EXPECT_EQ(count("documents"), 1u);
}

TEST_F(ImportBatchTest, StopsWhenTheProgressSinkSaysSo) {
    const auto a = dir.write("a.txt", "R: Een.\n");
    const auto b = dir.write("b.txt", "R: Twee.\n");
    RecordingProgress progress;
    progress.stopAt = 1;
    const auto outcomes = importTranscripts(*project, {a, b}, {}, &progress);
    ASSERT_EQ(outcomes.size(), 1u);
    EXPECT_EQ(count("documents"), 1u);
    EXPECT_EQ(progress.steps, (std::vector<std::string>{"0/2 a.txt", "1/2 b.txt"}));
}

TEST_F(ImportBatchTest, FoldersStandForTheTranscriptsInThem) {
    std::filesystem::create_directory(dir / "map");
    dir.write("map/b.rtf", "{\\rtf1 R: B.\\par}");
    dir.write("map/a.TXT", "R: A.\n");
    dir.write("map/foto.png", "\x89PNG");
    const auto loose = dir.write("los.vtt", "WEBVTT\n");
    const auto files = transcriptFiles({dir / "map", loose});
    ASSERT_EQ(files.size(), 3u);
    EXPECT_EQ(files[0].filename(), "a.TXT");
    EXPECT_EQ(files[1].filename(), "b.rtf");
    EXPECT_EQ(files[2].filename(), "los.vtt");
}

} // namespace
} // namespace codeboom
