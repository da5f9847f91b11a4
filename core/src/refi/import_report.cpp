#include "codeboom/refi/import_report.h"

namespace codeboom::refi {

std::vector<ImportReport::Row> ImportReport::rows() const {
    auto n = [](std::size_t count) { return std::to_string(count); };
    std::vector<Row> out;
    out.push_back({"origin", 0, origin.empty() ? "(not given)" : origin});
    out.push_back({"namespace", 0, nameSpace.empty() ? "(none)" : nameSpace});
    out.push_back({"codes", codesCreated,
                   n(found.codes) + " in the file; " + n(codesMerged) +
                       " matched existing codes; " + n(codesRenamed) + " renamed"});
    out.push_back({"documents", documentsCreated,
                   n(found.textSources) + " text sources in the file; " + n(documentsReused) +
                       " already in the project"});
    out.push_back({"codings", codings,
                   n(found.codings) + " in the file; " + n(codingsAlreadyPresent) +
                       " already in the project"});
    out.push_back({"memos", memos, n(found.notes) + " notes in the file"});
    out.push_back({"relations", relations,
                   n(found.links) + " links in the file; " + n(relationsAlreadyPresent) +
                       " already in the project; " + n(relationTypesCreated) +
                       " new relation types; " + n(relationEvidence) + " evidence codings"});
    if (categoriesFromSets)
        out.push_back({"categories", categoriesFromSets,
                       n(found.sets) + " sets in the file; codes grouped under a parent code"});
    out.push_back(
        {"coders", codersCreated,
         n(found.users) + " users in the file; " + n(codersMatched) + " matched existing coders"});
    out.push_back({"cases", cases, n(found.cases) + " in the file"});
    out.push_back({"attributes", attributes, ""});
    if (sidecarFields)
        out.push_back({"codeboom fields", sidecarFields,
                       "codes, documents, memos and relations completed from codeboom.json"});
    if (newGuids)
        out.push_back({"new GUIDs", newGuids, "missing, malformed or already taken"});
    for (const Dialect& d : dialects)
        out.push_back({"dialect", 1,
                       d.document + ": " + d.description + " (" + n(d.matched) + " of " +
                           n(d.probed) + " selections fit)"});
    for (const auto& [reason, count] : skipped)
        out.push_back({"skipped", count, reason});
    for (const std::string& warning : warnings)
        out.push_back({"warning", 1, warning});
    return out;
}

} // namespace codeboom::refi
