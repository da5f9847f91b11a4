#include "codeboom/analysis/agreement.h"

#include "codeboom/error.h"
#include "codeboom/project.h"
#include "codeboom/store/database.h"
#include "codeboom/text/identity.h"

#include <algorithm>
#include <bit>
#include <cstdlib>
#include <map>
#include <set>
#include <tuple>

namespace codeboom {

std::string unitName(AgreementUnit unit) {
    switch (unit) {
    case AgreementUnit::Character:
        return "character";
    case AgreementUnit::Turn:
        return "turn";
    case AgreementUnit::Paragraph:
        return "paragraph";
    case AgreementUnit::Segment:
        return "segment";
    }
    return "character";
}

AgreementUnit parseAgreementUnit(const std::string& name) {
    for (const AgreementUnit unit : {AgreementUnit::Character, AgreementUnit::Turn,
                                     AgreementUnit::Paragraph, AgreementUnit::Segment})
        if (unitName(unit) == name)
            return unit;
    throw InvalidArgumentError(
        Message{CODEBOOM_N_("unknown agreement unit '{unit}' (use character, turn, paragraph or "
                            "segment)"),
                {{"unit", name}}});
}

TwoByTwo matchSegments(const std::vector<Span>& x, const std::vector<Span>& y, double threshold) {
    // Candidate pairs with their overlap |X n Y| / |X u Y|; greedily taken largest first (ties:
    // larger intersection, then document order) so that the matching is deterministic.
    struct Candidate {
        double ratio;
        std::size_t shared;
        std::size_t i, j;
    };
    std::vector<Candidate> candidates;
    for (std::size_t i = 0; i < x.size(); ++i)
        for (std::size_t j = 0; j < y.size(); ++j) {
            const std::size_t lo = std::max(x[i].start, y[j].start);
            const std::size_t hi = std::min(x[i].end, y[j].end);
            if (hi <= lo)
                continue;
            const std::size_t shared = hi - lo;
            const std::size_t joined =
                std::max(x[i].end, y[j].end) - std::min(x[i].start, y[j].start);
            const double ratio = static_cast<double>(shared) / static_cast<double>(joined);
            if (ratio + 1e-12 >= threshold)
                candidates.push_back({ratio, shared, i, j});
        }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& l, const Candidate& r) {
        return std::tie(r.ratio, r.shared, l.i, l.j) < std::tie(l.ratio, l.shared, r.i, r.j);
    });
    std::vector<bool> usedX(x.size()), usedY(y.size());
    TwoByTwo table;
    for (const Candidate& c : candidates)
        if (!usedX[c.i] && !usedY[c.j]) {
            usedX[c.i] = usedY[c.j] = true;
            ++table.a;
        }
    table.b = x.size() - table.a;
    table.c = y.size() - table.a;
    return table;
}

namespace {

// Units per coder-mask: how many units (characters, turns, paragraphs) exactly the coders in
// the mask (bit i = coder i) covered.
using MaskCounts = std::map<unsigned, std::size_t>;

MaskCounts characterMasks(const std::vector<std::vector<Span>>& regions, std::size_t chars) {
    std::vector<std::pair<std::size_t, int>> edges; // (position, +/-(coder + 1))
    for (std::size_t coder = 0; coder < regions.size(); ++coder)
        for (const Span& span : regions[coder]) {
            edges.emplace_back(span.start, static_cast<int>(coder) + 1);
            edges.emplace_back(span.end, -(static_cast<int>(coder) + 1));
        }
    std::sort(edges.begin(), edges.end());
    MaskCounts counts;
    unsigned mask = 0;
    std::size_t position = 0, covered = 0;
    for (const auto& [at, change] : edges) {
        if (at > position && mask != 0) {
            counts[mask] += at - position;
            covered += at - position;
        }
        position = at;
        const unsigned bit = 1u << (std::abs(change) - 1);
        // Regions of one coder are united, so a coder's bit is set and cleared alternately.
        mask = change > 0 ? (mask | bit) : (mask & ~bit);
    }
    counts[0] += chars - std::min(chars, covered);
    return counts;
}

bool intersectsAny(const std::vector<Span>& regions, const Span& unit) {
    // United regions are sorted and disjoint, so their ends increase too.
    auto it = std::upper_bound(regions.begin(), regions.end(), unit.start,
                               [](std::size_t at, const Span& r) { return at < r.end; });
    return it != regions.end() && it->start < unit.end;
}

MaskCounts unitMasks(const std::vector<std::vector<Span>>& regions,
                     const std::vector<Span>& units) {
    MaskCounts counts;
    for (const Span& unit : units) {
        unsigned mask = 0;
        for (std::size_t coder = 0; coder < regions.size(); ++coder)
            if (intersectsAny(regions[coder], unit))
                mask |= 1u << coder;
        ++counts[mask];
    }
    return counts;
}

// Fills the row's tables from the mask counts (n coders).
void fillFromMasks(AgreementRow& row, const MaskCounts& masks, std::size_t coders) {
    std::vector<std::size_t> codedBy(coders + 1, 0);
    const unsigned all = (1u << coders) - 1;
    for (const auto& [mask, count] : masks) {
        codedBy[static_cast<std::size_t>(std::popcount(mask))] += count;
        row.units += count;
        if (mask == 0 || mask == all)
            row.unanimous += count;
        if (coders == 2) {
            if (mask == 3)
                row.table.a += count;
            else if (mask == 1)
                row.table.b += count;
            else if (mask == 2)
                row.table.c += count;
            else
                row.table.d += count;
        }
    }
    row.coincidences = coincidencesOf(codedBy, coders);
}

AgreementRow rowFor(std::string code, std::string uuid, std::string document) {
    AgreementRow row;
    row.code = std::move(code);
    row.codeUuid = std::move(uuid);
    row.document = std::move(document);
    return row;
}

void addInto(AgreementRow& total, const AgreementRow& part) {
    total.units += part.units;
    total.table += part.table;
    total.coincidences += part.coincidences;
    total.unanimous += part.unanimous;
}

void computeFigures(AgreementRow& row, AgreementUnit unit, std::size_t coders) {
    if (unit == AgreementUnit::Segment) {
        // a / (a + b + c); no kappa or alpha at this unit: there is no d (the definitions).
        const std::size_t n = row.table.a + row.table.b + row.table.c;
        if (n > 0)
            row.percent = static_cast<double>(row.table.a) / static_cast<double>(n);
        return;
    }
    if (coders == 2) {
        row.percent = percentAgreement(row.table);
        row.kappa = cohenKappa(row.table);
    } else {
        if (row.units > 0)
            row.percent = static_cast<double>(row.unanimous) / static_cast<double>(row.units);
        row.kappa = binaryFleissKappa(row.coincidences);
    }
    row.alpha = binaryAlpha(row.coincidences);
}

} // namespace

AgreementReport computeAgreement(Project& project, const AgreementOptions& options) {
    const std::size_t m = options.coders.size();
    if (m < 2)
        throw InvalidArgumentError(
            Message{CODEBOOM_N_("agreement needs at least two coders (--coders X,Y)"), {}});
    if (m > 16)
        throw InvalidArgumentError(
            Message{CODEBOOM_N_("agreement compares at most 16 coders at once"), {}});
    if (options.unit == AgreementUnit::Segment && m != 2)
        throw InvalidArgumentError(
            Message{CODEBOOM_N_("the segment unit compares exactly two coders (matching is defined "
                                "pairwise)"),
                    {}});
    if (options.overlap <= 0 || options.overlap > 1)
        throw InvalidArgumentError(
            Message{CODEBOOM_N_("--overlap must be above 0 and at most 1"), {}});
    std::map<std::string, std::size_t> coderIndex;
    for (std::size_t i = 0; i < m; ++i) {
        if (!project.findCoder(options.coders[i]))
            throw InvalidArgumentError(
                Message{CODEBOOM_N_("there is no coder '{coder}' in {file}"),
                        {{"coder", options.coders[i]}, {"file", project.fileName()}}});
        if (!coderIndex.emplace(options.coders[i], i).second)
            throw InvalidArgumentError(Message{CODEBOOM_N_("coder '{coder}' is named twice"),
                                               {{"coder", options.coders[i]}}});
    }
    const CodeTree& tree = project.codeTree();

    // spans[(code, document)][coder]: the raw spans, united below.
    std::map<std::pair<RowId, RowId>, std::vector<std::vector<Span>>> spans;
    std::set<RowId> codedDocuments;
    // Only what agreement needs (not the codings' texts): this is the hot path over 200
    // documents and hundreds of thousands of codings.
    auto stmt = project.database().prepare(
        "SELECT c.document_id, c.start, c.\"end\", c.code_id, k.name FROM codings c "
        "JOIN coders k ON k.id = c.coder_id");
    while (stmt.step()) {
        const auto who = coderIndex.find(std::string(stmt.textViewAt(4)));
        if (who == coderIndex.end())
            continue;
        const RowId documentId = stmt.int64At(0);
        const Span span{static_cast<std::size_t>(stmt.int64At(1)),
                        static_cast<std::size_t>(stmt.int64At(2))};
        codedDocuments.insert(documentId);
        std::optional<RowId> code = stmt.int64At(3);
        while (code) {
            auto& perCoder = spans[{*code, documentId}];
            perCoder.resize(m);
            perCoder[who->second].push_back(span);
            const Code* node = options.rollup ? tree.find(*code) : nullptr;
            code = node ? node->parentId : std::nullopt;
        }
    }

    std::vector<Document> documents;
    const std::set<RowId> chosen(options.documents.begin(), options.documents.end());
    for (Document& doc : project.documents())
        if (chosen.empty() ? codedDocuments.count(doc.id) > 0 : chosen.count(doc.id) > 0)
            documents.push_back(std::move(doc));

    std::vector<const Code*> codes;
    const std::set<RowId> wanted(options.codes.begin(), options.codes.end());
    for (const Code& code : tree.codes()) {
        if (!wanted.empty()) {
            if (wanted.count(code.id))
                codes.push_back(&code);
            continue;
        }
        for (const Document& doc : documents)
            if (spans.count({code.id, doc.id})) {
                codes.push_back(&code);
                break;
            }
    }

    // Unit spans per document, for the turn and paragraph units.
    std::map<RowId, std::vector<Span>> units;
    if (options.unit == AgreementUnit::Turn || options.unit == AgreementUnit::Paragraph)
        for (const Document& doc : documents) {
            auto& list = units[doc.id];
            if (options.unit == AgreementUnit::Turn)
                for (const Turn& turn : project.turns(doc.id))
                    list.push_back({turn.start, turn.end});
            else
                for (const Paragraph& paragraph : project.paragraphs(doc.id))
                    list.push_back({paragraph.start, paragraph.end});
        }

    AgreementReport report;
    report.unit = options.unit;
    report.coders = options.coders;
    report.overlap = options.overlap;
    report.project = project.fileName();
    report.date = utcNow();
    AgreementRow pooled = rowFor("*", "", "*");
    const std::vector<std::vector<Span>> nobody(m);
    for (const Code* code : codes) {
        AgreementRow codeTotal = rowFor(code->path, code->uuid, "*");
        for (const Document& doc : documents) {
            AgreementRow row = rowFor(code->path, code->uuid, doc.name);
            std::vector<std::vector<Span>> regions = nobody;
            if (const auto it = spans.find({code->id, doc.id}); it != spans.end())
                for (std::size_t i = 0; i < m; ++i)
                    regions[i] = uniteSpans(it->second[i]);
            switch (options.unit) {
            case AgreementUnit::Character:
                fillFromMasks(row, characterMasks(regions, doc.chars), m);
                break;
            case AgreementUnit::Turn:
            case AgreementUnit::Paragraph:
                fillFromMasks(row, unitMasks(regions, units[doc.id]), m);
                break;
            case AgreementUnit::Segment:
                row.table = matchSegments(regions[0], regions[1], options.overlap);
                row.units = row.table.a + row.table.b + row.table.c;
                break;
            }
            computeFigures(row, options.unit, m);
            addInto(codeTotal, row);
            report.rows.push_back(std::move(row));
        }
        computeFigures(codeTotal, options.unit, m);
        addInto(pooled, codeTotal);
        report.rows.push_back(std::move(codeTotal));
    }
    computeFigures(pooled, options.unit, m);
    report.rows.push_back(std::move(pooled));
    return report;
}

} // namespace codeboom
