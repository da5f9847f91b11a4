#include "codeboom/commands/document_commands.h"
#include "codeboom/io/importer.h"
#include "codeboom/project.h"

#include "corpus.h"

#include <benchmark/benchmark.h>

#include <memory>
#include <optional>

namespace {

using codeboom::bench::Corpus;
using codeboom::bench::TempDir;

constexpr std::size_t kFiles = 200;
constexpr std::size_t kBytesPerFile = 50'000;

// Generated once per process: writing 10 MB is not what is being measured, and every iteration
// should import the very same bytes.
struct ImportCorpus {
    TempDir dir{"codeboom-bench-corpus"};
    Corpus corpus = codeboom::bench::writeCorpus(dir.path(), kFiles, kBytesPerFile);
};

const ImportCorpus& importCorpus() {
    static const ImportCorpus corpus;
    return corpus;
}

// What `codeboom-cli init` followed by `codeboom-cli import` does: one command, one transaction
// and one event per file, so the figure includes the per-file commit cost a user pays.
void BM_ImportTranscripts(benchmark::State& state) {
    const Corpus& corpus = importCorpus().corpus;
    const codeboom::ImportOptions options;
    for (auto _ : state) {
        state.PauseTiming();
        std::optional<TempDir> dir(std::in_place, "codeboom-bench-import");
        state.ResumeTiming();

        auto project = codeboom::Project::create(dir->path() / "import.codeboom", "bench");
        for (const auto& file : corpus.files) {
            codeboom::ImportDocument command(
                codeboom::readTranscript(file, options, project->wordCounter()));
            project->execute(command);
        }
        // Closing checkpoints the write-ahead log; the user waits for that too.
        project.reset();

        state.PauseTiming();
        dir.reset();
        state.ResumeTiming();
    }
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(corpus.bytes));
    state.counters["files"] = benchmark::Counter(static_cast<double>(corpus.files.size()));
    state.counters["MB_total"] =
        benchmark::Counter(static_cast<double>(corpus.bytes) / (1024.0 * 1024.0));
}

} // namespace

BENCHMARK(BM_ImportTranscripts)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);
