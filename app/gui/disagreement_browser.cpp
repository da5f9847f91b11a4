#include "disagreement_browser.h"

#include "codeboom/error.h"
#include "codeboom/project.h"

#include "display_format.h"
#include "language.h"
#include "main_frame.h"

#include <nlohmann/json.hpp>
#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/panel.h>
#include <wx/radiobut.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/stc/stc.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>

#include <algorithm>

namespace codeboom::gui {

namespace {

const wxColour kColourX(0x25, 0x63, 0xEB); // blue
const wxColour kColourY(0xD9, 0x77, 0x06); // amber
constexpr int kOwn = 8;                    // indicators (Scintilla leaves 8..31 to us)
constexpr int kOther = 9;
constexpr std::size_t kMaxContext = 700; // code points either side at most

constexpr AgreementUnit kUnits[] = {AgreementUnit::Character, AgreementUnit::Turn,
                                    AgreementUnit::Paragraph, AgreementUnit::Segment};
constexpr Decision kDecisions[] = {Decision::TakeX,        Decision::TakeY,   Decision::Union,
                                   Decision::Intersection, Decision::Neither, Decision::Recode};

wxString spansText(const std::vector<Span>& spans) {
    wxString out;
    for (const Span& s : spans)
        out += (out.empty() ? "" : "; ") + wxString::Format(L"%zu\u2013%zu", s.start, s.end);
    return out.empty() ? wxString::FromUTF8("\xE2\x80\x94") : out;
}

wxString decisionText(const std::string& name, const std::string& x, const std::string& y) {
    if (name == "take-x")
        return wxString::Format(_("took %s"), fromUtf8(x));
    if (name == "take-y")
        return wxString::Format(_("took %s"), fromUtf8(y));
    if (name == "union")
        return _("union");
    if (name == "intersection")
        return _("intersection");
    if (name == "neither")
        return _("neither");
    if (name == "recode")
        return _("recoded");
    return fromUtf8(name);
}

wxStyledTextCtrl* contextView(wxWindow* parent, const wxColour& own, const wxColour& other) {
    auto* stc = new wxStyledTextCtrl(parent, wxID_ANY, wxDefaultPosition, wxSize(-1, 150));
    const wxFont font = wxSystemSettings::GetFont(wxSYS_DEFAULT_GUI_FONT);
    stc->StyleSetFont(wxSTC_STYLE_DEFAULT, font);
    stc->StyleClearAll();
    stc->SetWrapMode(wxSTC_WRAP_WORD);
    stc->SetMarginWidth(1, 0);
    stc->SetMarginLeft(8);
    stc->SetMarginRight(8);
    stc->SetExtraAscent(2);
    stc->SetExtraDescent(2);
    stc->SetCaretWidth(0);
    stc->SetUseHorizontalScrollBar(false);
    stc->IndicatorSetStyle(kOwn, wxSTC_INDIC_STRAIGHTBOX);
    stc->IndicatorSetForeground(kOwn, own);
    stc->IndicatorSetAlpha(kOwn, 70);
    stc->IndicatorSetOutlineAlpha(kOwn, 200);
    stc->IndicatorSetUnder(kOwn, true);
    stc->IndicatorSetStyle(kOther, wxSTC_INDIC_COMPOSITIONTHICK);
    stc->IndicatorSetForeground(kOther, other);
    stc->SetReadOnly(true);
    return stc;
}

// Shows [from, to) of the document with `own` boxed and `other` underlined.
void showContext(wxStyledTextCtrl* stc, const DocumentText& text, std::size_t from, std::size_t to,
                 const std::vector<Span>& own, const std::vector<Span>& other) {
    stc->SetReadOnly(false);
    stc->SetText(fromUtf8(std::string(text.offsets.slice(from, to))));
    const std::size_t base = text.offsets.byteOf(from);
    auto mark = [&](int indicator, const std::vector<Span>& spans) {
        stc->SetIndicatorCurrent(indicator);
        for (const Span& s : spans) {
            const std::size_t start = std::clamp(s.start, from, to);
            const std::size_t end = std::clamp(s.end, from, to);
            if (start < end)
                stc->IndicatorFillRange(
                    static_cast<int>(text.offsets.byteOf(start) - base),
                    static_cast<int>(text.offsets.byteOf(end) - text.offsets.byteOf(start)));
        }
    };
    mark(kOwn, own);
    mark(kOther, other);
    stc->SetReadOnly(true);
    if (!own.empty() || !other.empty()) {
        std::size_t first = to;
        for (const auto* spans : {&own, &other})
            for (const Span& s : *spans)
                first = std::min(first, std::max(s.start, from));
        stc->ScrollRange(static_cast<int>(text.offsets.byteOf(first) - base),
                         static_cast<int>(text.offsets.byteOf(first) - base));
    }
}

wxStaticText* heading(wxWindow* parent, const wxString& text) {
    auto* label = new wxStaticText(parent, wxID_ANY, text);
    label->SetFont(label->GetFont().Bold());
    return label;
}

} // namespace

DisagreementBrowser::DisagreementBrowser(MainFrame& frame)
    : wxFrame(&frame, wxID_ANY, _("Disagreements between coders"), wxDefaultPosition,
              wxSize(1300, 820)),
      frame_(frame) {
    SetName("disagreement-browser");
    buildLayout();
    Bind(wxEVT_ACTIVATE, [this](wxActivateEvent& event) {
        if (event.GetActive() && !updating_ && frame_.revision() != seen_)
            CallAfter([this] { reload(); });
        event.Skip();
    });
    reload();
    // Adjudication takes several sittings: open where the last one stopped.
    const auto undecided = std::find(decided_.begin(), decided_.end(), false);
    if (undecided != decided_.end())
        showDisagreement(static_cast<std::size_t>(undecided - decided_.begin()));
    CentreOnParent();
}

void DisagreementBrowser::buildLayout() {
    auto* root = new wxPanel(this);
    auto* sizer = new wxBoxSizer(wxVERTICAL);

    auto* bar = new wxBoxSizer(wxHORIZONTAL);
    auto addLabel = [&](const wxString& text, int left) {
        bar->Add(new wxStaticText(root, wxID_ANY, text), 0, wxALIGN_CENTRE_VERTICAL | wxLEFT, left);
    };
    x_ = new wxChoice(root, wxID_ANY, wxDefaultPosition, wxSize(130, -1));
    y_ = new wxChoice(root, wxID_ANY, wxDefaultPosition, wxSize(130, -1));
    code_ = new wxChoice(root, wxID_ANY, wxDefaultPosition, wxSize(260, -1));
    unit_ = new wxChoice(root, wxID_ANY);
    unit_->Append(
        std::vector<wxString>{_("characters"), _("turns"), _("paragraphs"), _("segments")});
    unit_->SetSelection(0);
    overlap_ = new wxSpinCtrlDouble(root, wxID_ANY, "", wxDefaultPosition, wxSize(110, -1),
                                    wxSP_ARROW_KEYS, 0.05, 1.0, 0.9, 0.05);
    overlap_->SetDigits(2);
    addLabel(_("Coders"), 0);
    bar->Add(x_, 0, wxLEFT, 6);
    addLabel(_("and"), 6);
    bar->Add(y_, 0, wxLEFT, 6);
    addLabel(_("Code"), 18);
    bar->Add(code_, 0, wxLEFT, 6);
    addLabel(_("Agreement over"), 18);
    bar->Add(unit_, 0, wxLEFT, 6);
    addLabel(_("Overlap"), 12);
    bar->Add(overlap_, 0, wxLEFT, 6);
    sizer->Add(bar, 0, wxEXPAND | wxALL, 10);
    auto onFilter = [this](wxCommandEvent&) {
        if (!updating_) {
            current_ = 0;
            refresh();
        }
    };
    for (wxChoice* choice : {x_, y_, code_, unit_})
        choice->Bind(wxEVT_CHOICE, onFilter);
    overlap_->Bind(wxEVT_SPINCTRLDOUBLE, [this](wxSpinDoubleEvent&) { refreshAgreement(); });

    auto* band = new wxPanel(root);
    band->SetBackgroundColour(wxColour(0xEE, 0xF2, 0xF7));
    auto* bandSizer = new wxBoxSizer(wxHORIZONTAL);
    agreement_ = new wxStaticText(band, wxID_ANY, "");
    agreement_->SetForegroundColour(wxColour(0x1F, 0x29, 0x37));
    bandSizer->Add(agreement_, 1, wxALL, 8);
    band->SetSizer(bandSizer);
    sizer->Add(band, 0, wxEXPAND | wxLEFT | wxRIGHT, 10);

    auto* splitter = new wxSplitterWindow(root, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                          wxSP_LIVE_UPDATE | wxSP_3DSASH);
    splitter->SetMinimumPaneSize(300);
    list_ = new wxListCtrl(splitter, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                           wxLC_REPORT | wxLC_SINGLE_SEL);
    list_->AppendColumn(_("Document"), wxLIST_FORMAT_LEFT, 145);
    list_->AppendColumn(_("Code"), wxLIST_FORMAT_LEFT, 175);
    list_->AppendColumn("X", wxLIST_FORMAT_LEFT, 100);
    list_->AppendColumn("Y", wxLIST_FORMAT_LEFT, 100);
    list_->AppendColumn(_("Decision"), wxLIST_FORMAT_LEFT, 155);
    list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
        if (!updating_)
            showDisagreement(static_cast<std::size_t>(event.GetIndex()));
    });

    auto* detail = new wxPanel(splitter);
    auto* d = new wxBoxSizer(wxVERTICAL);
    title_ = new wxStaticText(detail, wxID_ANY, "");
    title_->SetFont(title_->GetFont().Bold().Larger());
    d->Add(title_, 0, wxBOTTOM, 10);
    labelX_ = new wxStaticText(detail, wxID_ANY, "");
    labelX_->SetForegroundColour(kColourX);
    labelX_->SetFont(labelX_->GetFont().Bold());
    d->Add(labelX_, 0, wxBOTTOM, 4);
    contextX_ = contextView(detail, kColourX, kColourY);
    d->Add(contextX_, 1, wxEXPAND | wxBOTTOM, 10);
    labelY_ = new wxStaticText(detail, wxID_ANY, "");
    labelY_->SetForegroundColour(kColourY);
    labelY_->SetFont(labelY_->GetFont().Bold());
    d->Add(labelY_, 0, wxBOTTOM, 4);
    contextY_ = contextView(detail, kColourY, kColourX);
    d->Add(contextY_, 1, wxEXPAND | wxBOTTOM, 12);

    d->Add(heading(detail, _("Decision")), 0, wxBOTTOM, 6);
    auto* choices = new wxFlexGridSizer(2, 8, 36);
    for (std::size_t i = 0; i < std::size(kDecisions); ++i)
        decisions_.push_back(new wxRadioButton(detail, wxID_ANY, "", wxDefaultPosition,
                                               wxDefaultSize, i == 0 ? wxRB_GROUP : 0));
    decisions_[2]->SetLabel(_("Union of both"));
    decisions_[3]->SetLabel(_("Only where both agree"));
    decisions_[4]->SetLabel(_("Neither (no coding)"));
    decisions_[5]->SetLabel(_("Recode as:"));
    for (std::size_t i = 0; i < 5; ++i)
        choices->Add(decisions_[i], 0, wxALIGN_CENTRE_VERTICAL);
    auto* recode = new wxBoxSizer(wxHORIZONTAL);
    recode->Add(decisions_[5], 0, wxALIGN_CENTRE_VERTICAL);
    recodeTo_ = new wxChoice(detail, wxID_ANY, wxDefaultPosition, wxSize(230, -1));
    recodeTo_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { decisions_[5]->SetValue(true); });
    recode->Add(recodeTo_, 0, wxLEFT, 6);
    choices->Add(recode);
    d->Add(choices, 0, wxBOTTOM, 10);
    d->Add(new wxStaticText(detail, wxID_ANY, _("Reason (kept in the event log)")), 0, wxBOTTOM, 4);
    reason_ =
        new wxTextCtrl(detail, wxID_ANY, "", wxDefaultPosition, wxSize(-1, 54), wxTE_MULTILINE);
    d->Add(reason_, 0, wxEXPAND | wxBOTTOM, 4);
    error_ = new wxStaticText(detail, wxID_ANY, "");
    error_->SetForegroundColour(wxColour(0xB9, 0x1C, 0x1C));
    d->Add(error_, 0, wxEXPAND | wxBOTTOM, 4);
    auto* actions = new wxBoxSizer(wxHORIZONTAL);
    consensusLabel_ = new wxStaticText(detail, wxID_ANY, "");
    consensusLabel_->SetForegroundColour(wxColour(0x4B, 0x55, 0x63));
    actions->Add(consensusLabel_, 1, wxALIGN_CENTRE_VERTICAL);
    undo_ = new wxButton(detail, wxID_UNDO, _("Undo last decision"));
    undo_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (frame_.undo())
            refresh();
    });
    actions->Add(undo_, 0, wxRIGHT, 6);
    decide_ = new wxButton(detail, wxID_OK, _("Decide"));
    decide_->SetDefault();
    decide_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onDecide(); });
    actions->Add(decide_);
    d->Add(actions, 0, wxEXPAND);
    auto* padded = new wxBoxSizer(wxVERTICAL);
    padded->Add(d, 1, wxEXPAND | wxALL, 12);
    detail->SetSizer(padded);

    splitter->SplitVertically(list_, detail, 690);
    sizer->Add(splitter, 1, wxEXPAND | wxALL, 10);
    root->SetSizer(sizer);
    wxAcceleratorEntry undo(wxACCEL_CTRL, 'Z', wxID_UNDO);
    SetAcceleratorTable(wxAcceleratorTable(1, &undo));
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            if (undo_->IsEnabled() && frame_.undo())
                refresh();
        },
        wxID_UNDO);
}

void DisagreementBrowser::reload() {
    Project* project = frame_.project();
    if (!project)
        return;
    updating_ = true;
    const std::string keptX = coderX(), keptY = coderY();
    const int keptCode = code_->GetSelection();
    const std::string keptPath =
        keptCode > 0 ? codePaths_[static_cast<std::size_t>(keptCode - 1)] : std::string();
    coderNames_.clear();
    x_->Clear();
    y_->Clear();
    for (const Coder& coder : project->coders()) {
        coderNames_.push_back(coder.name);
        x_->Append(fromUtf8(coder.name));
        y_->Append(fromUtf8(coder.name));
    }
    codePaths_.clear();
    code_->Clear();
    recodeTo_->Clear();
    code_->Append(_("All codes"));
    code_->SetSelection(0);
    for (const Code& code : project->codeTree().codes()) {
        codePaths_.push_back(code.path);
        const wxString indented =
            fromUtf8(std::string(static_cast<std::size_t>(code.depth) * 3, ' ') + code.name);
        code_->Append(indented);
        recodeTo_->Append(indented);
        if (code.path == keptPath)
            code_->SetSelection(static_cast<int>(codePaths_.size()));
    }
    // At first, the first two coders other than the consensus layer are the pair to compare.
    std::vector<std::string> people;
    for (const std::string& name : coderNames_)
        if (name != consensus_)
            people.push_back(name);
    x_->SetStringSelection(fromUtf8(!keptX.empty() ? keptX : people.size() > 0 ? people[0] : ""));
    y_->SetStringSelection(fromUtf8(!keptY.empty() ? keptY : people.size() > 1 ? people[1] : ""));
    updating_ = false;
    refresh();
}

void DisagreementBrowser::chooseCoders(const std::string& x, const std::string& y) {
    updating_ = true;
    x_->SetStringSelection(fromUtf8(x));
    y_->SetStringSelection(fromUtf8(y));
    updating_ = false;
    current_ = 0;
    refresh();
}

void DisagreementBrowser::chooseUnit(AgreementUnit unit, double overlap) {
    unit_->SetSelection(static_cast<int>(std::find(std::begin(kUnits), std::end(kUnits), unit) -
                                         std::begin(kUnits)));
    overlap_->SetValue(overlap);
    refreshAgreement();
}

std::string DisagreementBrowser::coderX() const {
    return x_->GetSelection() == wxNOT_FOUND ? std::string() : toUtf8(x_->GetStringSelection());
}

std::string DisagreementBrowser::coderY() const {
    return y_->GetSelection() == wxNOT_FOUND ? std::string() : toUtf8(y_->GetStringSelection());
}

std::map<DisagreementBrowser::Key, DisagreementBrowser::Decided>
DisagreementBrowser::decisionsInEffect() {
    // A decision is in effect when its event was done or redone and not undone since.
    Project& project = *frame_.project();
    std::map<RowId, bool> inEffect;
    std::vector<const Event*> decisions;
    const std::vector<Event> events = project.events();
    for (const Event& e : events) {
        if (e.command != "adjudicate")
            continue;
        if (e.kind == "do") {
            inEffect[e.id] = true;
            decisions.push_back(&e);
        } else if (e.target) {
            inEffect[*e.target] = e.kind == "redo";
        }
    }
    std::map<Key, Decided> out;
    for (const Event* e : decisions) {
        if (!inEffect[e->id])
            continue;
        try {
            const auto args = nlohmann::json::parse(e->payload).at("arguments");
            if (args.at("x").get<std::string>() != coderX() ||
                args.at("y").get<std::string>() != coderY())
                continue;
            const RowId document = project.document(args.at("document").get<std::string>()).id;
            const RowId code = project.codeTree().resolve(args.at("code").get<std::string>()).id;
            out[{document, code, args.at("start").get<std::size_t>(),
                 args.at("end").get<std::size_t>()}] = {args.at("decision").get<std::string>(),
                                                        e->reason};
            // Adjudication often takes several sessions: go on in the layer the decisions so
            // far went into rather than ask again.
            if (consensus_.empty())
                consensus_ = args.at("consensus").get<std::string>();
        } catch (const std::exception&) {
            // A decision on a document or code that no longer exists decides nothing shown.
        }
    }
    return out;
}

void DisagreementBrowser::refresh() {
    Project* project = frame_.project();
    seen_ = frame_.revision();
    updating_ = true;
    list_->DeleteAllItems();
    disagreements_.clear();
    documentIds_.clear();
    decided_.clear();
    const std::string x = coderX(), y = coderY();
    wxListItem column;
    column.SetMask(wxLIST_MASK_TEXT);
    column.SetText(x.empty() ? wxString("X") : fromUtf8(x));
    list_->SetColumn(2, column);
    column.SetText(y.empty() ? wxString("Y") : fromUtf8(y));
    list_->SetColumn(3, column);
    decisions_[0]->SetLabel(wxString::Format(_("Take %s"), fromUtf8(x)));
    decisions_[1]->SetLabel(wxString::Format(_("Take %s"), fromUtf8(y)));
    if (project && (x.empty() || y.empty() || x == y))
        agreement_->SetLabel(_("Choose two different coders to compare."));
    if (!project || x.empty() || y.empty() || x == y) {
        updating_ = false;
        showDisagreement(0);
        return;
    }
    std::optional<RowId> code;
    if (const int at = code_->GetSelection(); at > 0)
        code = project->codeTree().resolve(codePaths_[static_cast<std::size_t>(at - 1)]).id;
    try {
        disagreements_ = findDisagreements(*project, x, y, code);
    } catch (const Error& e) {
        agreement_->SetLabel(translatedError(e));
        updating_ = false;
        return;
    }
    const auto decided = decisionsInEffect();
    consensusLabel_->SetLabel(
        consensus_.empty() ? _("Consensus layer: named at the first decision")
                           : wxString::Format(_("Consensus layer: %s"), fromUtf8(consensus_)));
    std::map<std::string, RowId> documents;
    for (const Disagreement& d : disagreements_) {
        auto [at, fresh] = documents.try_emplace(d.document, 0);
        if (fresh)
            at->second = project->document(d.document).id;
        documentIds_.push_back(at->second);
        const long row = list_->InsertItem(list_->GetItemCount(), fromUtf8(d.document));
        const Code* c = project->codeTree().findByUuid(d.codeUuid);
        list_->SetItem(row, 1, fromUtf8(c ? c->name : d.code));
        list_->SetItem(row, 2, spansText(d.x));
        list_->SetItem(row, 3, spansText(d.y));
        const auto decision =
            c ? decided.find({at->second, c->id, d.span.start, d.span.end}) : decided.end();
        decided_.push_back(decision != decided.end());
        if (decision != decided.end()) {
            list_->SetItem(row, 4,
                           wxString::FromUTF8("\xE2\x9C\x93 ") +
                               decisionText(decision->second.decision, x, y));
            list_->SetItemTextColour(row, wxColour(0x6B, 0x72, 0x80));
        }
    }
    updating_ = false;
    refreshAgreement();
    if (const auto label = project->undoLabel())
        undo_->Enable(label->rfind("adjudicate", 0) == 0 && !project->readOnly());
    else
        undo_->Enable(false);
    decide_->Enable(!project->readOnly());
    showDisagreement(std::min(current_, disagreements_.empty() ? 0 : disagreements_.size() - 1));
}

void DisagreementBrowser::refreshAgreement() {
    Project* project = frame_.project();
    const std::string x = coderX(), y = coderY();
    if (!project || x.empty() || y.empty() || x == y)
        return;
    AgreementOptions options;
    options.unit = kUnits[std::clamp(unit_->GetSelection(), 0, 3)];
    options.overlap = overlap_->GetValue();
    overlap_->Enable(options.unit == AgreementUnit::Segment);
    if (const int at = code_->GetSelection(); at > 0)
        options.codes.push_back(
            project->codeTree().resolve(codePaths_[static_cast<std::size_t>(at - 1)]).id);
    const wxString dash = wxString::FromUTF8("\xE2\x80\x94");
    auto figure = [&](const std::optional<double>& value, double scale, int digits) {
        return value ? decimalText(*value * scale, digits) : dash;
    };
    auto pair = [&](const std::string& a, const std::string& b) -> wxString {
        options.coders = {a, b};
        const AgreementReport report = computeAgreement(*project, options);
        const wxString who = fromUtf8(a) + wxString::FromUTF8(" \xE2\x86\x94 ") + fromUtf8(b);
        if (report.rows.empty() || report.rows.back().code != "*")
            return wxString::Format(_("%s: nothing to compare"), who);
        const AgreementRow& pooled = report.rows.back();
        return wxString::Format(_("%s: %s%% agreement, kappa %s, alpha %s"), who,
                                figure(pooled.percent, 100, 1), figure(pooled.kappa, 1, 2),
                                figure(pooled.alpha, 1, 2));
    };
    try {
        wxString text = _("Before:") + " " + pair(x, y);
        if (!consensus_.empty() && project->findCoder(consensus_))
            text += "\n" + _("After:") + " " + pair(x, consensus_) +
                    wxString::FromUTF8("   \xC2\xB7   ") + pair(y, consensus_);
        agreement_->SetLabel(text);
        Layout();
    } catch (const Error& e) {
        agreement_->SetLabel(translatedError(e));
    }
}

void DisagreementBrowser::showDisagreement(std::size_t index) {
    Project* project = frame_.project();
    if (!project || index >= disagreements_.size()) {
        title_->SetLabel(disagreements_.empty() && project && !coderX().empty()
                             ? _("No disagreements: the two coders coded alike.")
                             : wxString());
        labelX_->SetLabel("");
        labelY_->SetLabel("");
        for (wxStyledTextCtrl* stc : {contextX_, contextY_}) {
            stc->SetReadOnly(false);
            stc->ClearAll();
            stc->SetReadOnly(true);
        }
        return;
    }
    current_ = index;
    const Disagreement& d = disagreements_[index];
    if (list_->GetItemState(static_cast<long>(index), wxLIST_STATE_SELECTED) == 0) {
        updating_ = true;
        list_->SetItemState(static_cast<long>(index), wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
        list_->EnsureVisible(static_cast<long>(index));
        updating_ = false;
    }
    title_->SetLabel(fromUtf8(d.code) + wxString::FromUTF8("  \xC2\xB7  ") + fromUtf8(d.document) +
                     wxString::Format(L"  %zu\u2013%zu", d.span.start, d.span.end));
    labelX_->SetLabel(wxString::Format(_("%s (boxed; %s underlined): %s"), fromUtf8(coderX()),
                                       fromUtf8(coderY()), spansText(d.x)));
    labelY_->SetLabel(wxString::Format(_("%s (boxed; %s underlined): %s"), fromUtf8(coderY()),
                                       fromUtf8(coderX()), spansText(d.y)));
    // Context: the paragraphs the stretch lies in, so both coders' spans read in their sentences.
    const RowId document = documentIds_[index];
    const DocumentText& text = project->text(document);
    std::size_t from = d.span.start, to = d.span.end;
    for (const Paragraph& p : project->paragraphs(document))
        if (p.start < d.span.end && d.span.start < p.end) {
            from = std::min(from, p.start);
            to = std::max(to, p.end);
        }
    from = std::max(from, d.span.start > kMaxContext ? d.span.start - kMaxContext : 0);
    to = std::min(to, d.span.end + kMaxContext);
    showContext(contextX_, text, from, to, d.x, d.y);
    showContext(contextY_, text, from, to, d.y, d.x);
    Layout();
}

bool DisagreementBrowser::decide(std::size_t index, Decision decision, const wxString& reason,
                                 const std::string& recodeTo) {
    if (!frame_.project() || index >= disagreements_.size()) {
        fail(_("Choose a disagreement first."));
        return false;
    }
    if (wxString(reason).Trim().Trim(false).empty()) {
        fail(_("Give a reason for the decision: the event log keeps it for the audit."));
        return false;
    }
    if (decision == Decision::Recode && recodeTo.empty()) {
        fail(_("Choose the code to recode to."));
        return false;
    }
    if (consensus_.empty()) {
        consensus_ = toUtf8(
            wxGetTextFromUser(_("Decisions go into a consensus layer: codings under a coder name "
                                "of their own.\n\nName of the consensus layer:"),
                              _("Consensus layer"), "consensus", this)
                .Trim()
                .Trim(false));
        if (consensus_.empty()) {
            fail(_("The consensus layer needs a name."));
            return false;
        }
    }
    const Disagreement& d = disagreements_[index];
    Adjudicate command(coderX(), coderY(), consensus_, d.document, d.code, d.span, decision,
                       recodeTo);
    if (!frame_.run(command, toUtf8(reason))) {
        fail(frame_.lastError());
        // A name the core refused (one of the two coders) is asked again next time.
        if (consensus_ == coderX() || consensus_ == coderY())
            consensus_.clear();
        return false;
    }
    lastError_.clear();
    // Core records nothing when the consensus layer already holds what was decided (say,
    // 'neither' where it has no coding yet); say so rather than let it pass for a recorded step.
    const auto recorded = frame_.project()->undoLabel();
    error_->SetForegroundColour(wxColour(0x4B, 0x55, 0x63));
    error_->SetLabel(recorded && *recorded == command.label()
                         ? wxString()
                         : _("The consensus layer already matched this decision: nothing changed, "
                             "so no step was recorded."));
    reason_->Clear();
    current_ = std::min(index + 1, disagreements_.size() - 1);
    refresh();
    return true;
}

void DisagreementBrowser::onDecide() {
    std::size_t chosen = 0;
    while (chosen < decisions_.size() && !decisions_[chosen]->GetValue())
        ++chosen;
    const Decision decision = kDecisions[std::min(chosen, std::size(kDecisions) - 1)];
    std::string recode;
    if (const int at = recodeTo_->GetSelection(); decision == Decision::Recode && at >= 0)
        recode = codePaths_[static_cast<std::size_t>(at)];
    decide(current_, decision, reason_->GetValue(), recode);
}

void DisagreementBrowser::fail(const wxString& message) {
    lastError_ = message;
    error_->SetForegroundColour(wxColour(0xB9, 0x1C, 0x1C));
    error_->SetLabel(message);
    Layout();
}

wxString DisagreementBrowser::agreementText() const {
    return agreement_->GetLabel();
}

} // namespace codeboom::gui
