#pragma once

#include "codeboom/analysis/cooccurrence.h"
#include "codeboom/analysis/frequency.h"

#include <wx/frame.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

class wxCheckBox;
class wxCheckListBox;
class wxChoice;
class wxGrid;
class wxGridEvent;
class wxListCtrl;
class wxRadioButton;
class wxScrolledWindow;
class wxStaticText;

namespace codeboom::gui {

class MainFrame;
class MatrixGridTable;

enum class MatrixExport { Csv, CsvExcelNl, Xlsx, Html, Png, Svg };

// The code matrix window: the user picks the analysis, its rows and columns, unit, measure and
// filters; core computes the matrix and the grid only reads it. Clicking a cell lists the coded
// regions behind it (here and in the main window's retrieved segments); every export is the
// core exporter the CLI uses.
class MatrixView : public wxFrame {
public:
    explicit MatrixView(MainFrame& frame);

    // Sets the controls to these options and computes the matrix (tests and --show drive the
    // view through the same controls as the mouse).
    void select(const FrequencyOptions& options);
    void select(const CooccurrenceOptions& options);
    // Reads the options back from the controls.
    bool isCooccurrence() const;
    FrequencyOptions frequencyOptions() const;
    CooccurrenceOptions cooccurrenceOptions() const;

    // Recomputes from the controls; false (with the reason in status()) when core refuses.
    bool recompute();
    // Lists the regions behind a cell of the grid (a total row or column lists nothing).
    std::vector<MatrixRegion> showCell(int row, int col);
    void exportTo(MatrixExport format, const std::filesystem::path& file) const;
    // Rebuilds the choices (codes, coders, documents, attributes) from the project.
    void reload();
    // Puts the grid's cursor on the code's row, at its first non-empty cell, and lists the
    // regions there (the view opens on the code selected in the tree).
    void focusCode(RowId code);

    wxGrid* grid() const { return grid_; }
    const Matrix* matrix() const { return matrix_.get(); }
    wxListCtrl* regionList() const { return regions_; }
    wxString status() const;

private:
    void buildControls(wxWindow* parent);
    void updateEnabled();
    AnalysisFilter filterFromControls() const;
    void selectFilter(const AnalysisFilter& filter);
    void showMatrix(std::shared_ptr<const Matrix> matrix);
    void showDefinition();
    void onExport(MatrixExport format);
    void onCellSelected(wxGridEvent& event);

    MainFrame& frame_;
    std::shared_ptr<const Matrix> matrix_;
    MatrixGridTable* table_ = nullptr;
    bool updating_ = false;
    std::uint64_t seen_ = 0; // the main window's revision() last read

    wxRadioButton* frequency_ = nullptr;
    wxRadioButton* cooccurrence_ = nullptr;
    wxChoice* columns_ = nullptr;
    wxChoice* count_ = nullptr;
    wxChoice* percent_ = nullptr;
    wxChoice* unit_ = nullptr;
    wxChoice* measure_ = nullptr;
    wxCheckBox* rollup_ = nullptr;
    wxChoice* codes_ = nullptr;
    wxChoice* where_ = nullptr;
    wxCheckListBox* coders_ = nullptr;
    wxCheckListBox* documents_ = nullptr;
    wxGrid* grid_ = nullptr;
    wxListCtrl* regions_ = nullptr;
    wxStaticText* regionsCaption_ = nullptr;
    wxScrolledWindow* definition_ = nullptr;
    wxStaticText* title_ = nullptr;
    wxStaticText* status_ = nullptr;

    // What the choices stand for, in their order: --by words, code paths, ATTR=VALUE pairs,
    // document names.
    std::vector<std::string> columnWords_;
    std::vector<std::string> codePaths_;
    std::vector<std::pair<std::string, std::string>> wherePairs_;
    std::vector<std::string> coderNames_;
    std::vector<std::string> documentNames_;
    std::vector<MatrixRegion> shownRegions_;
};

} // namespace codeboom::gui
