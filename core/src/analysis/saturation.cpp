#include "codeboom/analysis/saturation.h"

#include "codeboom/project.h"

#include <map>
#include <set>

namespace codeboom {

std::vector<SaturationPoint> saturationCurve(Project& project) {
    std::vector<SaturationPoint> points;
    {
        auto stmt = project.database().prepare(
            "SELECT d.id, d.name, MIN(c.created_at) AS first FROM codings c "
            "JOIN documents d ON d.id = c.document_id GROUP BY d.id "
            "ORDER BY first, d.position, d.id");
        while (stmt.step()) {
            SaturationPoint point;
            point.documentId = stmt.int64At(0);
            point.document = stmt.textAt(1);
            point.firstCodedAt = stmt.textAt(2);
            point.order = points.size() + 1;
            points.push_back(std::move(point));
        }
    }
    std::map<RowId, std::set<RowId>> codesIn;
    {
        auto stmt = project.database().prepare("SELECT DISTINCT document_id, code_id FROM codings");
        while (stmt.step())
            codesIn[stmt.int64At(0)].insert(stmt.int64At(1));
    }
    const CodeTree& tree = project.codeTree();
    std::set<RowId> seen;
    for (SaturationPoint& point : points) {
        for (const RowId code : codesIn[point.documentId])
            if (seen.insert(code).second) {
                ++point.newCodes;
                if (tree.find(code)->parentId)
                    ++point.newSubcodes;
            }
        point.cumulative = seen.size();
    }
    return points;
}

} // namespace codeboom
