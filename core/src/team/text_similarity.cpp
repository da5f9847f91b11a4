#include "text_similarity.h"

#include <algorithm>
#include <functional>
#include <iterator>
#include <vector>

namespace codeboom {

namespace {

constexpr std::size_t kShingleWords = 4;

// The sorted, distinct hashes of every run of kShingleWords whitespace-separated words.
std::vector<std::size_t> shingles(std::string_view text) {
    std::vector<std::string_view> words;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t start = text.find_first_not_of(" \t\n", at);
        if (start == std::string_view::npos)
            break;
        const std::size_t end = std::min(text.find_first_of(" \t\n", start), text.size());
        words.push_back(text.substr(start, end - start));
        at = end;
    }
    std::vector<std::size_t> hashes;
    const std::hash<std::string_view> hash;
    for (std::size_t i = 0; i + kShingleWords <= std::max(words.size(), kShingleWords); ++i) {
        std::size_t h = 0;
        for (std::size_t w = i; w < std::min(i + kShingleWords, words.size()); ++w)
            h = h * 1000003u ^ hash(words[w]);
        hashes.push_back(h);
    }
    std::sort(hashes.begin(), hashes.end());
    hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
    return hashes;
}

} // namespace

double textSimilarity(std::string_view a, std::string_view b) {
    if (a == b)
        return 1.0;
    const std::vector<std::size_t> x = shingles(a);
    const std::vector<std::size_t> y = shingles(b);
    std::vector<std::size_t> shared;
    std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(shared));
    const std::size_t united = x.size() + y.size() - shared.size();
    return united == 0 ? 1.0 : static_cast<double>(shared.size()) / static_cast<double>(united);
}

std::size_t firstDifferingLine(std::string_view a, std::string_view b) {
    if (a == b)
        return 0;
    const auto [differs, _] = std::mismatch(a.begin(), a.end(), b.begin(), b.end());
    return 1 + static_cast<std::size_t>(std::count(a.begin(), differs, '\n'));
}

} // namespace codeboom
