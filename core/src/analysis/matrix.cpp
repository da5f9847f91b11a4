#include "codeboom/analysis/matrix.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

namespace codeboom {

void Matrix::resize(std::size_t rowCount, std::size_t columnCount) {
    rowLabels.resize(rowCount);
    rowCodes.resize(rowCount);
    rowColors.resize(rowCount);
    columnLabels.resize(columnCount);
    rowTotals.assign(rowCount, std::nullopt);
    columnTotals.assign(columnCount, std::nullopt);
    cells_.assign(rowCount * columnCount, std::nullopt);
}

namespace {

using Provenance = Matrix::Provenance;

std::vector<std::uint32_t> keysOf(const Provenance& p, std::size_t region) {
    return {p.keys.begin() + p.keyBegin[region], p.keys.begin() + p.keyBegin[region + 1]};
}

// The sorted, distinct units any region of the row intersects.
std::vector<std::uint32_t> unitsOfRow(const Provenance& p, std::size_t row) {
    std::vector<std::uint32_t> units;
    for (std::size_t i = p.rowBegin[row]; i < p.rowBegin[row + 1]; ++i)
        for (const std::uint32_t unit : keysOf(p, i))
            units.push_back(unit);
    std::sort(units.begin(), units.end());
    units.erase(std::unique(units.begin(), units.end()), units.end());
    return units;
}

void pickOverlapping(const Provenance& p, std::size_t a, std::size_t b,
                     std::vector<std::size_t>& picked) {
    // Regions of one row are sorted by document and start and are disjoint, so their ends are
    // sorted too: one binary search finds the first region of B that can overlap a region of A.
    const auto bFirst = p.regions.begin() + static_cast<std::ptrdiff_t>(p.rowBegin[b]);
    const auto bLast = p.regions.begin() + static_cast<std::ptrdiff_t>(p.rowBegin[b + 1]);
    std::set<std::size_t> fromB;
    for (std::size_t i = p.rowBegin[a]; i < p.rowBegin[a + 1]; ++i) {
        const Region& r = p.regions[i];
        auto it = std::partition_point(bFirst, bLast, [&](const Region& x) {
            return x.document < r.document || (x.document == r.document && x.end <= r.start);
        });
        bool any = false;
        for (; it != bLast && it->document == r.document && it->start < r.end; ++it) {
            any = true;
            fromB.insert(static_cast<std::size_t>(it - p.regions.begin()));
        }
        if (any)
            picked.push_back(i);
    }
    picked.insert(picked.end(), fromB.begin(), fromB.end());
}

void pickSharingUnits(const Provenance& p, std::size_t a, std::size_t b,
                      std::vector<std::size_t>& picked) {
    const auto unitsA = unitsOfRow(p, a);
    const auto unitsB = unitsOfRow(p, b);
    std::vector<std::uint32_t> shared;
    std::set_intersection(unitsA.begin(), unitsA.end(), unitsB.begin(), unitsB.end(),
                          std::back_inserter(shared));
    for (const std::size_t row : {a, b}) {
        if (row == b && a == b)
            break;
        for (std::size_t i = p.rowBegin[row]; i < p.rowBegin[row + 1]; ++i) {
            const auto keys = keysOf(p, i);
            if (std::any_of(keys.begin(), keys.end(), [&](std::uint32_t k) {
                    return std::binary_search(shared.begin(), shared.end(), k);
                }))
                picked.push_back(i);
        }
    }
}

} // namespace

std::vector<MatrixRegion> Matrix::regionsBehind(std::size_t row, std::size_t column) const {
    const Provenance& p = provenance;
    std::vector<std::size_t> picked;
    if (row >= rows() || column >= columns() || p.rowBegin.size() < rows() + 1)
        return {};
    switch (p.rule) {
    case Provenance::Rule::ByKey:
        for (std::size_t i = p.rowBegin[row]; i < p.rowBegin[row + 1]; ++i) {
            const auto keys = keysOf(p, i);
            if (std::find(keys.begin(), keys.end(), column) != keys.end())
                picked.push_back(i);
        }
        break;
    case Provenance::Rule::Overlap:
        if (row == column) {
            for (std::size_t i = p.rowBegin[row]; i < p.rowBegin[row + 1]; ++i)
                picked.push_back(i);
        } else {
            pickOverlapping(p, row, column, picked);
        }
        break;
    case Provenance::Rule::SharedUnit:
        pickSharingUnits(p, row, column, picked);
        break;
    }
    std::vector<MatrixRegion> out;
    for (const std::size_t i : picked) {
        const Region& r = p.regions[i];
        MatrixRegion m;
        m.documentId = p.documentIds[r.document];
        m.document = p.documentNames[r.document];
        m.codeId = rowCodes[r.row];
        m.code = rowLabels[r.row];
        if (p.splitByCoder)
            m.coder = p.coderNames[r.coder];
        m.start = r.start;
        m.end = r.end;
        out.push_back(std::move(m));
    }
    // Document order is the order of the provenance's documents, which follows the project's.
    std::vector<std::size_t> order(out.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        const Region& a = p.regions[picked[x]];
        const Region& b = p.regions[picked[y]];
        return std::tie(a.document, a.start, a.row, a.coder) <
               std::tie(b.document, b.start, b.row, b.coder);
    });
    std::vector<MatrixRegion> sorted;
    for (const std::size_t i : order)
        sorted.push_back(out[i]);
    return sorted;
}

std::string formatNumber(double value, char decimal) {
    char buffer[64];
    std::to_chars_result result{};
    if (std::abs(value) < 1e15 && value == std::floor(value))
        result = std::to_chars(buffer, buffer + sizeof buffer, static_cast<long long>(value));
    else
        result = std::to_chars(buffer, buffer + sizeof buffer, value);
    std::string text(buffer, result.ptr);
    if (decimal != '.')
        std::replace(text.begin(), text.end(), '.', decimal);
    return text;
}

namespace {

std::string joined(const std::vector<std::string>& names) {
    std::string text;
    for (const std::string& name : names)
        text += (text.empty() ? "" : ", ") + name;
    return text;
}

// English and Dutch side by side, so that both statements stay in step.
struct Words {
    Language language;
    const char* operator()(const char* en, const char* nl) const {
        return language == Language::Dutch ? nl : en;
    }
};

std::string columnsText(const MatrixDefinition& d, Words w) {
    if (d.analysis == "cooccurrence")
        return w("codes (the same as the rows)", "codes (dezelfde als de rijen)");
    if (d.columns == "speaker")
        return w("speakers (by name, over the selected documents)",
                 "sprekers (op naam, over de gekozen documenten)");
    if (d.columns == "coder")
        return w("coders", "codeurs");
    if (d.columns.rfind("attribute:", 0) == 0)
        return std::string(w("values of the case attribute '", "waarden van het casekenmerk '")) +
               d.columns.substr(10) + "'";
    return w("documents", "documenten");
}

std::string unitText(const MatrixDefinition& d, Words w) {
    if (d.analysis == "frequency")
        return std::string(w("coded region: the selected codings of one code in one document, "
                             "united where they overlap or touch",
                             "gecodeerd fragment: de gekozen coderingen van één code in één "
                             "document, samengevoegd waar ze overlappen of aansluiten")) +
               (d.columns == "coder" ? w(" (per coder)", " (per codeur)") : "");
    if (d.unit == "turn")
        return w("speaker turn", "spreekbeurt");
    if (d.unit == "paragraph")
        return w("paragraph", "alinea");
    if (d.unit == "document")
        return w("document", "document");
    return w("overlap of coded regions (codings of one code in one document, united where they "
             "overlap or touch)",
             "overlap van gecodeerde fragmenten (coderingen van één code in één document, "
             "samengevoegd waar ze overlappen of aansluiten)");
}

std::string ruleText(const MatrixDefinition& d, Words w) {
    if (d.analysis == "cooccurrence") {
        if (d.unit == "overlap" || d.unit.empty())
            return w("n_AB = number of pairs (region of A, region of B) in the same document whose "
                     "spans share at least one code point; n_A = number of regions of A",
                     "n_AB = aantal paren (fragment van A, fragment van B) in hetzelfde document "
                     "die minstens één teken delen; n_A = aantal fragmenten van A");
        const std::string units = d.unit == "turn"        ? w("turns", "spreekbeurten")
                                  : d.unit == "paragraph" ? w("paragraphs", "alinea's")
                                                          : w("documents", "documenten");
        return std::string(w("n_AB = number of ", "n_AB = aantal ")) + units +
               w(" intersected by at least one region of A and at least one region of B; n_A "
                 "likewise for A alone",
                 " die minstens één fragment van A en minstens één fragment van B raken; n_A "
                 "evenzo voor A alleen");
    }
    std::string rule;
    if (d.columns == "speaker")
        rule = w("a region counts once for every speaker whose turns it intersects",
                 "een fragment telt één keer mee voor elke spreker wiens beurten het raakt");
    else if (d.columns == "coder")
        rule = w("each coder's codings are united separately; a region counts for its coder",
                 "de coderingen van elke codeur worden apart samengevoegd; een fragment telt voor "
                 "zijn codeur");
    else if (d.columns.rfind("attribute:", 0) == 0)
        rule =
            w("a region counts once for every value among the cases of the speakers whose turns "
              "it intersects (a turn whose speaker has no value, or a region outside every turn, "
              "takes the value of the document's case); regions without any value are left out",
              "een fragment telt één keer mee voor elke waarde onder de cases van de sprekers "
              "wier beurten het raakt (een beurt zonder waarde, of een fragment buiten elke "
              "beurt, krijgt de waarde van de documentcase); fragmenten zonder waarde vallen "
              "weg");
    else
        rule = w("a region counts in its document", "een fragment telt in zijn document");
    return rule;
}

std::string measureText(const MatrixDefinition& d, Words w) {
    if (d.analysis == "cooccurrence") {
        if (d.measure == "jaccard")
            return w("jaccard (ATLAS.ti's c-coefficient)", "jaccard (c-coëfficiënt van ATLAS.ti)");
        if (d.measure.empty())
            return "count";
        return d.measure;
    }
    if (d.count == "chars")
        return w("chars: code points covered by the regions",
                 "tekens: aantal tekens (code points) in de fragmenten");
    if (d.count == "words")
        return w("words: ICU word-break words (letters or numbers, locale nl) inside the regions",
                 "woorden: ICU-woorden (letters of cijfers, locale nl) binnen de fragmenten");
    if (d.count == "presence")
        return w("presence: 1 if the code has a region in the column, else 0",
                 "aanwezigheid: 1 als de code een fragment in de kolom heeft, anders 0");
    return w("regions: number of coded regions", "fragmenten: aantal gecodeerde fragmenten");
}

std::string formulaText(const MatrixDefinition& d, Words w) {
    std::string undefined = w(" An undefined ratio (zero denominator) is left empty.",
                              " Een onbepaalde verhouding (noemer nul) blijft leeg.");
    if (d.analysis == "cooccurrence") {
        std::string f;
        if (d.measure == "jaccard")
            f = "n_AB / (n_A + n_B - n_AB)";
        else if (d.measure == "dice")
            f = "2 n_AB / (n_A + n_B)";
        else if (d.measure == "ochiai")
            f = "n_AB / sqrt(n_A n_B)";
        else if (d.measure == "conditional")
            f = w("row A, column B = n_AB / n_A = P(B | A)",
                  "rij A, kolom B = n_AB / n_A = P(B | A)");
        else
            return std::string(w("cell = n_AB; diagonal = n_A; column n = n_A.",
                                 "cel = n_AB; diagonaal = n_A; kolom n = n_A."));
        return f +
               w("; the diagonal is empty; column n = n_A.",
                 "; de diagonaal is leeg; kolom n = n_A.") +
               undefined;
    }
    std::string f = w("cell = the count of the row's code in the column; totals = sums of the "
                      "cells of the row or column",
                      "cel = de telling van de code van de rij in de kolom; totalen = sommen van "
                      "de cellen van de rij of kolom");
    if (d.percent == "row")
        f += w("; shown as row percentages: 100 x cell / row total",
               "; getoond als rijpercentages: 100 x cel / rijtotaal");
    else if (d.percent == "column")
        f += w("; shown as column percentages: 100 x cell / column total",
               "; getoond als kolompercentages: 100 x cel / kolomtotaal");
    return f + "." + (d.percent.empty() ? "" : undefined);
}

std::string filtersText(const MatrixDefinition& d, Words w) {
    const AnalysisFilter& f = d.filter;
    const std::string all = w("all", "alle");
    std::string text = std::string(w("documents: ", "documenten: ")) +
                       (f.documents.empty() ? all : joined(f.documents));
    text +=
        std::string(w("; coders: ", "; codeurs: ")) + (f.coders.empty() ? all : joined(f.coders));
    text += std::string(w("; codes: ", "; codes: ")) +
            (f.codes ? std::string(w("the subtree of ", "de deelboom van ")) + *f.codes : all);
    if (f.where)
        text += std::string(w("; where ", "; waar ")) + f.where->first + " = " + f.where->second +
                w(" (regions intersecting turns of speakers with that value, or in documents "
                  "with that value)",
                  " (fragmenten die beurten raken van sprekers met die waarde, of in documenten "
                  "met die waarde)");
    text +=
        std::string(w("; roll-up: ", "; samenvoegen onder bovenliggende code: ")) +
        (f.rollup ? w("yes, each code includes its sub-codes", "ja, elke code omvat zijn subcodes")
                  : w("no", "nee"));
    return text;
}

} // namespace

std::vector<std::pair<std::string, std::string>> describe(const MatrixDefinition& d,
                                                          Language language) {
    const Words w{language};
    const bool frequency = d.analysis == "frequency";
    return {
        {w("Analysis", "Analyse"),
         frequency ? w("Code frequency matrix", "Codefrequentiematrix")
                   : w("Code co-occurrence matrix", "Code-co-occurrentiematrix")},
        {w("Rows", "Rijen"), w("codes in code-tree order", "codes in de volgorde van de codeboom")},
        {w("Columns", "Kolommen"), columnsText(d, w)},
        {w("Unit", "Eenheid"), unitText(d, w)},
        {w("Rule", "Regel"), ruleText(d, w)},
        {frequency ? w("Count", "Telling") : w("Measure", "Maat"), measureText(d, w)},
        {w("Formula", "Formule"), formulaText(d, w)},
        {w("Filters", "Filters"), filtersText(d, w)},
        {w("Project", "Project"), d.project},
        {w("Date", "Datum"), d.date},
    };
}

std::string statementText(const MatrixDefinition& definition, Language language) {
    std::string text;
    for (const auto& [label, value] : describe(definition, language))
        text += label + ": " + value + "\n";
    return text;
}

} // namespace codeboom
