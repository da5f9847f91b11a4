#pragma once

#include "codeboom/analysis/agreement.h"
#include "codeboom/team/adjudication.h"

#include <wx/frame.h>

#include <map>
#include <string>
#include <tuple>
#include <vector>

class wxButton;
class wxChoice;
class wxListCtrl;
class wxRadioButton;
class wxSpinCtrlDouble;
class wxStaticText;
class wxStyledTextCtrl;
class wxTextCtrl;

namespace codeboom::gui {

class MainFrame;

// The adjudicator's window: every disagreement between two coders with both coders' spans
// highlighted in context; each decision (take X, take Y, union, intersection, neither, recode)
// is core's Adjudicate command run through the main window, so Edit > Undo undoes it and the
// event log keeps the reason. Agreement is shown before (X with Y) and after (each with the
// consensus layer), computed by core.
class DisagreementBrowser : public wxFrame {
public:
    explicit DisagreementBrowser(MainFrame& frame);

    // Rebuilds the coder and code choices from the project and lists the disagreements.
    void reload();
    void chooseCoders(const std::string& x, const std::string& y);
    void chooseUnit(AgreementUnit unit, double overlap = 0.9);
    // The consensus layer's coder name; asked once when empty.
    void setConsensusName(const std::string& name) { consensus_ = name; }
    const std::string& consensusName() const { return consensus_; }

    const std::vector<Disagreement>& disagreements() const { return disagreements_; }
    void showDisagreement(std::size_t index);
    // Decides disagreement `index` (recodeTo: a code path, for Decision::Recode). False, with
    // the reason in lastError(), when there is no reason, no consensus name or core refuses.
    bool decide(std::size_t index, Decision decision, const wxString& reason,
                const std::string& recodeTo = {});
    const wxString& lastError() const { return lastError_; }

    wxListCtrl* list() const { return list_; }
    // The agreement line as shown: "anouk ↔ bram: …" for each pair.
    wxString agreementText() const;
    wxStyledTextCtrl* contextOf(bool x) const { return x ? contextX_ : contextY_; }

private:
    struct Decided {
        std::string decision;
        std::string reason;
    };
    using Key = std::tuple<RowId, RowId, std::size_t, std::size_t>;

    void buildLayout();
    void refresh();
    void refreshAgreement();
    std::map<Key, Decided> decisionsInEffect();
    std::string coderX() const;
    std::string coderY() const;
    void onDecide();
    void fail(const wxString& message);

    MainFrame& frame_;
    std::string consensus_;
    wxString lastError_;
    std::vector<Disagreement> disagreements_;
    std::vector<RowId> documentIds_; // per disagreement
    std::vector<bool> decided_;      // per disagreement: a decision is in effect
    std::vector<std::string> coderNames_;
    std::vector<std::string> codePaths_;
    std::size_t current_ = 0;
    bool updating_ = false;
    std::uint64_t seen_ = 0; // the main window's revision() last read

    wxChoice* x_ = nullptr;
    wxChoice* y_ = nullptr;
    wxChoice* code_ = nullptr;
    wxChoice* unit_ = nullptr;
    wxSpinCtrlDouble* overlap_ = nullptr;
    wxStaticText* agreement_ = nullptr;
    wxListCtrl* list_ = nullptr;
    wxStaticText* title_ = nullptr;
    wxStaticText* labelX_ = nullptr;
    wxStaticText* labelY_ = nullptr;
    wxStyledTextCtrl* contextX_ = nullptr;
    wxStyledTextCtrl* contextY_ = nullptr;
    std::vector<wxRadioButton*> decisions_;
    wxChoice* recodeTo_ = nullptr;
    wxTextCtrl* reason_ = nullptr;
    wxButton* decide_ = nullptr;
    wxButton* undo_ = nullptr;
    wxStaticText* consensusLabel_ = nullptr;
    wxStaticText* error_ = nullptr;
};

} // namespace codeboom::gui
