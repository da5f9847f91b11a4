#include "codeboom/io/matrix_xlsx.h"

#include "codeboom/io/export_error.h"
#include "codeboom/io/heatmap.h"

#include "xlsx_definition_sheet.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <string>
#include <vector>

namespace codeboom {

namespace {

lxw_color_t colourOf(Rgb c) {
    return (static_cast<lxw_color_t>(c.r) << 16) | (static_cast<lxw_color_t>(c.g) << 8) | c.b;
}

lxw_row_t rowIndex(std::size_t i) {
    return static_cast<lxw_row_t>(i);
}

lxw_col_t columnIndex(std::size_t i) {
    return static_cast<lxw_col_t>(i);
}

void writeCell(lxw_worksheet* sheet, std::size_t row, std::size_t column,
               const std::optional<double>& value, lxw_format* format) {
    if (value)
        worksheet_write_number(sheet, rowIndex(row), columnIndex(column), *value, format);
}

// Sheet cells, zero-based, the first row and column being the headers.
struct CellRange {
    std::size_t firstRow, firstColumn, lastRow, lastColumn;
};

// The matrix cells the heat map colours: all of them, or, with a marginal diagonal, each row's
// cells left and right of it.
std::vector<CellRange> heatMapRanges(const Matrix& m) {
    std::vector<CellRange> ranges;
    if (m.rows() == 0 || m.columns() == 0)
        return ranges;
    if (!m.diagonalIsMarginal) {
        ranges.push_back({1, 1, m.rows(), m.columns()});
        return ranges;
    }
    for (std::size_t r = 0; r < m.rows(); ++r) {
        const std::size_t diagonal = std::min(r, m.columns());
        if (diagonal > 0)
            ranges.push_back({r + 1, 1, r + 1, diagonal});
        if (diagonal + 1 < m.columns())
            ranges.push_back({r + 1, diagonal + 2, r + 1, m.columns()});
    }
    return ranges;
}

} // namespace

void writeMatrixXlsx(const Matrix& m, const std::filesystem::path& file, Language language) {
    const bool dutch = language == Language::Dutch;
    lxw_workbook* book = workbook_new(file.c_str());
    if (!book)
        throw ExportError(
            Message{CODEBOOM_N_("{file}: cannot be written (libxlsxwriter could not start the "
                                "workbook)"),
                    {{"file", file.string()}}});
    lxw_format* header = workbook_add_format(book);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_CENTER);
    lxw_format* total = workbook_add_format(book);
    format_set_bold(total);
    lxw_format* marginal = workbook_add_format(book);
    format_set_bg_color(marginal, colourOf(kHeatEmpty));

    lxw_worksheet* sheet = workbook_add_worksheet(book, "Matrix");
    const std::string totalLabel = dutch && m.totalLabel == "total" ? "totaal" : m.totalLabel;
    worksheet_write_string(sheet, 0, 0, "code", header);
    for (std::size_t c = 0; c < m.columns(); ++c)
        worksheet_write_string(sheet, 0, columnIndex(c + 1), m.columnLabels[c].c_str(), header);
    worksheet_write_string(sheet, 0, columnIndex(m.columns() + 1), totalLabel.c_str(), header);
    std::size_t widest = 10;
    for (std::size_t r = 0; r < m.rows(); ++r) {
        worksheet_write_string(sheet, rowIndex(r + 1), 0, m.rowLabels[r].c_str(), nullptr);
        widest = std::max(widest, m.rowLabels[r].size());
        for (std::size_t c = 0; c < m.columns(); ++c)
            writeCell(sheet, r + 1, c + 1, m.at(r, c),
                      isMarginalCell(m, r, c) ? marginal : nullptr);
        writeCell(sheet, r + 1, m.columns() + 1, m.rowTotals[r], total);
    }
    worksheet_write_string(sheet, rowIndex(m.rows() + 1), 0, totalLabel.c_str(), total);
    for (std::size_t c = 0; c < m.columns(); ++c)
        writeCell(sheet, m.rows() + 1, c + 1, m.columnTotals[c], total);
    writeCell(sheet, m.rows() + 1, m.columns() + 1, m.grandTotal, total);
    worksheet_set_column(sheet, 0, 0, static_cast<double>(std::min<std::size_t>(widest, 60)),
                         nullptr);
    worksheet_freeze_panes(sheet, 1, 1);

    if (const std::vector<CellRange> ranges = heatMapRanges(m); !ranges.empty()) {
        // The heat map: Excel's three-colour scale with the picture's colours, over the cells
        // the picture colours too. A co-occurrence diagonal (n_A, not a pair) is left out, as
        // in the picture: inside the scale it would stretch it, and the scale's colour would
        // hide the grey that marks it.
        std::string multiRange;
        for (const CellRange& range : ranges) {
            char name[LXW_MAX_CELL_RANGE_LENGTH];
            lxw_rowcol_to_range(name, rowIndex(range.firstRow), columnIndex(range.firstColumn),
                                rowIndex(range.lastRow), columnIndex(range.lastColumn));
            multiRange += (multiRange.empty() ? "" : " ") + std::string(name);
        }
        lxw_conditional_format scale{};
        scale.type = LXW_CONDITIONAL_3_COLOR_SCALE;
        scale.min_color = colourOf(kHeatLow);
        scale.mid_color = colourOf(kHeatMid);
        scale.max_color = colourOf(kHeatHigh);
        scale.multi_range = multiRange.data();
        const CellRange& first = ranges.front();
        worksheet_conditional_format_range(sheet, rowIndex(first.firstRow),
                                           columnIndex(first.firstColumn), rowIndex(first.lastRow),
                                           columnIndex(first.lastColumn), &scale);
    }

    addDefinitionSheet(book, describe(m.definition, language), language);

    const lxw_error error = workbook_close(book);
    if (error != LXW_NO_ERROR)
        throw ExportError(Message{CODEBOOM_N_("{file}: cannot be written ({reason})"),
                                  {{"file", file.string()}, {"reason", lxw_strerror(error)}}});
}

} // namespace codeboom
