#pragma once

#include "codeboom/commands/review_commands.h"

#include <wx/dialog.h>
#include <wx/frame.h>

#include <string>
#include <vector>

class wxButton;
class wxChoice;
class wxListCtrl;
class wxRadioBox;
class wxStaticText;
class wxTextCtrl;

namespace codeboom::gui {

class MainFrame;

// Marks a coding approved / question / rejected with a comment: core's ReviewCoding run through
// the main window (undoable, in the event log). False with the reason in frame.lastError().
bool markCoding(MainFrame& frame, const std::string& codingUuid, const std::string& state,
                const wxString& comment);

// Review > Mark coding...: the coding under the transcript's selection (or caret); with several
// there, the user picks one; then the mark dialog.
void reviewCodingAtSelection(MainFrame& frame);

// Asks for a review state and comment for one coding.
class ReviewDialog : public wxDialog {
public:
    ReviewDialog(wxWindow* parent, const Coding& coding, const std::string& state);
    std::string state() const;
    wxString comment() const;

private:
    wxRadioBox* state_;
    wxTextCtrl* comment_;
};

// Review marks on codings: by default the open questions, which coders answer; double-click
// jumps to the coding; a supervisor marks the selected coding from here.
class ReviewList : public wxFrame {
public:
    explicit ReviewList(MainFrame& frame);

    void reload();
    // true: only codings whose latest mark is 'question'; false: every coding's latest mark.
    void showOpenQuestionsOnly(bool only);
    const std::vector<Review>& shown() const { return reviews_; }
    wxListCtrl* list() const { return list_; }
    // Jumps to the coding of row `index` in the main window.
    void jumpTo(std::size_t index);

private:
    void onMark(const std::string& state);
    void showDetail(long row);
    long selectedRow() const;

    MainFrame& frame_;
    std::vector<Review> reviews_;
    bool updating_ = false;
    std::uint64_t seen_ = 0; // the main window's revision() last read
    wxChoice* filter_ = nullptr;
    wxStaticText* count_ = nullptr;
    wxListCtrl* list_ = nullptr;
    wxTextCtrl* detail_ = nullptr;
    std::vector<wxButton*> markButtons_;
};

} // namespace codeboom::gui
