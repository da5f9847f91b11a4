#include "matrix_grid_table.h"

#include "display_format.h"

#include <wx/dc.h>
#include <wx/settings.h>

namespace codeboom::gui {

namespace {

constexpr int kIndent = 16;
constexpr int kSwatch = 10;

// "A > B > C" -> depth 2, name "C".
std::pair<int, std::string> depthAndName(const std::string& path) {
    int depth = 0;
    std::size_t from = 0;
    for (std::size_t at = path.find(" > "); at != std::string::npos; at = path.find(" > ", from)) {
        ++depth;
        from = at + 3;
    }
    return {depth, path.substr(from)};
}

// Draws a row label as the code tree does: indented by depth, with the code's colour swatch.
class CodeRowRenderer : public wxGridRowHeaderRendererDefault {
public:
    CodeRowRenderer(wxColour colour, int indent) : colour_(colour), indent_(indent) {}
    void DrawLabel(const wxGrid& grid, wxDC& dc, const wxString& value, const wxRect& rect, int,
                   int vertAlign, int textOrientation) const override {
        wxRect text = rect;
        text.x += 6 + indent_;
        text.width -= 6 + indent_;
        if (colour_.IsOk()) {
            dc.SetPen(colour_.ChangeLightness(70));
            dc.SetBrush(colour_);
            dc.DrawRectangle(text.x, rect.y + (rect.height - kSwatch) / 2, kSwatch, kSwatch);
            text.x += kSwatch + 6;
            text.width -= kSwatch + 6;
        }
        wxGridRowHeaderRendererDefault::DrawLabel(grid, dc, value, text, wxALIGN_LEFT, vertAlign,
                                                  textOrientation);
    }

private:
    wxColour colour_;
    int indent_;
};

class RowLabelProvider : public wxGridCellAttrProvider {
public:
    RowLabelProvider(const Matrix& matrix, const std::vector<int>& indents) {
        for (std::size_t r = 0; r < matrix.rows(); ++r)
            rows_.emplace_back(colourOf(matrix.rowColors[r]), indents[r]);
        rows_.emplace_back(wxColour(), 0); // the total row
    }
    const wxGridRowHeaderRenderer& GetRowHeaderRenderer(int row) override {
        if (row >= 0 && static_cast<std::size_t>(row) < rows_.size())
            return rows_[static_cast<std::size_t>(row)];
        return wxGridCellAttrProvider::GetRowHeaderRenderer(row);
    }

private:
    std::vector<CodeRowRenderer> rows_;
};

} // namespace

MatrixGridTable::MatrixGridTable(std::shared_ptr<const Matrix> matrix)
    : matrix_(std::move(matrix)), scale_(HeatScale::of(*matrix_)) {
    int top = 0;
    for (std::size_t r = 0; r < matrix_->rows(); ++r) {
        const int depth = depthAndName(matrix_->rowLabels[r]).first;
        top = r == 0 ? depth : std::min(top, depth);
    }
    for (const std::string& label : matrix_->rowLabels)
        indents_.push_back((depthAndName(label).first - top) * kIndent);
    SetAttrProvider(new RowLabelProvider(*matrix_, indents_));
}

int MatrixGridTable::labelIndent(int row) const {
    if (row < 0 || static_cast<std::size_t>(row) >= indents_.size())
        return 0;
    return indents_[static_cast<std::size_t>(row)];
}

bool MatrixGridTable::isTotalRow(int row) const {
    return static_cast<std::size_t>(row) == matrix_->rows();
}

bool MatrixGridTable::isTotalColumn(int col) const {
    return static_cast<std::size_t>(col) == matrix_->columns();
}

std::optional<double> MatrixGridTable::valueAt(int row, int col) const {
    if (row < 0 || col < 0 || static_cast<std::size_t>(row) > matrix_->rows() ||
        static_cast<std::size_t>(col) > matrix_->columns())
        return std::nullopt;
    const auto r = static_cast<std::size_t>(row);
    const auto c = static_cast<std::size_t>(col);
    if (isTotalRow(row))
        return isTotalColumn(col) ? matrix_->grandTotal : matrix_->columnTotals[c];
    if (isTotalColumn(col))
        return matrix_->rowTotals[r];
    return matrix_->at(r, c);
}

int MatrixGridTable::GetNumberRows() {
    return static_cast<int>(matrix_->rows() + 1);
}

int MatrixGridTable::GetNumberCols() {
    return static_cast<int>(matrix_->columns() + 1);
}

wxString MatrixGridTable::GetValue(int row, int col) {
    if (const auto value = valueAt(row, col))
        return cellText(*value, matrix_->definition, isTotalRow(row) || isTotalColumn(col));
    const bool inside = !isTotalRow(row) && !isTotalColumn(col);
    if (inside &&
        isMarginalCell(*matrix_, static_cast<std::size_t>(row), static_cast<std::size_t>(col)))
        return wxString();
    return wxString::FromUTF8("\xE2\x80\x94"); // an em dash: undefined, not zero
}

bool MatrixGridTable::CanGetValueAs(int row, int col, const wxString& typeName) {
    if (typeName == wxGRID_VALUE_FLOAT)
        return valueAt(row, col).has_value();
    return typeName == wxGRID_VALUE_STRING;
}

double MatrixGridTable::GetValueAsDouble(int row, int col) {
    return valueAt(row, col).value_or(0.0);
}

wxString MatrixGridTable::GetRowLabelValue(int row) {
    if (isTotalRow(row))
        return matrix_->totalLabel == "n" ? wxString("n") : _("Total");
    if (row < 0 || static_cast<std::size_t>(row) >= matrix_->rows())
        return wxString();
    return fromUtf8(depthAndName(matrix_->rowLabels[static_cast<std::size_t>(row)]).second);
}

wxString MatrixGridTable::GetColLabelValue(int col) {
    if (isTotalColumn(col))
        return matrix_->totalLabel == "n" ? wxString("n") : _("Total");
    if (col < 0 || static_cast<std::size_t>(col) >= matrix_->columns())
        return wxString();
    const std::string& label = matrix_->columnLabels[static_cast<std::size_t>(col)];
    // Co-occurrence columns are codes: their names, as the rows show them.
    return fromUtf8(matrix_->definition.analysis == "cooccurrence" ? depthAndName(label).second
                                                                   : label);
}

wxGridCellAttr* MatrixGridTable::GetAttr(int row, int col, wxGridCellAttr::wxAttrKind) {
    auto* attr = new wxGridCellAttr;
    attr->SetReadOnly();
    attr->SetAlignment(wxALIGN_RIGHT, wxALIGN_CENTRE);
    const bool total = isTotalRow(row) || isTotalColumn(col);
    const auto value = valueAt(row, col);
    if (total) {
        attr->SetBackgroundColour(wxColour(0xF1, 0xF3, 0xF5));
        attr->SetTextColour(wxColour(0x22, 0x2B, 0x36));
        attr->SetFont(wxSystemSettings::GetFont(wxSYS_DEFAULT_GUI_FONT).Bold());
    } else if (!value || isMarginalCell(*matrix_, static_cast<std::size_t>(row),
                                        static_cast<std::size_t>(col))) {
        attr->SetBackgroundColour(colourOf(kHeatEmpty));
        attr->SetTextColour(wxColour(0x6B, 0x72, 0x80));
        attr->SetAlignment(value ? wxALIGN_RIGHT : wxALIGN_CENTRE, wxALIGN_CENTRE);
    } else {
        attr->SetBackgroundColour(colourOf(scale_.colourOf(*value)));
        // White text on the dark half of the scale, as the heat-map pictures write it.
        attr->SetTextColour(scale_.fraction(*value) > 0.55 ? *wxWHITE : wxColour(0x1F, 0x29, 0x37));
    }
    return attr;
}

} // namespace codeboom::gui
