#include "codeboom/io/matrix_csv.h"

#include "codeboom/io/csv.h"
#include "codeboom/io/export_error.h"

#include <cerrno>
#include <cstring>
#include <fstream>

namespace codeboom {

namespace {

std::string number(const std::optional<double>& value, char decimal) {
    return value ? formatNumber(*value, decimal) : std::string();
}

} // namespace

std::string matrixCsv(const Matrix& m, const CsvOptions& options) {
    const bool nl = options.dialect == CsvDialect::ExcelNl;
    const char separator = nl ? ';' : ',';
    const char decimal = nl ? ',' : '.';
    const bool dutch = options.language == Language::Dutch;
    std::string out = "\xEF\xBB\xBF";
    if (options.withHeader)
        for (const auto& [label, text] : describe(m.definition, options.language))
            out += "# " + label + ": " + text + "\r\n";
    out += "code";
    for (const std::string& label : m.columnLabels)
        out += separator + csvField(label, separator);
    out +=
        separator + csvField(dutch && m.totalLabel == "total" ? "totaal" : m.totalLabel, separator);
    out += "\r\n";
    for (std::size_t r = 0; r < m.rows(); ++r) {
        out += csvField(m.rowLabels[r], separator);
        for (std::size_t c = 0; c < m.columns(); ++c)
            out += separator + number(m.at(r, c), decimal);
        out += separator + number(m.rowTotals[r], decimal);
        out += "\r\n";
    }
    out += csvField(dutch && m.totalLabel == "total" ? "totaal" : m.totalLabel, separator);
    for (std::size_t c = 0; c < m.columns(); ++c)
        out += separator + number(m.columnTotals[c], decimal);
    out += separator + number(m.grandTotal, decimal);
    out += "\r\n";
    return out;
}

std::filesystem::path sidecarOf(const std::filesystem::path& file) {
    std::filesystem::path sidecar = file;
    return sidecar.replace_extension(".meta.txt");
}

void writeExportFile(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    if (out)
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (out)
        out.close();
    if (!out)
        throw ExportError(Message{CODEBOOM_N_("{file}: cannot be written ({reason})"),
                                  {{"file", file.string()}, {"reason", std::strerror(errno)}}});
}

void writeMatrixCsv(const Matrix& matrix, const std::filesystem::path& file,
                    const CsvOptions& options) {
    writeExportFile(file, matrixCsv(matrix, options));
    if (!options.withHeader)
        writeExportFile(sidecarOf(file), statementText(matrix.definition, options.language));
}

} // namespace codeboom
