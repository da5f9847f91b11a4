#pragma once

#include "codeboom/analysis/matrix.h"

#include <filesystem>

namespace codeboom {

// The matrix as an Excel workbook (libxlsxwriter): sheet "Matrix" with the code paths in column
// A, a total column and row, frozen header row and column, and a three-colour scale over the
// cells (the heat map's colours); then sheet "Definition" (or "Definitie" in Dutch) with the
// statement of unit, rule, filters, measure, formula, project and date. Undefined cells stay
// empty. Throws ExportError naming the file.
void writeMatrixXlsx(const Matrix& matrix, const std::filesystem::path& file, Language language);

} // namespace codeboom
