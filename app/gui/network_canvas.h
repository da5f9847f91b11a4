#pragma once

#include <wx/geometry.h>
#include <wx/window.h>

#include <optional>

class wxGraphicsContext;

namespace codeboom::gui {

class NetworkView;

// Paints the view's network with wxGraphicsContext (the look of core's picture export) and turns
// the mouse into the view's gestures: drag a code to move it, Shift-drag or right-drag from a
// code to another to relate them, double-click a relation for its evidence. The picture is
// centred in the window and, when the window is smaller, scaled down to fit, so the whole
// network is always in view.
class NetworkCanvas : public wxWindow {
public:
    NetworkCanvas(wxWindow* parent, NetworkView& view);

    // The network changed (its size too): paints it again, fitted to the window.
    void fitToNetwork();
    // A position in the window (a mouse event's) in the picture's pixels.
    wxPoint2DDouble toPicture(const wxPoint& position) const;

private:
    // The picture's scale (at most 1) and where its top left corner is in the window.
    double scale() const;
    wxPoint2DDouble origin() const;
    void onPaint(wxPaintEvent& event);
    void onPress(wxMouseEvent& event, bool link);
    void onMotion(wxMouseEvent& event);
    void onRelease(wxMouseEvent& event);
    void onDoubleClick(wxMouseEvent& event);
    void endGesture();
    void drawEdges(wxGraphicsContext& gc) const;
    void drawNodes(wxGraphicsContext& gc) const;
    void drawLink(wxGraphicsContext& gc) const;
    void drawLegend(wxGraphicsContext& gc) const;

    NetworkView& view_;
    std::optional<std::size_t> dragged_;  // the node being moved
    wxPoint2DDouble grab_;                // from the dragged node's centre to the pointer
    std::optional<std::size_t> linkFrom_; // the node a relation is being drawn from
    wxPoint2DDouble pointer_;
    std::optional<std::size_t> hoveredEdge_;
};

} // namespace codeboom::gui
