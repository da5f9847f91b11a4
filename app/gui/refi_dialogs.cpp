#include "refi_dialogs.h"

#include "codeboom/error.h"
#include "codeboom/project.h"
#include "codeboom/refi/qdc.h"
#include "codeboom/refi/qdpx_export.h"
#include "codeboom/refi/qdpx_import.h"

#include "display_format.h"
#include "language.h"
#include "main_frame.h"

#include <wx/filedlg.h>
#include <wx/msgdlg.h>

#include <cctype>
#include <memory>

namespace codeboom::gui {

namespace {

bool isCodebook(const std::filesystem::path& file) {
    std::string ext = file.extension().string();
    for (char& c : ext)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext == ".qdc";
}

wxString number(std::size_t n) {
    return wxString::Format("%zu", n);
}

std::vector<ReportRow> importRows(const refi::ImportReport& r, bool codebook) {
    std::vector<ReportRow> rows;
    rows.push_back({_("Codes"), number(r.codesCreated),
                    wxString::Format(_("%zu in the file; %zu matched existing codes; %zu renamed"),
                                     r.found.codes, r.codesMerged, r.codesRenamed)});
    if (!codebook) {
        rows.push_back({_("Documents"), number(r.documentsCreated),
                        wxString::Format(_("%zu text sources in the file; %zu already in the "
                                           "project"),
                                         r.found.textSources, r.documentsReused)});
        rows.push_back({_("Codings"), number(r.codings),
                        wxString::Format(_("%zu in the file; %zu already in the project"),
                                         r.found.codings, r.codingsAlreadyPresent)});
        rows.push_back({_("Memos"), number(r.memos),
                        wxString::Format(_("%zu notes in the file"), r.found.notes)});
        rows.push_back({_("Coders"), number(r.codersCreated),
                        wxString::Format(_("%zu users in the file; %zu matched existing coders"),
                                         r.found.users, r.codersMatched)});
        rows.push_back(
            {_("Cases"), number(r.cases), wxString::Format(_("%zu in the file"), r.found.cases)});
        rows.push_back({_("Attributes"), number(r.attributes), ""});
        rows.push_back({_("Relations"), number(r.relations),
                        wxString::Format(_("%zu links in the file; %zu already in the project; "
                                           "%zu evidence links; %zu new relation types"),
                                         r.found.links, r.relationsAlreadyPresent,
                                         r.relationEvidence, r.relationTypesCreated)});
        if (r.categoriesFromSets)
            rows.push_back(
                {_("Categories"), number(r.categoriesFromSets), _("from the file's sets")});
        if (r.sidecarFields)
            rows.push_back({_("Codeboom fields"), number(r.sidecarFields),
                            _("codes, documents, memos and relations given Codeboom's own fields "
                              "from codeboom.json")});
    }
    if (r.newGuids)
        rows.push_back({_("New GUIDs"), number(r.newGuids),
                        _("missing, malformed or already taken in the file"), true});
    for (const auto& d : r.dialects)
        rows.push_back(
            {_("Positions"), "",
             wxString::Format(_("%s: %s (%zu of %zu selections fit)"), fromUtf8(d.document),
                              fromUtf8(d.description), d.matched, d.probed)});
    for (const auto& [reason, count] : r.skipped)
        rows.push_back({_("Skipped"), number(count), fromUtf8(reason), true});
    for (const std::string& warning : r.warnings)
        rows.push_back({_("Warning"), "", fromUtf8(warning), true});
    return rows;
}

} // namespace

RefiOutcome importRefi(MainFrame& frame, const std::filesystem::path& file) {
    RefiOutcome outcome;
    if (!frame.project())
        return outcome;
    const bool codebook = isCodebook(file);
    // The constructors read and check the whole file, so a bad file fails before anything runs.
    std::unique_ptr<Command> command;
    const refi::ImportReport* report = nullptr;
    try {
        if (codebook) {
            auto qdc = std::make_unique<refi::ImportQdc>(file);
            report = &qdc->report();
            command = std::move(qdc);
        } else {
            auto qdpx = std::make_unique<refi::ImportQdpx>(file);
            report = &qdpx->report();
            command = std::move(qdpx);
        }
    } catch (const Error& e) {
        outcome.error = translatedError(e);
        return outcome;
    }
    if (!frame.run(*command)) {
        outcome.error = frame.lastError();
        outcome.errorShown = true;
        return outcome;
    }
    outcome.ok = true;
    outcome.heading = wxString::Format(_("Imported %s"), fromUtf8(file.filename().string()));
    if (!codebook)
        outcome.subheading =
            wxString::Format(_("Made by: %s. Namespace: %s."),
                             report->origin.empty() ? _("(not given)") : fromUtf8(report->origin),
                             report->nameSpace.empty() ? _("(none)") : fromUtf8(report->nameSpace));
    outcome.rows = importRows(*report, codebook);
    return outcome;
}

RefiOutcome exportRefi(MainFrame& frame, const std::filesystem::path& file) {
    RefiOutcome outcome;
    Project* project = frame.project();
    if (!project)
        return outcome;
    try {
        if (isCodebook(file)) {
            outcome.rows.push_back({_("Codes"), number(refi::exportQdc(*project, file)), ""});
        } else {
            const refi::ExportSummary s = refi::exportQdpx(*project, file);
            outcome.rows = {
                {_("Codes"), number(s.codes), ""},
                {_("Sources"), number(s.sources), _("plain text, UTF-8, in sources/")},
                {_("Selections"), number(s.selections), ""},
                {_("Codings"), number(s.codings), ""},
                {_("Users"), number(s.users), _("the coders")},
                {_("Notes"), number(s.notes), _("the memos")},
                {_("Cases"), number(s.cases), ""},
                {_("Variables"), number(s.variables), _("the case attributes")},
                {_("Links"), number(s.links),
                 wxString::Format(_("the relations between codes, and %zu evidence links from "
                                    "codings to relations"),
                                  s.evidenceLinks)},
                {_("Codeboom fields"), "",
                 _("phases, statuses, the core category, the story line, codebook fields and "
                   "relation types, in codeboom.json beside project.qde")},
            };
        }
    } catch (const Error& e) {
        outcome.error = translatedError(e);
        return outcome;
    }
    outcome.ok = true;
    outcome.heading = wxString::Format(_("Exported %s"), fromUtf8(file.filename().string()));
    outcome.subheading = _("REFI-QDA 1.5 (urn:QDA-XML), readable by ATLAS.ti, NVivo, MAXQDA and "
                           "QualCoder.");
    return outcome;
}

namespace {

void report(MainFrame& frame, const RefiOutcome& outcome, const wxString& title) {
    if (!outcome.ok) {
        if (!outcome.errorShown && !outcome.error.empty())
            wxMessageBox(outcome.error, title, wxOK | wxICON_WARNING, &frame);
        return;
    }
    ReportDialog(&frame, title, outcome.heading, outcome.subheading, outcome.rows).ShowModal();
}

wxString wildcard() {
    return _("REFI-QDA projects") + " (*.qdpx)|*.qdpx|" + _("REFI-QDA codebooks") +
           " (*.qdc)|*.qdc";
}

} // namespace

void onImportRefi(MainFrame& frame) {
    wxFileDialog dialog(&frame, _("Import REFI-QDA"), "", "", wildcard(),
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK)
        return;
    report(frame, importRefi(frame, std::filesystem::path(toUtf8(dialog.GetPath()))),
           _("Import REFI-QDA"));
}

void onExportRefi(MainFrame& frame) {
    if (!frame.project())
        return;
    const std::string stem = frame.project()->path().stem().string();
    wxFileDialog dialog(&frame, _("Export REFI-QDA"), "", fromUtf8(stem + ".qdpx"), wildcard(),
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK)
        return;
    std::filesystem::path file(toUtf8(dialog.GetPath()));
    // GTK keeps the typed name; the chosen filter decides the format when it has no extension.
    if (file.extension().empty())
        file += dialog.GetFilterIndex() == 1 ? ".qdc" : ".qdpx";
    report(frame, exportRefi(frame, file), _("Export REFI-QDA"));
}

} // namespace codeboom::gui
