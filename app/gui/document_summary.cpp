#include "document_summary.h"

#include "codeboom/project.h"

#include <wx/intl.h>

#include <map>
#include <set>
#include <string>
#include <vector>

namespace codeboom::gui {

namespace {

wxString utf8(const std::string& text) {
    return wxString::FromUTF8(text);
}

wxString joined(const std::map<std::string, std::string>& attributes) {
    wxString out;
    for (const auto& [name, value] : attributes)
        out += (out.empty() ? "" : ", ") + utf8(name) + " " + utf8(value);
    return out;
}

} // namespace

wxString documentSummary(Project& project, const Document& document) {
    // A speaker's attributes for every document first, then those for this document over them.
    std::map<std::string, std::map<std::string, std::string>> speakers;
    std::map<std::string, std::string> own;
    for (const bool scoped : {false, true})
        for (const CaseAttribute& a : project.attributes()) {
            if (a.kind == "speaker" && (scoped ? a.document == document.name : a.document.empty()))
                speakers[a.caseName][a.name] = a.value;
            else if (!scoped && a.kind == "document" && a.caseName == document.name)
                own[a.name] = a.value;
        }
    wxString out =
        utf8(document.name) + " (" +
        wxString::Format(wxPLURAL("%zu word", "%zu words", static_cast<unsigned>(document.words)),
                         document.words) +
        ")";
    std::set<std::string> seen;
    for (const Turn& turn : project.turns(document.id)) {
        if (turn.speaker.empty() || !seen.insert(turn.speaker).second)
            continue;
        out += "\n" + utf8(turn.speaker);
        if (const auto it = speakers.find(turn.speaker); it != speakers.end())
            out += ": " + joined(it->second);
    }
    if (!own.empty())
        out += "\n" + wxString::Format(_("Document: %s"), joined(own));
    return out;
}

} // namespace codeboom::gui
