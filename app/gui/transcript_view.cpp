#include "transcript_view.h"

#include "codeboom/project.h"

#include <wx/dcbuffer.h>
#include <wx/frame.h>
#include <wx/menu.h>
#include <wx/settings.h>
#include <wx/sizer.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <unordered_map>

namespace codeboom::gui {

namespace {

constexpr int kSpeakerStyle = 1;
constexpr int kSpeakerMargin = 0;

wxColour colourOf(const std::string& hex) {
    return wxColour(wxString::FromUTF8(hex));
}

int rgbValue(const std::string& hex) {
    const wxColour c = colourOf(hex);
    // Scintilla wants 0xBBGGRR in the value, flagged as a colour.
    return wxSTC_INDICVALUEBIT | (c.Blue() << 16) | (c.Green() << 8) | c.Red();
}

bool samePaint(const PaintedCoding& a, const PaintedCoding& b) {
    return a.lane == b.lane && a.byteStart == b.byteStart && a.byteEnd == b.byteEnd &&
           a.color == b.color;
}

bool overlaps(const PaintedCoding& a, const PaintedCoding& b) {
    return a.byteStart < b.byteEnd && b.byteStart < a.byteEnd;
}

// Painting thousands of ranges would send a modification event per range; none is needed.
class QuietModifications {
public:
    explicit QuietModifications(wxStyledTextCtrl* editor)
        : editor_(editor), mask_(editor->GetModEventMask()) {
        editor_->SetModEventMask(0);
    }
    ~QuietModifications() { editor_->SetModEventMask(mask_); }
    QuietModifications(const QuietModifications&) = delete;
    QuietModifications& operator=(const QuietModifications&) = delete;

private:
    wxStyledTextCtrl* editor_;
    int mask_;
};

} // namespace

// Coding stripes: one bar per coding beside the lines it covers, in its code's colour, with the
// code name at its top. Drawn from the core's layers, not read back from the editor.
class StripeBar : public wxWindow {
public:
    StripeBar(wxWindow* parent, wxStyledTextCtrl* editor, const TranscriptLayers& layers)
        : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxSize(250, -1)), editor_(editor),
          layers_(layers) {
        SetBackgroundStyle(wxBG_STYLE_PAINT);
        Bind(wxEVT_PAINT, &StripeBar::onPaint, this);
    }

private:
    void onPaint(wxPaintEvent&) {
        wxAutoBufferedPaintDC dc(this);
        dc.SetBackground(wxBrush(wxColour(250, 250, 248)));
        dc.Clear();
        const int height = GetClientSize().y;
        dc.SetPen(wxPen(wxColour(225, 225, 220)));
        dc.DrawLine(0, 0, 0, height);
        wxFont font = GetFont();
        font.SetPointSize(std::max(7, font.GetPointSize() - 1));
        dc.SetFont(font);
        const int laneWidth = 9;
        const int labelX = 8 + (TranscriptLayers::kVisibleLanes + 1) * laneWidth;
        const int lineHeight = dc.GetCharHeight();
        // Only the codings on screen: asking the editor where a position far below the view
        // lies makes it wrap every line up to there, which on a long transcript takes longer
        // than everything else together.
        const int firstLine = editor_->DocLineFromVisible(editor_->GetFirstVisibleLine());
        const int lastLine = std::min(
            editor_->GetLineCount() - 1,
            editor_->DocLineFromVisible(editor_->GetFirstVisibleLine() + editor_->LinesOnScreen()) +
                1);
        const auto firstByte = static_cast<std::size_t>(editor_->PositionFromLine(firstLine));
        const auto lastByte = static_cast<std::size_t>(editor_->GetLineEndPosition(lastLine));
        int nextFreeLabelY = -1000;
        wxString lastLabel;
        int lastTop = -1;
        // Codings beyond the visible lanes are one grey "+n" stripe per overlapping run; the
        // hover tooltip over the text names them all.
        const std::vector<OverflowGroup> overflow = overflowGroups(layers_);
        std::size_t nextGroup = 0;
        for (std::size_t i = 0; i < layers_.codings.size(); ++i) {
            const PaintedCoding& c = layers_.codings[i];
            if (c.byteStart > lastByte)
                break; // the layers are ordered by start
            const bool overflows = c.lane == TranscriptLayers::kVisibleLanes;
            if (overflows && (nextGroup >= overflow.size() || overflow[nextGroup].firstIndex != i))
                continue; // inside a group already drawn
            const OverflowGroup* group = overflows ? &overflow[nextGroup++] : nullptr;
            const std::size_t start = group ? group->byteStart : c.byteStart;
            const std::size_t end = group ? group->byteEnd : c.byteEnd;
            if (end < firstByte)
                continue;
            const int top = start < firstByte
                                ? -lineHeight
                                : editor_->PointFromPosition(static_cast<int>(start)).y;
            const int bottom =
                end > lastByte
                    ? height + lineHeight
                    : editor_->PointFromPosition(static_cast<int>(end)).y + editor_->TextHeight(0);
            if (bottom < 0 || top > height)
                continue;
            const int x = 6 + c.lane * laneWidth;
            const wxColour colour = group ? wxColour(120, 120, 120) : colourOf(c.color);
            dc.SetPen(wxPen(colour, 3));
            dc.DrawLine(x, top + 2, x, bottom - 2);
            dc.DrawLine(x, top + 2, x + 4, top + 2);
            dc.DrawLine(x, bottom - 2, x + 4, bottom - 2);
            // Labels go right of the lanes, stacked so that codings starting together stay
            // legible; the same code twice on one spot (two coders) is named once.
            wxString name = group ? wxString::Format(_("+%zu more"), group->count)
                                  : wxString::FromUTF8(c.codeName);
            if (name == lastLabel && top == lastTop)
                continue;
            lastLabel = name;
            lastTop = top;
            const int y = std::max(top, nextFreeLabelY);
            const int room = GetClientSize().x - labelX - 6;
            while (name.size() > 3 && dc.GetTextExtent(name).x > room)
                name = name.Left(name.size() - 2) + wxString::FromUTF8("…");
            dc.SetTextForeground(colour.ChangeLightness(55));
            dc.DrawText(name, labelX, y);
            nextFreeLabelY = y + lineHeight;
        }
    }

    wxStyledTextCtrl* editor_;
    const TranscriptLayers& layers_;
};

TranscriptView::TranscriptView(wxWindow* parent) : wxPanel(parent) {
    editor_ = new wxStyledTextCtrl(this, wxID_ANY);
    stripes_ = new StripeBar(this, editor_, layers_);
    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    sizer->Add(editor_, 1, wxEXPAND);
    sizer->Add(stripes_, 0, wxEXPAND);
    SetSizer(sizer);

    editor_->SetCodePage(wxSTC_CP_UTF8);
    editor_->SetWrapMode(wxSTC_WRAP_WORD);
    editor_->SetWrapIndentMode(wxSTC_WRAPINDENT_SAME);
    editor_->SetMarginWidth(1, 0);
    editor_->SetMarginLeft(10);
    editor_->SetMarginRight(10);
    editor_->SetExtraDescent(3);
    editor_->SetCaretLineVisible(false);
    editor_->SetUseHorizontalScrollBar(false);
    // The context menu is the workbench's (codings at the click), not Scintilla's edit menu.
    editor_->UsePopUp(wxSTC_POPUP_NEVER);
    wxFont font(wxFontInfo(11).Family(wxFONTFAMILY_SWISS));
    editor_->StyleSetFont(wxSTC_STYLE_DEFAULT, font);
    editor_->StyleSetForeground(wxSTC_STYLE_DEFAULT, wxColour(35, 35, 35));
    editor_->StyleClearAll();
    editor_->StyleSetBold(kSpeakerStyle, true);
    editor_->StyleSetForeground(kSpeakerStyle, wxColour(40, 70, 120));
    // Speaker names in a text margin, like the label column of a transcription editor.
    editor_->SetMarginType(kSpeakerMargin, wxSTC_MARGIN_TEXT);
    editor_->SetMarginWidth(kSpeakerMargin, 0);
    editor_->StyleSetForeground(wxSTC_STYLE_LINENUMBER, wxColour(110, 110, 110));
    editor_->StyleSetBackground(wxSTC_STYLE_LINENUMBER, wxColour(246, 246, 244));

    for (int lane = 0; lane <= TranscriptLayers::kVisibleLanes; ++lane) {
        const int indicator = kFirstIndicator + lane;
        // Two translucent boxes for the first lanes, then underlines: stacked fills turn to mud.
        if (lane == TranscriptLayers::kVisibleLanes)
            editor_->IndicatorSetStyle(indicator, wxSTC_INDIC_DOTS);
        else if (lane < 2)
            editor_->IndicatorSetStyle(indicator, wxSTC_INDIC_STRAIGHTBOX);
        else
            editor_->IndicatorSetStyle(indicator, wxSTC_INDIC_COMPOSITIONTHICK);
        editor_->IndicatorSetFlags(indicator, wxSTC_INDICFLAG_VALUEFORE);
        editor_->IndicatorSetAlpha(indicator, lane == 0 ? 70 : 45);
        editor_->IndicatorSetOutlineAlpha(indicator, lane == 0 ? 120 : 90);
        editor_->IndicatorSetUnder(indicator, true);
    }
    // Scintilla binds many Ctrl keys itself (undo, redo, line cut, line delete, duplicate ...)
    // and swallows them while the transcript has the focus, which is where coding happens: a key
    // a menu item claims goes to that menu item instead.
    editor_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& event) {
        if (event.GetModifiers() != wxMOD_NONE && event.GetModifiers() != wxMOD_SHIFT)
            if (const int id = menuItemFor(event); id != wxID_NONE) {
                wxCommandEvent command(wxEVT_MENU, id);
                wxGetTopLevelParent(this)->GetEventHandler()->ProcessEvent(command);
                return;
            }
        event.Skip();
    });
    // Alt held while selecting keeps the exact selection for every coding gesture that follows.
    const auto noteAlt = [this](wxMouseEvent& event) {
        exactSelection_ = event.AltDown();
        event.Skip();
    };
    editor_->Bind(wxEVT_LEFT_DOWN, noteAlt);
    editor_->Bind(wxEVT_LEFT_UP, noteAlt);
    editor_->SetReadOnly(true);
    // The text is never edited: without this every document opened would stay in the undo
    // buffer, as the deletion that replaced it.
    editor_->SetUndoCollection(false);
    editor_->Bind(wxEVT_STC_UPDATEUI, [this](wxStyledTextEvent& event) {
        stripes_->Refresh();
        event.Skip();
    });
    editor_->Bind(wxEVT_STC_PAINTED, [this](wxStyledTextEvent& event) {
        stripes_->Refresh();
        event.Skip();
    });
    editor_->Bind(wxEVT_MOTION, &TranscriptView::onMotion, this);
}

int TranscriptView::menuItemFor(const wxKeyEvent& event) const {
    const auto* frame =
        dynamic_cast<wxFrame*>(wxGetTopLevelParent(const_cast<TranscriptView*>(this)));
    const wxMenuBar* bar = frame ? frame->GetMenuBar() : nullptr;
    if (!bar)
        return wxID_NONE;
    int flags = 0;
    if (event.ControlDown())
        flags |= wxACCEL_CTRL;
    if (event.ShiftDown())
        flags |= wxACCEL_SHIFT;
    if (event.AltDown())
        flags |= wxACCEL_ALT;
    for (std::size_t i = 0; i < bar->GetMenuCount(); ++i)
        for (const wxMenuItem* item : bar->GetMenu(i)->GetMenuItems()) {
            const std::unique_ptr<wxAcceleratorEntry> accel(item->GetAccel());
            if (accel && item->IsEnabled() && accel->GetFlags() == flags &&
                accel->GetKeyCode() == event.GetKeyCode())
                return item->GetId();
        }
    return wxID_NONE;
}

void TranscriptView::clear() {
    documentId_.reset();
    layers_ = {};
    const QuietModifications quiet(editor_);
    editor_->SetReadOnly(false);
    editor_->ClearAll();
    editor_->SetReadOnly(true);
    stripes_->Refresh();
}

void TranscriptView::show(Project& project, RowId documentId) {
    documentId_ = documentId;
    exactSelection_ = false;
    const DocumentText& text = project.text(documentId);
    editor_->Freeze();
    // wxSTC copies the whole inserted (and cleared) text into a wxString for each modification
    // event; for a 650 KB transcript that was three quarters of the time to open it.
    const QuietModifications quiet(editor_);
    editor_->SetReadOnly(false);
    editor_->ClearAll();
    editor_->SetTextRaw(text.text.c_str());
    editor_->MarginTextClearAll();
    // A focus group has thousands of turns but a handful of speakers: measure each name once.
    std::map<std::string, int> widths;
    int widest = 0;
    for (const PaintedTurn& turn : paintedTurns(project, documentId)) {
        const int line = editor_->LineFromPosition(static_cast<int>(turn.byteStart));
        const wxString speaker = wxString::FromUTF8(turn.speaker);
        editor_->MarginSetText(line, turn.timestamp.empty()
                                         ? speaker
                                         : speaker + "\n" + wxString::FromUTF8(turn.timestamp));
        editor_->MarginSetStyle(line, wxSTC_STYLE_LINENUMBER);
        const auto [width, added] = widths.try_emplace(turn.speaker, 0);
        if (added)
            width->second = editor_->TextWidth(wxSTC_STYLE_LINENUMBER, speaker);
        widest = std::max(widest, width->second);
        editor_->StartStyling(static_cast<int>(turn.byteStart));
        editor_->SetStyling(static_cast<int>(turn.byteBodyStart - turn.byteStart), kSpeakerStyle);
    }
    editor_->SetMarginWidth(kSpeakerMargin, widest > 0 ? widest + 16 : 0);
    editor_->SetReadOnly(true);
    layers_ = transcriptLayers(project, documentId);
    paintAll();
    editor_->GotoPos(0);
    editor_->Thaw();
    stripes_->Refresh();
}

void TranscriptView::fill(const PaintedCoding& coding) {
    editor_->SetIndicatorCurrent(kFirstIndicator + coding.lane);
    editor_->SetIndicatorValue(rgbValue(coding.color));
    editor_->IndicatorFillRange(static_cast<int>(coding.byteStart),
                                static_cast<int>(coding.byteEnd - coding.byteStart));
}

void TranscriptView::paintAll() {
    const QuietModifications quiet(editor_);
    const int length = editor_->GetLength();
    for (int lane = 0; lane <= TranscriptLayers::kVisibleLanes; ++lane) {
        editor_->SetIndicatorCurrent(kFirstIndicator + lane);
        editor_->IndicatorClearRange(0, length);
    }
    for (const PaintedCoding& c : layers_.codings)
        fill(c);
}

void TranscriptView::refreshCodings(Project& project,
                                    std::optional<std::pair<std::size_t, std::size_t>> changed) {
    if (!documentId_)
        return;
    if (!changed) {
        TranscriptLayers next = transcriptLayers(project, *documentId_);
        repaint(layers_.codings, next.codings);
        layers_ = std::move(next);
        stripes_->Refresh();
        return;
    }
    LayerStretch stretch =
        transcriptLayersAround(project, *documentId_, changed->first, changed->second);
    // The codings painted in the stretch are the ones it replaces: a coding overlapping it would
    // have been chained into it.
    const auto inside = [&](const PaintedCoding& c) {
        return c.byteStart < stretch.byteEnd && stretch.byteStart < c.byteEnd;
    };
    std::vector<PaintedCoding> before;
    std::vector<PaintedCoding> codings;
    int lanesUsed = stretch.layers.lanesUsed;
    for (PaintedCoding& c : layers_.codings)
        if (inside(c)) {
            before.push_back(std::move(c));
        } else {
            lanesUsed = std::max(lanesUsed, c.lane + 1);
            codings.push_back(std::move(c));
        }
    repaint(before, stretch.layers.codings);
    // Back in the layers' order: by start, longest first, oldest first.
    const auto position =
        std::partition_point(codings.begin(), codings.end(), [&](const PaintedCoding& c) {
            return c.byteEnd <= stretch.byteStart;
        });
    codings.insert(position, std::make_move_iterator(stretch.layers.codings.begin()),
                   std::make_move_iterator(stretch.layers.codings.end()));
    layers_.codings = std::move(codings);
    // Exact unless the overflow lane is in use outside the stretch: its codings all say
    // kVisibleLanes, however many lanes they would need.
    layers_.lanesUsed = lanesUsed;
    stripes_->Refresh();
}

void TranscriptView::repaint(const std::vector<PaintedCoding>& before,
                             const std::vector<PaintedCoding>& after) {
    std::unordered_map<RowId, const PaintedCoding*> previous;
    for (const PaintedCoding& c : before)
        previous.emplace(c.codingId, &c);
    // A coding painted as it was stays; the others are cleared and painted anew. Within a visible
    // lane codings never overlap, so clearing one cannot erase another; in the overflow lane they
    // may, so an unchanged overflow coding overlapping a cleared one is painted again too.
    std::unordered_map<RowId, bool> kept;
    for (const PaintedCoding& c : after) {
        const auto it = previous.find(c.codingId);
        kept[c.codingId] = it != previous.end() && samePaint(*it->second, c);
    }
    const QuietModifications quiet(editor_);
    std::vector<const PaintedCoding*> clearedOverflow;
    for (const PaintedCoding& c : before) {
        const auto it = kept.find(c.codingId);
        if (it != kept.end() && it->second)
            continue;
        editor_->SetIndicatorCurrent(kFirstIndicator + c.lane);
        editor_->IndicatorClearRange(static_cast<int>(c.byteStart),
                                     static_cast<int>(c.byteEnd - c.byteStart));
        if (c.lane == TranscriptLayers::kVisibleLanes)
            clearedOverflow.push_back(&c);
    }
    for (const PaintedCoding& c : after) {
        bool paint = !kept[c.codingId];
        if (!paint && c.lane == TranscriptLayers::kVisibleLanes)
            paint = std::any_of(clearedOverflow.begin(), clearedOverflow.end(),
                                [&](const PaintedCoding* gone) { return overlaps(*gone, c); });
        if (paint)
            fill(c);
    }
}

int TranscriptView::lanesAt(std::size_t byte) const {
    return editor_->IndicatorAllOnFor(static_cast<int>(byte)) >> kFirstIndicator;
}

std::vector<PaintedCoding> TranscriptView::codingsAt(std::size_t byte) const {
    std::vector<PaintedCoding> out;
    for (const PaintedCoding& c : layers_.codings)
        if (c.byteStart <= byte && byte < c.byteEnd)
            out.push_back(c);
    return out;
}

std::optional<std::size_t> TranscriptView::byteAt(const wxPoint& point) const {
    const int position = editor_->CharPositionFromPointClose(point.x, point.y);
    if (position < 0)
        return std::nullopt;
    return static_cast<std::size_t>(position);
}

std::optional<std::pair<std::size_t, std::size_t>> TranscriptView::selection(Project& project,
                                                                             bool exact) const {
    if (!documentId_)
        return std::nullopt;
    int from = editor_->GetSelectionStart();
    int to = editor_->GetSelectionEnd();
    if (from == to)
        return std::nullopt;
    if (!exact && !exactSelection_) {
        // Snap to whole words, as the major tools do; Alt keeps the exact selection.
        from = editor_->WordStartPosition(from, true);
        to = editor_->WordEndPosition(to - 1, true);
    }
    const OffsetIndex& offsets = project.text(*documentId_).offsets;
    return std::make_pair(offsets.codePointOfByte(static_cast<std::size_t>(from)),
                          offsets.codePointOfByte(static_cast<std::size_t>(to)));
}

void TranscriptView::select(Project& project, std::size_t start, std::size_t end) {
    if (!documentId_)
        return;
    const OffsetIndex& offsets = project.text(*documentId_).offsets;
    const int from = static_cast<int>(offsets.byteOf(start));
    const int to = static_cast<int>(offsets.byteOf(end));
    exactSelection_ = false;
    editor_->SetSelection(from, to);
    // Put the segment a few lines below the top, so its context shows above it.
    const int line = editor_->VisibleFromDocLine(editor_->LineFromPosition(from));
    editor_->SetFirstVisibleLine(std::max(0, line - 3));
}

wxString TranscriptView::selectedText() const {
    return editor_->GetSelectedText();
}

void TranscriptView::onMotion(wxMouseEvent& event) {
    event.Skip();
    wxString tip;
    if (const auto byte = byteAt(event.GetPosition()))
        for (const PaintedCoding& c : codingsAt(*byte)) {
            tip += (tip.empty() ? "" : "\n") + wxString::FromUTF8(c.codePath + " — " + c.coder);
            if (!c.memo.empty())
                tip += ": " + wxString::FromUTF8(c.memo);
        }
    if (tip != editor_->GetToolTipText())
        editor_->SetToolTip(tip);
}

} // namespace codeboom::gui
