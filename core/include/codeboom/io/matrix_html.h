#pragma once

#include "codeboom/analysis/matrix.h"

#include <filesystem>
#include <string>

namespace codeboom {

// A self-contained HTML report (no scripts, no external files): the statement, then the matrix
// as a table whose cells are coloured by the heat map's scale, with totals.
std::string matrixHtml(const Matrix& matrix, Language language);

// Writes matrixHtml() to `file`; throws ExportError naming the file.
void writeMatrixHtml(const Matrix& matrix, const std::filesystem::path& file, Language language);

} // namespace codeboom
