#include "codeboom/io/agreement_export.h"

#include "codeboom/audit/report.h"
#include "codeboom/io/csv.h"
#include "codeboom/io/export_error.h"
#include "codeboom/io/matrix_csv.h"

#include "xlsx_definition_sheet.h"

#include <xlsxwriter.h>

#include <charconv>

namespace codeboom {

namespace {

// Six decimals, always with '.': std::to_chars ignores the locale, which the GUI sets to Dutch.
std::string fixed(double value) {
    char text[64];
    const auto result = std::to_chars(text, text + sizeof text, value, std::chars_format::fixed, 6);
    return {text, result.ptr};
}

AgreementCell figure(const std::optional<double>& value) {
    return value ? AgreementCell{fixed(*value), value} : AgreementCell{};
}

AgreementCell count(std::size_t value) {
    return {std::to_string(value), static_cast<double>(value)};
}

AgreementCell label(std::string text) {
    return {std::move(text), std::nullopt};
}

const char* pick(Language language, const char* en, const char* nl) {
    return language == Language::Dutch ? nl : en;
}

std::string unitText(const AgreementReport& r, Language l) {
    switch (r.unit) {
    case AgreementUnit::Character:
        return pick(l, "character: every code point of the compared documents",
                    "teken: elk codepunt van de vergeleken documenten");
    case AgreementUnit::Turn:
        return pick(l,
                    "turn: a speaker turn counts as coded when a region of the code intersects it",
                    "beurt: een spreekbeurt telt als gecodeerd wanneer een gebied van de code "
                    "ermee overlapt");
    case AgreementUnit::Paragraph:
        return pick(l,
                    "paragraph: a paragraph counts as coded when a region of the code "
                    "intersects it",
                    "alinea: een alinea telt als gecodeerd wanneer een gebied van de code ermee "
                    "overlapt");
    case AgreementUnit::Segment:
        return std::string(pick(l,
                                "segment: regions of the two coders match one-to-one when "
                                "|intersection| / |union| >= ",
                                "segment: gebieden van de twee codeurs horen één-op-één bij "
                                "elkaar wanneer |doorsnede| / |vereniging| >= ")) +
               fixed(r.overlap) + pick(l, ", largest overlap first", ", grootste overlap eerst");
    }
    return {};
}

} // namespace

std::vector<std::vector<AgreementCell>> agreementTable(const AgreementReport& report,
                                                       bool perDocument) {
    const bool pair = report.coders.size() == 2;
    const bool segment = report.unit == AgreementUnit::Segment;
    std::vector<std::vector<AgreementCell>> rows;
    std::vector<AgreementCell> header = {label("code")};
    if (perDocument)
        header.push_back(label("document"));
    if (pair)
        for (const char* column :
             {"unit", "units", "a", "b", "c", "d", "percent", "kappa", "alpha"})
            header.push_back(label(column));
    else
        for (const char* column : {"unit", "units", "coders", "o00", "o01", "o11", "unanimous",
                                   "percent", "kappa", "alpha"})
            header.push_back(label(column));
    rows.push_back(header);
    for (const AgreementRow& r : report.rows) {
        if (!perDocument && r.document != "*")
            continue;
        std::vector<AgreementCell> row = {label(r.code)};
        if (perDocument)
            row.push_back(label(r.document));
        row.push_back(label(unitName(report.unit)));
        row.push_back(count(r.units));
        if (pair) {
            for (const std::size_t v : {r.table.a, r.table.b, r.table.c})
                row.push_back(count(v));
            row.push_back(segment ? AgreementCell{} : count(r.table.d));
        } else {
            row.push_back(count(report.coders.size()));
            for (const double v : {r.coincidences.o00, r.coincidences.o01, r.coincidences.o11})
                row.push_back(figure(v));
            row.push_back(count(r.unanimous));
        }
        row.push_back(figure(r.percent));
        row.push_back(figure(r.kappa));
        row.push_back(figure(r.alpha));
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<std::pair<std::string, std::string>> describeAgreement(const AgreementReport& r,
                                                                   Language l) {
    std::string coders;
    for (const std::string& c : r.coders)
        coders += (coders.empty() ? "" : ", ") + c;
    const bool pair = r.coders.size() == 2;
    std::vector<std::pair<std::string, std::string>> lines = {
        {pick(l, "Analysis", "Analyse"),
         pick(l, "Intercoder agreement", "Overeenstemming tussen codeurs")},
        {pick(l, "Coders", "Codeurs"), coders},
        {pick(l, "Unit", "Eenheid"), unitText(r, l)},
        {pick(l, "Regions", "Gebieden"),
         pick(l,
              "per document and code, a coder's overlapping or touching codings unite into one "
              "region",
              "per document en code worden overlappende of aansluitende coderingen van een codeur "
              "één gebied")},
    };
    if (pair) {
        lines.emplace_back(pick(l, "Table", "Tabel"),
                           pick(l,
                                "a = both coders, b = first coder only, c = second coder only, "
                                "d = neither; N = a+b+c+d",
                                "a = beide codeurs, b = alleen de eerste, c = alleen de tweede, "
                                "d = geen van beiden; N = a+b+c+d"));
        lines.emplace_back(pick(l, "Percent", "Percentage"),
                           r.unit == AgreementUnit::Segment ? "a / (a+b+c)"
                                                            : pick(l, "(a+d) / N", "(a+d) / N"));
        lines.emplace_back("Kappa",
                           r.unit == AgreementUnit::Segment
                               ? pick(l, "not defined at this unit (there is no d)",
                                      "niet gedefinieerd bij deze eenheid (er is geen d)")
                               : pick(l,
                                      "Cohen's kappa = (Po - Pe) / (1 - Pe), Po = (a+d)/N, "
                                      "Pe = ((a+b)(a+c) + (c+d)(b+d)) / N^2; empty when Pe = 1",
                                      "Cohens kappa = (Po - Pe) / (1 - Pe), Po = (a+d)/N, "
                                      "Pe = ((a+b)(a+c) + (c+d)(b+d)) / N^2; leeg wanneer Pe = 1"));
        lines.emplace_back("Alpha", pick(l,
                                         "Krippendorff's alpha, nominal, from the coincidence "
                                         "matrix o11 = 2a, o00 = 2d, o01 = b+c",
                                         "Krippendorffs alfa, nominaal, uit de coïncidentiematrix "
                                         "o11 = 2a, o00 = 2d, o01 = b+c"));
    } else {
        lines.emplace_back(pick(l, "Table", "Tabel"),
                           pick(l,
                                "o00, o01, o11 = binary coincidence matrix over units x coders; "
                                "unanimous = units every coder judged alike",
                                "o00, o01, o11 = binaire coïncidentiematrix over eenheden x "
                                "codeurs; unaniem = eenheden die elke codeur gelijk beoordeelde"));
        lines.emplace_back(pick(l, "Percent", "Percentage"),
                           pick(l, "unanimous / units", "unaniem / eenheden"));
        lines.emplace_back("Kappa", pick(l, "Fleiss' kappa (1971)", "Fleiss' kappa (1971)"));
        lines.emplace_back("Alpha", pick(l, "Krippendorff's alpha, nominal (Krippendorff 2011)",
                                         "Krippendorffs alfa, nominaal (Krippendorff 2011)"));
    }
    lines.emplace_back(pick(l, "Pooled", "Samengevoegd"),
                       pick(l,
                            "rows named * sum the tables over documents (and codes) before "
                            "computing; empty = undefined",
                            "rijen met * tellen de tabellen over documenten (en codes) op vóór de "
                            "berekening; leeg = niet gedefinieerd"));
    lines.emplace_back("Project", r.project);
    lines.emplace_back(pick(l, "Date", "Datum"), r.date);
    return lines;
}

std::string agreementCsv(const AgreementReport& report, bool perDocument, bool withStatement,
                         Language language) {
    std::string csv;
    if (withStatement)
        for (const auto& [label, text] : describeAgreement(report, language))
            csv += "# " + label + ": " + text + "\n";
    for (const auto& row : agreementTable(report, perDocument)) {
        for (std::size_t i = 0; i < row.size(); ++i)
            csv += (i ? "," : "") + csvField(row[i].text);
        csv += "\n";
    }
    return csv;
}

void writeAgreementCsv(const AgreementReport& report, const std::filesystem::path& file,
                       bool perDocument, Language language) {
    writeExportFile(file, agreementCsv(report, perDocument, false, language));
    std::string statement;
    for (const auto& [label, text] : describeAgreement(report, language))
        statement += label + ": " + text + "\n";
    writeExportFile(sidecarOf(file), statement);
}

std::string agreementHtml(const AgreementReport& report, bool perDocument, Language language) {
    const char* title = pick(language, "Intercoder agreement", "Overeenstemming tussen codeurs");
    std::string html = std::string("<!DOCTYPE html>\n<html lang=\"") + pick(language, "en", "nl") +
                       "\"><head><meta charset=\"utf-8\"><title>" + title +
                       "</title>"
                       "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:"
                       "collapse}th,td{border:1px solid #999;padding:.2em .5em}td{text-align:"
                       "right}td:first-child{text-align:left}dt{font-weight:bold}</style>"
                       "</head><body>\n<h1>" +
                       title + "</h1>\n<dl>\n";
    for (const auto& [label, text] : describeAgreement(report, language))
        html += "<dt>" + escapeHtml(label) + "</dt><dd>" + escapeHtml(text) + "</dd>\n";
    html += "</dl>\n<table>\n";
    const auto rows = agreementTable(report, perDocument);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        html += "<tr>";
        for (const AgreementCell& cell : rows[i])
            html +=
                (i == 0 ? "<th>" : "<td>") + escapeHtml(cell.text) + (i == 0 ? "</th>" : "</td>");
        html += "</tr>\n";
    }
    return html + "</table>\n</body></html>\n";
}

void writeAgreementXlsx(const AgreementReport& report, const std::filesystem::path& file,
                        bool perDocument, Language language) {
    lxw_workbook* book = workbook_new(file.c_str());
    if (!book)
        throw ExportError(
            Message{CODEBOOM_N_("{file}: cannot be written (libxlsxwriter could not start the "
                                "workbook)"),
                    {{"file", file.string()}}});
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format* fraction = workbook_add_format(book);
    format_set_num_format(fraction, "0.0000");
    lxw_worksheet* sheet =
        workbook_add_worksheet(book, pick(language, "Agreement", "Overeenstemming"));
    const auto rows = agreementTable(report, perDocument);
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t c = 0; c < rows[r].size(); ++c) {
            const auto row = static_cast<lxw_row_t>(r);
            const auto column = static_cast<lxw_col_t>(c);
            const AgreementCell& cell = rows[r][c];
            if (cell.value) // whole counts without decimals, ratios with four
                worksheet_write_number(sheet, row, column, *cell.value,
                                       cell.text.find('.') != std::string::npos ? fraction
                                                                                : nullptr);
            else if (!cell.text.empty()) // undefined figures stay empty cells
                worksheet_write_string(sheet, row, column, cell.text.c_str(),
                                       r == 0 || rows[r][0].text == "*" ? bold : nullptr);
        }
    worksheet_set_column(sheet, 0, 0, 40, nullptr);
    worksheet_freeze_panes(sheet, 1, 1);
    addDefinitionSheet(book, describeAgreement(report, language), language);
    const lxw_error error = workbook_close(book);
    if (error != LXW_NO_ERROR)
        throw ExportError(Message{CODEBOOM_N_("{file}: cannot be written ({reason})"),
                                  {{"file", file.string()}, {"reason", lxw_strerror(error)}}});
}

} // namespace codeboom
