#pragma once

#include "codeboom/analysis/matrix.h"
#include "codeboom/io/heatmap.h"

#include <wx/grid.h>

#include <memory>
#include <vector>

namespace codeboom::gui {

// A core Matrix as wxGrid sees it, without copying it: the matrix's cells plus a last row and
// column of totals (or n_A for co-occurrence). Cells are coloured on the heat map's scale (the
// colours of the PNG, SVG, HTML and XLSX exports); an undefined ratio shows a dash on grey, the
// co-occurrence diagonal (n_A, not a pair) sits outside the scale, as in the pictures. Rows are
// labelled with the code's colour and name, indented by depth.
class MatrixGridTable : public wxGridTableBase {
public:
    explicit MatrixGridTable(std::shared_ptr<const Matrix> matrix);

    const Matrix& matrix() const { return *matrix_; }
    bool isTotalRow(int row) const;
    bool isTotalColumn(int col) const;
    // The core value of a cell (totals included); nullopt when undefined.
    std::optional<double> valueAt(int row, int col) const;
    // Pixels a row label is indented by (the code's depth below the shallowest row).
    int labelIndent(int row) const;

    int GetNumberRows() override;
    int GetNumberCols() override;
    wxString GetValue(int row, int col) override;
    void SetValue(int, int, const wxString&) override {}
    bool IsEmptyCell(int row, int col) override { return !valueAt(row, col); }
    bool CanGetValueAs(int row, int col, const wxString& typeName) override;
    double GetValueAsDouble(int row, int col) override;
    wxString GetRowLabelValue(int row) override;
    wxString GetColLabelValue(int col) override;
    wxGridCellAttr* GetAttr(int row, int col, wxGridCellAttr::wxAttrKind kind) override;

private:
    std::shared_ptr<const Matrix> matrix_;
    HeatScale scale_;
    std::vector<int> indents_;
};

} // namespace codeboom::gui
