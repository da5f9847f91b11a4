#pragma once

#include "codeboom/analysis/integration.h"
#include "codeboom/analysis/saturation.h"

#include <wx/bitmap.h>
#include <wx/frame.h>

#include <cstdint>
#include <filesystem>
#include <vector>

class wxButton;
class wxListCtrl;
class wxNotebook;
class wxStaticBitmap;
class wxStaticText;
class wxTextCtrl;

namespace codeboom::gui {

class MainFrame;
class ParadigmPage;

// Selective coding at a glance, in three pages. Integration: every category with whether and how
// it connects to the core category (core's integration check), unconnected ones in red, and the
// core's story line, editable below the table (saved as a core command, so Undo reverts it).
// Saturation: the saturation curve as core draws it, beside its numbers. Paradigm model: a
// category's related codes in Strauss & Corbin's slots.
class IntegrationView : public wxFrame {
public:
    enum class Page { Integration, Saturation, Paradigm };

    explicit IntegrationView(MainFrame& frame);

    void showPage(Page page);
    // Reads the integration check, the story line and the saturation curve again. An edit of the
    // story line that was not saved is kept.
    void reload();
    // Saves the editor's text as the story line; false (reason in status()) when core refused.
    bool saveStoryLine();
    // Writes the saturation chart as SVG or PNG (by the file's extension).
    void exportSaturation(const std::filesystem::path& file) const;

    const std::vector<IntegrationRow>& rows() const { return rows_; }
    const std::vector<SaturationPoint>& curve() const { return curve_; }
    wxListCtrl* categoryList() const { return categories_; }
    wxListCtrl* saturationList() const { return saturation_; }
    wxTextCtrl* storyEditor() const { return story_; }
    ParadigmPage* paradigm() const { return paradigm_; }
    const wxBitmap& saturationPicture() const { return picture_; }
    wxString status() const;

private:
    wxWindow* buildIntegrationPage(wxWindow* parent);
    wxWindow* buildSaturationPage(wxWindow* parent);
    void reloadIntegration();
    void reloadSaturation();
    // Draws the curve's chart to fill the chart's pane.
    void drawSaturation();
    void onExportSaturation();

    MainFrame& frame_;
    std::uint64_t seen_ = 0; // the main window's revision() last read
    std::vector<IntegrationRow> rows_;
    std::vector<SaturationPoint> curve_;
    wxBitmap picture_;
    wxSize drawnFor_;            // the pane size the chart was drawn for
    bool redrawPending_ = false; // a redraw for a new pane size is queued
    static constexpr int kChartBorder = 8;

    wxNotebook* pages_ = nullptr;
    wxStaticText* summary_ = nullptr;
    wxListCtrl* categories_ = nullptr;
    wxStaticText* storyTitle_ = nullptr;
    wxTextCtrl* story_ = nullptr;
    wxButton* saveStory_ = nullptr;
    wxStaticBitmap* chart_ = nullptr;
    wxListCtrl* saturation_ = nullptr;
    wxStaticText* saturationSummary_ = nullptr;
    ParadigmPage* paradigm_ = nullptr;
};

} // namespace codeboom::gui
