#include "codeboom/analysis/regions.h"
#include "codeboom/commands/code_commands.h"
#include "codeboom/commands/coding_commands.h"
#include "codeboom/commands/document_commands.h"
#include "codeboom/io/importer.h"
#include "codeboom/project.h"

#include "corpus.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {

using codeboom::Project;
using codeboom::bench::TempDir;

constexpr std::size_t kDocuments = 200;
// Smaller than the import corpus: the documents only need to be there, and 200 x 20 KB keeps
// the untimed setup to a few seconds.
constexpr std::size_t kBytesPerDocument = 20'000;
constexpr std::int64_t kCodings = 100'000;
constexpr std::size_t kMinSpan = 20;
constexpr std::size_t kMaxSpan = 400;
constexpr std::uint32_t kCodingSeed = 4242;
constexpr const char* kCoder = "bench";

// A two-level code book of 50 codes such as a policy study ends up with after open coding.
struct CodeGroup {
    std::string_view parent;
    std::array<std::string_view, 4> children;
};
constexpr std::array<CodeGroup, 10> kCodeBook = {{
    {"Financiën", {"Subsidies", "Eigen bijdrage", "Begroting", "Financiële zorgen"}},
    {"Regulatief", {"Regels", "Procedures", "Verantwoording", "Controle"}},
    {"Samenwerking", {"Gemeente", "Provincie", "Partners", "België"}},
    {"Communicatie", {"Informatie", "Website", "Overleg", "Signalen"}},
    {"Organisatie", {"Coördinator", "Bestuur", "Taken", "Werkgroep"}},
    {"Vrijwilligers", {"Werving", "Behoud", "Motivatie", "Ondersteuning"}},
    {"Draagvlak", {"Inwoners", "Politiek", "Ondernemers", "Vertrouwen"}},
    {"Knelpunten", {"Tijd", "Ruimte", "Capaciteit", "Bureaucratie"}},
    {"Ideeën", {"Nieuwe plannen", "Pilots", "Geïnteresseerde partijen", "Creatieve oplossingen"}},
    {"Evaluatie", {"Resultaten", "Cijfers", "Tevredenheid", "Verbeterpunten"}},
}};

struct DocumentRef {
    std::string uuid;
    std::size_t chars = 0;
};

// A project with documents and a code book but no codings yet.
struct CodingSetup {
    std::unique_ptr<TempDir> dir;
    std::filesystem::path file;
    std::unique_ptr<Project> project;
    std::vector<DocumentRef> documents;
    std::vector<std::string> codePaths;
};

CodingSetup buildProject() {
    CodingSetup setup;
    setup.dir = std::make_unique<TempDir>("codeboom-bench-coding");
    const auto corpusDir = setup.dir->path() / "corpus";
    std::filesystem::create_directory(corpusDir);
    // Another seed than the import corpus, so this does not merely repeat that text.
    const auto corpus = codeboom::bench::writeCorpus(corpusDir, kDocuments, kBytesPerDocument,
                                                     codeboom::bench::kCorpusSeed + 1);

    setup.file = setup.dir->path() / "coding.codeboom";
    setup.project = Project::create(setup.file, kCoder);
    Project& project = *setup.project;
    for (const auto& path : corpus.files) {
        codeboom::ImportDocument command(codeboom::readTranscript(path, {}, project.wordCounter()));
        project.execute(command);
    }
    std::filesystem::remove_all(corpusDir);
    for (const auto& doc : project.documents())
        setup.documents.push_back({doc.uuid, doc.chars});

    for (const auto& group : kCodeBook) {
        codeboom::CreateCode parent{std::string(group.parent)};
        project.execute(parent);
        setup.codePaths.emplace_back(group.parent);
        for (const auto child : group.children) {
            std::string path = std::string(group.parent) + " > " + std::string(child);
            codeboom::CreateCode command{path};
            project.execute(command);
            setup.codePaths.push_back(std::move(path));
        }
    }
    return setup;
}

// Draws codings the way a coder spreads them: any document, any code, spans from a phrase to a
// long answer.
class CodingDraw {
public:
    explicit CodingDraw(const CodingSetup& setup) : setup_(setup), rng_(kCodingSeed) {}

    codeboom::ApplyCoding next() {
        const auto& doc = setup_.documents[pickIndex(setup_.documents.size())];
        const std::size_t length = std::min(
            doc.chars, std::uniform_int_distribution<std::size_t>(kMinSpan, kMaxSpan)(rng_));
        const std::size_t start =
            std::uniform_int_distribution<std::size_t>(0, doc.chars - length)(rng_);
        return codeboom::ApplyCoding(doc.uuid, start, start + length,
                                     setup_.codePaths[pickIndex(setup_.codePaths.size())]);
    }

private:
    std::size_t pickIndex(std::size_t size) {
        return std::uniform_int_distribution<std::size_t>(0, size - 1)(rng_);
    }

    const CodingSetup& setup_;
    std::mt19937 rng_;
};

// The project with kCodings codings, closed, for the reopen benchmark; left by BM_ApplyCodings so
// that the 100,000 codings are not applied twice in one run.
struct CodedProject {
    std::unique_ptr<TempDir> dir;
    std::filesystem::path file;
};

std::optional<CodedProject>& codedProject() {
    static std::optional<CodedProject> coded;
    return coded;
}

void keepAsCoded(CodingSetup& setup) {
    setup.project.reset();
    codedProject() = CodedProject{std::move(setup.dir), setup.file};
}

// One command per coding, as the GUI issues them: each is its own transaction and audit event,
// so the figure is what a user waits for after releasing the mouse.
void BM_ApplyCodings(benchmark::State& state) {
    CodingSetup setup = buildProject();
    Project& project = *setup.project;
    CodingDraw draw(setup);

    const auto begin = std::chrono::steady_clock::now();
    for (auto _ : state) {
        auto command = draw.next();
        benchmark::DoNotOptimize(project.execute(command));
    }
    const std::chrono::duration<double, std::micro> elapsed =
        std::chrono::steady_clock::now() - begin;

    state.SetItemsProcessed(state.iterations());
    state.counters["us_per_coding"] =
        benchmark::Counter(elapsed.count(), benchmark::Counter::kAvgIterations);
    if (!codedProject() && state.iterations() == kCodings)
        keepAsCoded(setup);
}

// Opening a coded project and loading what the GUI shows first: the document list, the code tree
// and the per-code region counts beside it.
void BM_ReopenProject(benchmark::State& state) {
    if (!codedProject()) {
        // Run on its own (--benchmark_filter): build the same project, untimed.
        CodingSetup setup = buildProject();
        CodingDraw draw(setup);
        for (std::int64_t i = 0; i < kCodings; ++i) {
            auto command = draw.next();
            setup.project->execute(command);
        }
        keepAsCoded(setup);
    }
    const auto& file = codedProject()->file;
    std::size_t documents = 0;
    std::size_t regions = 0;
    for (auto _ : state) {
        auto project = Project::open(file, kCoder);
        const auto docs = project->documents();
        const auto& tree = project->codeTree();
        const auto counts = codeboom::regionCounts(*project);
        benchmark::DoNotOptimize(tree.codes().data());
        documents = docs.size();
        regions = 0;
        for (const auto& [code, count] : counts)
            regions += count;

        // The write lock must go before the next open; closing is not part of reopening.
        state.PauseTiming();
        project.reset();
        state.ResumeTiming();
    }
    state.counters["documents"] = benchmark::Counter(static_cast<double>(documents));
    state.counters["regions"] = benchmark::Counter(static_cast<double>(regions));
}

} // namespace

BENCHMARK(BM_ApplyCodings)->Unit(benchmark::kMicrosecond)->UseRealTime()->Iterations(kCodings);
BENCHMARK(BM_ReopenProject)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);
