#include "codeboom/analysis/filters.h"

#include "codeboom/error.h"
#include "codeboom/project.h"

#include <algorithm>
#include <set>
#include <unordered_map>

namespace codeboom {

CaseValues::CaseValues(const std::vector<CaseAttribute>& attributes) {
    std::set<std::string> names;
    for (const CaseAttribute& a : attributes) {
        values_[{a.kind, a.document, a.caseName, a.name}] = a.value;
        names.insert(a.name);
    }
    names_.assign(names.begin(), names.end());
}

std::optional<std::string> CaseValues::ofSpeaker(const std::string& document,
                                                 const std::string& speaker,
                                                 const std::string& attribute) const {
    // A speaker case scoped to the document wins over a project-wide one of the same name,
    // since "R" or "Deelnemer 3" recur across transcripts as different people.
    if (auto it = values_.find({"speaker", document, speaker, attribute}); it != values_.end())
        return it->second;
    if (auto it = values_.find({"speaker", "", speaker, attribute}); it != values_.end())
        return it->second;
    return std::nullopt;
}

std::optional<std::string> CaseValues::ofDocument(const std::string& document,
                                                  const std::string& attribute) const {
    // Document cases are keyed by the document's name; the import stores them unscoped.
    for (const std::string& scope : {std::string(), document})
        if (auto it = values_.find({"document", scope, document, attribute}); it != values_.end())
            return it->second;
    return std::nullopt;
}

bool CaseValues::knows(const std::string& attribute) const {
    return std::binary_search(names_.begin(), names_.end(), attribute);
}

std::pair<std::size_t, std::size_t> unitsIntersecting(const std::vector<UnitSpan>& units,
                                                      std::size_t start, std::size_t end) {
    // Units are sorted and disjoint, so their ends are sorted too: the first unit ending after
    // `start` is the first that can share a code point.
    const auto first = std::partition_point(units.begin(), units.end(),
                                            [&](const UnitSpan& u) { return u.end <= start; });
    auto last = first;
    while (last != units.end() && last->start < end)
        ++last;
    // A unit that ends before `start` was excluded above; an empty region shares nothing.
    if (start >= end)
        last = first;
    return {static_cast<std::size_t>(first - units.begin()),
            static_cast<std::size_t>(last - units.begin())};
}

std::pair<std::string, std::string> parseWhere(std::string_view text) {
    const auto eq = text.find('=');
    if (eq == std::string_view::npos || eq == 0)
        throw InvalidArgumentError(
            Message{CODEBOOM_N_("--where needs ATTRIBUTE=VALUE, not '{text}'"),
                    {{"text", std::string(text)}}});
    return {std::string(text.substr(0, eq)), std::string(text.substr(eq + 1))};
}

namespace {

struct RawSpan {
    std::uint32_t row;
    std::uint32_t document;
    std::uint32_t coder;
    std::size_t start;
    std::size_t end;
};

std::string idList(const std::vector<RowId>& ids) {
    std::string list;
    for (const RowId id : ids)
        list += (list.empty() ? "" : ",") + std::to_string(id);
    return list;
}

// Applies --where to one document: which turns are admitted, or the whole document.
void admit(DocumentContext& context, const CaseValues& cases,
           const std::pair<std::string, std::string>& where) {
    const std::string& doc = context.document.name;
    context.wholeDocumentAdmitted = cases.ofDocument(doc, where.first) == where.second;
    for (std::size_t i = 0; i < context.turns.size(); ++i)
        context.turnAdmitted[i] =
            context.wholeDocumentAdmitted ||
            cases.ofSpeaker(doc, context.turns[i].speaker, where.first) == where.second;
}

bool regionAdmitted(const DocumentContext& context, std::size_t start, std::size_t end) {
    if (context.wholeDocumentAdmitted)
        return true;
    const auto [first, last] = unitsIntersecting(context.turnSpans, start, end);
    for (std::size_t t = first; t < last; ++t)
        if (context.turnAdmitted[t])
            return true;
    return false;
}

} // namespace

RegionSet selectRegions(Project& project, const AnalysisFilter& filter, bool splitByCoder) {
    RegionSet set;
    set.splitByCoder = splitByCoder;
    const CodeTree& tree = project.codeTree();

    // Rows: the whole tree, or the --codes subtree, in display order.
    if (filter.codes) {
        for (const Code* code : tree.subtree(tree.resolve(*filter.codes).id))
            set.codes.push_back(*code);
    } else {
        set.codes = tree.codes();
    }
    std::unordered_map<RowId, std::uint32_t> rowOfCode;
    for (std::uint32_t r = 0; r < set.codes.size(); ++r)
        rowOfCode[set.codes[r].id] = r;
    // The rows a coding of each code counts for: its own, and with --rollup every ancestor's.
    std::unordered_map<RowId, std::vector<std::uint32_t>> rowsOf;
    for (const Code& code : tree.codes()) {
        std::vector<std::uint32_t> rows;
        std::optional<RowId> current = code.id;
        while (current) {
            if (auto it = rowOfCode.find(*current); it != rowOfCode.end())
                rows.push_back(it->second);
            if (!filter.rollup)
                break;
            const Code* node = tree.find(*current);
            current = node ? node->parentId : std::nullopt;
        }
        if (!rows.empty())
            rowsOf[code.id] = std::move(rows);
    }

    // Documents.
    std::vector<Document> documents;
    if (filter.documents.empty()) {
        documents = project.documents();
    } else {
        std::set<RowId> wanted;
        for (const std::string& name : filter.documents)
            wanted.insert(project.document(name).id);
        for (const Document& d : project.documents())
            if (wanted.count(d.id))
                documents.push_back(d);
    }
    std::unordered_map<RowId, std::uint32_t> indexOfDocument;
    std::optional<CaseValues> cases;
    if (filter.where) {
        cases.emplace(project.attributes());
        if (!cases->knows(filter.where->first))
            throw InvalidArgumentError(
                Message{CODEBOOM_N_("--where: no case in {file} has an attribute '{attribute}'"),
                        {{"file", project.fileName()}, {"attribute", filter.where->first}}});
    }
    for (const Document& d : documents) {
        DocumentContext context;
        context.document = d;
        context.turns = project.turns(d.id);
        for (const Turn& t : context.turns)
            context.turnSpans.push_back({t.start, t.end});
        context.turnAdmitted.assign(context.turns.size(), true);
        if (filter.where)
            admit(context, *cases, *filter.where);
        indexOfDocument[d.id] = static_cast<std::uint32_t>(set.documents.size());
        set.documents.push_back(std::move(context));
    }

    // Coders.
    std::unordered_map<RowId, std::uint32_t> indexOfCoder;
    const std::vector<Coder> allCoders = project.coders();
    if (filter.coders.empty()) {
        for (const Coder& c : allCoders) {
            indexOfCoder[c.id] = static_cast<std::uint32_t>(set.coders.size());
            set.coders.push_back(c.name);
        }
    } else {
        for (const std::string& name : filter.coders) {
            const auto it = std::find_if(allCoders.begin(), allCoders.end(),
                                         [&](const Coder& c) { return c.name == name; });
            if (it == allCoders.end())
                throw InvalidArgumentError(
                    Message{CODEBOOM_N_("--coders: there is no coder '{coder}' in {file}"),
                            {{"coder", name}, {"file", project.fileName()}}});
            if (indexOfCoder.count(it->id))
                continue;
            indexOfCoder[it->id] = static_cast<std::uint32_t>(set.coders.size());
            set.coders.push_back(name);
        }
    }

    // The codings, read lean (no text) since a project may hold hundreds of thousands.
    std::string sql = "SELECT code_id, document_id, coder_id, start, \"end\" FROM codings WHERE 1";
    if (!filter.documents.empty()) {
        std::vector<RowId> ids;
        for (const Document& d : documents)
            ids.push_back(d.id);
        sql += " AND document_id IN (" + idList(ids) + ")";
    }
    if (!filter.coders.empty()) {
        std::vector<RowId> ids;
        for (const auto& [id, index] : indexOfCoder)
            ids.push_back(id);
        sql += " AND coder_id IN (" + idList(ids) + ")";
    }
    std::vector<RawSpan> spans;
    auto stmt = project.database().prepare(sql);
    while (stmt.step()) {
        const auto rows = rowsOf.find(stmt.int64At(0));
        const auto doc = indexOfDocument.find(stmt.int64At(1));
        const auto coder = indexOfCoder.find(stmt.int64At(2));
        if (rows == rowsOf.end() || doc == indexOfDocument.end() || coder == indexOfCoder.end())
            continue;
        const auto start = static_cast<std::size_t>(stmt.int64At(3));
        const auto end = static_cast<std::size_t>(stmt.int64At(4));
        for (const std::uint32_t row : rows->second)
            spans.push_back(
                {row, doc->second, splitByCoder ? coder->second : kNoCoder, start, end});
    }
    std::sort(spans.begin(), spans.end(), [](const RawSpan& a, const RawSpan& b) {
        return std::tie(a.row, a.document, a.coder, a.start, a.end) <
               std::tie(b.row, b.document, b.coder, b.start, b.end);
    });

    // Unite (overlapping or touching spans merge), then apply --where to whole regions.
    auto flush = [&](const Region& region) {
        if (regionAdmitted(set.documents[region.document], region.start, region.end))
            set.regions.push_back(region);
    };
    std::optional<Region> open;
    for (const RawSpan& s : spans) {
        if (open && open->row == s.row && open->document == s.document && open->coder == s.coder &&
            s.start <= open->end) {
            open->end = std::max(open->end, s.end);
            continue;
        }
        if (open)
            flush(*open);
        open = Region{s.row, s.document, s.coder, s.start, s.end};
    }
    if (open)
        flush(*open);

    set.rowBegin.assign(set.codes.size() + 1, 0);
    for (const Region& r : set.regions)
        ++set.rowBegin[r.row + 1];
    for (std::size_t r = 0; r < set.codes.size(); ++r)
        set.rowBegin[r + 1] += set.rowBegin[r];
    return set;
}

} // namespace codeboom
