#include "open_error.h"

#include "codeboom/error.h"

#include "language.h"

#include <wx/filename.h>
#include <wx/intl.h>

namespace codeboom::gui {

wxString openErrorMessage(const Error& error, const wxString& file) {
    const wxString name = wxFileName(file).GetFullName();
    wxString lead;
    if (dynamic_cast<const ProjectLockedError*>(&error))
        lead = wxString::Format(_("%s is open in another Codeboom window or program."), name);
    else if (dynamic_cast<const ProjectTooNewError*>(&error))
        lead = wxString::Format(
            _("%s was saved by a newer version of Codeboom. Update Codeboom to open it."), name);
    else if (dynamic_cast<const ProjectCorruptError*>(&error))
        lead = wxString::Format(_("%s is damaged. Restore it from a backup."), name);
    else if (dynamic_cast<const NotAProjectError*>(&error))
        lead = wxString::Format(_("%s is not a Codeboom project."), name);
    else
        lead = wxString::Format(_("%s cannot be opened."), name);
    return lead + "\n\n" + wxString::Format(_("Details: %s"), translatedError(error));
}

} // namespace codeboom::gui
