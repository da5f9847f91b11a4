#include "transcript_view.h"

#include "codeboom/project.h"

#include <wx/dcbuffer.h>
#include <wx/settings.h>
#include <wx/sizer.h>

#include <algorithm>
#include <cctype>

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
        dc.SetPen(wxPen(wxColour(225, 225, 220)));
        dc.DrawLine(0, 0, 0, GetClientSize().y);
        wxFont font = GetFont();
        font.SetPointSize(std::max(7, font.GetPointSize() - 1));
        dc.SetFont(font);
        const int laneWidth = 9;
        const int labelX = 8 + (TranscriptLayers::kVisibleLanes + 1) * laneWidth;
        const int lineHeight = dc.GetCharHeight();
        int nextFreeLabelY = -1000;
        wxString lastLabel;
        int lastTop = -1;
        for (const PaintedCoding& c : layers_.codings) {
            const int top = editor_->PointFromPosition(static_cast<int>(c.byteStart)).y;
            const int bottom =
                editor_->PointFromPosition(static_cast<int>(c.byteEnd)).y + editor_->TextHeight(0);
            if (bottom < 0 || top > GetClientSize().y)
                continue;
            const int x = 6 + c.lane * laneWidth;
            const wxColour colour = colourOf(c.color);
            dc.SetPen(wxPen(colour, 3));
            dc.DrawLine(x, top + 2, x, bottom - 2);
            dc.DrawLine(x, top + 2, x + 4, top + 2);
            dc.DrawLine(x, bottom - 2, x + 4, bottom - 2);
            // Labels go right of the lanes, stacked so that codings starting together stay
            // legible; the same code twice on one spot (two coders) is named once.
            wxString name = wxString::FromUTF8(c.codeName);
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
    editor_->SetReadOnly(true);
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

void TranscriptView::clear() {
    documentId_.reset();
    layers_ = {};
    editor_->SetReadOnly(false);
    editor_->ClearAll();
    editor_->SetReadOnly(true);
    stripes_->Refresh();
}

void TranscriptView::show(Project& project, RowId documentId) {
    documentId_ = documentId;
    const DocumentText& text = project.text(documentId);
    editor_->Freeze();
    editor_->SetReadOnly(false);
    editor_->ClearAll();
    editor_->SetTextRaw(text.text.c_str());
    editor_->MarginTextClearAll();
    int widest = 0;
    for (const PaintedTurn& turn : paintedTurns(project, documentId)) {
        const int line = editor_->LineFromPosition(static_cast<int>(turn.byteStart));
        const wxString label =
            wxString::FromUTF8(turn.speaker) +
            (turn.timestamp.empty() ? "" : "\n" + wxString::FromUTF8(turn.timestamp));
        editor_->MarginSetText(line, label);
        editor_->MarginSetStyle(line, wxSTC_STYLE_LINENUMBER);
        widest = std::max(
            widest, editor_->TextWidth(wxSTC_STYLE_LINENUMBER, wxString::FromUTF8(turn.speaker)));
        editor_->StartStyling(static_cast<int>(turn.byteStart));
        editor_->SetStyling(static_cast<int>(turn.byteBodyStart - turn.byteStart), kSpeakerStyle);
    }
    editor_->SetMarginWidth(kSpeakerMargin, widest > 0 ? widest + 16 : 0);
    editor_->SetReadOnly(true);
    editor_->Thaw();
    refreshCodings(project);
    editor_->GotoPos(0);
}

void TranscriptView::refreshCodings(Project& project) {
    if (!documentId_)
        return;
    layers_ = transcriptLayers(project, *documentId_);
    paintCodings();
}

void TranscriptView::paintCodings() {
    // Painting thousands of ranges would send a modification event per range; none is needed.
    const int mask = editor_->GetModEventMask();
    editor_->SetModEventMask(0);
    const int length = editor_->GetLength();
    for (int lane = 0; lane <= TranscriptLayers::kVisibleLanes; ++lane) {
        editor_->SetIndicatorCurrent(kFirstIndicator + lane);
        editor_->IndicatorClearRange(0, length);
    }
    for (const PaintedCoding& c : layers_.codings) {
        editor_->SetIndicatorCurrent(kFirstIndicator + c.lane);
        editor_->SetIndicatorValue(rgbValue(c.color));
        editor_->IndicatorFillRange(static_cast<int>(c.byteStart),
                                    static_cast<int>(c.byteEnd - c.byteStart));
    }
    editor_->SetModEventMask(mask);
    stripes_->Refresh();
}

int TranscriptView::lanesAt(std::size_t byte) const {
    return editor_->IndicatorAllOnFor(static_cast<int>(byte)) >> kFirstIndicator;
}

std::optional<std::pair<std::size_t, std::size_t>> TranscriptView::selection(Project& project,
                                                                             bool exact) const {
    if (!documentId_)
        return std::nullopt;
    int from = editor_->GetSelectionStart();
    int to = editor_->GetSelectionEnd();
    if (from == to)
        return std::nullopt;
    if (!exact) {
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
    const int position = editor_->CharPositionFromPointClose(event.GetX(), event.GetY());
    wxString tip;
    if (position >= 0)
        for (const PaintedCoding& c : layers_.codings)
            if (c.byteStart <= static_cast<std::size_t>(position) &&
                static_cast<std::size_t>(position) < c.byteEnd) {
                tip += (tip.empty() ? "" : "\n") + wxString::FromUTF8(c.codePath) + " — " +
                       wxString::FromUTF8(c.coder);
                if (!c.memo.empty())
                    tip += ": " + wxString::FromUTF8(c.memo);
            }
    if (tip != editor_->GetToolTipText())
        editor_->SetToolTip(tip);
}

} // namespace codeboom::gui
