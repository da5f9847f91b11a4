#include "review_list.h"

#include "codeboom/error.h"
#include "codeboom/project.h"

#include "display_format.h"
#include "main_frame.h"
#include "transcript_view.h"

#include <wx/button.h>
#include <wx/choicdlg.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/msgdlg.h>
#include <wx/panel.h>
#include <wx/radiobox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/stc/stc.h>
#include <wx/textctrl.h>

namespace codeboom::gui {

namespace {

const char* const kStates[] = {"approved", "question", "rejected"};

wxString stateText(const std::string& state) {
    if (state == "approved")
        return wxString::FromUTF8("\xE2\x9C\x93 ") + _("approved");
    if (state == "question")
        return "? " + _("question");
    if (state == "rejected")
        return wxString::FromUTF8("\xE2\x9C\x97 ") + _("rejected");
    return fromUtf8(state);
}

wxString oneLine(const std::string& text, std::size_t limit = 160) {
    wxString out = fromUtf8(text);
    out.Replace("\n", wxString::FromUTF8(" \xC2\xB6 "));
    if (out.length() > limit)
        out = out.Left(limit) + wxString::FromUTF8("\xE2\x80\xA6");
    return out;
}

} // namespace

bool markCoding(MainFrame& frame, const std::string& codingUuid, const std::string& state,
                const wxString& comment) {
    ReviewCoding command(codingUuid, state, toUtf8(comment));
    return frame.run(command);
}

ReviewDialog::ReviewDialog(wxWindow* parent, const Coding& coding, const std::string& state)
    : wxDialog(parent, wxID_ANY, _("Review coding"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* what =
        new wxStaticText(this, wxID_ANY,
                         fromUtf8(coding.codePath) + wxString::FromUTF8("  \xC2\xB7  ") +
                             wxString::Format(_("coded by %s in %s"), fromUtf8(coding.coder),
                                              fromUtf8(coding.document)));
    what->SetFont(what->GetFont().Bold());
    sizer->Add(what, 0, wxALL, 12);
    auto* quote = new wxStaticText(this, wxID_ANY,
                                   wxString::FromUTF8("\xE2\x80\x9C") + oneLine(coding.text, 400) +
                                       wxString::FromUTF8("\xE2\x80\x9D"));
    quote->Wrap(520);
    quote->SetForegroundColour(wxColour(0x37, 0x41, 0x51));
    sizer->Add(quote, 0, wxLEFT | wxRIGHT | wxBOTTOM, 12);
    const wxString states[] = {_("Approved"), _("Question"), _("Rejected")};
    state_ = new wxRadioBox(this, wxID_ANY, _("Mark"), wxDefaultPosition, wxDefaultSize, 3, states,
                            3, wxRA_SPECIFY_COLS);
    for (int i = 0; i < 3; ++i)
        if (state == kStates[i])
            state_->SetSelection(i);
    sizer->Add(state_, 0, wxEXPAND | wxLEFT | wxRIGHT, 12);
    sizer->Add(new wxStaticText(this, wxID_ANY, _("Comment for the coder")), 0,
               wxLEFT | wxRIGHT | wxTOP, 12);
    comment_ =
        new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxSize(520, 90), wxTE_MULTILINE);
    sizer->Add(comment_, 1, wxEXPAND | wxALL, 12);
    sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 12);
    SetSizerAndFit(sizer);
    comment_->SetFocus();
    CentreOnParent();
}

std::string ReviewDialog::state() const {
    return kStates[std::max(state_->GetSelection(), 0)];
}

wxString ReviewDialog::comment() const {
    return comment_->GetValue();
}

void reviewCodingAtSelection(MainFrame& frame) {
    Project* project = frame.project();
    TranscriptView* transcript = frame.transcript();
    if (!project || !transcript->documentId())
        return;
    std::size_t from = 0, to = 0;
    if (const auto range = transcript->selection(*project, true)) {
        std::tie(from, to) = *range;
    } else {
        const auto caret = static_cast<std::size_t>(transcript->editor()->GetCurrentPos());
        from = project->text(*transcript->documentId()).offsets.codePointOfByte(caret);
        to = from + 1;
    }
    CodingFilter filter;
    filter.documentId = *transcript->documentId();
    std::vector<Coding> here;
    for (Coding& coding : project->codings(filter))
        if (coding.start < to && from < coding.end)
            here.push_back(std::move(coding));
    if (here.empty()) {
        wxMessageBox(_("There is no coding at the selection. Select text inside a coded "
                       "passage first."),
                     _("Review coding"), wxOK | wxICON_INFORMATION, &frame);
        return;
    }
    std::size_t chosen = 0;
    if (here.size() > 1) {
        wxArrayString names;
        for (const Coding& c : here)
            names.Add(fromUtf8(c.codePath) + "  (" + fromUtf8(c.coder) + ")  " +
                      oneLine(c.text, 60));
        wxSingleChoiceDialog pick(&frame, _("Several codings lie here. Which one?"),
                                  _("Review coding"), names);
        if (pick.ShowModal() != wxID_OK)
            return;
        chosen = static_cast<std::size_t>(pick.GetSelection());
    }
    ReviewDialog dialog(&frame, here[chosen], "question");
    if (dialog.ShowModal() == wxID_OK)
        markCoding(frame, here[chosen].uuid, dialog.state(), dialog.comment());
}

ReviewList::ReviewList(MainFrame& frame)
    : wxFrame(&frame, wxID_ANY, _("Review marks"), wxDefaultPosition, wxSize(1200, 700)),
      frame_(frame) {
    SetName("review-list");
    auto* root = new wxPanel(this);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* bar = new wxBoxSizer(wxHORIZONTAL);
    bar->Add(new wxStaticText(root, wxID_ANY, _("Show")), 0, wxALIGN_CENTRE_VERTICAL);
    filter_ = new wxChoice(root, wxID_ANY);
    filter_->Append(std::vector<wxString>{_("Open questions"), _("Every coding's latest mark")});
    filter_->SetSelection(0);
    filter_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { reload(); });
    bar->Add(filter_, 0, wxLEFT, 6);
    count_ = new wxStaticText(root, wxID_ANY, "");
    count_->SetForegroundColour(wxColour(0x4B, 0x55, 0x63));
    bar->Add(count_, 0, wxALIGN_CENTRE_VERTICAL | wxLEFT, 12);
    bar->AddStretchSpacer();
    const std::pair<std::string, wxString> marks[] = {{"approved", _("Approve...")},
                                                      {"question", _("Ask a question...")},
                                                      {"rejected", _("Reject...")}};
    for (const auto& [state, label] : marks) {
        auto* button = new wxButton(root, wxID_ANY, label);
        button->Bind(wxEVT_BUTTON, [this, s = state](wxCommandEvent&) { onMark(s); });
        bar->Add(button, 0, wxLEFT, 6);
        markButtons_.push_back(button);
    }
    sizer->Add(bar, 0, wxEXPAND | wxALL, 10);

    list_ = new wxListCtrl(root, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                           wxLC_REPORT | wxLC_SINGLE_SEL);
    list_->AppendColumn(_("Mark"), wxLIST_FORMAT_LEFT, 120);
    list_->AppendColumn(_("Document"), wxLIST_FORMAT_LEFT, 150);
    list_->AppendColumn(_("Code"), wxLIST_FORMAT_LEFT, 250);
    list_->AppendColumn(_("Coder"), wxLIST_FORMAT_LEFT, 80);
    list_->AppendColumn(_("Comment"), wxLIST_FORMAT_LEFT, 300);
    list_->AppendColumn(_("Reviewer"), wxLIST_FORMAT_LEFT, 100);
    list_->AppendColumn(_("When (UTC)"), wxLIST_FORMAT_LEFT, 130);
    list_->AppendColumn(_("Text"), wxLIST_FORMAT_LEFT, 600);
    list_->Bind(wxEVT_LIST_ITEM_ACTIVATED,
                [this](wxListEvent& event) { jumpTo(static_cast<std::size_t>(event.GetIndex())); });
    list_->Bind(wxEVT_LIST_ITEM_SELECTED,
                [this](wxListEvent& event) { showDetail(event.GetIndex()); });
    sizer->Add(list_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 10);
    detail_ = new wxTextCtrl(root, wxID_ANY, "", wxDefaultPosition, wxSize(-1, 130),
                             wxTE_MULTILINE | wxTE_READONLY | wxTE_RICH2);
    detail_->SetBackgroundColour(wxColour(0xF6, 0xF7, 0xF9));
    sizer->Add(detail_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 10);
    auto* hint = new wxStaticText(root, wxID_ANY,
                                  _("Double-click a row to see the coding in the transcript."));
    hint->SetForegroundColour(wxColour(0x6B, 0x72, 0x80));
    sizer->Add(hint, 0, wxLEFT | wxRIGHT | wxBOTTOM, 10);
    root->SetSizer(sizer);

    Bind(wxEVT_ACTIVATE, [this](wxActivateEvent& event) {
        if (event.GetActive() && !updating_ && frame_.revision() != seen_)
            CallAfter([this] { reload(); });
        event.Skip();
    });
    reload();
    CentreOnParent();
}

void ReviewList::showOpenQuestionsOnly(bool only) {
    filter_->SetSelection(only ? 0 : 1);
    reload();
}

void ReviewList::reload() {
    updating_ = true;
    seen_ = frame_.revision();
    list_->DeleteAllItems();
    reviews_.clear();
    Project* project = frame_.project();
    if (project) {
        const bool questions = filter_->GetSelection() == 0;
        for (Review& r : reviews(*project, true))
            if (!questions || r.state == "question")
                reviews_.push_back(std::move(r));
        for (const Review& r : reviews_) {
            const long row = list_->InsertItem(list_->GetItemCount(), stateText(r.state));
            list_->SetItem(row, 1, fromUtf8(r.document));
            list_->SetItem(row, 2, fromUtf8(r.codePath));
            list_->SetItem(row, 3, fromUtf8(r.codingCoder));
            list_->SetItem(row, 4, oneLine(r.comment));
            list_->SetItem(row, 5, fromUtf8(r.reviewer));
            list_->SetItem(row, 6, shortTime(r.at));
            list_->SetItem(row, 7, oneLine(project->coding(r.codingUuid).text));
        }
        count_->SetLabel(filter_->GetSelection() == 0
                             ? wxString::Format(wxPLURAL("%zu open question", "%zu open questions",
                                                         static_cast<unsigned>(reviews_.size())),
                                                reviews_.size())
                             : wxString::Format(wxPLURAL("%zu marked coding", "%zu marked codings",
                                                         static_cast<unsigned>(reviews_.size())),
                                                reviews_.size()));
    }
    for (wxButton* button : markButtons_)
        button->Enable(project && !project->readOnly() && !reviews_.empty());
    detail_->Clear();
    if (!reviews_.empty()) {
        list_->SetItemState(0, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
        showDetail(0);
    }
    updating_ = false;
}

void ReviewList::showDetail(long row) {
    detail_->Clear();
    Project* project = frame_.project();
    if (!project || row < 0 || static_cast<std::size_t>(row) >= reviews_.size())
        return;
    const Review& r = reviews_[static_cast<std::size_t>(row)];
    auto line = [&](const wxString& label, const wxString& value) {
        appendField(*detail_, label, value);
    };
    line(_("Coding:"), wxString::Format(_("%s, by %s in %s"), fromUtf8(r.codePath),
                                        fromUtf8(r.codingCoder), fromUtf8(r.document)));
    line(_("Text:"), fromUtf8(project->coding(r.codingUuid).text));
    line(_("Mark:"), stateText(r.state) + "  " +
                         wxString::Format(_("(%s, %s)"), fromUtf8(r.reviewer), shortTime(r.at)));
    line(_("Comment:"), r.comment.empty() ? _("(none given)") : fromUtf8(r.comment));
    detail_->SetInsertionPoint(0);
}

long ReviewList::selectedRow() const {
    return list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
}

void ReviewList::jumpTo(std::size_t index) {
    Project* project = frame_.project();
    if (!project || index >= reviews_.size())
        return;
    const Coding coding = project->coding(reviews_[index].codingUuid);
    frame_.showRange(coding.documentId, coding.start, coding.end);
    frame_.Raise();
}

void ReviewList::onMark(const std::string& state) {
    Project* project = frame_.project();
    const long row = selectedRow();
    if (!project || row < 0 || static_cast<std::size_t>(row) >= reviews_.size())
        return;
    const Coding coding = project->coding(reviews_[static_cast<std::size_t>(row)].codingUuid);
    ReviewDialog dialog(this, coding, state);
    if (dialog.ShowModal() == wxID_OK &&
        markCoding(frame_, coding.uuid, dialog.state(), dialog.comment()))
        reload();
}

} // namespace codeboom::gui
