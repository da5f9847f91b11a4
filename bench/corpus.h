#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace codeboom::bench {

// Fixed so that every run measures the same text: a figure that moves between runs should mean
// the code changed, not the corpus.
inline constexpr std::uint32_t kCorpusSeed = 20240611;

// A directory under the system temp folder that is removed, with its contents, when the object
// goes. The name is unique so that parallel runs and leftovers of a crashed run do not collide.
class TempDir {
public:
    explicit TempDir(std::string_view prefix);
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

// One interview transcript of at least `targetBytes` bytes of UTF-8 (it ends with a whole turn),
// in the shape transcription tools and typists produce: "Interviewer: ..." / "R3: ..." turns
// separated by blank lines, sometimes timestamps, hesitations and annotations.
std::string generateTranscript(std::mt19937& rng, std::size_t targetBytes, int interview);

struct Corpus {
    std::vector<std::filesystem::path> files;
    std::uintmax_t bytes = 0;
};

// Writes `count` transcripts of about `bytesEach` bytes as interview_001.txt ... into `dir`
// (which must exist). Each text differs, since the importer refuses a text it already has.
Corpus writeCorpus(const std::filesystem::path& dir, std::size_t count, std::size_t bytesEach,
                   std::uint32_t seed = kCorpusSeed);

} // namespace codeboom::bench
