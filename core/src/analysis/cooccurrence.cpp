#include "codeboom/analysis/cooccurrence.h"

#include "codeboom/error.h"
#include "codeboom/project.h"
#include "codeboom/text/identity.h"

#include <algorithm>
#include <cmath>

namespace codeboom {

CooccurrenceUnit parseCooccurrenceUnit(std::string_view text) {
    if (text == "overlap")
        return CooccurrenceUnit::Overlap;
    if (text == "turn")
        return CooccurrenceUnit::Turn;
    if (text == "paragraph")
        return CooccurrenceUnit::Paragraph;
    if (text == "document")
        return CooccurrenceUnit::Document;
    throw InvalidArgumentError("--unit must be overlap, turn, paragraph or document, not '" +
                               std::string(text) + "'");
}

CooccurrenceMeasure parseCooccurrenceMeasure(std::string_view text) {
    if (text == "count")
        return CooccurrenceMeasure::Count;
    if (text == "jaccard")
        return CooccurrenceMeasure::Jaccard;
    if (text == "dice")
        return CooccurrenceMeasure::Dice;
    if (text == "ochiai")
        return CooccurrenceMeasure::Ochiai;
    if (text == "conditional")
        return CooccurrenceMeasure::Conditional;
    throw InvalidArgumentError(
        "--measure must be count, jaccard, dice, ochiai or conditional, not '" + std::string(text) +
        "'");
}

namespace {

const char* unitName(CooccurrenceUnit unit) {
    switch (unit) {
    case CooccurrenceUnit::Turn:
        return "turn";
    case CooccurrenceUnit::Paragraph:
        return "paragraph";
    case CooccurrenceUnit::Document:
        return "document";
    case CooccurrenceUnit::Overlap:
        break;
    }
    return "overlap";
}

const char* measureName(CooccurrenceMeasure measure) {
    switch (measure) {
    case CooccurrenceMeasure::Jaccard:
        return "jaccard";
    case CooccurrenceMeasure::Dice:
        return "dice";
    case CooccurrenceMeasure::Ochiai:
        return "ochiai";
    case CooccurrenceMeasure::Conditional:
        return "conditional";
    case CooccurrenceMeasure::Count:
        break;
    }
    return "count";
}

// n_AB for every pair and n_A for every code, as dense arrays (rows x rows).
struct Counts {
    std::size_t size = 0;
    std::vector<std::uint32_t> pair;
    std::vector<std::uint32_t> single;
    std::uint32_t& at(std::size_t a, std::size_t b) { return pair[a * size + b]; }
};

// Overlap: one sorted sweep per document over the regions of every code. A region overlaps the
// still-open regions that end after it starts; that visits each overlapping pair once, so the
// work is O(n log n + pairs), not O(n^2).
void countOverlaps(const RegionSet& set, Counts& counts) {
    for (std::size_t r = 0; r < set.codes.size(); ++r)
        counts.single[r] = static_cast<std::uint32_t>(set.rowBegin[r + 1] - set.rowBegin[r]);
    std::vector<std::uint32_t> order(set.regions.size());
    for (std::uint32_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) {
        const Region& a = set.regions[x];
        const Region& b = set.regions[y];
        return std::tie(a.document, a.start) < std::tie(b.document, b.start);
    });
    std::vector<std::uint32_t> open;
    std::uint32_t document = 0;
    for (const std::uint32_t i : order) {
        const Region& r = set.regions[i];
        if (r.document != document) {
            open.clear();
            document = r.document;
        }
        // Spans are half-open: a region ending where this one starts shares no code point.
        std::erase_if(open, [&](std::uint32_t j) { return set.regions[j].end <= r.start; });
        for (const std::uint32_t j : open) {
            const std::uint32_t other = set.regions[j].row;
            if (other == r.row)
                continue; // cannot happen after uniting, but a pair needs two codes
            ++counts.at(r.row, other);
            ++counts.at(other, r.row);
        }
        open.push_back(i);
    }
}

// Units: each region is mapped to the units it intersects; (unit, code) pairs made distinct are
// then counted per unit. Returns, per region, the units (global ids) for drill-down.
std::vector<std::vector<std::uint32_t>> countUnits(Project& project, const RegionSet& set,
                                                   CooccurrenceUnit unit, Counts& counts) {
    std::vector<std::vector<std::uint32_t>> unitsOfRegion(set.regions.size());
    std::vector<std::uint32_t> firstUnit; // global id of each document's unit 0
    std::vector<std::vector<UnitSpan>> spans(set.documents.size());
    std::uint32_t next = 0;
    for (std::size_t d = 0; d < set.documents.size(); ++d) {
        firstUnit.push_back(next);
        const DocumentContext& doc = set.documents[d];
        if (unit == CooccurrenceUnit::Turn)
            spans[d] = doc.turnSpans;
        else if (unit == CooccurrenceUnit::Paragraph)
            for (const Paragraph& p : project.paragraphs(doc.document.id))
                spans[d].push_back({p.start, p.end});
        next +=
            unit == CooccurrenceUnit::Document ? 1u : static_cast<std::uint32_t>(spans[d].size());
    }
    std::vector<std::pair<std::uint32_t, std::uint32_t>> unitCode; // (unit, row)
    for (std::size_t i = 0; i < set.regions.size(); ++i) {
        const Region& r = set.regions[i];
        if (unit == CooccurrenceUnit::Document) {
            unitsOfRegion[i].push_back(firstUnit[r.document]);
        } else {
            const DocumentContext& doc = set.documents[r.document];
            const auto [first, last] = unitsIntersecting(spans[r.document], r.start, r.end);
            for (std::size_t u = first; u < last; ++u)
                // With --where only the admitted turns are units.
                if (unit != CooccurrenceUnit::Turn || doc.turnAdmitted[u])
                    unitsOfRegion[i].push_back(firstUnit[r.document] +
                                               static_cast<std::uint32_t>(u));
        }
        for (const std::uint32_t u : unitsOfRegion[i])
            unitCode.emplace_back(u, r.row);
    }
    std::sort(unitCode.begin(), unitCode.end());
    unitCode.erase(std::unique(unitCode.begin(), unitCode.end()), unitCode.end());
    for (std::size_t begin = 0; begin < unitCode.size();) {
        std::size_t end = begin;
        while (end < unitCode.size() && unitCode[end].first == unitCode[begin].first)
            ++end;
        for (std::size_t a = begin; a < end; ++a) {
            ++counts.single[unitCode[a].second];
            for (std::size_t b = a + 1; b < end; ++b) {
                ++counts.at(unitCode[a].second, unitCode[b].second);
                ++counts.at(unitCode[b].second, unitCode[a].second);
            }
        }
        begin = end;
    }
    return unitsOfRegion;
}

std::optional<double> ratio(double numerator, double denominator) {
    if (denominator == 0.0)
        return std::nullopt;
    return numerator / denominator;
}

std::optional<double> measureOf(CooccurrenceMeasure measure, double ab, double a, double b) {
    switch (measure) {
    case CooccurrenceMeasure::Count:
        return ab;
    case CooccurrenceMeasure::Jaccard:
        return ratio(ab, a + b - ab);
    case CooccurrenceMeasure::Dice:
        return ratio(2 * ab, a + b);
    case CooccurrenceMeasure::Ochiai:
        return ratio(ab, std::sqrt(a * b));
    case CooccurrenceMeasure::Conditional:
        return ratio(ab, a);
    }
    return std::nullopt;
}

} // namespace

Matrix cooccurrenceMatrix(Project& project, const CooccurrenceOptions& options) {
    RegionSet set = selectRegions(project, options.filter, false);
    const std::size_t n = set.codes.size();
    Counts counts;
    counts.size = n;
    counts.pair.assign(n * n, 0);
    counts.single.assign(n, 0);
    std::vector<std::vector<std::uint32_t>> unitsOfRegion;
    if (options.unit == CooccurrenceUnit::Overlap)
        countOverlaps(set, counts);
    else
        unitsOfRegion = countUnits(project, set, options.unit, counts);

    Matrix m;
    m.resize(n, n);
    m.totalLabel = "n";
    m.diagonalIsMarginal = true;
    for (std::size_t a = 0; a < n; ++a) {
        m.rowLabels[a] = set.codes[a].path;
        m.columnLabels[a] = set.codes[a].path;
        m.rowCodes[a] = set.codes[a].id;
        m.rowColors[a] = set.codes[a].color;
        m.rowTotals[a] = counts.single[a];
        m.columnTotals[a] = counts.single[a];
        for (std::size_t b = 0; b < n; ++b) {
            // The definitions cover A != B; the diagonal shows n_A for count only.
            if (a == b)
                m.at(a, b) = options.measure == CooccurrenceMeasure::Count
                                 ? std::optional<double>(counts.single[a])
                                 : std::nullopt;
            else
                m.at(a, b) =
                    measureOf(options.measure, counts.at(a, b), counts.single[a], counts.single[b]);
        }
    }

    MatrixDefinition& d = m.definition;
    d.analysis = "cooccurrence";
    d.unit = unitName(options.unit);
    d.measure = measureName(options.measure);
    d.filter = options.filter;
    d.project = project.fileName();
    d.date = utcNow();

    Matrix::Provenance& p = m.provenance;
    p.keyBegin.push_back(0);
    if (options.unit == CooccurrenceUnit::Overlap) {
        p.rule = Matrix::Provenance::Rule::Overlap;
        p.keyBegin.assign(set.regions.size() + 1, 0);
    } else {
        p.rule = Matrix::Provenance::Rule::SharedUnit;
        for (const auto& units : unitsOfRegion) {
            p.keys.insert(p.keys.end(), units.begin(), units.end());
            p.keyBegin.push_back(static_cast<std::uint32_t>(p.keys.size()));
        }
    }
    p.regions = std::move(set.regions);
    p.rowBegin = std::move(set.rowBegin);
    for (const DocumentContext& doc : set.documents) {
        p.documentIds.push_back(doc.document.id);
        p.documentNames.push_back(doc.document.name);
    }
    p.coderNames = set.coders;
    return m;
}

} // namespace codeboom
