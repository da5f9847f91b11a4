#pragma once

#include "codeboom/commands/import_batch.h"
#include "codeboom/io/progress_sink.h"

#include <wx/dnd.h>
#include <wx/string.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <vector>

class wxProgressDialog;
class wxWindow;

namespace codeboom::gui {

// Core's ProgressSink as a progress dialog with a Cancel button, shown for batches of more than
// one file.
class ImportProgress : public ProgressSink {
public:
    explicit ImportProgress(wxWindow* parent);
    ~ImportProgress() override;
    bool advance(std::size_t done, std::size_t total, std::string_view item) override;

private:
    wxWindow* parent_;
    std::unique_ptr<wxProgressDialog> dialog_;
};

// Files dropped onto a window, handed on as paths.
class FileDrop : public wxFileDropTarget {
public:
    using Handler = std::function<void(const std::vector<std::filesystem::path>&)>;
    explicit FileDrop(Handler handler) : handler_(std::move(handler)) {}
    bool OnDropFiles(wxCoord x, wxCoord y, const wxArrayString& files) override;

private:
    Handler handler_;
};

// Why a file failed, without the file name core's message starts with ("kapot.docx: ...").
wxString failureReason(const ImportOutcome& outcome);

// The files that failed, with their reasons, in a list the user can read at leisure.
void showImportFailures(wxWindow* parent, const std::vector<ImportOutcome>& outcomes);

} // namespace codeboom::gui
