#include "codeboom/model/code_search.h"

#include "codeboom/text/search_fold.h"

#include <algorithm>
#include <sstream>

namespace codeboom {

std::vector<const Code*> codesMatching(const CodeTree& tree, std::string_view query) {
    const std::string folded = searchFold(query);
    std::vector<std::string> words;
    std::istringstream split(folded);
    for (std::string word; split >> word;)
        words.push_back(word);
    // The query as one phrase, blanks squeezed, for ranking by the code's own name.
    std::string phrase;
    for (const std::string& word : words)
        phrase += (phrase.empty() ? "" : " ") + word;

    std::vector<std::pair<int, const Code*>> ranked;
    for (const Code& code : tree.codes()) {
        const std::string path = searchFold(code.path);
        const bool all = std::all_of(words.begin(), words.end(), [&](const std::string& word) {
            return path.find(word) != std::string::npos;
        });
        if (!all)
            continue;
        const std::string name = searchFold(code.name);
        const int rank = name.rfind(phrase, 0) == 0               ? 0
                         : name.find(phrase) != std::string::npos ? 1
                                                                  : 2;
        ranked.emplace_back(rank, &code);
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<const Code*> out;
    for (const auto& entry : ranked)
        out.push_back(entry.second);
    return out;
}

} // namespace codeboom
