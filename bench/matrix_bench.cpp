#include "codeboom/analysis/cooccurrence.h"
#include "codeboom/analysis/frequency.h"
#include "codeboom/commands/code_commands.h"
#include "codeboom/commands/document_commands.h"
#include "codeboom/io/importer.h"
#include "codeboom/project.h"

#include "corpus.h"

#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <memory>
#include <random>
#include <string>
#include <vector>

namespace {

using codeboom::Project;
using codeboom::bench::TempDir;

// Issue 5's target: 200 documents, 500 codes, 200,000 codings; frequency and co-occurrence
// (overlap) under 300 ms each, memory under 200 MB.
constexpr std::size_t kDocuments = 200;
constexpr std::size_t kBytesPerDocument = 10'000;
constexpr std::size_t kParents = 50;
constexpr std::size_t kChildrenEach = 9; // 50 + 450 = 500 codes
constexpr std::size_t kCodings = 200'000;
constexpr std::size_t kMinSpan = 20;
constexpr std::size_t kMaxSpan = 400;
constexpr std::uint32_t kSeed = 5005;

struct MatrixProject {
    std::unique_ptr<TempDir> dir;
    std::unique_ptr<Project> project;
};

// Documents and codes go through the commands; the 200,000 codings are inserted in one
// transaction (as a merge would), since applying them one command at a time is the coding
// benchmark's subject, not this one's.
MatrixProject& matrixProject() {
    static MatrixProject setup = [] {
        MatrixProject s;
        s.dir = std::make_unique<TempDir>("codeboom-bench-matrix");
        const auto corpusDir = s.dir->path() / "corpus";
        std::filesystem::create_directory(corpusDir);
        const auto corpus = codeboom::bench::writeCorpus(corpusDir, kDocuments, kBytesPerDocument,
                                                         codeboom::bench::kCorpusSeed + 5);
        const auto file = s.dir->path() / "matrix.codeboom";
        s.project = Project::create(file, "bench");
        Project& project = *s.project;
        for (const auto& path : corpus.files) {
            codeboom::ImportDocument command(
                codeboom::readTranscript(path, {}, project.wordCounter()));
            project.execute(command);
        }
        std::filesystem::remove_all(corpusDir);
        for (std::size_t p = 0; p < kParents; ++p) {
            const std::string parent = "Thema " + std::to_string(p + 1);
            codeboom::CreateCode command(parent);
            project.execute(command);
            for (std::size_t c = 0; c < kChildrenEach; ++c) {
                codeboom::CreateCode child(parent + " > Subcode " + std::to_string(c + 1));
                project.execute(child);
            }
        }
        std::vector<codeboom::RowId> codes;
        for (const auto& code : project.codeTree().codes())
            codes.push_back(code.id);
        const auto documents = project.documents();
        const codeboom::RowId coder = project.coderId();
        std::mt19937 rng(kSeed);
        auto& db = project.database();
        db.exec("BEGIN");
        auto insert = db.prepare("INSERT INTO codings (uuid, document_id, start, \"end\", "
                                 "code_id, coder_id, text, created_at) VALUES (?1, ?2, ?3, ?4, "
                                 "?5, ?6, '', '2024-01-01T00:00:00Z')");
        for (std::size_t i = 0; i < kCodings; ++i) {
            const auto& doc = documents[rng() % documents.size()];
            const std::size_t length =
                std::min<std::size_t>(doc.chars, kMinSpan + rng() % (kMaxSpan - kMinSpan + 1));
            const std::size_t start = rng() % (doc.chars - length + 1);
            insert.bind(0, "bench-" + std::to_string(i))
                .bind(1, doc.id)
                .bind(2, static_cast<std::int64_t>(start))
                .bind(3, static_cast<std::int64_t>(start + length))
                .bind(4, codes[rng() % codes.size()])
                .bind(5, coder);
            insert.step();
            insert.reset();
        }
        db.exec("COMMIT");
        return s;
    }();
    return setup;
}

double peakRssMegabytes() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // Linux reports kilobytes
}

void report(benchmark::State& state, const codeboom::Matrix& m) {
    state.counters["rows"] = static_cast<double>(m.rows());
    state.counters["columns"] = static_cast<double>(m.columns());
    state.counters["regions"] = static_cast<double>(m.provenance.regions.size());
    state.counters["peak_rss_mb"] = peakRssMegabytes();
}

// Reading the codings from SQLite, uniting them and counting: what `matrix frequency` costs.
void BM_FrequencyMatrix(benchmark::State& state) {
    Project& project = *matrixProject().project;
    codeboom::Matrix m;
    for (auto _ : state) {
        m = codeboom::frequencyMatrix(project, {});
        benchmark::DoNotOptimize(m.at(0, 0));
    }
    report(state, m);
}
BENCHMARK(BM_FrequencyMatrix)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_CooccurrenceOverlap(benchmark::State& state) {
    Project& project = *matrixProject().project;
    codeboom::Matrix m;
    for (auto _ : state) {
        m = codeboom::cooccurrenceMatrix(project, {});
        benchmark::DoNotOptimize(m.at(0, 0));
    }
    report(state, m);
    double pairs = 0;
    for (std::size_t a = 0; a < m.rows(); ++a)
        for (std::size_t b = a + 1; b < m.columns(); ++b)
            pairs += m.at(a, b).value_or(0);
    state.counters["overlapping_pairs"] = pairs;
}
BENCHMARK(BM_CooccurrenceOverlap)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace
