#include "event_log_view.h"

#include "codeboom/error.h"
#include "codeboom/project.h"

#include "display_format.h"
#include "language.h"
#include "main_frame.h"

#include <nlohmann/json.hpp>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/listctrl.h>
#include <wx/panel.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <set>
#include <unordered_map>

namespace codeboom::gui {

namespace {

// What the event did as the Edit menu named it, in the UI language ("code 'Geld' toepassen").
// Events recorded before labels were stored that way show their recorded English label.
wxString shownLabel(const Event& e) {
    const auto payload = nlohmann::json::parse(e.payload, nullptr, false);
    if (payload.is_object() && payload.contains("label"))
        if (const Message label = Message::fromJson(payload["label"]); !label.message.empty())
            return translatedLabel(label);
    return fromUtf8(e.label);
}

wxString actionText(const Event& e) {
    if (e.kind == "undo")
        return wxString::Format(_("undo %s"), fromUtf8(e.command));
    if (e.kind == "redo")
        return wxString::Format(_("redo %s"), fromUtf8(e.command));
    return fromUtf8(e.command);
}

// A period end as the controls show it: ticked with a date, or not ticked (no limit).
void showDate(wxCheckBox* on, wxDatePickerCtrl* picker, const std::optional<std::string>& iso) {
    wxDateTime date;
    const bool valid = iso && date.ParseISODate(fromUtf8(iso->substr(0, 10)));
    on->SetValue(valid);
    picker->Enable(valid);
    if (valid)
        picker->SetValue(date);
}

std::optional<std::string> isoOf(const wxCheckBox* on, const wxDatePickerCtrl* picker) {
    if (!on->GetValue() || !picker->GetValue().IsValid())
        return std::nullopt;
    return toUtf8(picker->GetValue().FormatISODate());
}

} // namespace

// A virtual list: a log of many thousand events costs nothing to show.
class EventList : public wxListCtrl {
public:
    EventList(wxWindow* parent, const std::vector<Event>& events)
        : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                     wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL),
          events_(events) {
        AppendColumn(_("When (UTC)"), wxLIST_FORMAT_LEFT, 135);
        AppendColumn(_("Coder"), wxLIST_FORMAT_LEFT, 90);
        AppendColumn(_("Action"), wxLIST_FORMAT_LEFT, 150);
        AppendColumn(_("What"), wxLIST_FORMAT_LEFT, 640);
        AppendColumn(_("Reason"), wxLIST_FORMAT_LEFT, 300);
        undoneStyle_.SetTextColour(wxColour(0x6B, 0x72, 0x80));
    }

    wxString OnGetItemText(long item, long column) const override {
        const Event& e = events_[static_cast<std::size_t>(item)];
        switch (column) {
        case 0:
            return shortTime(e.at);
        case 1:
            return fromUtf8(e.coder);
        case 2:
            return actionText(e);
        case 3: {
            // Parsed when first shown: a payload can hold a whole transcript.
            auto [at, added] = labels_.try_emplace(e.id);
            if (added)
                at->second = shownLabel(e);
            return at->second;
        }
        default:
            return fromUtf8(e.reason);
        }
    }
    wxItemAttr* OnGetItemAttr(long item) const override {
        // Undo and redo steps are greyed, so the changes themselves stand out.
        return events_[static_cast<std::size_t>(item)].kind == "do" ? nullptr : &undoneStyle_;
    }

private:
    const std::vector<Event>& events_;
    mutable std::unordered_map<RowId, wxString> labels_; // an event's label never changes
    mutable wxItemAttr undoneStyle_;
};

EventLogView::EventLogView(MainFrame& frame)
    : wxFrame(&frame, wxID_ANY, _("Event log"), wxDefaultPosition, wxSize(1300, 820)),
      frame_(frame) {
    SetName("event-log");
    auto* root = new wxPanel(this);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* bar = new wxBoxSizer(wxHORIZONTAL);
    auto addLabel = [&](const wxString& text, int left) {
        bar->Add(new wxStaticText(root, wxID_ANY, text), 0, wxALIGN_CENTRE_VERTICAL | wxLEFT, left);
    };
    coder_ = new wxChoice(root, wxID_ANY, wxDefaultPosition, wxSize(130, -1));
    sinceOn_ = new wxCheckBox(root, wxID_ANY, _("From"));
    since_ = new wxDatePickerCtrl(root, wxID_ANY, wxDefaultDateTime, wxDefaultPosition,
                                  wxDefaultSize, wxDP_DROPDOWN | wxDP_SHOWCENTURY);
    untilOn_ = new wxCheckBox(root, wxID_ANY, _("to"));
    until_ = new wxDatePickerCtrl(root, wxID_ANY, wxDefaultDateTime, wxDefaultPosition,
                                  wxDefaultSize, wxDP_DROPDOWN | wxDP_SHOWCENTURY);
    since_->Disable();
    until_->Disable();
    code_ = new wxChoice(root, wxID_ANY, wxDefaultPosition, wxSize(250, -1));
    action_ = new wxChoice(root, wxID_ANY, wxDefaultPosition, wxSize(170, -1));
    addLabel(_("Coder"), 0);
    bar->Add(coder_, 0, wxLEFT, 6);
    bar->Add(sinceOn_, 0, wxALIGN_CENTRE_VERTICAL | wxLEFT, 18);
    bar->Add(since_, 0, wxLEFT, 6);
    bar->Add(untilOn_, 0, wxALIGN_CENTRE_VERTICAL | wxLEFT, 10);
    bar->Add(until_, 0, wxLEFT, 6);
    addLabel(_("Code"), 18);
    bar->Add(code_, 0, wxLEFT, 6);
    addLabel(_("Action"), 18);
    bar->Add(action_, 0, wxLEFT, 6);
    bar->AddStretchSpacer();
    count_ = new wxStaticText(root, wxID_ANY, "");
    count_->SetForegroundColour(wxColour(0x4B, 0x55, 0x63));
    bar->Add(count_, 0, wxALIGN_CENTRE_VERTICAL | wxLEFT, 12);
    sizer->Add(bar, 0, wxEXPAND | wxALL, 10);
    auto onFilter = [this](wxCommandEvent&) {
        if (!updating_)
            refresh();
    };
    for (wxChoice* choice : {coder_, code_, action_})
        choice->Bind(wxEVT_CHOICE, onFilter);
    for (wxDatePickerCtrl* picker : {since_, until_})
        picker->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) {
            if (!updating_)
                refresh();
        });
    for (wxCheckBox* on : {sinceOn_, untilOn_})
        on->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) {
            since_->Enable(sinceOn_->GetValue());
            until_->Enable(untilOn_->GetValue());
            if (!updating_)
                refresh();
        });

    auto* splitter = new wxSplitterWindow(root, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                          wxSP_LIVE_UPDATE | wxSP_3DSASH);
    splitter->SetMinimumPaneSize(90);
    list_ = new EventList(splitter, events_);
    list_->Bind(wxEVT_LIST_ITEM_SELECTED,
                [this](wxListEvent& event) { showDetail(event.GetIndex()); });
    detail_ = new wxTextCtrl(splitter, wxID_ANY, "", wxDefaultPosition, wxDefaultSize,
                             wxTE_MULTILINE | wxTE_READONLY | wxTE_RICH2);
    detail_->SetBackgroundColour(wxColour(0xF6, 0xF7, 0xF9));
    splitter->SplitHorizontally(list_, detail_, -150);
    splitter->SetSashGravity(1.0);
    sizer->Add(splitter, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 10);
    root->SetSizer(sizer);

    Bind(wxEVT_ACTIVATE, [this](wxActivateEvent& event) {
        if (event.GetActive() && !updating_ && frame_.revision() != seen_)
            CallAfter([this] { reload(); });
        event.Skip();
    });
    reload();
    CentreOnParent();
}

wxListCtrl* EventLogView::list() const {
    return list_;
}

void EventLogView::reload() {
    Project* project = frame_.project();
    if (!project)
        return;
    updating_ = true;
    seen_ = frame_.revision();
    const EventFilter kept = filterFromControls();
    coderNames_.clear();
    coder_->Clear();
    coder_->Append(_("Everyone"));
    for (const Coder& coder : project->coders()) {
        coderNames_.push_back(coder.name);
        coder_->Append(fromUtf8(coder.name));
    }
    codePaths_.clear();
    code_->Clear();
    code_->Append(_("Any code"));
    for (const Code& code : project->codeTree().codes()) {
        codePaths_.push_back(code.path);
        code_->Append(
            fromUtf8(std::string(static_cast<std::size_t>(code.depth) * 3, ' ') + code.name));
    }
    const std::vector<Event> all = project->events();
    total_ = all.size();
    std::set<std::string> commands;
    for (const Event& e : all)
        commands.insert(e.command);
    actions_ = {"do", "undo", "redo"};
    actions_.insert(actions_.end(), commands.begin(), commands.end());
    action_->Clear();
    action_->Append(std::vector<wxString>{_("All actions"), _("Changes (do)"), _("Undo steps"),
                                          _("Redo steps")});
    for (const std::string& command : commands)
        action_->Append(fromUtf8(command));
    updating_ = false;
    filterBy(kept);
}

void EventLogView::filterBy(const EventFilter& filter) {
    updating_ = true;
    auto select = [](wxChoice* choice, const std::vector<std::string>& values,
                     const std::optional<std::string>& value) {
        const auto at = value ? std::find(values.begin(), values.end(), *value) : values.end();
        choice->SetSelection(at == values.end() ? 0 : static_cast<int>(at - values.begin()) + 1);
    };
    select(coder_, coderNames_, filter.by);
    select(action_, actions_, filter.action);
    std::optional<std::string> code;
    if (filter.code && frame_.project())
        if (const Code* found = frame_.project()->codeTree().findByPath(*filter.code))
            code = found->path;
    select(code_, codePaths_, code);
    showDate(sinceOn_, since_, filter.since);
    showDate(untilOn_, until_, filter.until);
    updating_ = false;
    refresh();
}

EventFilter EventLogView::filterFromControls() const {
    EventFilter filter;
    if (const int at = coder_->GetSelection(); at > 0)
        filter.by = coderNames_[static_cast<std::size_t>(at - 1)];
    if (const int at = code_->GetSelection(); at > 0)
        filter.code = codePaths_[static_cast<std::size_t>(at - 1)];
    if (const int at = action_->GetSelection(); at > 0)
        filter.action = actions_[static_cast<std::size_t>(at - 1)];
    filter.since = isoOf(sinceOn_, since_);
    filter.until = isoOf(untilOn_, until_);
    return filter;
}

void EventLogView::refresh() {
    Project* project = frame_.project();
    events_.clear();
    wxString count;
    if (project) {
        try {
            events_ = filterEvents(*project, filterFromControls());
            count = wxString::Format(_("%zu of %zu events"), events_.size(), total_);
        } catch (const Error& e) {
            count = translatedError(e);
        }
        // Newest first: a supervisor looks at what happened lately.
        std::reverse(events_.begin(), events_.end());
    }
    list_->SetItemCount(static_cast<long>(events_.size()));
    list_->Refresh();
    count_->SetLabel(count);
    detail_->Clear();
    if (!events_.empty()) {
        list_->SetItemState(0, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
        showDetail(0);
    }
    Layout();
}

void EventLogView::showDetail(long row) {
    detail_->Clear();
    Project* project = frame_.project();
    if (!project || row < 0 || static_cast<std::size_t>(row) >= events_.size())
        return;
    const Event& e = events_[static_cast<std::size_t>(row)];
    auto line = [&](const wxString& label, const wxString& value) {
        appendField(*detail_, label, value);
    };
    line(_("What:"), shownLabel(e));
    // The log's own English record is exact (full paths, spans, the decision): kept for the audit.
    if (shownLabel(e) != fromUtf8(e.label))
        line(_("Recorded as:"), fromUtf8(e.label));
    line(_("Who and when:"), fromUtf8(e.coder) + ", " + fromUtf8(e.at));
    line(_("Reason:"), e.reason.empty() ? _("(none given)") : fromUtf8(e.reason));
    line(_("Origin:"), e.origin == project->uuid()
                           ? _("this project")
                           : wxString::Format(_("merged in from project %s"), fromUtf8(e.origin)));
    line(_("Event:"), fromUtf8(e.uuid) + wxString::Format(_(", hash %s"), fromUtf8(e.hash)));
    detail_->SetInsertionPoint(0);
}

} // namespace codeboom::gui
