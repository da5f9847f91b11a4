#include "memo_pane.h"

#include "codeboom/commands/memo_commands.h"
#include "codeboom/error.h"
#include "codeboom/project.h"

#include <wx/button.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace codeboom::gui {

namespace {

wxString utf8(const std::string& text) {
    return wxString::FromUTF8(text);
}

bool isBlank(const std::string& text) {
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

// A passage shown on one line: line breaks as pilcrows, cut at `length` characters.
wxString excerpt(const std::string& text, std::size_t length) {
    wxString out = utf8(text);
    out.Replace("\n", wxString::FromUTF8(" ¶ "));
    if (out.length() > length)
        out = out.Left(length).Trim() + wxString::FromUTF8("…");
    return out;
}

} // namespace

MemoPane::MemoPane(wxWindow* parent, Runner run) : wxPanel(parent), run_(std::move(run)) {
    title_ =
        new wxStaticText(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxST_ELLIPSIZE_END);
    title_->SetFont(title_->GetFont().Bold());
    toProject_ = new wxButton(this, wxID_ANY, _("Project memo"), wxDefaultPosition, wxDefaultSize,
                              wxBU_EXACTFIT);
    toProject_->SetToolTip(_("Show the memo on the whole project"));
    detail_ = new wxStaticText(this, wxID_ANY, "");
    detail_->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    text_ = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxSize(-1, 80),
                           wxTE_MULTILINE | wxTE_WORDWRAP);
    // The title is cut short with an ellipsis and the detail wrapped: a long code path or
    // definition must not widen the pane (and with it the whole dock) to its full length.
    title_->SetMinSize(wxSize(40, -1));
    detail_->SetMinSize(wxSize(40, -1));
    SetInitialSize(wxSize(340, 200));

    auto* header = new wxBoxSizer(wxHORIZONTAL);
    header->Add(title_, 1, wxALIGN_CENTER_VERTICAL);
    header->Add(toProject_, 0, wxALIGN_CENTER_VERTICAL | wxLEFT, 6);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(header, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 6);
    sizer->Add(detail_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 6);
    sizer->Add(text_, 1, wxEXPAND | wxALL, 6);
    SetSizer(sizer);

    toProject_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { show(project_, MemoTarget{}); });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        wrapDetail();
        event.Skip();
    });
    text_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        dirty_ = true;
        pause_.StartOnce(kPauseMs);
    });
    text_->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& event) {
        commit();
        event.Skip();
    });
    pause_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { commit(); });
    load();
}

void MemoPane::show(Project* project, MemoTarget target) {
    if (project == project_ && target.kind == target_.kind && target.ref == target_.ref) {
        reload();
        return;
    }
    commit();
    project_ = project;
    target_ = std::move(target);
    load();
}

bool MemoPane::commit() {
    pause_.Stop();
    if (!dirty_ || !project_)
        return true;
    dirty_ = false;
    const std::string text(text_->GetValue().utf8_str());
    if (text == stored_ || (isBlank(text) && stored_.empty()))
        return true;
    bool done = false;
    if (isBlank(text)) {
        RemoveMemo command(target_);
        done = run_(command);
    } else {
        SetMemo command(target_, text);
        done = run_(command);
    }
    if (done)
        stored_ = isBlank(text) ? std::string() : text;
    else
        dirty_ = true; // keep the words on screen; the next pause or focus change tries again
    return done;
}

void MemoPane::detach() {
    pause_.Stop();
    project_ = nullptr;
    dirty_ = false;
}

void MemoPane::reload() {
    if (project_ && !memoTargetName(*project_, target_.kind, target_.ref)) {
        // The document, code or coding is gone (deleted, or its creation undone).
        commit();
        target_ = MemoTarget{};
        dirty_ = false;
    }
    if (dirty_) {
        title_->SetLabel(title());
        return;
    }
    load();
}

void MemoPane::load() {
    stored_.clear();
    dirty_ = false;
    if (project_)
        if (const auto memo = memoOn(*project_, target_.kind, target_.ref))
            stored_ = memo->text;
    // Setting the same text again would move the caret of someone who just paused typing.
    if (text_->GetValue() != utf8(stored_))
        text_->ChangeValue(utf8(stored_));
    text_->SetEditable(project_ && !project_->readOnly());
    text_->Enable(project_ != nullptr);
    // This runs after every command: relabel and lay out only when something changed.
    const wxString heading = title();
    const wxString detail = describe();
    if (heading == title_->GetLabel() && detail == detailText_)
        return;
    title_->SetLabel(heading);
    title_->SetToolTip(heading);
    toProject_->Show(project_ && target_.kind != MemoTargetKind::Project);
    detailText_ = detail;
    wrapDetail();
}

void MemoPane::wrapDetail() {
    detail_->SetLabel(detailText_);
    detail_->Wrap(std::max(60, GetClientSize().x - 12));
    detail_->Show(!detailText_.empty());
    Layout();
}

wxString MemoPane::title() const {
    const auto name =
        project_ ? memoTargetName(*project_, target_.kind, target_.ref) : std::nullopt;
    if (!name)
        return _("Memo"); // no project, or the target is gone (reload() then shows the project's)
    switch (target_.kind) {
    case MemoTargetKind::Project:
        return _("Project memo");
    case MemoTargetKind::Document:
        return wxString::Format(_("Memo on document '%s'"), utf8(*name));
    case MemoTargetKind::Code:
        return wxString::Format(_("Memo on code '%s'"), utf8(*name));
    case MemoTargetKind::Coding:
        return wxString::Format(_("Memo on coding '%s'"), utf8(*name));
    }
    return _("Memo");
}

// A line under the title that says more about the target: where a coding is, what a code means.
wxString MemoPane::describe() const {
    if (!project_)
        return {};
    try {
        switch (target_.kind) {
        case MemoTargetKind::Project:
            return utf8(project_->fileName());
        case MemoTargetKind::Document:
            return {};
        case MemoTargetKind::Code:
            return excerpt(project_->codeTree().resolve(target_.ref).description, 160);
        case MemoTargetKind::Coding: {
            const Coding coding = project_->coding(target_.ref);
            return utf8(coding.document) + ", " + utf8(coding.coder) + ": " +
                   wxString::FromUTF8("\u201c") + excerpt(coding.text, 80) +
                   wxString::FromUTF8("\u201d");
        }
        }
    } catch (const Error&) {
        // Gone since.
    }
    return {};
}

} // namespace codeboom::gui
