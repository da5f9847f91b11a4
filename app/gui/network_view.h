#pragma once

#include "codeboom/view/network.h"
#include "codeboom/view/network_geometry.h"

#include <wx/frame.h>
#include <wx/geometry.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

class wxCheckBox;
class wxStaticText;

namespace codeboom::gui {

class MainFrame;
class NetworkCanvas;
struct EvidenceRow;

// A pixel larger than core's picture export (12 and 10.5): the window is read from further away
// and is usually scaled down to show the whole network.
inline constexpr double kNodeFontSize = 13;
inline constexpr double kEdgeFontSize = 11.5;

// How the window draws the network's labels, for core's label placement and hit tests: text
// widths estimated, so that hit tests need no device context, and the core category's tag.
NetworkLabelStyle windowLabelStyle();

// The network of codes and their relations (axial coding): core lays it out and the canvas only
// paints it. Dragging a code moves it and pins it there; drawing from one code to another with
// Shift (or the right button) adds a relation through MainFrame::run, so Edit > Undo undoes it;
// double-clicking a relation lists its evidence. Points are in the picture's pixels, the
// coordinates of network().nodes; the gesture methods are public so the GUI tests drive exactly
// what the mouse drives.
class NetworkView : public wxFrame {
public:
    explicit NetworkView(MainFrame& frame);

    const Network& network() const { return network_; }
    std::optional<std::size_t> nodeAt(wxPoint2DDouble point) const;
    std::optional<std::size_t> edgeAt(wxPoint2DDouble point) const;
    // The relations as the canvas draws them, labels placed.
    std::vector<EdgeCurve> curves() const;

    // Moves the node's centre to `to` (kept inside the picture) and pins it there.
    void dragNode(std::size_t index, wxPoint2DDouble to);
    // Forgets every pin and lays the network out afresh, its parts arranged for the window.
    void relayout();
    // Arranges the network's parts for the window's shape again, unless a code was dragged.
    void fitToWindow();
    // Adds a relation of the type between two nodes; false (the reason in status()) when core
    // refuses, e.g. the relation exists already.
    bool createRelation(std::size_t from, std::size_t to, const std::string& typeUuid,
                        const std::string& memo = {});
    // Asks for the type and memo of a relation drawn from one node to another, then creates it.
    void proposeRelation(std::size_t from, std::size_t to);
    std::vector<EvidenceRow> evidenceRows(std::size_t edge) const;
    void showEvidence(std::size_t edge);
    // Writes the picture as now shown: SVG or PNG after the file's extension.
    void exportPicture(const std::filesystem::path& file) const;

    // Only the codes in relations and the core category, or every code.
    void showAllCodes(bool all);
    bool showsAllCodes() const;
    // Reads the project again; nodes that were shown keep their place.
    void reload();
    wxString status() const;
    NetworkCanvas* canvas() const { return canvas_; }

private:
    void onExport(const wxString& extension);
    void setStatus(const wxString& text, bool error = false);
    void showCounts();
    double canvasAspect() const;

    MainFrame& frame_;
    Network network_;
    std::uint64_t seen_ = 0; // the main window's revision() last read
    NetworkCanvas* canvas_ = nullptr;
    wxCheckBox* allCodes_ = nullptr;
    wxStaticText* status_ = nullptr;
};

} // namespace codeboom::gui
