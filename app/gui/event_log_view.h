#pragma once

#include "codeboom/audit/history.h"

#include <wx/frame.h>

#include <string>
#include <vector>

class wxCheckBox;
class wxChoice;
class wxDatePickerCtrl;
class wxListCtrl;
class wxStaticText;
class wxTextCtrl;

namespace codeboom::gui {

class MainFrame;
class EventList;

// The project's event log for supervisors, read-only: who did what, when and why, filtered by
// coder, period, code and action through core's filterEvents (the filters of `codeboom-cli log`).
class EventLogView : public wxFrame {
public:
    explicit EventLogView(MainFrame& frame);

    // Rebuilds the filter choices from the project and shows the events again.
    void reload();
    // Sets the filter controls (as the user would) and shows the events they admit.
    void filterBy(const EventFilter& filter);
    EventFilter filterFromControls() const;
    const std::vector<Event>& shown() const { return events_; }
    wxListCtrl* list() const;

private:
    void refresh();
    void showDetail(long row);

    MainFrame& frame_;
    std::vector<Event> events_;
    std::vector<std::string> coderNames_;
    std::vector<std::string> codePaths_;
    std::vector<std::string> actions_;
    std::size_t total_ = 0;
    bool updating_ = false;
    std::uint64_t seen_ = 0; // the main window's revision() last read

    wxChoice* coder_ = nullptr;
    wxCheckBox* sinceOn_ = nullptr;
    wxDatePickerCtrl* since_ = nullptr;
    wxCheckBox* untilOn_ = nullptr;
    wxDatePickerCtrl* until_ = nullptr;
    wxChoice* code_ = nullptr;
    wxChoice* action_ = nullptr;
    EventList* list_ = nullptr;
    wxStaticText* count_ = nullptr;
    wxTextCtrl* detail_ = nullptr;
};

} // namespace codeboom::gui
