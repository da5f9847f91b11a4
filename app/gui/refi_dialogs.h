#pragma once

#include "report_dialog.h"

#include <filesystem>
#include <vector>

namespace codeboom::gui {

class MainFrame;

// What a REFI-QDA import or export did, as the report dialog lists it.
struct RefiOutcome {
    bool ok = false;
    wxString error;          // core's message when !ok
    bool errorShown = false; // the main window already showed it (a refused command)
    wxString heading;        // "Imported leo.qdpx"
    wxString subheading;     // origin, namespace
    std::vector<ReportRow> rows;
};

// The handlers behind File > Import REFI-QDA and File > Export REFI-QDA, without the file and
// report dialogs: a .qdpx project or a .qdc codebook, by extension. Import runs as one command
// through the main window (undoable); a bad file changes nothing.
RefiOutcome importRefi(MainFrame& frame, const std::filesystem::path& file);
RefiOutcome exportRefi(MainFrame& frame, const std::filesystem::path& file);

// The menu items: ask for the file, run the handler, then show the report or the error.
void onImportRefi(MainFrame& frame);
void onExportRefi(MainFrame& frame);

} // namespace codeboom::gui
