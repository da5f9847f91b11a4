#include "codeboom/commands/code_commands.h"
#include "codeboom/commands/document_commands.h"
#include "codeboom/io/importer.h"
#include "codeboom/project.h"
#include "codeboom/refi/qdpx_export.h"
#include "codeboom/refi/qdpx_import.h"

#include "corpus.h"

#include <benchmark/benchmark.h>

#include <memory>
#include <random>
#include <string>
#include <vector>

namespace {

using codeboom::Project;
using codeboom::bench::TempDir;

constexpr std::size_t kDocuments = 50;
constexpr std::size_t kBytesPerDocument = 40'000;
constexpr std::int64_t kCodings = 100'000;
constexpr std::size_t kCodes = 50;

// A .qdpx with 100,000 codings, written once by Codeboom's own exporter from a project whose
// codings are inserted directly (100,000 separate commands would take minutes of setup).
struct QdpxFixture {
    std::unique_ptr<TempDir> dir;
    std::filesystem::path archive;
};

const QdpxFixture& fixture() {
    static const QdpxFixture built = [] {
        QdpxFixture f;
        f.dir = std::make_unique<TempDir>("codeboom-bench-refi");
        const auto corpusDir = f.dir->path() / "corpus";
        std::filesystem::create_directory(corpusDir);
        const auto corpus = codeboom::bench::writeCorpus(corpusDir, kDocuments, kBytesPerDocument,
                                                         codeboom::bench::kCorpusSeed + 7);
        auto project = Project::create(f.dir->path() / "source.codeboom", "bench");
        for (const auto& file : corpus.files) {
            codeboom::ImportDocument command(
                codeboom::readTranscript(file, {}, project->wordCounter()));
            project->execute(command);
        }
        for (std::size_t i = 0; i < kCodes; ++i) {
            codeboom::CreateCode command("Code " + std::to_string(i));
            project->execute(command);
        }
        const auto documents = project->documents();
        const auto& codes = project->codeTree().codes();
        std::mt19937 rng(4243);
        auto& db = project->database();
        codeboom::store::Transaction transaction(db);
        auto insert = db.prepare("INSERT INTO codings (uuid, document_id, start, \"end\", code_id, "
                                 "coder_id, text, memo, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                 "'', ?)");
        const codeboom::RowId coder = project->coderId();
        for (std::int64_t i = 0; i < kCodings; ++i) {
            const auto& doc = documents[static_cast<std::size_t>(i) % documents.size()];
            const auto& text = project->text(doc.id);
            const std::size_t start = rng() % (doc.chars - 400);
            const std::size_t end = start + 20 + rng() % 380;
            insert.bind(0, project->uuids().next())
                .bind(1, doc.id)
                .bind(2, static_cast<std::int64_t>(start))
                .bind(3, static_cast<std::int64_t>(end));
            insert.bind(4, codes[rng() % codes.size()].id)
                .bind(5, coder)
                .bind(6, std::string(text.offsets.slice(start, end)))
                .bind(7, codeboom::utcNow());
            insert.run();
        }
        transaction.commit();
        f.archive = f.dir->path() / "bench.qdpx";
        codeboom::refi::exportQdpx(*project, f.archive);
        return f;
    }();
    return built;
}

// The whole import a user waits for: open and check the archive, parse, detect dialects, write
// 100,000 codings in one transaction with their undo images and the event.
void BM_ImportQdpx100kCodings(benchmark::State& state) {
    const QdpxFixture& f = fixture();
    int run = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const auto file = f.dir->path() / ("target-" + std::to_string(run++) + ".codeboom");
        auto project = Project::create(file, "bench");
        state.ResumeTiming();
        codeboom::refi::ImportQdpx command(f.archive);
        project->execute(command);
        if (command.report().codings != static_cast<std::size_t>(kCodings))
            state.SkipWithError("not every coding was imported");
        state.PauseTiming();
        project.reset();
        std::filesystem::remove(file);
        state.ResumeTiming();
    }
    state.counters["codings"] = static_cast<double>(kCodings);
}
BENCHMARK(BM_ImportQdpx100kCodings)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

} // namespace
