#include "network_canvas.h"

#include "display_format.h"
#include "network_view.h"

#include <wx/dcclient.h>
#include <wx/graphics.h>

#include <algorithm>
#include <memory>

namespace codeboom::gui {

namespace {

const wxColour kBackground(0xFF, 0xFF, 0xFF);
const wxColour kLine(0x6B, 0x72, 0x80);
const wxColour kHighlight(0xF5, 0x9E, 0x0B);
const wxColour kNameText(0x12, 0x12, 0x12);
const wxColour kEdgeText(0x37, 0x41, 0x51);
const wxColour kQuiet(0x6B, 0x72, 0x80);
const wxColour kCore(0x1F, 0x29, 0x37);

// Fonts sized in pixels of the picture, the em as in cairo (core's picture export); at 96 pixels
// per inch a pixel is three quarters of a point.
wxFont fontOf(double pixels, bool bold = false, bool italic = false) {
    wxFont font(wxFontInfo(0.75 * pixels).Family(wxFONTFAMILY_SWISS).FaceName("DejaVu Sans"));
    if (bold)
        font.SetWeight(wxFONTWEIGHT_BOLD);
    if (italic)
        font.SetStyle(wxFONTSTYLE_ITALIC);
    return font;
}

// Text centred on `centre` over a rounded box of the background, so lines under it stay legible.
void drawLabel(wxGraphicsContext& gc, const wxString& text, wxPoint2DDouble centre,
               const wxFont& font, const wxColour& colour, double opacity) {
    gc.SetFont(font, colour);
    double width = 0, height = 0;
    gc.GetTextExtent(text, &width, &height);
    if (opacity > 0) {
        gc.SetPen(*wxTRANSPARENT_PEN);
        gc.SetBrush(wxBrush(wxColour(kBackground.Red(), kBackground.Green(), kBackground.Blue(),
                                     static_cast<unsigned char>(255 * opacity))));
        gc.DrawRoundedRectangle(centre.m_x - width / 2 - 4, centre.m_y - height / 2 - 1, width + 8,
                                height + 2, 4);
    }
    gc.DrawText(text, centre.m_x - width / 2, centre.m_y - height / 2);
}

wxPoint2DDouble wx(NetworkPoint p) {
    return {p.x, p.y};
}

wxColour darker(const wxColour& colour) {
    return colour.ChangeLightness(60);
}

} // namespace

NetworkCanvas::NetworkCanvas(wxWindow* parent, NetworkView& view)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxFULL_REPAINT_ON_RESIZE),
      view_(view) {
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    Bind(wxEVT_PAINT, &NetworkCanvas::onPaint, this);
    Bind(wxEVT_LEFT_DOWN, [this](wxMouseEvent& event) { onPress(event, event.ShiftDown()); });
    Bind(wxEVT_RIGHT_DOWN, [this](wxMouseEvent& event) { onPress(event, true); });
    Bind(wxEVT_MOTION, &NetworkCanvas::onMotion, this);
    Bind(wxEVT_LEFT_UP, &NetworkCanvas::onRelease, this);
    Bind(wxEVT_RIGHT_UP, &NetworkCanvas::onRelease, this);
    Bind(wxEVT_LEFT_DCLICK, &NetworkCanvas::onDoubleClick, this);
    Bind(wxEVT_MOUSE_CAPTURE_LOST, [this](wxMouseCaptureLostEvent&) { endGesture(); });
}

void NetworkCanvas::fitToNetwork() {
    Refresh();
}

double NetworkCanvas::scale() const {
    const Network& network = view_.network();
    const wxSize client = GetClientSize();
    if (network.width <= 0 || network.height <= 0 || client.x <= 0 || client.y <= 0)
        return 1;
    return std::min({1.0, client.x / network.width, client.y / network.height});
}

wxPoint2DDouble NetworkCanvas::origin() const {
    const Network& network = view_.network();
    const wxSize client = GetClientSize();
    const double s = scale();
    return {(client.x - network.width * s) / 2, (client.y - network.height * s) / 2};
}

wxPoint2DDouble NetworkCanvas::toPicture(const wxPoint& position) const {
    return (wxPoint2DDouble(position.x, position.y) - origin()) / scale();
}

void NetworkCanvas::onPaint(wxPaintEvent&) {
    wxPaintDC dc(this); // GTK 3 buffers the window itself
    dc.SetBackground(wxBrush(kBackground));
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (!gc)
        return;
    gc->SetAntialiasMode(wxANTIALIAS_DEFAULT);
    const wxPoint2DDouble at = origin();
    gc->Translate(at.m_x, at.m_y);
    gc->Scale(scale(), scale());
    drawEdges(*gc);
    drawNodes(*gc);
    drawLink(*gc);
    drawLegend(*gc);
}

void NetworkCanvas::drawEdges(wxGraphicsContext& gc) const {
    const Network& network = view_.network();
    const Language language = interfaceLanguage();
    const wxFont font = fontOf(kEdgeFontSize);
    const std::vector<EdgeCurve> curves = view_.curves();
    for (std::size_t i = 0; i < curves.size(); ++i) {
        const EdgeCurve& curve = curves[i];
        const wxColour colour = hoveredEdge_ == i ? kHighlight : kLine;
        gc.SetPen(gc.CreatePen(wxGraphicsPenInfo(colour).Width(hoveredEdge_ == i ? 2.5 : 1.5)));
        gc.SetBrush(*wxTRANSPARENT_BRUSH);
        wxGraphicsPath path = gc.CreatePath();
        path.MoveToPoint(wx(curve.start));
        // The arrow head covers the line's last pixels; a symmetric line runs to the circle.
        const NetworkPoint end =
            curve.directed ? (curve.arrow[1] + curve.arrow[2]) * 0.5 : curve.end;
        path.AddQuadCurveToPoint(curve.control.x, curve.control.y, end.x, end.y);
        gc.StrokePath(path);
        if (curve.directed) {
            wxGraphicsPath head = gc.CreatePath();
            head.MoveToPoint(wx(curve.arrow[0]));
            head.AddLineToPoint(wx(curve.arrow[1]));
            head.AddLineToPoint(wx(curve.arrow[2]));
            head.CloseSubpath();
            gc.SetPen(*wxTRANSPARENT_PEN);
            gc.SetBrush(wxBrush(colour));
            gc.FillPath(head);
        }
    }
    // Labels after every line, so that no line crosses a label.
    for (std::size_t i = 0; i < curves.size(); ++i)
        drawLabel(gc, fromUtf8(edgeLabelOf(network.edges[i], language)), wx(curves[i].labelCentre),
                  font, hoveredEdge_ == i ? darker(kHighlight) : kEdgeText, 0.9);
}

void NetworkCanvas::drawNodes(wxGraphicsContext& gc) const {
    const Network& network = view_.network();
    const wxFont name = fontOf(kNodeFontSize);
    const wxFont coreName = fontOf(kNodeFontSize, true);
    const wxFont tag = fontOf(10.5, false, true);
    for (std::size_t i = 0; i < network.nodes.size(); ++i) {
        const NetworkNode& node = network.nodes[i];
        const wxColour fill = colourOf(node.color);
        const bool active = dragged_ == i || linkFrom_ == i;
        if (node.isCore) {
            gc.SetPen(gc.CreatePen(wxGraphicsPenInfo(kCore).Width(2.5)));
            gc.SetBrush(*wxTRANSPARENT_BRUSH);
            const double outer = node.radius + kCoreRing;
            gc.DrawEllipse(node.x - outer, node.y - outer, 2 * outer, 2 * outer);
        }
        gc.SetPen(gc.CreatePen(
            wxGraphicsPenInfo(active ? kHighlight : darker(fill)).Width(active ? 3 : 1.5)));
        gc.SetBrush(wxBrush(fill));
        gc.DrawEllipse(node.x - node.radius, node.y - node.radius, 2 * node.radius,
                       2 * node.radius);
        const wxPoint2DDouble below = wx(nameCentreOf(node));
        drawLabel(gc, fromUtf8(node.name), below, node.isCore ? coreName : name, kNameText, 0.8);
        if (node.isCore)
            drawLabel(gc, _("core category"), below + wxPoint2DDouble(0, 15), tag, kQuiet, 0.8);
    }
}

void NetworkCanvas::drawLink(wxGraphicsContext& gc) const {
    if (!linkFrom_)
        return;
    const NetworkNode& from = view_.network().nodes[*linkFrom_];
    const auto target = view_.nodeAt(pointer_);
    gc.SetPen(gc.CreatePen(wxGraphicsPenInfo(kHighlight).Width(2).Style(wxPENSTYLE_SHORT_DASH)));
    gc.StrokeLine(from.x, from.y, pointer_.m_x, pointer_.m_y);
    if (target && target != linkFrom_) {
        const NetworkNode& to = view_.network().nodes[*target];
        gc.SetPen(gc.CreatePen(wxGraphicsPenInfo(kHighlight).Width(3)));
        gc.SetBrush(*wxTRANSPARENT_BRUSH);
        const double r = to.radius + 3;
        gc.DrawEllipse(to.x - r, to.y - r, 2 * r, 2 * r);
    }
}

void NetworkCanvas::drawLegend(wxGraphicsContext& gc) const {
    const Network& network = view_.network();
    gc.SetFont(fontOf(12), kQuiet);
    gc.DrawText(_("Size: number of coded regions. Thick ring: core category. Arrow: directed "
                  "relation; line: symmetric relation."),
                12, network.height - 20);
}

void NetworkCanvas::onPress(wxMouseEvent& event, bool link) {
    SetFocus();
    const wxPoint2DDouble at = toPicture(event.GetPosition());
    const auto node = view_.nodeAt(at);
    if (!node)
        return;
    if (link) {
        linkFrom_ = node;
        pointer_ = at;
    } else {
        dragged_ = node;
        const NetworkNode& n = view_.network().nodes[*node];
        grab_ = at - wxPoint2DDouble(n.x, n.y);
    }
    if (!HasCapture())
        CaptureMouse();
    Refresh();
}

void NetworkCanvas::onMotion(wxMouseEvent& event) {
    const wxPoint2DDouble at = toPicture(event.GetPosition());
    if (dragged_) {
        view_.dragNode(*dragged_, at - grab_);
        return;
    }
    if (linkFrom_) {
        pointer_ = at;
        Refresh();
        return;
    }
    const auto node = view_.nodeAt(at);
    SetCursor(node ? wxCursor(wxCURSOR_HAND) : wxNullCursor);
    const auto edge = node ? std::nullopt : view_.edgeAt(at);
    if (edge != hoveredEdge_) {
        hoveredEdge_ = edge;
        Refresh();
    }
}

void NetworkCanvas::onRelease(wxMouseEvent& event) {
    const auto from = linkFrom_;
    const auto to = view_.nodeAt(toPicture(event.GetPosition()));
    endGesture();
    // After the capture is released: the relation dialog is modal.
    if (from && to && *from != *to)
        CallAfter([this, a = *from, b = *to] { view_.proposeRelation(a, b); });
}

void NetworkCanvas::onDoubleClick(wxMouseEvent& event) {
    if (const auto edge = view_.edgeAt(toPicture(event.GetPosition())))
        CallAfter([this, e = *edge] { view_.showEvidence(e); });
}

void NetworkCanvas::endGesture() {
    dragged_.reset();
    linkFrom_.reset();
    if (HasCapture())
        ReleaseMouse();
    Refresh();
}

} // namespace codeboom::gui
