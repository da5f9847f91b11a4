#include "xlsx_definition_sheet.h"

namespace codeboom {

void addDefinitionSheet(lxw_workbook* book,
                        const std::vector<std::pair<std::string, std::string>>& statement,
                        Language language) {
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format* wrapped = workbook_add_format(book);
    format_set_text_wrap(wrapped);
    lxw_worksheet* sheet =
        workbook_add_worksheet(book, language == Language::Dutch ? "Definitie" : "Definition");
    lxw_row_t row = 0;
    for (const auto& [label, text] : statement) {
        worksheet_write_string(sheet, row, 0, label.c_str(), bold);
        worksheet_write_string(sheet, row, 1, text.c_str(), wrapped);
        ++row;
    }
    worksheet_set_column(sheet, 0, 0, 14, nullptr);
    worksheet_set_column(sheet, 1, 1, 120, nullptr);
}

} // namespace codeboom
