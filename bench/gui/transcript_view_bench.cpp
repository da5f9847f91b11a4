// The transcript view's two interactive costs on a large transcript: opening it (text, speaker
// margin, 2,000 coded regions painted, first paint done) and applying one code to a selection.
// Needs a display: bench/run.sh runs it under xvfb-run.
#include "codeboom/commands/code_commands.h"
#include "codeboom/commands/coding_commands.h"
#include "codeboom/commands/document_commands.h"
#include "codeboom/io/importer.h"
#include "codeboom/project.h"

#include "corpus.h"
#include "main_frame.h"
#include "transcript_view.h"

#include <benchmark/benchmark.h>
#include <wx/app.h>

#include <random>

namespace {

struct LargeProject {
    codeboom::bench::TempDir dir{"codeboom-gui-bench"};
    std::filesystem::path file;
    codeboom::RowId document = 0;

    LargeProject() {
        // About 100,000 words: a ~650 KB generated focus group.
        const auto corpus = codeboom::bench::writeCorpus(dir.path(), 1, 650'000, 7);
        file = dir.path() / "large.codeboom";
        auto project = codeboom::Project::create(file, "anouk");
        codeboom::ImportDocument import(
            codeboom::readTranscript(corpus.files.front(), {}, project->wordCounter()));
        project->execute(import);
        document = project->document(import.createdUuid()).id;
        for (int i = 0; i < 20; ++i) {
            codeboom::CreateCode code("Code " + std::to_string(i));
            project->execute(code);
        }
        const std::size_t chars = project->documentById(document).chars;
        std::mt19937 random(11);
        for (int i = 0; i < 2000; ++i) {
            const std::size_t start = random() % (chars - 500);
            codeboom::ApplyCoding coding(import.createdUuid(), start, start + 20 + random() % 400,
                                         "Code " + std::to_string(random() % 20));
            project->execute(coding);
        }
    }
};

LargeProject& large() {
    static LargeProject project;
    return project;
}

void BM_OpenLargeTranscript(benchmark::State& state) {
    auto& fixture = large();
    auto* frame =
        new codeboom::gui::MainFrame(codeboom::Project::open(fixture.file, "anouk"), false);
    frame->Show();
    wxYield();
    for (auto _ : state) {
        frame->openDocument(fixture.document);
        frame->transcript()->editor()->Update(); // the first paint, synchronously
    }
    state.counters["words"] =
        static_cast<double>(frame->project()->documentById(fixture.document).words);
    state.counters["regions"] = static_cast<double>(frame->transcript()->layers().codings.size());
    frame->Destroy();
    wxYield();
}
BENCHMARK(BM_OpenLargeTranscript)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_ApplyOneCodeInLargeTranscript(benchmark::State& state) {
    auto& fixture = large();
    auto* frame =
        new codeboom::gui::MainFrame(codeboom::Project::open(fixture.file, "anouk"), false);
    frame->setQuiet(true);
    frame->Show();
    frame->openDocument(fixture.document);
    wxYield();
    const codeboom::RowId code = frame->project()->codeTree().resolve("Code 3").id;
    int n = 0;
    for (auto _ : state) {
        frame->transcript()->editor()->SetSelection(1000 + n * 50, 1040 + n * 50);
        ++n;
        if (!frame->codeSelection(code))
            state.SkipWithError("coding failed");
        frame->transcript()->editor()->Update();
    }
    frame->Destroy();
    wxYield();
}
BENCHMARK(BM_ApplyOneCodeInLargeTranscript)->Unit(benchmark::kMillisecond)->Iterations(20);

} // namespace

int main(int argc, char** argv) {
    // Google Benchmark takes its --benchmark_* flags out first; wx would refuse them.
    benchmark::Initialize(&argc, argv);
    wxApp::SetInstance(new wxApp);
    if (!wxEntryStart(argc, argv))
        return 1;
    wxTheApp->OnInit();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    wxTheApp->OnExit();
    wxEntryCleanup();
    return 0;
}
