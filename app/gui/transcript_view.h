#pragma once

#include "codeboom/model/types.h"
#include "codeboom/view/transcript_layers.h"

#include <wx/panel.h>
#include <wx/stc/stc.h>

#include <optional>
#include <utility>
#include <vector>

namespace codeboom {
class Project;
}

namespace codeboom::gui {

class StripeBar;

// A transcript, read-only, with its codings as coloured highlights (one indicator per lane,
// each range carrying its own code colour) and coding stripes beside the text, as MAXQDA and
// NVivo show them. All positions come from core in editor bytes; the view converts nothing.
class TranscriptView : public wxPanel {
public:
    // Indicators 8..31 are free for containers (Scintilla reserves 0..7 for lexers).
    static constexpr int kFirstIndicator = 8;

    explicit TranscriptView(wxWindow* parent);

    void show(Project& project, RowId documentId);
    void clear();
    // Brings the highlights up to date with core after a change. Only the codings that changed
    // are repainted: a large transcript has thousands, and a gesture touches one or two. When the
    // change is known to lie in `changed` (code points: a coding added or removed there), only
    // the codings chained to that range by overlaps are read again.
    void refreshCodings(Project& project,
                        std::optional<std::pair<std::size_t, std::size_t>> changed = std::nullopt);
    std::optional<RowId> documentId() const { return documentId_; }

    // The selection in code points; snapped to whole words unless `exact` or Alt was held when
    // the mouse made it.
    std::optional<std::pair<std::size_t, std::size_t>> selection(Project& project,
                                                                 bool exact) const;
    void select(Project& project, std::size_t start, std::size_t end);
    wxString selectedText() const;
    const TranscriptLayers& layers() const { return layers_; }
    wxStyledTextCtrl* editor() const { return editor_; }
    // Which indicator lanes are on at an editor byte position (bit per lane), for tests.
    int lanesAt(std::size_t byte) const;
    // The codings covering an editor byte position, in layer order (for the context menu).
    std::vector<PaintedCoding> codingsAt(std::size_t byte) const;
    // The editor byte under a point in the editor's client coordinates, if over text.
    std::optional<std::size_t> byteAt(const wxPoint& point) const;

private:
    void paintAll();
    // Clears the codings of `before` that are not painted the same in `after` and paints those
    // of `after` that are new or changed.
    void repaint(const std::vector<PaintedCoding>& before, const std::vector<PaintedCoding>& after);
    void fill(const PaintedCoding& coding);
    void onMotion(wxMouseEvent& event);
    // The enabled menu item of the window's menu bar whose shortcut `event` is; wxID_NONE if none.
    int menuItemFor(const wxKeyEvent& event) const;

    wxStyledTextCtrl* editor_;
    StripeBar* stripes_;
    std::optional<RowId> documentId_;
    TranscriptLayers layers_;
    bool exactSelection_ = false;
};

} // namespace codeboom::gui
