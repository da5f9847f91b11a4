#include "network_view.h"

#include "codeboom/commands/relation_commands.h"
#include "codeboom/error.h"
#include "codeboom/io/export_error.h"
#include "codeboom/io/network_picture.h"
#include "codeboom/model/relations.h"
#include "codeboom/project.h"
#include "codeboom/view/network_packing.h"

#include "display_format.h"
#include "language.h"
#include "main_frame.h"
#include "network_canvas.h"
#include "relation_dialogs.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/filedlg.h>
#include <wx/msgdlg.h>
#include <wx/panel.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>
#include <unordered_map>

namespace codeboom::gui {

namespace {

// A fixed seed: the same project opens in the same layout every time.
constexpr std::uint64_t kLayoutSeed = 1;
constexpr double kLegendRoom = 30; // the legend line at the picture's foot (core's layout)

const wxColour kQuietColour(0x4B, 0x55, 0x63);
const wxColour kErrorColour(0xB9, 0x1C, 0x1C);

} // namespace

NetworkView::NetworkView(MainFrame& frame)
    : wxFrame(&frame, wxID_ANY, _("Code network"), wxDefaultPosition, wxSize(1240, 860)),
      frame_(frame) {
    SetName("network-view");
    auto* root = new wxPanel(this);
    root->SetBackgroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW));
    auto* column = new wxBoxSizer(wxVERTICAL);

    auto* bar = new wxBoxSizer(wxHORIZONTAL);
    auto* titles = new wxBoxSizer(wxVERTICAL);
    auto* title = new wxStaticText(root, wxID_ANY, _("Code network"));
    title->SetFont(title->GetFont().Bold().Scaled(1.25f));
    title->SetForegroundColour(wxColour(0x11, 0x18, 0x27));
    titles->Add(title);
    status_ = new wxStaticText(root, wxID_ANY, "");
    status_->SetForegroundColour(kQuietColour);
    titles->Add(status_, 0, wxTOP, 2);
    bar->Add(titles, 1, wxALIGN_CENTRE_VERTICAL);
    allCodes_ = new wxCheckBox(root, wxID_ANY, _("Show all codes"));
    allCodes_->Bind(wxEVT_CHECKBOX,
                    [this](wxCommandEvent& event) { showAllCodes(event.IsChecked()); });
    bar->Add(allCodes_, 0, wxALIGN_CENTRE_VERTICAL | wxRIGHT, 12);
    auto* relayoutButton = new wxButton(root, wxID_ANY, _("Re-layout"));
    relayoutButton->SetToolTip(_("Forget where codes were dragged and lay the network out again"));
    relayoutButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { relayout(); });
    bar->Add(relayoutButton, 0, wxALIGN_CENTRE_VERTICAL | wxRIGHT, 12);
    bar->Add(new wxStaticText(root, wxID_ANY, _("Export:")), 0, wxALIGN_CENTRE_VERTICAL | wxRIGHT,
             6);
    for (const char* extension : {"png", "svg"}) {
        auto* button = new wxButton(root, wxID_ANY, wxString(extension).Upper());
        button->Bind(wxEVT_BUTTON, [this, extension](wxCommandEvent&) { onExport(extension); });
        bar->Add(button, 0, wxLEFT | wxALIGN_CENTRE_VERTICAL, 4);
    }
    column->Add(bar, 0, wxEXPAND | wxALL, 10);
    auto* hint = new wxStaticText(
        root, wxID_ANY,
        _("Drag a code to move it. Shift-drag (or right-drag) from one code to another to relate "
          "them. Double-click a relation for its evidence."));
    hint->SetForegroundColour(kQuietColour);
    column->Add(hint, 0, wxLEFT | wxRIGHT | wxBOTTOM, 10);

    canvas_ = new NetworkCanvas(root, *this);
    // Until the user drags a code, the network's parts are arranged for the window's shape.
    canvas_->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        fitToWindow();
        event.Skip();
    });
    column->Add(canvas_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
    root->SetSizer(column);

    Bind(wxEVT_ACTIVATE, [this](wxActivateEvent& event) {
        if (event.GetActive() && frame_.revision() != seen_)
            CallAfter([this] { reload(); });
        event.Skip();
    });
    reload();
    CentreOnParent();
}

void NetworkView::reload() {
    seen_ = frame_.revision();
    Project* project = frame_.project();
    if (!project)
        return;
    Network fresh;
    try {
        fresh = networkOf(*project, allCodes_->GetValue());
    } catch (const Error& e) {
        setStatus(translatedError(e), true);
        return;
    }
    // Codes shown before keep their place: pinned while the layout places the new ones, then
    // with the user's own pins again.
    std::unordered_map<std::string, const NetworkNode*> before;
    for (const NetworkNode& node : network_.nodes)
        before[node.uuid] = &node;
    std::vector<bool> userPins;
    std::size_t known = 0;
    for (NetworkNode& node : fresh.nodes) {
        const auto it = before.find(node.uuid);
        userPins.push_back(it != before.end() && it->second->pinned);
        if (it == before.end())
            continue;
        node.x = it->second->x;
        node.y = it->second->y;
        node.pinned = true;
        ++known;
    }
    if (known > 0) {
        fresh.width = network_.width;
        fresh.height = network_.height;
    }
    if (known == 0) {
        layOutNetwork(fresh, kLayoutSeed);
        packNetwork(fresh, canvasAspect());
    } else if (known < fresh.nodes.size()) {
        layOutNetwork(fresh, kLayoutSeed);
    }
    for (std::size_t i = 0; i < fresh.nodes.size(); ++i)
        fresh.nodes[i].pinned = userPins[i];
    network_ = std::move(fresh);
    canvas_->fitToNetwork();
    showCounts();
}

void NetworkView::relayout() {
    for (NetworkNode& node : network_.nodes)
        node.pinned = false;
    layOutNetwork(network_, kLayoutSeed);
    packNetwork(network_, canvasAspect());
    canvas_->fitToNetwork();
}

double NetworkView::canvasAspect() const {
    const wxSize size = canvas_->GetClientSize();
    // Before the window has its size: a common screen's shape.
    return size.x > 50 && size.y > 50 ? static_cast<double>(size.x) / size.y : 1.6;
}

void NetworkView::fitToWindow() {
    const bool dragged = std::any_of(network_.nodes.begin(), network_.nodes.end(),
                                     [](const NetworkNode& node) { return node.pinned; });
    if (dragged || network_.nodes.empty())
        return;
    packNetwork(network_, canvasAspect());
    canvas_->fitToNetwork();
}

void NetworkView::showAllCodes(bool all) {
    allCodes_->SetValue(all);
    network_ = {}; // another set of codes: a fresh layout
    reload();
}

bool NetworkView::showsAllCodes() const {
    return allCodes_->GetValue();
}

NetworkLabelStyle windowLabelStyle() {
    NetworkLabelStyle style;
    style.nodeFont = kNodeFontSize;
    style.edgeFont = kEdgeFontSize;
    style.coreTagWidth = 85;
    return style;
}

std::optional<std::size_t> NetworkView::nodeAt(wxPoint2DDouble point) const {
    return codeboom::nodeAt(network_, {point.m_x, point.m_y});
}

std::optional<std::size_t> NetworkView::edgeAt(wxPoint2DDouble point) const {
    return codeboom::edgeAt(network_, {point.m_x, point.m_y}, interfaceLanguage(),
                            windowLabelStyle());
}

std::vector<EdgeCurve> NetworkView::curves() const {
    return curvesOf(network_, interfaceLanguage(), windowLabelStyle());
}

void NetworkView::dragNode(std::size_t index, wxPoint2DDouble to) {
    NetworkNode& node = network_.nodes.at(index);
    const double r = node.radius;
    node.x = std::clamp(to.m_x, r, std::max(r, network_.width - r));
    node.y = std::clamp(to.m_y, r, std::max(r, network_.height - kLegendRoom - r));
    node.pinned = true;
    canvas_->Refresh();
}

bool NetworkView::createRelation(std::size_t from, std::size_t to, const std::string& typeUuid,
                                 const std::string& memo) {
    const NetworkNode& a = network_.nodes.at(from);
    const NetworkNode& b = network_.nodes.at(to);
    AddRelation command(a.uuid, typeUuid, b.uuid, {}, memo);
    if (!frame_.run(command)) {
        setStatus(frame_.lastError(), true);
        return false;
    }
    reload();
    return true;
}

void NetworkView::proposeRelation(std::size_t from, std::size_t to) {
    Project* project = frame_.project();
    if (!project)
        return;
    if (project->readOnly()) {
        setStatus(_("The project is open read-only: relations cannot be added."), true);
        return;
    }
    NewRelationDialog dialog(this, *project, network_.nodes.at(from).path,
                             network_.nodes.at(to).path);
    if (dialog.ShowModal() == wxID_OK)
        createRelation(from, to, dialog.typeUuid(), dialog.memo());
}

std::vector<EvidenceRow> NetworkView::evidenceRows(std::size_t edge) const {
    Project* project = frame_.project();
    if (!project)
        return {};
    return evidenceRowsOf(*project, relation(*project, network_.edges.at(edge).relationUuid));
}

void NetworkView::showEvidence(std::size_t edge) {
    Project* project = frame_.project();
    if (!project)
        return;
    try {
        const Relation shown = relation(*project, network_.edges.at(edge).relationUuid);
        const std::string& type = edgeLabelOf(network_.edges[edge], interfaceLanguage());
        const wxString title =
            fromUtf8(network_.nodes[network_.edges[edge].from].name + " \xE2\x80\x94 " + type +
                     " \xE2\x80\x94 " + network_.nodes[network_.edges[edge].to].name);
        RelationEvidenceDialog dialog(this, title, evidenceRowsOf(*project, shown), shown.memo);
        dialog.ShowModal();
    } catch (const Error& e) {
        // The relation went away in the main window (undo) since the view last read the project.
        setStatus(translatedError(e), true);
        reload();
    }
}

void NetworkView::exportPicture(const std::filesystem::path& file) const {
    const std::string extension = file.extension().string();
    if (extension == ".svg" || extension == ".SVG")
        writeNetworkSvg(network_, file, interfaceLanguage());
    else if (extension == ".png" || extension == ".PNG")
        writeNetworkPng(network_, file, interfaceLanguage());
    else
        throw ExportError(
            file.string() +
            ": the picture is saved as SVG or PNG; end the file name in .svg or .png");
}

void NetworkView::onExport(const wxString& extension) {
    const wxString wildcard = extension == "svg" ? _("SVG pictures") + " (*.svg)|*.svg"
                                                 : _("PNG pictures") + " (*.png)|*.png";
    wxFileDialog dialog(this, _("Export code network"), "", "network." + extension, wildcard,
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK)
        return;
    try {
        exportPicture(std::filesystem::path(toUtf8(dialog.GetPath())));
        setStatus(wxString::Format(_("Saved %s"), dialog.GetFilename()));
    } catch (const Error& e) {
        wxMessageBox(translatedError(e), _("Codeboom"), wxOK | wxICON_WARNING, this);
    }
}

void NetworkView::showCounts() {
    const auto codes = static_cast<unsigned>(network_.nodes.size());
    const auto links = static_cast<unsigned>(network_.edges.size());
    setStatus(wxString::Format(wxPLURAL("%u code", "%u codes", codes), codes) + ", " +
              wxString::Format(wxPLURAL("%u relation", "%u relations", links), links));
}

void NetworkView::setStatus(const wxString& text, bool error) {
    status_->SetForegroundColour(error ? kErrorColour : kQuietColour);
    status_->SetLabel(text);
}

wxString NetworkView::status() const {
    return status_->GetLabel();
}

} // namespace codeboom::gui
