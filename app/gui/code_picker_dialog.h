#pragma once

#include "codeboom/model/types.h"

#include <wx/dialog.h>

#include <optional>
#include <vector>

class wxListCtrl;
class wxStaticText;
class wxTextCtrl;

namespace codeboom {
class Project;
}

namespace codeboom::gui {

// "Code with…" (Ctrl+K): type part of a code's path, pick it, Enter. The list is core's
// codesMatching(): every word anywhere in the path, case and accents ignored. When nothing
// matches, Enter offers to create the typed code, under the category the user has selected.
class CodePickerDialog : public wxDialog {
public:
    // `category`: where a new code goes when the typed text is a bare name (nullopt: the top).
    CodePickerDialog(wxWindow* parent, Project& project, std::optional<RowId> category);

    // What Enter chose: a listed code, or the path of a code to create.
    struct Choice {
        std::optional<RowId> code;
        std::string newPath;
    };

    // As typing does: filters the list and selects its first code.
    void setQuery(const wxString& query);
    const std::vector<RowId>& shown() const { return shown_; }
    // The selected code; else, when the query matches nothing, the code to create; else nothing.
    Choice choice() const;
    void moveSelection(int step);

private:
    void refill();
    void accept();
    std::string newCodePath() const;

    Project& project_;
    std::optional<RowId> category_;
    wxTextCtrl* query_;
    wxListCtrl* list_;
    wxStaticText* hint_;
    std::vector<RowId> shown_;
};

} // namespace codeboom::gui
