#include "codeboom/analysis/agreement.h"
#include "codeboom/commands/code_commands.h"
#include "codeboom/commands/document_commands.h"
#include "codeboom/io/importer.h"
#include "codeboom/project.h"
#include "codeboom/store/database.h"
#include "codeboom/team/merge.h"

#include "corpus.h"

#include <benchmark/benchmark.h>

#include <memory>
#include <random>
#include <string>
#include <vector>

namespace {

using codeboom::Project;
using codeboom::bench::TempDir;

constexpr std::size_t kDocuments = 200;
constexpr std::size_t kBytesPerDocument = 20'000;
constexpr int kCodingsPerCoder = 100'000;
constexpr int kCodes = 50;

// Two coders' project files over the same 200 documents and 50 codes (one file copied from the
// other, as a team starts), each with 100,000 codings of its own coder. The codings are written
// in one transaction with SQL: the setup is not what is measured.
struct TeamSetup {
    std::unique_ptr<TempDir> dir;
    std::filesystem::path a, b, merged;
};

void addCodings(const std::filesystem::path& file, const std::string& coder, std::uint32_t seed) {
    auto project = Project::open(file, coder);
    std::vector<std::pair<codeboom::RowId, std::size_t>> documents;
    for (const auto& doc : project->documents())
        documents.emplace_back(doc.id, doc.chars);
    std::vector<codeboom::RowId> codes;
    for (const auto& code : project->codeTree().codes())
        codes.push_back(code.id);
    const codeboom::RowId coderId = project->coderId();
    std::mt19937 rng(seed);
    auto& db = project->database();
    codeboom::store::Transaction transaction(db);
    auto insert = db.prepare("INSERT INTO codings (uuid, document_id, start, \"end\", code_id, "
                             "coder_id, text, memo, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, '', "
                             "?)");
    for (int i = 0; i < kCodingsPerCoder; ++i) {
        const auto& [docId, chars] = documents[rng() % documents.size()];
        const std::size_t length = std::min<std::size_t>(chars, 20 + rng() % 380);
        const std::size_t start = rng() % (chars - length + 1);
        const std::string text(project->text(docId).offsets.slice(start, start + length));
        insert.bind(0, project->uuids().next()).bind(1, docId);
        insert.bind(2, static_cast<std::int64_t>(start))
            .bind(3, static_cast<std::int64_t>(start + length));
        insert.bind(4, codes[rng() % codes.size()]).bind(5, coderId).bind(6, text);
        insert.bind(7, codeboom::utcNow()).run();
    }
    transaction.commit();
}

TeamSetup& teamSetup() {
    static std::unique_ptr<TeamSetup> setup;
    if (setup)
        return *setup;
    setup = std::make_unique<TeamSetup>();
    setup->dir = std::make_unique<TempDir>("codeboom-bench-team");
    const auto corpusDir = setup->dir->path() / "corpus";
    std::filesystem::create_directory(corpusDir);
    const auto corpus = codeboom::bench::writeCorpus(corpusDir, kDocuments, kBytesPerDocument,
                                                     codeboom::bench::kCorpusSeed + 2);
    setup->a = setup->dir->path() / "anouk.codeboom";
    setup->b = setup->dir->path() / "bram.codeboom";
    {
        auto project = Project::create(setup->a, "anouk");
        for (const auto& path : corpus.files) {
            codeboom::ImportDocument command(
                codeboom::readTranscript(path, {}, project->wordCounter()));
            project->execute(command);
        }
        for (int i = 0; i < kCodes; ++i) {
            codeboom::CreateCode code("Code " + std::to_string(i));
            project->execute(code);
        }
    }
    std::filesystem::remove_all(corpusDir);
    std::filesystem::copy_file(setup->a, setup->b);
    addCodings(setup->a, "anouk", 11);
    addCodings(setup->b, "bram", 12);
    setup->merged = setup->dir->path() / "team.codeboom";
    codeboom::mergeProjects(setup->merged, {setup->a, setup->b}, "bench");
    return *setup;
}

// Target (issue 6): under 5 s for two projects of 100,000 codings each.
void BM_MergeTwoProjects(benchmark::State& state) {
    TeamSetup& setup = teamSetup();
    int run = 0;
    for (auto _ : state) {
        const auto out = setup.dir->path() / ("merge-" + std::to_string(run++) + ".codeboom");
        codeboom::mergeProjects(out, {setup.a, setup.b}, "bench");
        state.PauseTiming();
        std::filesystem::remove(out);
        state.ResumeTiming();
    }
    state.counters["codings"] = benchmark::Counter(2.0 * kCodingsPerCoder);
}

// Target (issue 6): under 1 s over 200 documents (50 codes, 2 x 100,000 codings).
void BM_AgreementOver200Documents(benchmark::State& state) {
    TeamSetup& setup = teamSetup();
    auto project = Project::open(setup.merged, "bench", true);
    codeboom::AgreementOptions options;
    options.coders = {"anouk", "bram"};
    options.unit = static_cast<codeboom::AgreementUnit>(state.range(0));
    std::size_t rows = 0;
    for (auto _ : state) {
        const auto report = codeboom::computeAgreement(*project, options);
        rows = report.rows.size();
        benchmark::DoNotOptimize(report.rows.data());
    }
    state.SetLabel(codeboom::unitName(options.unit));
    state.counters["rows"] = benchmark::Counter(static_cast<double>(rows));
}

} // namespace

BENCHMARK(BM_MergeTwoProjects)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_AgreementOver200Documents)
    ->Arg(static_cast<int>(codeboom::AgreementUnit::Character))
    ->Arg(static_cast<int>(codeboom::AgreementUnit::Paragraph))
    ->Arg(static_cast<int>(codeboom::AgreementUnit::Segment))
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);
