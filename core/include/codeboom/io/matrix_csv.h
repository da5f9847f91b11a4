#pragma once

#include "codeboom/analysis/matrix.h"

#include <filesystem>
#include <string>

namespace codeboom {

enum class CsvDialect {
    Standard, // ',' between fields, '.' in numbers
    ExcelNl,  // ';' between fields, ',' in numbers: what Dutch Excel reads on a double click
};

struct CsvOptions {
    CsvDialect dialect = CsvDialect::Standard;
    bool withHeader = false; // the statement as leading '#' lines instead of a sidecar
    Language language = Language::English;
};

// The matrix as CSV: UTF-8 with a BOM, CRLF line ends and RFC 4180 quoting; the first column is
// `code` (the code path), then one column per label and the total column; the last row holds the
// column totals. Empty cells are undefined values.
std::string matrixCsv(const Matrix& matrix, const CsvOptions& options);

// Writes matrixCsv() to `file` and, without withHeader, the statement to sidecarOf(file).
// Throws ExportError naming the file.
void writeMatrixCsv(const Matrix& matrix, const std::filesystem::path& file,
                    const CsvOptions& options);

// "matrix.csv" -> "matrix.meta.txt".
std::filesystem::path sidecarOf(const std::filesystem::path& file);

// Writes bytes to a file, throwing ExportError("NAME: cannot be written (REASON)").
void writeExportFile(const std::filesystem::path& file, const std::string& bytes);

} // namespace codeboom
