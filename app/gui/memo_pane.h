#pragma once

#include "codeboom/model/memos.h"

#include <wx/panel.h>
#include <wx/timer.h>

#include <functional>

class wxButton;
class wxStaticText;
class wxTextCtrl;

namespace codeboom {
class Command;
class Project;
} // namespace codeboom

namespace codeboom::gui {

// The memo on what the user has selected: the project, a document, a code or a coding. The text
// is saved as one SetMemo (or RemoveMemo, when emptied) command per edit session: a session ends
// when the text loses the focus, when the user pauses typing, or when another target is shown,
// so undo takes back a whole passage of writing rather than a keystroke.
class MemoPane : public wxPanel {
public:
    // Runs a command as the frame's gestures do (undoable, refreshing the window).
    using Runner = std::function<bool(Command&)>;
    static constexpr int kPauseMs = 2000;

    MemoPane(wxWindow* parent, Runner run);

    // Shows the memo on `target` (its ref a UUID; empty for the project), saving an edit in
    // progress on the previous target first. Without a project the pane is empty.
    void show(Project* project, MemoTarget target);
    // Reads the memo again after the project changed (undo, redo, a deleted target), keeping an
    // edit in progress; a target that no longer exists gives way to the project memo.
    void reload();
    // Saves an edit in progress now. False when core refused it (the frame showed why).
    bool commit();
    // Forgets the project without saving: the frame is being destroyed and can run nothing.
    void detach();

    const MemoTarget& target() const { return target_; }
    wxString title() const;
    wxTextCtrl* editor() const { return text_; }
    bool editing() const { return dirty_; }

private:
    void load();
    void wrapDetail();
    wxString describe() const;

    Runner run_;
    Project* project_ = nullptr;
    MemoTarget target_;
    std::string stored_; // the text as core has it
    bool dirty_ = false;
    wxStaticText* title_;
    wxStaticText* detail_;
    wxString detailText_; // unwrapped
    wxButton* toProject_;
    wxTextCtrl* text_;
    wxTimer pause_;
};

} // namespace codeboom::gui
