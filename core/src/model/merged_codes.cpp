#include "codeboom/model/merged_codes.h"

#include "codeboom/project.h"

#include <map>
#include <set>

namespace codeboom {

std::vector<MergedCode> mergedCodes(Project& project) {
    std::vector<MergedCode> out;
    auto stmt = project.database().prepare(
        "SELECT m.id, m.uuid, m.path, m.name, m.color, m.description, m.inclusion, m.exclusion, "
        "m.anchor_coding, m.label_nl, m.label_en, m.phase, m.created_at, m.merged_into, "
        "m.merged_at, k.name, m.reason FROM merged_codes m JOIN coders k ON k.id = m.merged_by "
        "ORDER BY m.merged_at, m.path, m.uuid");
    while (stmt.step()) {
        MergedCode code;
        code.id = stmt.int64At(0);
        code.uuid = stmt.textAt(1);
        code.path = stmt.textAt(2);
        code.name = stmt.textAt(3);
        code.color = stmt.textAt(4);
        code.description = stmt.textAt(5);
        code.inclusion = stmt.textAt(6);
        code.exclusion = stmt.textAt(7);
        code.anchorCoding = stmt.textAt(8);
        code.labelNl = stmt.textAt(9);
        code.labelEn = stmt.textAt(10);
        code.phase = stmt.textAt(11);
        code.createdAt = stmt.textAt(12);
        code.mergedIntoUuid = stmt.textAt(13);
        code.mergedAt = stmt.textAt(14);
        code.coder = stmt.textAt(15);
        code.reason = stmt.textAt(16);
        out.push_back(std::move(code));
    }
    // A target merged further is itself a record here: follow the chain to the live code. The
    // set guards against a loop, which only a hand-edited or oddly merged file could hold.
    std::map<std::string, const MergedCode*> byUuid;
    for (const MergedCode& code : out)
        byUuid[code.uuid] = &code;
    const CodeTree& tree = project.codeTree();
    std::vector<std::string> paths;
    for (const MergedCode& code : out) {
        std::string uuid = code.mergedIntoUuid;
        std::set<std::string> seen;
        const Code* live = tree.findByUuid(uuid);
        while (!live && byUuid.count(uuid) && seen.insert(uuid).second) {
            uuid = byUuid[uuid]->mergedIntoUuid;
            live = tree.findByUuid(uuid);
        }
        paths.push_back(live ? live->path : std::string());
    }
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i].mergedIntoPath = paths[i];
    return out;
}

} // namespace codeboom
