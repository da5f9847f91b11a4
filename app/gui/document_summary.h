#pragma once

#include <wx/string.h>

namespace codeboom {
class Project;
struct Document;
} // namespace codeboom

namespace codeboom::gui {

// What the Documents pane shows when the pointer rests on a document: its name and words, each
// speaker in the order they first speak with their case attributes, and the document's own
// attributes, so the cases are in view while coding.
wxString documentSummary(Project& project, const Document& document);

} // namespace codeboom::gui
