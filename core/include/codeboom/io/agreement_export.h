#pragma once

#include "codeboom/analysis/agreement.h"
#include "codeboom/analysis/matrix.h"

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace codeboom {

// A cell of the exported table: its text as the CSV writes it and, for a figure, its value.
struct AgreementCell {
    std::string text;
    std::optional<double> value;
};

// The agreement table as exported: for two coders the contract columns `code`, (`document`),
// `unit`, `units`, `a`, `b`, `c`, `d`, `percent`, `kappa`, `alpha`; for more coders the binary
// coincidence matrix (`coders`, `o00`, `o01`, `o11`, `unanimous`) in place of a-d. Undefined
// figures are empty; the pooled rows are named "*". The first row is the header.
std::vector<std::vector<AgreementCell>> agreementTable(const AgreementReport& report,
                                                       bool perDocument);

// The statement every export carries (analysis-definitions.md): coders, unit, matching rule,
// the formulas, what the letters mean, project and date, as label/text lines.
std::vector<std::pair<std::string, std::string>> describeAgreement(const AgreementReport& report,
                                                                   Language language);

// The table as CSV (',' between fields, '.' in numbers, LF line ends, RFC 4180 quoting); with
// `withStatement` the statement comes first as '#' lines.
std::string agreementCsv(const AgreementReport& report, bool perDocument, bool withStatement,
                         Language language);

// Writes agreementCsv() without the statement to `file` and the statement to sidecarOf(file).
void writeAgreementCsv(const AgreementReport& report, const std::filesystem::path& file,
                       bool perDocument, Language language);

// A self-contained HTML page: the statement, then the table.
std::string agreementHtml(const AgreementReport& report, bool perDocument, Language language);

// An Excel workbook: sheet "Agreement" ("Overeenstemming") with the table, numbers as numbers,
// then sheet "Definition" ("Definitie") with the statement. Throws ExportError naming the file.
void writeAgreementXlsx(const AgreementReport& report, const std::filesystem::path& file,
                        bool perDocument, Language language);

} // namespace codeboom
