#include "codeboom/analysis/frequency.h"

#include "codeboom/error.h"
#include "codeboom/project.h"
#include "codeboom/text/identity.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace codeboom {

void parseFrequencyColumns(std::string_view text, FrequencyOptions& options) {
    if (text == "document")
        options.columns = FrequencyColumns::Document;
    else if (text == "speaker")
        options.columns = FrequencyColumns::Speaker;
    else if (text == "coder")
        options.columns = FrequencyColumns::Coder;
    else if (text.rfind("attribute:", 0) == 0 && text.size() > 10) {
        options.columns = FrequencyColumns::Attribute;
        options.attribute = std::string(text.substr(10));
    } else
        throw InvalidArgumentError(
            "--by must be document, speaker, coder or attribute:NAME, not '" + std::string(text) +
            "'");
}

FrequencyCount parseFrequencyCount(std::string_view text) {
    if (text == "regions")
        return FrequencyCount::Regions;
    if (text == "chars")
        return FrequencyCount::Chars;
    if (text == "words")
        return FrequencyCount::Words;
    if (text == "presence")
        return FrequencyCount::Presence;
    throw InvalidArgumentError("--count must be regions, chars, words or presence, not '" +
                               std::string(text) + "'");
}

Percentages parsePercentages(std::string_view text) {
    if (text == "row")
        return Percentages::Row;
    if (text == "column")
        return Percentages::Column;
    throw InvalidArgumentError("--percent must be row or column, not '" + std::string(text) + "'");
}

namespace {

const char* countName(FrequencyCount count) {
    switch (count) {
    case FrequencyCount::Chars:
        return "chars";
    case FrequencyCount::Words:
        return "words";
    case FrequencyCount::Presence:
        return "presence";
    case FrequencyCount::Regions:
        break;
    }
    return "regions";
}

// Column labels and, per region, the columns it counts for (sorted, distinct).
struct Columns {
    std::vector<std::string> labels;
    std::vector<std::vector<std::uint32_t>> ofRegion;
};

// The turns of a region that --where admits (all of them without --where).
template <typename F> void forAdmittedTurns(const DocumentContext& d, const Region& r, F f) {
    const auto [first, last] = unitsIntersecting(d.turnSpans, r.start, r.end);
    for (std::size_t t = first; t < last; ++t)
        if (d.turnAdmitted[t])
            f(d.turns[t]);
}

void distinct(std::vector<std::uint32_t>& keys) {
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
}

Columns columnsOf(Project& project, const RegionSet& set, const FrequencyOptions& options) {
    Columns c;
    c.ofRegion.resize(set.regions.size());
    switch (options.columns) {
    case FrequencyColumns::Document:
        for (const DocumentContext& d : set.documents)
            c.labels.push_back(d.document.name);
        for (std::size_t i = 0; i < set.regions.size(); ++i)
            c.ofRegion[i] = {set.regions[i].document};
        break;
    case FrequencyColumns::Coder:
        c.labels = set.coders;
        for (std::size_t i = 0; i < set.regions.size(); ++i)
            c.ofRegion[i] = {set.regions[i].coder};
        break;
    case FrequencyColumns::Speaker: {
        // Speakers are pooled by name, in order of first appearance (document order, then turn
        // order); only turns --where admits make a column.
        std::map<std::string, std::uint32_t> index;
        for (const DocumentContext& d : set.documents)
            for (std::size_t t = 0; t < d.turns.size(); ++t)
                if (d.turnAdmitted[t] && !index.count(d.turns[t].speaker)) {
                    index[d.turns[t].speaker] = static_cast<std::uint32_t>(c.labels.size());
                    c.labels.push_back(d.turns[t].speaker);
                }
        for (std::size_t i = 0; i < set.regions.size(); ++i) {
            const Region& r = set.regions[i];
            forAdmittedTurns(set.documents[r.document], r,
                             [&](const Turn& t) { c.ofRegion[i].push_back(index.at(t.speaker)); });
            distinct(c.ofRegion[i]);
        }
        break;
    }
    case FrequencyColumns::Attribute: {
        const CaseValues cases(project.attributes());
        if (!cases.knows(options.attribute))
            throw InvalidArgumentError("--by attribute:" + options.attribute + ": no case in " +
                                       project.fileName() + " has that attribute");
        std::vector<std::vector<std::string>> values(set.regions.size());
        std::vector<std::string> all;
        for (std::size_t i = 0; i < set.regions.size(); ++i) {
            const Region& r = set.regions[i];
            const DocumentContext& d = set.documents[r.document];
            const auto ofDocument = cases.ofDocument(d.document.name, options.attribute);
            bool inTurn = false;
            forAdmittedTurns(d, r, [&](const Turn& t) {
                inTurn = true;
                auto v = cases.ofSpeaker(d.document.name, t.speaker, options.attribute);
                if (!v)
                    v = ofDocument;
                if (v)
                    values[i].push_back(*v);
            });
            if (!inTurn && ofDocument)
                values[i].push_back(*ofDocument);
            all.insert(all.end(), values[i].begin(), values[i].end());
        }
        std::sort(all.begin(), all.end());
        all.erase(std::unique(all.begin(), all.end()), all.end());
        c.labels = all;
        for (std::size_t i = 0; i < set.regions.size(); ++i) {
            for (const std::string& v : values[i])
                c.ofRegion[i].push_back(static_cast<std::uint32_t>(
                    std::lower_bound(all.begin(), all.end(), v) - all.begin()));
            distinct(c.ofRegion[i]);
        }
        break;
    }
    }
    return c;
}

double amountOf(Project& project, const RegionSet& set, const Region& r, FrequencyCount count) {
    switch (count) {
    case FrequencyCount::Chars:
        return static_cast<double>(r.end - r.start);
    case FrequencyCount::Words: {
        const DocumentText& text = project.text(set.documents[r.document].document.id);
        return static_cast<double>(project.wordCounter().count(text.offsets.slice(r.start, r.end)));
    }
    case FrequencyCount::Regions:
    case FrequencyCount::Presence:
        break;
    }
    return 1.0;
}

std::optional<double> percentOf(std::optional<double> part, std::optional<double> whole) {
    if (!part || !whole || *whole == 0.0)
        return std::nullopt;
    return 100.0 * *part / *whole;
}

void applyPercentages(Matrix& m, Percentages percent) {
    if (percent == Percentages::None)
        return;
    const bool byRow = percent == Percentages::Row;
    for (std::size_t r = 0; r < m.rows(); ++r)
        for (std::size_t c = 0; c < m.columns(); ++c)
            m.at(r, c) = percentOf(m.at(r, c), byRow ? m.rowTotals[r] : m.columnTotals[c]);
    // The margins follow the crosstab convention: the dividing margin becomes 100 %, the other
    // becomes its share of the grand total.
    for (auto& total : byRow ? m.rowTotals : m.columnTotals)
        total = percentOf(total, total);
    for (auto& total : byRow ? m.columnTotals : m.rowTotals)
        total = percentOf(total, m.grandTotal);
    m.grandTotal = percentOf(m.grandTotal, m.grandTotal);
}

} // namespace

Matrix frequencyMatrix(Project& project, const FrequencyOptions& options) {
    const bool byCoder = options.columns == FrequencyColumns::Coder;
    RegionSet set = selectRegions(project, options.filter, byCoder);
    Columns columns = columnsOf(project, set, options);

    Matrix m;
    m.resize(set.codes.size(), columns.labels.size());
    m.columnLabels = columns.labels;
    for (std::size_t r = 0; r < set.codes.size(); ++r) {
        m.rowLabels[r] = set.codes[r].path;
        m.rowCodes[r] = set.codes[r].id;
        m.rowColors[r] = set.codes[r].color;
        for (std::size_t c = 0; c < m.columns(); ++c)
            m.at(r, c) = 0.0;
    }
    for (std::size_t i = 0; i < set.regions.size(); ++i) {
        const Region& region = set.regions[i];
        if (columns.ofRegion[i].empty())
            continue;
        const double amount = amountOf(project, set, region, options.count);
        for (const std::uint32_t c : columns.ofRegion[i]) {
            auto& cell = m.at(region.row, c);
            cell = options.count == FrequencyCount::Presence ? 1.0 : *cell + amount;
        }
    }
    // Totals are sums of the cells, so a crosstab's percentages add up to 100.
    m.totalLabel = "total";
    double grand = 0;
    m.columnTotals.assign(m.columns(), 0.0);
    for (std::size_t r = 0; r < m.rows(); ++r) {
        double sum = 0;
        for (std::size_t c = 0; c < m.columns(); ++c) {
            sum += *m.at(r, c);
            *m.columnTotals[c] += *m.at(r, c);
        }
        m.rowTotals[r] = sum;
        grand += sum;
    }
    m.grandTotal = grand;
    applyPercentages(m, options.percent);

    MatrixDefinition& d = m.definition;
    d.analysis = "frequency";
    d.columns = options.columns == FrequencyColumns::Document  ? "document"
                : options.columns == FrequencyColumns::Speaker ? "speaker"
                : byCoder                                      ? "coder"
                                                               : "attribute:" + options.attribute;
    d.count = countName(options.count);
    d.percent = options.percent == Percentages::Row      ? "row"
                : options.percent == Percentages::Column ? "column"
                                                         : "";
    d.filter = options.filter;
    d.project = project.fileName();
    d.date = utcNow();

    Matrix::Provenance& p = m.provenance;
    p.rule = Matrix::Provenance::Rule::ByKey;
    p.keyBegin.push_back(0);
    for (const auto& keys : columns.ofRegion) {
        p.keys.insert(p.keys.end(), keys.begin(), keys.end());
        p.keyBegin.push_back(static_cast<std::uint32_t>(p.keys.size()));
    }
    p.regions = std::move(set.regions);
    p.rowBegin = std::move(set.rowBegin);
    for (const DocumentContext& doc : set.documents) {
        p.documentIds.push_back(doc.document.id);
        p.documentNames.push_back(doc.document.name);
    }
    p.coderNames = set.coders;
    p.splitByCoder = byCoder;
    return m;
}

} // namespace codeboom
