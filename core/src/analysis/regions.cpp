#include "codeboom/analysis/regions.h"

#include "codeboom/project.h"

#include <algorithm>

namespace codeboom {

std::vector<Span> uniteSpans(std::vector<Span> spans) {
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    std::vector<Span> regions;
    for (const Span& span : spans) {
        if (!regions.empty() && span.start <= regions.back().end)
            regions.back().end = std::max(regions.back().end, span.end);
        else
            regions.push_back(span);
    }
    return regions;
}

std::map<RowId, std::size_t> regionCounts(Project& project) {
    std::map<RowId, std::size_t> counts;
    auto stmt = project.database().prepare("SELECT code_id, document_id, start, \"end\" FROM "
                                           "codings ORDER BY code_id, document_id, start");
    RowId code = 0;
    RowId document = 0;
    std::size_t reach = 0;
    bool first = true;
    while (stmt.step()) {
        const RowId c = stmt.int64At(0);
        const RowId d = stmt.int64At(1);
        const auto start = static_cast<std::size_t>(stmt.int64At(2));
        const auto end = static_cast<std::size_t>(stmt.int64At(3));
        if (first || c != code || d != document || start > reach) {
            ++counts[c];
            reach = end;
        } else {
            reach = std::max(reach, end);
        }
        code = c;
        document = d;
        first = false;
    }
    return counts;
}

} // namespace codeboom
