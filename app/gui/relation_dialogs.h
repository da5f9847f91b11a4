#pragma once

#include "codeboom/model/relations.h"

#include <wx/dialog.h>

#include <string>
#include <vector>

class wxChoice;
class wxTextCtrl;

namespace codeboom {
class Project;
}

namespace codeboom::gui {

// One coding that shows a relation, as the evidence dialog lists it.
struct EvidenceRow {
    std::string codingUuid;
    std::string document;
    std::string speaker; // of the turn the coding starts in; empty when the document has none
    std::string codePath;
    std::string text;
};

// The relation's evidence codings in its order (document order).
std::vector<EvidenceRow> evidenceRowsOf(Project& project, const Relation& relation);

// Asked when the user draws a relation from one code to another: its type (the built-ins, then
// the project's own, in the UI language) and an optional memo.
class NewRelationDialog : public wxDialog {
public:
    NewRelationDialog(wxWindow* parent, Project& project, const std::string& fromName,
                      const std::string& toName);
    std::string typeUuid() const;
    std::string memo() const;

private:
    std::vector<RelationType> types_;
    wxChoice* type_ = nullptr;
    wxTextCtrl* memo_ = nullptr;
};

// A relation's evidence codings and memo, read-only.
class RelationEvidenceDialog : public wxDialog {
public:
    RelationEvidenceDialog(wxWindow* parent, const wxString& title,
                           const std::vector<EvidenceRow>& rows, const std::string& memo);
};

} // namespace codeboom::gui
