#pragma once

#include <wx/dialog.h>

#include <vector>

namespace codeboom::gui {

// One line of an import, export or merge report as the dialog shows it.
struct ReportRow {
    wxString item;
    wxString count; // empty for lines that count nothing
    wxString note;
    bool attention = false; // skipped, warning, conflict: drawn in a warning colour
};

// A report after REFI-QDA import or export, or before a merge: a heading, a line under it and
// the rows in a list; `okLabel` names the button that goes on (empty: only Close).
class ReportDialog : public wxDialog {
public:
    ReportDialog(wxWindow* parent, const wxString& title, const wxString& heading,
                 const wxString& subheading, const std::vector<ReportRow>& rows,
                 const wxString& okLabel = {}, bool okEnabled = true);
};

} // namespace codeboom::gui
