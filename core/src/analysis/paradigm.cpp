#include "codeboom/analysis/paradigm.h"

#include "codeboom/model/relations.h"
#include "codeboom/project.h"

#include <algorithm>
#include <iterator>
#include <tuple>
#include <unordered_map>

namespace codeboom {

namespace {

std::string mirrorOf(const std::string& slot) {
    if (slot == "causal-conditions")
        return "consequences";
    if (slot == "consequences")
        return "causal-conditions";
    return {};
}

std::size_t slotRank(const std::string& slot) {
    const auto it = std::find(std::begin(kParadigmSlots), std::end(kParadigmSlots), slot);
    return static_cast<std::size_t>(std::distance(std::begin(kParadigmSlots), it));
}

} // namespace

ParadigmModel paradigmModel(Project& project, std::string_view code) {
    const CodeTree& tree = project.codeTree();
    const Code& phenomenon = tree.resolve(code);
    ParadigmModel model;
    model.phenomenon = phenomenon.id;
    model.path = phenomenon.path;
    std::unordered_map<RowId, std::size_t> order;
    for (std::size_t i = 0; i < tree.codes().size(); ++i)
        order[tree.codes()[i].id] = i;
    for (const Relation& relation : relations(project)) {
        const bool isSource = relation.fromCode == phenomenon.id;
        if (!isSource && relation.toCode != phenomenon.id)
            continue;
        ParadigmEntry entry;
        entry.code = isSource ? relation.toCode : relation.fromCode;
        entry.path = isSource ? relation.toPath : relation.fromPath;
        entry.slot = isSource && relation.type.directed ? mirrorOf(relation.type.paradigmSlot)
                                                        : relation.type.paradigmSlot;
        entry.relationUuid = relation.uuid;
        entry.labelNl = relation.type.labelNl;
        entry.labelEn = relation.type.labelEn;
        entry.phenomenonIsSource = isSource;
        entry.directed = relation.type.directed;
        entry.evidence = relation.evidence.size();
        model.entries.push_back(std::move(entry));
    }
    std::stable_sort(model.entries.begin(), model.entries.end(),
                     [&](const ParadigmEntry& a, const ParadigmEntry& b) {
                         return std::tuple(slotRank(a.slot), order.at(a.code)) <
                                std::tuple(slotRank(b.slot), order.at(b.code));
                     });
    return model;
}

} // namespace codeboom
