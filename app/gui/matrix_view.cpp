#include "matrix_view.h"

#include "codeboom/error.h"
#include "codeboom/io/heatmap.h"
#include "codeboom/io/matrix_csv.h"
#include "codeboom/io/matrix_html.h"
#include "codeboom/io/matrix_xlsx.h"
#include "codeboom/project.h"

#include "display_format.h"
#include "language.h"
#include "main_frame.h"
#include "matrix_grid_table.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/dcclient.h>
#include <wx/filedlg.h>
#include <wx/grid.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/panel.h>
#include <wx/radiobut.h>
#include <wx/scrolwin.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>

#include <algorithm>
#include <set>

namespace codeboom::gui {

namespace {

const wxColour kQuietColour(0x4B, 0x55, 0x63);
const wxColour kErrorColour(0xB9, 0x1C, 0x1C);

// Choice order = enum order; the arrays keep that explicit.
constexpr FrequencyCount kCounts[] = {FrequencyCount::Regions, FrequencyCount::Chars,
                                      FrequencyCount::Words, FrequencyCount::Presence};
constexpr Percentages kPercents[] = {Percentages::None, Percentages::Row, Percentages::Column};
constexpr CooccurrenceUnit kUnits[] = {CooccurrenceUnit::Overlap, CooccurrenceUnit::Turn,
                                       CooccurrenceUnit::Paragraph, CooccurrenceUnit::Document};
constexpr CooccurrenceMeasure kMeasures[] = {
    CooccurrenceMeasure::Count, CooccurrenceMeasure::Jaccard, CooccurrenceMeasure::Dice,
    CooccurrenceMeasure::Ochiai, CooccurrenceMeasure::Conditional};

template <typename T, std::size_t N> int indexOf(const T (&values)[N], T value) {
    return static_cast<int>(std::find(values, values + N, value) - values);
}

template <typename T, std::size_t N> T valueAt(const T (&values)[N], int index) {
    return values[std::clamp<std::size_t>(static_cast<std::size_t>(std::max(index, 0)), 0, N - 1)];
}

wxStaticText* heading(wxWindow* parent, const wxString& text) {
    auto* label = new wxStaticText(parent, wxID_ANY, text);
    label->SetFont(label->GetFont().Bold());
    label->SetForegroundColour(wxColour(0x37, 0x41, 0x51));
    return label;
}

std::vector<std::string> checkedOf(const wxCheckListBox* box, const std::vector<std::string>& all) {
    std::vector<std::string> out;
    for (unsigned i = 0; i < box->GetCount(); ++i)
        if (box->IsChecked(i))
            out.push_back(all[i]);
    return out;
}

void checkOnly(wxCheckListBox* box, const std::vector<std::string>& all,
               const std::vector<std::string>& wanted) {
    for (unsigned i = 0; i < box->GetCount(); ++i)
        box->Check(i, wanted.empty() ||
                          std::find(wanted.begin(), wanted.end(), all[i]) != wanted.end());
}

wxString wildcardOf(MatrixExport format) {
    switch (format) {
    case MatrixExport::Csv:
    case MatrixExport::CsvExcelNl:
        return _("CSV files") + " (*.csv)|*.csv";
    case MatrixExport::Xlsx:
        return _("Excel workbooks") + " (*.xlsx)|*.xlsx";
    case MatrixExport::Html:
        return _("HTML reports") + " (*.html)|*.html";
    case MatrixExport::Png:
        return _("PNG pictures") + " (*.png)|*.png";
    case MatrixExport::Svg:
        return _("SVG pictures") + " (*.svg)|*.svg";
    }
    return {};
}

const char* extensionOf(MatrixExport format) {
    switch (format) {
    case MatrixExport::Csv:
    case MatrixExport::CsvExcelNl:
        return "csv";
    case MatrixExport::Xlsx:
        return "xlsx";
    case MatrixExport::Html:
        return "html";
    case MatrixExport::Png:
        return "png";
    case MatrixExport::Svg:
        return "svg";
    }
    return "";
}

} // namespace

MatrixView::MatrixView(MainFrame& frame)
    : wxFrame(&frame, wxID_ANY, _("Code matrix"), wxDefaultPosition, wxSize(1300, 820)),
      frame_(frame) {
    SetName("matrix-view");
    auto* root = new wxPanel(this);
    root->SetBackgroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW));
    auto* outer = new wxBoxSizer(wxHORIZONTAL);

    auto* sidebar =
        new wxScrolledWindow(root, wxID_ANY, wxDefaultPosition, wxSize(310, -1), wxVSCROLL);
    sidebar->SetBackgroundColour(wxColour(0xF6, 0xF7, 0xF9));
    sidebar->SetScrollRate(0, 12);
    buildControls(sidebar);
    outer->Add(sidebar, 0, wxEXPAND);

    auto* content = new wxPanel(root);
    auto* column = new wxBoxSizer(wxVERTICAL);
    auto* bar = new wxBoxSizer(wxHORIZONTAL);
    auto* titles = new wxBoxSizer(wxVERTICAL);
    title_ = new wxStaticText(content, wxID_ANY, "");
    title_->SetFont(title_->GetFont().Bold().Scaled(1.25f));
    title_->SetForegroundColour(wxColour(0x11, 0x18, 0x27));
    titles->Add(title_);
    status_ = new wxStaticText(content, wxID_ANY, "");
    status_->SetForegroundColour(kQuietColour);
    titles->Add(status_, 0, wxTOP, 2);
    bar->Add(titles, 1, wxALIGN_CENTRE_VERTICAL);
    bar->Add(new wxStaticText(content, wxID_ANY, _("Export:")), 0,
             wxALIGN_CENTRE_VERTICAL | wxRIGHT, 6);
    const std::pair<MatrixExport, wxString> exports[] = {
        {MatrixExport::Csv, _("CSV")},   {MatrixExport::CsvExcelNl, _("CSV (Excel NL)")},
        {MatrixExport::Xlsx, _("XLSX")}, {MatrixExport::Html, _("HTML")},
        {MatrixExport::Png, _("PNG")},   {MatrixExport::Svg, _("SVG")}};
    for (const auto& [format, label] : exports) {
        auto* button = new wxButton(content, wxID_ANY, label);
        button->Bind(wxEVT_BUTTON, [this, f = format](wxCommandEvent&) { onExport(f); });
        bar->Add(button, 0, wxLEFT, 4);
    }
    column->Add(bar, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP | wxBOTTOM, 10);

    auto* splitter = new wxSplitterWindow(content, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                          wxSP_LIVE_UPDATE | wxSP_3DSASH);
    splitter->SetMinimumPaneSize(120);
    grid_ = new wxGrid(splitter, wxID_ANY);
    grid_->CreateGrid(0, 0);
    grid_->EnableEditing(false);
    grid_->DisableDragGridSize();
    grid_->SetDefaultRowSize(26, true);
    grid_->SetGridLineColour(*wxWHITE);
    grid_->SetLabelBackgroundColour(wxColour(0xF6, 0xF7, 0xF9));
    grid_->SetLabelTextColour(wxColour(0x1F, 0x29, 0x37));
    grid_->SetLabelFont(wxSystemSettings::GetFont(wxSYS_DEFAULT_GUI_FONT));
    grid_->SetCellHighlightColour(wxColour(0xF5, 0x9E, 0x0B));
    grid_->SetCellHighlightPenWidth(3);
    grid_->SetCellHighlightROPenWidth(3); // every cell is read-only
    grid_->SetSelectionMode(wxGrid::wxGridSelectCells);
    grid_->Bind(wxEVT_GRID_SELECT_CELL, &MatrixView::onCellSelected, this);

    auto* notebook = new wxNotebook(splitter, wxID_ANY);
    auto* regionsPage = new wxPanel(notebook);
    auto* regionsSizer = new wxBoxSizer(wxVERTICAL);
    regionsCaption_ = new wxStaticText(regionsPage, wxID_ANY, "");
    regionsSizer->Add(regionsCaption_, 0, wxALL, 6);
    regions_ = new wxListCtrl(regionsPage, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                              wxLC_REPORT | wxLC_SINGLE_SEL);
    regions_->AppendColumn(_("Document"), wxLIST_FORMAT_LEFT, 150);
    regions_->AppendColumn(_("Code"), wxLIST_FORMAT_LEFT, 300);
    regions_->AppendColumn(_("Coder"), wxLIST_FORMAT_LEFT, 75);
    regions_->AppendColumn(_("Position"), wxLIST_FORMAT_RIGHT, 105);
    regions_->AppendColumn(_("Text"), wxLIST_FORMAT_LEFT, 900);
    regions_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& event) {
        const auto row = static_cast<std::size_t>(event.GetIndex());
        if (row >= shownRegions_.size() || !frame_.project())
            return;
        const MatrixRegion& r = shownRegions_[row];
        frame_.showRange(r.documentId, r.start, r.end);
        frame_.Raise();
    });
    regionsSizer->Add(regions_, 1, wxEXPAND);
    regionsPage->SetSizer(regionsSizer);
    notebook->AddPage(regionsPage, _("Coded regions"));
    definition_ = new wxScrolledWindow(notebook, wxID_ANY);
    definition_->SetScrollRate(0, 12);
    definition_->SetBackgroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW));
    notebook->AddPage(definition_, _("Definition"));
    splitter->SplitHorizontally(grid_, notebook, -230);
    splitter->SetSashGravity(1.0);
    column->Add(splitter, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
    content->SetSizer(column);
    outer->Add(content, 1, wxEXPAND);
    root->SetSizer(outer);

    Bind(wxEVT_ACTIVATE, [this](wxActivateEvent& event) {
        if (event.GetActive() && !updating_ && frame_.revision() != seen_)
            CallAfter([this] {
                reload();
                recompute();
            });
        event.Skip();
    });
    reload();
    recompute();
    if (const auto code = frame_.selectedCode())
        focusCode(*code);
    CentreOnParent();
}

void MatrixView::focusCode(RowId code) {
    if (!matrix_)
        return;
    const auto row = std::find(matrix_->rowCodes.begin(), matrix_->rowCodes.end(), code);
    if (row == matrix_->rowCodes.end())
        return;
    const auto r = static_cast<std::size_t>(row - matrix_->rowCodes.begin());
    std::size_t c = 0;
    while (c + 1 < matrix_->columns() && matrix_->at(r, c).value_or(0) == 0)
        ++c;
    grid_->SetGridCursor(static_cast<int>(r), static_cast<int>(c));
    // Scroll once the grid has its final size, so a row that fits is not scrolled to the edge.
    CallAfter([this, r, c] {
        if (grid_->GetNumberRows() > static_cast<int>(r) &&
            grid_->GetNumberCols() > static_cast<int>(c))
            grid_->MakeCellVisible(static_cast<int>(r), static_cast<int>(c));
        grid_->SetFocus(); // the keys move through the cells from here
    });
}

void MatrixView::buildControls(wxWindow* parent) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto addLabelled = [&](wxFlexGridSizer* grid, const wxString& label, wxWindow* control) {
        grid->Add(new wxStaticText(parent, wxID_ANY, label), 0, wxALIGN_CENTRE_VERTICAL);
        grid->Add(control, 1, wxEXPAND);
    };
    auto recomputeSoon = [this](wxCommandEvent&) {
        if (updating_)
            return;
        updateEnabled();
        recompute();
    };

    sizer->Add(heading(parent, _("Analysis")), 0, wxLEFT | wxRIGHT | wxTOP, 12);
    frequency_ = new wxRadioButton(parent, wxID_ANY, _("Code frequency"), wxDefaultPosition,
                                   wxDefaultSize, wxRB_GROUP);
    cooccurrence_ = new wxRadioButton(parent, wxID_ANY, _("Code co-occurrence"));
    sizer->Add(frequency_, 0, wxLEFT | wxTOP, 12);
    sizer->Add(cooccurrence_, 0, wxLEFT | wxTOP, 12);
    frequency_->Bind(wxEVT_RADIOBUTTON, recomputeSoon);
    cooccurrence_->Bind(wxEVT_RADIOBUTTON, recomputeSoon);

    sizer->Add(heading(parent, _("Rows and columns")), 0, wxLEFT | wxRIGHT | wxTOP, 12);
    auto* layout = new wxFlexGridSizer(2, 8, 8);
    layout->AddGrowableCol(1);
    columns_ = new wxChoice(parent, wxID_ANY);
    addLabelled(layout, _("Columns"), columns_);
    count_ = new wxChoice(parent, wxID_ANY);
    count_->Append(std::vector<wxString>{_("Coded regions"), _("Characters"), _("Words"),
                                         _("Presence (0 or 1)")});
    addLabelled(layout, _("Count"), count_);
    percent_ = new wxChoice(parent, wxID_ANY);
    percent_->Append(
        std::vector<wxString>{_("Counts"), _("Row percentages"), _("Column percentages")});
    addLabelled(layout, _("Show"), percent_);
    unit_ = new wxChoice(parent, wxID_ANY);
    unit_->Append(std::vector<wxString>{_("Overlapping regions"), _("Same turn"),
                                        _("Same paragraph"), _("Same document")});
    addLabelled(layout, _("Unit"), unit_);
    measure_ = new wxChoice(parent, wxID_ANY);
    measure_->Append(std::vector<wxString>{_("n (count)"), _("Jaccard"), _("Dice"), _("Ochiai"),
                                           _("Conditional P(column | row)")});
    addLabelled(layout, _("Measure"), measure_);
    for (wxChoice* choice : {count_, percent_, unit_, measure_})
        choice->SetSelection(0);
    sizer->Add(layout, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 12);
    rollup_ = new wxCheckBox(parent, wxID_ANY, _("Count sub-codes with their parents"));
    rollup_->SetToolTip(_("A sub-code's regions also count for every code above it (roll-up)."));
    sizer->Add(rollup_, 0, wxLEFT | wxRIGHT | wxTOP, 12);

    sizer->Add(heading(parent, _("Filters")), 0, wxLEFT | wxRIGHT | wxTOP, 12);
    auto* filters = new wxFlexGridSizer(2, 8, 8);
    filters->AddGrowableCol(1);
    codes_ = new wxChoice(parent, wxID_ANY, wxDefaultPosition, wxSize(190, -1));
    addLabelled(filters, _("Codes"), codes_);
    where_ = new wxChoice(parent, wxID_ANY, wxDefaultPosition, wxSize(190, -1));
    addLabelled(filters, _("Cases"), where_);
    sizer->Add(filters, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 12);
    sizer->Add(new wxStaticText(parent, wxID_ANY, _("Coders")), 0, wxLEFT | wxTOP, 12);
    coders_ = new wxCheckListBox(parent, wxID_ANY, wxDefaultPosition, wxSize(-1, 84));
    sizer->Add(coders_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 12);
    sizer->Add(new wxStaticText(parent, wxID_ANY, _("Documents")), 0, wxLEFT | wxTOP, 12);
    documents_ = new wxCheckListBox(parent, wxID_ANY, wxDefaultPosition, wxSize(-1, 110));
    sizer->Add(documents_, 0, wxEXPAND | wxALL, 12);

    for (wxChoice* choice : {columns_, count_, percent_, unit_, measure_, codes_, where_})
        choice->Bind(wxEVT_CHOICE, recomputeSoon);
    rollup_->Bind(wxEVT_CHECKBOX, recomputeSoon);
    coders_->Bind(wxEVT_CHECKLISTBOX, recomputeSoon);
    documents_->Bind(wxEVT_CHECKLISTBOX, recomputeSoon);
    parent->SetSizer(sizer);
    updateEnabled();
}

void MatrixView::updateEnabled() {
    const bool co = cooccurrence_->GetValue();
    for (wxWindow* control : {static_cast<wxWindow*>(columns_), static_cast<wxWindow*>(count_),
                              static_cast<wxWindow*>(percent_)})
        control->Enable(!co);
    unit_->Enable(co);
    measure_->Enable(co);
}

void MatrixView::reload() {
    Project* project = frame_.project();
    const bool open = project != nullptr;
    for (wxWindow* control : GetChildren())
        control->Enable(open);
    if (!open) {
        grid_->ClearGrid();
        return;
    }
    updating_ = true;
    seen_ = frame_.revision();
    const AnalysisFilter kept = filterFromControls();
    const wxString keptColumns = columns_->GetStringSelection();

    columnWords_ = {"document", "speaker", "coder"};
    columns_->Clear();
    columns_->Append(std::vector<wxString>{_("Documents"), _("Speakers"), _("Coders")});
    std::set<std::string> attributeNames;
    std::set<std::pair<std::string, std::string>> pairs;
    for (const CaseAttribute& a : project->attributes()) {
        attributeNames.insert(a.name);
        pairs.insert({a.name, a.value});
    }
    for (const std::string& name : attributeNames) {
        columnWords_.push_back("attribute:" + name);
        columns_->Append(wxString::Format(_("Attribute: %s"), fromUtf8(name)));
    }
    if (!columns_->SetStringSelection(keptColumns))
        columns_->SetSelection(0);

    codePaths_.clear();
    codes_->Clear();
    codes_->Append(_("All codes"));
    for (const Code& code : project->codeTree().codes()) {
        codePaths_.push_back(code.path);
        codes_->Append(
            fromUtf8(std::string(static_cast<std::size_t>(code.depth) * 3, ' ') + code.name));
    }
    wherePairs_.assign(pairs.begin(), pairs.end());
    where_->Clear();
    where_->Append(_("All cases"));
    for (const auto& [name, value] : wherePairs_)
        where_->Append(fromUtf8(name + " = " + value));

    coderNames_.clear();
    coders_->Clear();
    for (const Coder& coder : project->coders()) {
        coderNames_.push_back(coder.name);
        coders_->Append(fromUtf8(coder.name));
    }
    documentNames_.clear();
    documents_->Clear();
    for (const Document& doc : project->documents()) {
        documentNames_.push_back(doc.name);
        documents_->Append(fromUtf8(doc.name));
    }
    selectFilter(kept);
    updating_ = false;
    updateEnabled();
}

AnalysisFilter MatrixView::filterFromControls() const {
    AnalysisFilter filter;
    // Every box ticked means no filter, so that coders and documents added later count too.
    filter.coders = checkedOf(coders_, coderNames_);
    if (filter.coders.size() == coderNames_.size())
        filter.coders.clear();
    filter.documents = checkedOf(documents_, documentNames_);
    if (filter.documents.size() == documentNames_.size())
        filter.documents.clear();
    if (const int code = codes_->GetSelection(); code > 0)
        filter.codes = codePaths_[static_cast<std::size_t>(code - 1)];
    if (const int where = where_->GetSelection(); where > 0)
        filter.where = wherePairs_[static_cast<std::size_t>(where - 1)];
    filter.rollup = rollup_->GetValue();
    return filter;
}

void MatrixView::selectFilter(const AnalysisFilter& filter) {
    checkOnly(coders_, coderNames_, filter.coders);
    checkOnly(documents_, documentNames_, filter.documents);
    codes_->SetSelection(0);
    const CodeTree* tree = frame_.project() ? &frame_.project()->codeTree() : nullptr;
    if (filter.codes && tree)
        if (const Code* code = tree->findByPath(*filter.codes) ? tree->findByPath(*filter.codes)
                                                               : tree->findByUuid(*filter.codes)) {
            const auto at = std::find(codePaths_.begin(), codePaths_.end(), code->path);
            if (at != codePaths_.end())
                codes_->SetSelection(static_cast<int>(at - codePaths_.begin()) + 1);
        }
    where_->SetSelection(0);
    if (filter.where) {
        const auto at = std::find(wherePairs_.begin(), wherePairs_.end(), *filter.where);
        if (at != wherePairs_.end())
            where_->SetSelection(static_cast<int>(at - wherePairs_.begin()) + 1);
    }
    rollup_->SetValue(filter.rollup);
}

bool MatrixView::isCooccurrence() const {
    return cooccurrence_->GetValue();
}

FrequencyOptions MatrixView::frequencyOptions() const {
    FrequencyOptions options;
    options.filter = filterFromControls();
    const int column = std::max(columns_->GetSelection(), 0);
    parseFrequencyColumns(columnWords_.at(static_cast<std::size_t>(column)), options);
    options.count = valueAt(kCounts, count_->GetSelection());
    options.percent = valueAt(kPercents, percent_->GetSelection());
    return options;
}

CooccurrenceOptions MatrixView::cooccurrenceOptions() const {
    CooccurrenceOptions options;
    options.filter = filterFromControls();
    options.unit = valueAt(kUnits, unit_->GetSelection());
    options.measure = valueAt(kMeasures, measure_->GetSelection());
    return options;
}

void MatrixView::select(const FrequencyOptions& options) {
    updating_ = true;
    frequency_->SetValue(true);
    std::string word = options.columns == FrequencyColumns::Document  ? "document"
                       : options.columns == FrequencyColumns::Speaker ? "speaker"
                       : options.columns == FrequencyColumns::Coder
                           ? "coder"
                           : "attribute:" + options.attribute;
    const auto at = std::find(columnWords_.begin(), columnWords_.end(), word);
    columns_->SetSelection(at == columnWords_.end() ? 0
                                                    : static_cast<int>(at - columnWords_.begin()));
    count_->SetSelection(indexOf(kCounts, options.count));
    percent_->SetSelection(indexOf(kPercents, options.percent));
    selectFilter(options.filter);
    updating_ = false;
    updateEnabled();
    recompute();
}

void MatrixView::select(const CooccurrenceOptions& options) {
    updating_ = true;
    cooccurrence_->SetValue(true);
    unit_->SetSelection(indexOf(kUnits, options.unit));
    measure_->SetSelection(indexOf(kMeasures, options.measure));
    selectFilter(options.filter);
    updating_ = false;
    updateEnabled();
    recompute();
}

bool MatrixView::recompute() {
    Project* project = frame_.project();
    if (!project)
        return false;
    wxArrayInt checked;
    if (coders_->GetCheckedItems(checked) == 0 || documents_->GetCheckedItems(checked) == 0) {
        showMatrix(nullptr);
        status_->SetForegroundColour(kErrorColour);
        status_->SetLabel(_("Tick at least one coder and one document."));
        return false;
    }
    // The cell the user looked at stays chosen when it is still there (same code, same column).
    std::optional<std::pair<RowId, std::string>> kept;
    if (matrix_ && !shownRegions_.empty()) {
        const int row = grid_->GetGridCursorRow(), col = grid_->GetGridCursorCol();
        if (row >= 0 && col >= 0 && static_cast<std::size_t>(row) < matrix_->rows() &&
            static_cast<std::size_t>(col) < matrix_->columns())
            kept = {matrix_->rowCodes[static_cast<std::size_t>(row)],
                    matrix_->columnLabels[static_cast<std::size_t>(col)]};
    }
    try {
        auto matrix = std::make_shared<Matrix>(
            isCooccurrence() ? cooccurrenceMatrix(*project, cooccurrenceOptions())
                             : frequencyMatrix(*project, frequencyOptions()));
        showMatrix(std::move(matrix));
        if (kept) {
            const auto row =
                std::find(matrix_->rowCodes.begin(), matrix_->rowCodes.end(), kept->first);
            const auto col =
                std::find(matrix_->columnLabels.begin(), matrix_->columnLabels.end(), kept->second);
            if (row != matrix_->rowCodes.end() && col != matrix_->columnLabels.end())
                grid_->SetGridCursor(static_cast<int>(row - matrix_->rowCodes.begin()),
                                     static_cast<int>(col - matrix_->columnLabels.begin()));
        }
    } catch (const Error& e) {
        showMatrix(nullptr);
        status_->SetForegroundColour(kErrorColour);
        status_->SetLabel(translatedError(e));
        return false;
    }
    return true;
}

void MatrixView::showMatrix(std::shared_ptr<const Matrix> matrix) {
    updating_ = true;
    matrix_ = std::move(matrix);
    shownRegions_.clear();
    regions_->DeleteAllItems();
    regionsCaption_->SetLabel(_("Click a cell to list the coded regions behind it."));
    if (!matrix_) {
        table_ = nullptr;
        grid_->SetTable(new wxGridStringTable(0, 0), true);
        showDefinition();
        updating_ = false;
        return;
    }
    table_ = new MatrixGridTable(matrix_);
    grid_->SetTable(table_, true, wxGrid::wxGridSelectCells);

    wxClientDC dc(grid_);
    dc.SetFont(grid_->GetLabelFont());
    int rowLabel = 120;
    for (int r = 0; r < table_->GetNumberRows(); ++r)
        rowLabel = std::max(rowLabel, dc.GetTextExtent(table_->GetRowLabelValue(r)).x +
                                          table_->labelIndent(r) + 44);
    grid_->SetRowLabelSize(std::min(rowLabel, 360));
    // Many columns, or code names as columns: vertical labels keep the cells square and small.
    const bool vertical = matrix_->definition.analysis == "cooccurrence" || matrix_->columns() > 10;
    grid_->SetColLabelTextOrientation(vertical ? wxVERTICAL : wxHORIZONTAL);
    int labelExtent = 0;
    for (int c = 0; c < table_->GetNumberCols(); ++c)
        labelExtent = std::max(labelExtent, dc.GetTextExtent(table_->GetColLabelValue(c)).x);
    if (vertical) {
        grid_->SetColLabelSize(std::min(labelExtent + 18, 240));
        grid_->SetDefaultColSize(58, true);
    } else {
        grid_->SetColLabelSize(32);
        for (int c = 0; c < table_->GetNumberCols(); ++c)
            grid_->SetColSize(
                c, std::clamp(dc.GetTextExtent(table_->GetColLabelValue(c)).x + 24, 72, 240));
    }
    grid_->SetColLabelAlignment(wxALIGN_CENTRE, vertical ? wxALIGN_BOTTOM : wxALIGN_CENTRE);
    grid_->ForceRefresh();
    title_->SetLabel(fromUtf8(describe(matrix_->definition, interfaceLanguage()).front().second));
    status_->SetForegroundColour(kQuietColour);
    status_->SetLabel(
        wxString::Format(_("%zu codes, %zu columns"), matrix_->rows(), matrix_->columns()));
    showDefinition();
    updating_ = false;
}

void MatrixView::showDefinition() {
    definition_->DestroyChildren();
    auto* sizer = new wxFlexGridSizer(2, 6, 14);
    sizer->AddGrowableCol(1);
    if (matrix_)
        for (const auto& [label, text] : describe(matrix_->definition, interfaceLanguage())) {
            auto* name = new wxStaticText(definition_, wxID_ANY, fromUtf8(label));
            name->SetFont(name->GetFont().Bold());
            sizer->Add(name);
            auto* value = new wxStaticText(definition_, wxID_ANY, fromUtf8(text));
            value->Wrap(900);
            sizer->Add(value, 1, wxEXPAND);
        }
    auto* padded = new wxBoxSizer(wxVERTICAL);
    padded->Add(sizer, 1, wxEXPAND | wxALL, 10);
    definition_->SetSizer(padded);
    definition_->FitInside();
}

std::vector<MatrixRegion> MatrixView::showCell(int row, int col) {
    shownRegions_.clear();
    regions_->DeleteAllItems();
    Project* project = frame_.project();
    if (!matrix_ || !project || row < 0 || col < 0 ||
        static_cast<std::size_t>(row) >= matrix_->rows() ||
        static_cast<std::size_t>(col) >= matrix_->columns()) {
        regionsCaption_->SetLabel(_("Click a cell to list the coded regions behind it."));
        return {};
    }
    const auto r = static_cast<std::size_t>(row);
    const auto c = static_cast<std::size_t>(col);
    shownRegions_ = matrix_->regionsBehind(r, c);
    std::vector<MainFrame::Passage> passages;
    for (const MatrixRegion& region : shownRegions_) {
        const long item = regions_->InsertItem(regions_->GetItemCount(), fromUtf8(region.document));
        regions_->SetItem(item, 1, fromUtf8(region.code));
        regions_->SetItem(item, 2, fromUtf8(region.coder));
        regions_->SetItem(item, 3, wxString::Format(L"%zu\u2013%zu", region.start, region.end));
        wxString text = fromUtf8(
            std::string(project->text(region.documentId).offsets.slice(region.start, region.end)));
        text.Replace("\n", wxString::FromUTF8(" \xC2\xB6 "));
        regions_->SetItem(item, 4, text);
        passages.push_back(
            {region.documentId, region.start, region.end, region.coder, region.code});
    }
    const wxString cell = fromUtf8(matrix_->rowLabels[r]) + wxString::FromUTF8(" \xC3\x97 ") +
                          table_->GetColLabelValue(col);
    regionsCaption_->SetLabel(
        wxString::Format(wxPLURAL("%s: %zu coded region", "%s: %zu coded regions",
                                  static_cast<unsigned>(shownRegions_.size())),
                         cell, shownRegions_.size()));
    frame_.showPassages(passages);
    return shownRegions_;
}

void MatrixView::onCellSelected(wxGridEvent& event) {
    if (!updating_)
        showCell(event.GetRow(), event.GetCol());
    event.Skip();
}

void MatrixView::exportTo(MatrixExport format, const std::filesystem::path& file) const {
    if (!matrix_)
        throw InvalidArgumentError("there is no matrix to export");
    const Language language = interfaceLanguage();
    switch (format) {
    case MatrixExport::Csv:
    case MatrixExport::CsvExcelNl: {
        CsvOptions options;
        options.language = language;
        options.dialect =
            format == MatrixExport::CsvExcelNl ? CsvDialect::ExcelNl : CsvDialect::Standard;
        writeMatrixCsv(*matrix_, file, options);
        return;
    }
    case MatrixExport::Xlsx:
        writeMatrixXlsx(*matrix_, file, language);
        return;
    case MatrixExport::Html:
        writeMatrixHtml(*matrix_, file, language);
        return;
    case MatrixExport::Png:
        writeHeatmapPng(*matrix_, file, language);
        return;
    case MatrixExport::Svg:
        writeHeatmapSvg(*matrix_, file, language);
        return;
    }
}

void MatrixView::onExport(MatrixExport format) {
    if (!matrix_)
        return;
    const wxString name = wxString("matrix.") + extensionOf(format);
    wxFileDialog dialog(this, _("Export matrix"), "", name, wildcardOf(format),
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK)
        return;
    try {
        exportTo(format, std::filesystem::path(toUtf8(dialog.GetPath())));
        status_->SetLabel(wxString::Format(_("Saved %s"), dialog.GetFilename()));
    } catch (const Error& e) {
        wxMessageBox(translatedError(e), _("Codeboom"), wxOK | wxICON_WARNING, this);
    }
}

wxString MatrixView::status() const {
    return status_->GetLabel();
}

} // namespace codeboom::gui
