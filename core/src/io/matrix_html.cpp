#include "codeboom/io/matrix_html.h"

#include "codeboom/io/heatmap.h"
#include "codeboom/io/html_page.h"
#include "codeboom/io/matrix_csv.h"

namespace codeboom {

namespace {

std::string numberCell(const std::optional<double>& value, const std::string& style, char decimal) {
    return "<td" + (style.empty() ? std::string() : " style=\"" + style + "\"") + ">" +
           (value ? formatNumber(*value, decimal) : std::string()) + "</td>";
}

} // namespace

std::string matrixHtml(const Matrix& m, Language language) {
    const bool dutch = language == Language::Dutch;
    const char decimal = dutch ? ',' : '.';
    const HeatScale scale = HeatScale::of(m);
    const auto statement = describe(m.definition, language);
    const std::string title = statement.empty() ? "Matrix" : statement[0].second;
    std::string html =
        htmlPageStart(language, title + " — " + m.definition.project,
                      "body{font-family:'DejaVu Sans',Arial,sans-serif;margin:2em;color:#222}\n"
                      "table.matrix{border-collapse:collapse;font-size:13px}\n"
                      "table.matrix th,table.matrix td{border:1px solid #fff;padding:4px 8px}\n"
                      "table.matrix td{text-align:right;min-width:3em}\n"
                      "table.matrix th{background:#f0f0f0;font-weight:600}\n"
                      "table.matrix th.row{text-align:left}\n"
                      "table.matrix .total{font-weight:600;background:#f7f7f7}\n"
                      "dl{display:grid;grid-template-columns:max-content auto;gap:4px 16px}\n"
                      "dt{font-weight:600}dd{margin:0}\n");
    html += "<h1>" + escapeHtml(title) + "</h1>\n<dl>\n";
    for (const auto& [label, text] : statement)
        html += "<dt>" + escapeHtml(label) + "</dt><dd>" + escapeHtml(text) + "</dd>\n";
    html += "</dl>\n<table class=\"matrix\">\n<thead><tr><th class=\"row\">code</th>";
    for (const std::string& label : m.columnLabels)
        html += "<th>" + escapeHtml(label) + "</th>";
    const std::string totalLabel = dutch && m.totalLabel == "total" ? "totaal" : m.totalLabel;
    html += "<th class=\"total\">" + escapeHtml(totalLabel) + "</th></tr></thead>\n<tbody>\n";
    for (std::size_t r = 0; r < m.rows(); ++r) {
        html += "<tr><th class=\"row\">" + escapeHtml(m.rowLabels[r]) + "</th>";
        for (std::size_t c = 0; c < m.columns(); ++c) {
            const auto& v = m.at(r, c);
            const bool marginal = isMarginalCell(m, r, c);
            const Rgb colour = v && !marginal ? scale.colourOf(*v) : kHeatEmpty;
            const bool dark = v && !marginal && scale.fraction(*v) > 0.55;
            html +=
                numberCell(v, "background:" + hexOf(colour) + (dark ? ";color:#fff" : ""), decimal);
        }
        html += "<td class=\"total\">" +
                (m.rowTotals[r] ? formatNumber(*m.rowTotals[r], decimal) : "") + "</td></tr>\n";
    }
    html += "<tr class=\"total\"><th class=\"row\">" + escapeHtml(totalLabel) + "</th>";
    for (const auto& t : m.columnTotals)
        html += numberCell(t, "", decimal);
    html += numberCell(m.grandTotal, "", decimal) + "</tr>\n</tbody>\n</table>\n";
    html += "<p>" + escapeHtml(dutch ? "Grijs: leeg (onbepaald)" : "Grey: empty (undefined)") +
            (m.diagonalIsMarginal
                 ? escapeHtml(dutch ? " of de diagonaal (n_A)." : " or the diagonal (n_A).")
                 : std::string(".")) +
            " " +
            escapeHtml(dutch ? "Kleur van licht naar donker: " : "Colour from light to dark: ") +
            formatNumber(scale.low, decimal) + " – " + formatNumber(scale.high, decimal) +
            ".</p>\n" + htmlPageEnd();
    return html;
}

void writeMatrixHtml(const Matrix& matrix, const std::filesystem::path& file, Language language) {
    writeExportFile(file, matrixHtml(matrix, language));
}

} // namespace codeboom
