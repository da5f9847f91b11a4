#include "integration_view.h"

#include "codeboom/commands/core_category_commands.h"
#include "codeboom/error.h"
#include "codeboom/io/saturation_picture.h"
#include "codeboom/model/core_category.h"
#include "codeboom/project.h"

#include "display_format.h"
#include "language.h"
#include "main_frame.h"
#include "paradigm_page.h"

#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/filefn.h>
#include <wx/filename.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/panel.h>
#include <wx/scrolwin.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

namespace codeboom::gui {

namespace {

const wxColour kQuietColour(0x4B, 0x55, 0x63);
const wxColour kErrorColour(0xB9, 0x1C, 0x1C);

wxStaticText* heading(wxWindow* parent, const wxString& text) {
    auto* label = new wxStaticText(parent, wxID_ANY, text);
    label->SetFont(label->GetFont().Bold());
    label->SetForegroundColour(wxColour(0x37, 0x41, 0x51));
    return label;
}

void say(wxStaticText* label, const wxString& text, bool problem) {
    label->SetForegroundColour(problem ? kErrorColour : kQuietColour);
    label->SetLabel(text);
}

wxString countText(std::size_t value) {
    return wxString::Format("%zu", value);
}

} // namespace

IntegrationView::IntegrationView(MainFrame& frame)
    : wxFrame(&frame, wxID_ANY, _("Integration and saturation"), wxDefaultPosition,
              wxSize(1150, 780)),
      frame_(frame) {
    SetName("integration-view");
    // The chart comes from core as a PNG; the app otherwise loads no pictures.
    if (!wxImage::FindHandler(wxBITMAP_TYPE_PNG))
        wxImage::AddHandler(new wxPNGHandler);
    auto* root = new wxPanel(this);
    pages_ = new wxNotebook(root, wxID_ANY);
    pages_->AddPage(buildIntegrationPage(pages_), _("Integration check"));
    pages_->AddPage(buildSaturationPage(pages_), _("Saturation"));
    paradigm_ = new ParadigmPage(pages_, frame_);
    pages_->AddPage(paradigm_, _("Paradigm model"));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(pages_, 1, wxEXPAND | wxALL, 6);
    root->SetSizer(sizer);

    Bind(wxEVT_ACTIVATE, [this](wxActivateEvent& event) {
        if (event.GetActive() && frame_.revision() != seen_)
            CallAfter([this] { reload(); });
        event.Skip();
    });
    reload();
    CentreOnParent();
}

wxWindow* IntegrationView::buildIntegrationPage(wxWindow* parent) {
    auto* page = new wxPanel(parent);
    page->SetBackgroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW));
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(heading(page, _("Categories and their connection to the core category")), 0,
                wxLEFT | wxRIGHT | wxTOP, 12);
    summary_ = new wxStaticText(page, wxID_ANY, "");
    column->Add(summary_, 0, wxEXPAND | wxALL, 12);
    categories_ = new wxListCtrl(page, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                 wxLC_REPORT | wxLC_SINGLE_SEL);
    categories_->AppendColumn(_("Category"), wxLIST_FORMAT_LEFT, 230);
    categories_->AppendColumn(_("Connected"), wxLIST_FORMAT_LEFT, 100);
    categories_->AppendColumn(_("Path to the core category"), wxLIST_FORMAT_LEFT, 590);
    categories_->AppendColumn(_("Evidence"), wxLIST_FORMAT_RIGHT, 115);
    // The path column takes the width the others leave: paths are long.
    categories_->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        const int rest = categories_->GetClientSize().GetWidth() - categories_->GetColumnWidth(0) -
                         categories_->GetColumnWidth(1) - categories_->GetColumnWidth(3) - 4;
        categories_->SetColumnWidth(2, std::max(rest, 300));
        event.Skip();
    });
    // Double-click: the category in the code tree, to relate it or read its codings.
    categories_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& event) {
        const auto row = static_cast<std::size_t>(event.GetIndex());
        if (row < rows_.size()) {
            frame_.selectCode(rows_[row].code);
            frame_.Raise();
        }
    });
    column->Add(categories_, 3, wxEXPAND | wxLEFT | wxRIGHT, 12);

    storyTitle_ = heading(page, _("Story line"));
    column->Add(storyTitle_, 0, wxLEFT | wxRIGHT | wxTOP, 12);
    auto* hint = new wxStaticText(
        page, wxID_ANY,
        _("The analytic story around the core category, in a few sentences. It is saved as the "
          "core category's story-line memo; Undo in the main window takes a save back."));
    hint->SetForegroundColour(kQuietColour);
    column->Add(hint, 0, wxLEFT | wxRIGHT | wxTOP, 12);
    story_ = new wxTextCtrl(page, wxID_ANY, "", wxDefaultPosition, wxSize(-1, 150),
                            wxTE_MULTILINE | wxTE_WORDWRAP);
    column->Add(story_, 2, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 12);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    saveStory_ = new wxButton(page, wxID_ANY, _("&Save story line"));
    auto* revert = new wxButton(page, wxID_ANY, _("&Revert"));
    buttons->Add(saveStory_);
    buttons->Add(revert, 0, wxLEFT, 8);
    column->Add(buttons, 0, wxALL, 12);
    page->SetSizer(column);

    saveStory_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { saveStoryLine(); });
    revert->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        story_->DiscardEdits();
        reload();
    });
    const auto editable = [this](wxUpdateUIEvent& event) {
        const Project* project = frame_.project();
        event.Enable(project && !project->readOnly() && !rows_.empty() && story_->IsModified());
    };
    saveStory_->Bind(wxEVT_UPDATE_UI, editable);
    revert->Bind(wxEVT_UPDATE_UI, editable);
    return page;
}

wxWindow* IntegrationView::buildSaturationPage(wxWindow* parent) {
    auto* page = new wxPanel(parent);
    page->SetBackgroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW));
    auto* row = new wxBoxSizer(wxHORIZONTAL);
    auto* scroller = new wxScrolledWindow(page, wxID_ANY);
    scroller->SetBackgroundColour(*wxWHITE);
    scroller->SetScrollRate(12, 12);
    chart_ = new wxStaticBitmap(scroller, wxID_ANY, wxBitmap(1, 1));
    auto* chartSizer = new wxBoxSizer(wxVERTICAL);
    chartSizer->Add(chart_, 0, wxALL, kChartBorder);
    scroller->SetSizer(chartSizer);
    // Drawn again for a new pane size once the resizing has settled, not at every step of it.
    scroller->Bind(wxEVT_SIZE, [this, scroller](wxSizeEvent& event) {
        event.Skip();
        if (!redrawPending_) {
            redrawPending_ = true;
            CallAfter([this, scroller] {
                redrawPending_ = false;
                if (scroller->GetClientSize() != drawnFor_)
                    drawSaturation();
            });
        }
    });
    row->Add(scroller, 1, wxEXPAND);

    auto* side = new wxBoxSizer(wxVERTICAL);
    side->Add(heading(page, _("New codes per document")), 0, wxBOTTOM, 6);
    saturationSummary_ = new wxStaticText(page, wxID_ANY, "");
    side->Add(saturationSummary_, 0, wxEXPAND | wxBOTTOM, 8);
    saturation_ = new wxListCtrl(page, wxID_ANY, wxDefaultPosition, wxSize(430, -1),
                                 wxLC_REPORT | wxLC_SINGLE_SEL);
    saturation_->AppendColumn(_("Document"), wxLIST_FORMAT_LEFT, 215);
    saturation_->AppendColumn(_("New"), wxLIST_FORMAT_RIGHT, 55);
    saturation_->AppendColumn(_("Sub-codes"), wxLIST_FORMAT_RIGHT, 85);
    saturation_->AppendColumn(_("In all"), wxLIST_FORMAT_RIGHT, 65);
    side->Add(saturation_, 1, wxEXPAND);
    auto* note = new wxStaticText(page, wxID_ANY,
                                  _("Documents in the order they were first coded. A curve that "
                                    "flattens, with late documents bringing no new codes, "
                                    "suggests saturation."));
    note->SetForegroundColour(kQuietColour);
    note->Wrap(420);
    side->Add(note, 0, wxTOP, 8);
    auto* save = new wxButton(page, wxID_ANY, _("Save &chart..."));
    save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onExportSaturation(); });
    save->Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) { event.Enable(!curve_.empty()); });
    side->Add(save, 0, wxTOP, 10);
    row->Add(side, 0, wxEXPAND | wxALL, 12);
    page->SetSizer(row);
    return page;
}

void IntegrationView::showPage(Page page) {
    pages_->SetSelection(page == Page::Integration ? 0 : page == Page::Saturation ? 1 : 2);
}

void IntegrationView::reload() {
    seen_ = frame_.revision();
    reloadIntegration();
    reloadSaturation();
    paradigm_->reload();
}

void IntegrationView::reloadIntegration() {
    rows_.clear();
    categories_->DeleteAllItems();
    Project* project = frame_.project();
    const Code* core = project ? coreCategory(*project) : nullptr;
    if (!core) {
        say(summary_,
            _("No code is the core category yet. Select the central category in the code tree "
              "and choose Code > Core category."),
            true);
        storyTitle_->SetLabel(_("Story line"));
        story_->ChangeValue("");
        story_->Disable();
        Layout();
        return;
    }
    try {
        rows_ = integrationCheck(*project);
    } catch (const Error& e) {
        say(summary_, translatedError(e), true);
        return;
    }
    const std::string coreName = core->name;
    std::size_t unconnected = 0;
    wxFont bold = categories_->GetFont().Bold();
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        const IntegrationRow& row = rows_[i];
        const long item = categories_->InsertItem(static_cast<long>(i), fromUtf8(row.path));
        const bool isCore = row.code == core->id;
        if (isCore) {
            categories_->SetItemText(item, wxString::FromUTF8("\u2605 ") + fromUtf8(row.path));
            categories_->SetItemFont(item, bold);
        }
        categories_->SetItem(item, 1,
                             row.connected ? wxString::FromUTF8("\u2713 ") + _("yes")
                                           : wxString::FromUTF8("\u2717 ") + _("no"));
        wxString path;
        if (isCore)
            path = _("(the core category itself)");
        else if (row.connected)
            path = fromUtf8(describePath(project->codeTree(), row.route, interfaceLanguage()));
        else
            path = _("no relation leads to the core category");
        categories_->SetItem(item, 2, path);
        categories_->SetItem(item, 3, countText(row.evidence));
        if (!row.connected) {
            categories_->SetItemTextColour(item, kErrorColour);
            ++unconnected;
        }
    }
    const std::size_t others = rows_.size() - 1;
    const wxString coreLabel = fromUtf8(coreName);
    if (others == 0)
        say(summary_,
            wxString::Format(_("No category besides the core category '%s' yet."), coreLabel),
            false);
    else if (unconnected == 0)
        say(summary_,
            wxString::Format(wxPLURAL("The %zu category connects to the core category '%s'.",
                                      "All %zu categories connect to the core category '%s'.",
                                      static_cast<unsigned>(others)),
                             others, coreLabel),
            false);
    else
        say(summary_,
            wxString::Format(
                wxPLURAL("%zu of the %zu categories does not connect to the core "
                         "category '%s' (in red): relate it, or reconsider the core.",
                         "%zu of the %zu categories do not connect to the core "
                         "category '%s' (in red): relate them, or reconsider the core.",
                         static_cast<unsigned>(unconnected)),
                unconnected, others, coreLabel),
            true);
    storyTitle_->SetLabel(
        wxString::Format(_("Story line of the core category '%s'"), fromUtf8(coreName)));
    story_->Enable(!project->readOnly());
    if (!story_->IsModified()) {
        const auto story = storyLine(*project);
        story_->ChangeValue(story ? fromUtf8(story->text) : wxString());
    }
    Layout();
}

void IntegrationView::reloadSaturation() {
    curve_.clear();
    saturation_->DeleteAllItems();
    picture_ = wxBitmap();
    Project* project = frame_.project();
    if (project)
        curve_ = saturationCurve(*project);
    std::size_t quiet = 0; // documents at the end that brought no new code
    for (std::size_t i = 0; i < curve_.size(); ++i) {
        const SaturationPoint& point = curve_[i];
        const long item = saturation_->InsertItem(
            static_cast<long>(i), fromUtf8(std::to_string(point.order) + ". " + point.document));
        saturation_->SetItem(item, 1, countText(point.newCodes));
        saturation_->SetItem(item, 2, countText(point.newSubcodes));
        saturation_->SetItem(item, 3, countText(point.cumulative));
        quiet = point.newCodes == 0 ? quiet + 1 : 0;
    }
    if (curve_.empty()) {
        say(saturationSummary_, _("No document has codings yet."), false);
        chart_->SetBitmap(wxBitmap(1, 1));
        return;
    }
    const std::size_t codes = curve_.back().cumulative;
    say(saturationSummary_,
        quiet == 0 ? wxString::Format(_("%zu documents, %zu codes in all. The last document still "
                                        "brought new codes."),
                                      curve_.size(), codes)
                   : wxString::Format(_("%zu documents, %zu codes in all. No new code in the last "
                                        "%zu of them."),
                                      curve_.size(), codes, quiet),
        false);
    drawSaturation();
}

void IntegrationView::drawSaturation() {
    if (curve_.empty())
        return;
    // The chart fills the pane (less the border around it); a narrow pane scrolls instead.
    const wxSize pane =
        chart_->GetParent()->GetClientSize() - wxSize(2 * kChartBorder, 2 * kChartBorder);
    drawnFor_ = chart_->GetParent()->GetClientSize();
    const wxString file = wxFileName::CreateTempFileName("codeboom-saturation");
    try {
        writeSaturationPng(curve_, toUtf8(file), interfaceLanguage(),
                           {static_cast<double>(pane.x), static_cast<double>(pane.y)});
        picture_.LoadFile(file, wxBITMAP_TYPE_PNG);
    } catch (const Error& e) {
        say(saturationSummary_, translatedError(e), true);
    }
    wxRemoveFile(file);
    chart_->SetBitmap(picture_.IsOk() ? picture_ : wxBitmap(1, 1));
    chart_->GetParent()->Layout();
    chart_->GetParent()->FitInside();
}

bool IntegrationView::saveStoryLine() {
    WriteStoryLine command(toUtf8(story_->GetValue()));
    if (!frame_.run(command)) {
        say(summary_, frame_.lastError(), true);
        return false;
    }
    story_->DiscardEdits();
    reload();
    return true;
}

void IntegrationView::exportSaturation(const std::filesystem::path& file) const {
    if (file.extension() == ".svg")
        writeSaturationSvg(curve_, file, interfaceLanguage());
    else
        writeSaturationPng(curve_, file, interfaceLanguage());
}

void IntegrationView::onExportSaturation() {
    wxFileDialog dialog(this, _("Save the saturation chart"), "", _("saturation") + ".png",
                        _("PNG pictures") + " (*.png)|*.png|" + _("SVG pictures") +
                            " (*.svg)|*.svg",
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK)
        return;
    std::filesystem::path file = toUtf8(dialog.GetPath());
    const char* extension = dialog.GetFilterIndex() == 1 ? ".svg" : ".png";
    if (file.extension() != ".png" && file.extension() != ".svg")
        file += extension;
    try {
        exportSaturation(file);
        say(saturationSummary_, wxString::Format(_("Saved %s"), fromUtf8(file.filename().string())),
            false);
    } catch (const Error& e) {
        wxMessageBox(translatedError(e), _("Codeboom"), wxOK | wxICON_WARNING, this);
    }
}

wxString IntegrationView::status() const {
    return summary_->GetLabel();
}

} // namespace codeboom::gui
