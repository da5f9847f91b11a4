#include "codeboom/analysis/cooccurrence.h"
#include "codeboom/analysis/frequency.h"
#include "codeboom/commands/code_commands.h"
#include "codeboom/commands/coding_commands.h"
#include "codeboom/commands/document_commands.h"
#include "codeboom/io/importer.h"
#include "codeboom/io/matrix_csv.h"
#include "codeboom/project.h"

#include "frame_fixture.h"
#include "main_frame.h"
#include "matrix_grid_table.h"
#include "matrix_view.h"
#include "support/project_fixture.h"
#include "transcript_view.h"

#include <gtest/gtest.h>
#include <wx/app.h>
#include <wx/grid.h>
#include <wx/listctrl.h>

#include <fstream>
#include <sstream>

namespace codeboom::gui {
namespace {

// Two interviews coded by two coders, small enough to count by hand:
//   int1 "R: Het geld is altijd het probleem geweest, want een cursus kost veel en de tijd is er
//        gewoon niet.\n": "geld" 7-11, "geld is altijd het probleem" 7-34, "het probleem
//        geweest" 22-42, "tijd" 76-80.
//   int2 "R: Geld? Ja, geld en nog eens geld. Tijd heb ik wel.\n": "Geld" 3-7, "geld" 13-17.
// anouk: Geld int1 7-11, int2 3-7 and 13-17; Tijd int1 76-80.
// bram:  Geld int1 7-34 (unites with anouk's 7-11 into one region 7-34); Motivatie int1 22-42.
// Codes in tree order: Drempels, Drempels > Geld, Drempels > Tijd, Motivatie, Leeg.
class MatrixViewTest : public FrameTest {
protected:
    void SetUp() override {
        file_ = dir_ / "matrix.codeboom";
        {
            auto project = Project::create(file_, "anouk");
            importText(*project, "int1.txt",
                       "R: Het geld is altijd het probleem geweest, want een cursus kost veel en "
                       "de tijd is er gewoon niet.\n");
            importText(*project, "int2.txt",
                       "R: Geld? Ja, geld en nog eens geld. Tijd heb ik wel.\n");
            for (const char* code :
                 {"Drempels", "Drempels > Geld", "Drempels > Tijd", "Motivatie", "Leeg"}) {
                CreateCode create(code);
                project->execute(create);
            }
            code(*project, "int1", 7, 11, "Drempels > Geld");
            code(*project, "int2", 3, 7, "Drempels > Geld");
            code(*project, "int2", 13, 17, "Drempels > Geld");
            code(*project, "int1", 76, 80, "Drempels > Tijd");
        }
        {
            auto project = Project::open(file_, "bram");
            code(*project, "int1", 7, 34, "Drempels > Geld");
            code(*project, "int1", 22, 42, "Motivatie");
        }
        boot(Project::open(file_, "anouk"));
        view_ = new MatrixView(*frame_);
        view_->Show();
        wxYield();
    }
    static void importText(Project& project, const std::string& name, const std::string& text) {
        const std::filesystem::path path = project.path().parent_path() / name;
        std::ofstream(path, std::ios::binary) << text;
        ImportDocument import(readTranscript(path, {}, project.wordCounter()));
        project.execute(import);
    }
    static void code(Project& project, const std::string& doc, std::size_t start, std::size_t end,
                     const std::string& path) {
        ApplyCoding apply(doc, start, end, path);
        project.execute(apply);
    }
    MatrixGridTable& table() { return *dynamic_cast<MatrixGridTable*>(view_->grid()->GetTable()); }
    wxString cell(int row, int col) { return view_->grid()->GetCellValue(row, col); }

    std::filesystem::path file_;
    MatrixView* view_ = nullptr;
};

TEST_F(MatrixViewTest, GridShowsTheCoreFrequencyMatrixWithTotals) {
    FrequencyOptions options; // codes x documents, coded regions
    view_->select(options);
    const Matrix core = frequencyMatrix(*frame_->project(), options);
    ASSERT_EQ(view_->grid()->GetNumberRows(), 6); // five codes and the total row
    ASSERT_EQ(view_->grid()->GetNumberCols(), 3); // int1, int2 and the total column
    for (int r = 0; r < 5; ++r)
        for (int c = 0; c < 2; ++c)
            EXPECT_EQ(table().valueAt(r, c),
                      core.at(static_cast<std::size_t>(r), static_cast<std::size_t>(c)))
                << r << "," << c;
    // Geld: int1 one region (anouk's 7-11 inside bram's 7-34), int2 two; total 3.
    EXPECT_EQ(cell(1, 0), "1");
    EXPECT_EQ(cell(1, 1), "2");
    EXPECT_EQ(cell(1, 2), "3");
    EXPECT_EQ(cell(0, 0), "0"); // Drempels itself has no codings without roll-up
    // Column totals: int1 = Geld 1 + Tijd 1 + Motivatie 1 = 3, int2 = 2; grand total 5.
    EXPECT_EQ(cell(5, 0), "3");
    EXPECT_EQ(cell(5, 1), "2");
    EXPECT_EQ(cell(5, 2), "5");
    EXPECT_EQ(view_->grid()->GetColLabelValue(0), "int1");
    EXPECT_EQ(view_->grid()->GetRowLabelValue(1), "Geld"); // indented under Drempels
}

TEST_F(MatrixViewTest, ControlsMapToTheCoreOptions) {
    FrequencyOptions options;
    options.columns = FrequencyColumns::Coder;
    options.count = FrequencyCount::Chars;
    options.filter.coders = {"bram"};
    view_->select(options);
    ASSERT_FALSE(view_->isCooccurrence());
    const FrequencyOptions read = view_->frequencyOptions();
    EXPECT_EQ(read.columns, FrequencyColumns::Coder);
    EXPECT_EQ(read.count, FrequencyCount::Chars);
    EXPECT_EQ(read.filter.coders, std::vector<std::string>{"bram"});
    // bram only: Geld 7-34 = 27 code points; Motivatie 22-42 = 20.
    ASSERT_EQ(view_->grid()->GetNumberCols(), 2);
    EXPECT_EQ(cell(1, 0), "27");
    EXPECT_EQ(cell(3, 0), "20");

    options = {};
    options.filter.rollup = true;
    view_->select(options);
    // Rolled up, Drempels holds Geld and Tijd: int1 7-34 and 76-80 = 2 regions, int2 2.
    EXPECT_EQ(cell(0, 0), "2");
    EXPECT_EQ(cell(0, 1), "2");
}

TEST_F(MatrixViewTest, CooccurrenceRatiosAndUndefinedCells) {
    CooccurrenceOptions options;
    options.measure = CooccurrenceMeasure::Jaccard;
    view_->select(options);
    ASSERT_TRUE(view_->isCooccurrence());
    const Matrix core = cooccurrenceMatrix(*frame_->project(), options);
    for (int r = 0; r < 5; ++r)
        for (int c = 0; c < 5; ++c)
            EXPECT_EQ(table().valueAt(r, c),
                      core.at(static_cast<std::size_t>(r), static_cast<std::size_t>(c)));
    // Geld x Motivatie: n_AB = 1 (7-34 overlaps 22-42), n_Geld = 3, n_Motivatie = 1:
    // 1 / (3 + 1 - 1) = 0.333.
    EXPECT_EQ(cell(1, 3), "0.333");
    EXPECT_DOUBLE_EQ(view_->grid()->GetTable()->GetValueAsDouble(1, 3), 1.0 / 3.0);
    // Drempels x Leeg: 0 / (0 + 0 - 0) is undefined: a dash, not 0.
    EXPECT_EQ(cell(0, 4), wxString::FromUTF8("\xE2\x80\x94"));
    EXPECT_FALSE(table().valueAt(0, 4).has_value());
    // The diagonal holds no pair: empty for a ratio.
    EXPECT_EQ(cell(1, 1), "");
    EXPECT_EQ(view_->grid()->GetColLabelValue(5), "n");
    EXPECT_EQ(cell(1, 5), "3"); // n_Geld
}

TEST_F(MatrixViewTest, ClickingACellListsTheRegionsBehindIt) {
    view_->select(FrequencyOptions{});
    // A click is a cursor move; the grid sends the event the view listens to.
    view_->grid()->SetGridCursor(1, 1); // Geld x int2
    ASSERT_EQ(view_->regionList()->GetItemCount(), 2);
    EXPECT_EQ(view_->regionList()->GetItemText(0, 3), wxString::FromUTF8("3\xE2\x80\x93"
                                                                         "7"));
    EXPECT_EQ(view_->regionList()->GetItemText(1, 4), "geld");
    // The same regions in the main window's retrieved segments, which double-click opens.
    ASSERT_EQ(frame_->segmentList()->GetItemCount(), 2);
    EXPECT_EQ(frame_->segmentList()->GetItemText(0, 0), "int2");
    EXPECT_EQ(frame_->segmentList()->GetItemText(0, 4), "Geld");
    frame_->showSegment(1);
    EXPECT_EQ(frame_->transcript()->selectedText(), "geld");

    const auto regions = view_->showCell(1, 0); // Geld x int1: the united region 7-34
    ASSERT_EQ(regions.size(), 1u);
    EXPECT_EQ(regions[0].start, 7u);
    EXPECT_EQ(regions[0].end, 34u);
    EXPECT_EQ(regions, view_->matrix()->regionsBehind(1, 0));
    EXPECT_TRUE(view_->showCell(5, 0).empty()); // a total lists nothing
}

TEST_F(MatrixViewTest, OpensOnTheCodeSelectedInTheTree) {
    frame_->selectCode(frame_->project()->codeTree().resolve("Motivatie").id);
    auto* view = new MatrixView(*frame_);
    EXPECT_EQ(view->grid()->GetGridCursorRow(), 3);
    EXPECT_EQ(view->grid()->GetGridCursorCol(), 0);
    EXPECT_EQ(view->regionList()->GetItemCount(), 1);
    view->Destroy();
}

TEST_F(MatrixViewTest, ExportsAreTheCoreExporters) {
    view_->select(FrequencyOptions{});
    const auto csv = dir_ / "m.csv";
    view_->exportTo(MatrixExport::CsvExcelNl, csv);
    std::ifstream in(csv, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    CsvOptions options;
    options.dialect = CsvDialect::ExcelNl;
    EXPECT_EQ(bytes.str(), matrixCsv(*view_->matrix(), options));
    EXPECT_TRUE(std::filesystem::exists(dir_ / "m.meta.txt"));
    const auto xlsx = dir_ / "m.xlsx";
    view_->exportTo(MatrixExport::Xlsx, xlsx);
    std::ifstream zip(xlsx, std::ios::binary);
    char magic[2] = {};
    zip.read(magic, 2);
    EXPECT_EQ(std::string(magic, 2), "PK");
    for (const auto& [format, name] : {std::pair{MatrixExport::Html, "m.html"},
                                       {MatrixExport::Png, "m.png"},
                                       {MatrixExport::Svg, "m.svg"}}) {
        view_->exportTo(format, dir_ / name);
        EXPECT_GT(std::filesystem::file_size(dir_ / name), 100u) << name;
    }
    EXPECT_THROW(view_->exportTo(MatrixExport::Html, dir_ / "no" / "such" / "m.html"), Error);
}

} // namespace
} // namespace codeboom::gui
