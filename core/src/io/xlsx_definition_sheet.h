#pragma once

#include "codeboom/analysis/matrix.h"

#include <xlsxwriter.h>

#include <string>
#include <utility>
#include <vector>

namespace codeboom {

// Adds the sheet "Definition" ("Definitie" in Dutch) that every workbook we write ends with:
// the statement of what the numbers are, a label in bold and its text per row.
void addDefinitionSheet(lxw_workbook* book,
                        const std::vector<std::pair<std::string, std::string>>& statement,
                        Language language);

} // namespace codeboom
