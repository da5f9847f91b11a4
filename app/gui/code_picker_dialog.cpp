#include "code_picker_dialog.h"

#include "codeboom/model/code_search.h"
#include "codeboom/project.h"

#include "code_tree_model.h"

#include <wx/imaglist.h>
#include <wx/listctrl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>

namespace codeboom::gui {

namespace {

wxString utf8(const std::string& text) {
    return wxString::FromUTF8(text);
}

} // namespace

CodePickerDialog::CodePickerDialog(wxWindow* parent, Project& project,
                                   std::optional<RowId> category)
    : wxDialog(parent, wxID_ANY, _("Code with"), wxDefaultPosition, wxSize(520, 440),
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      project_(project), category_(category) {
    auto* prompt = new wxStaticText(this, wxID_ANY, _("Type part of a code's name or path:"));
    query_ =
        new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER);
    list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                           wxLC_REPORT | wxLC_NO_HEADER | wxLC_SINGLE_SEL);
    list_->AppendColumn(_("Code"), wxLIST_FORMAT_LEFT, 480);
    hint_ = new wxStaticText(this, wxID_ANY, "");
    hint_->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(prompt, 0, wxLEFT | wxRIGHT | wxTOP, 10);
    sizer->Add(query_, 0, wxEXPAND | wxALL, 10);
    sizer->Add(list_, 1, wxEXPAND | wxLEFT | wxRIGHT, 10);
    sizer->Add(hint_, 0, wxEXPAND | wxALL, 10);
    if (wxSizer* buttons = CreateSeparatedButtonSizer(wxOK | wxCANCEL))
        sizer->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 10);
    SetSizer(sizer);

    // One swatch per code, so the list shows the colours the transcript uses.
    auto* images = new wxImageList(14, 14, false);
    for (const Code& code : project_.codeTree().codes())
        images->Add(codeSwatch(code.color));
    list_->AssignImageList(images, wxIMAGE_LIST_SMALL);

    query_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { refill(); });
    query_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { accept(); });
    query_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& event) {
        switch (event.GetKeyCode()) {
        case WXK_DOWN:
            moveSelection(1);
            break;
        case WXK_UP:
            moveSelection(-1);
            break;
        case WXK_PAGEDOWN:
            moveSelection(10);
            break;
        case WXK_PAGEUP:
            moveSelection(-10);
            break;
        default:
            event.Skip();
        }
    });
    list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { accept(); });
    list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { query_->SetFocus(); });
    Bind(
        wxEVT_BUTTON, [this](wxCommandEvent&) { accept(); }, wxID_OK);
    refill();
    query_->SetFocus();
}

void CodePickerDialog::setQuery(const wxString& query) {
    query_->ChangeValue(query);
    refill();
}

void CodePickerDialog::refill() {
    const std::string query(query_->GetValue().utf8_str());
    const CodeTree& tree = project_.codeTree();
    shown_.clear();
    list_->Freeze();
    list_->DeleteAllItems();
    for (const Code* code : codesMatching(tree, query)) {
        const auto image = static_cast<int>(code - tree.codes().data());
        list_->InsertItem(list_->GetItemCount(), utf8(code->path), image);
        shown_.push_back(code->id);
    }
    if (!shown_.empty())
        list_->SetItemState(0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                            wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    list_->Thaw();
    if (!shown_.empty())
        hint_->SetLabel(_("Enter codes the selection with the highlighted code."));
    else if (newCodePath().empty())
        hint_->SetLabel(_("Type the name of a new code."));
    else
        hint_->SetLabel(wxString::Format(_("No code matches. Enter creates the code '%s'."),
                                         utf8(newCodePath())));
    hint_->Wrap(GetClientSize().x - 20);
    Layout();
}

void CodePickerDialog::moveSelection(int step) {
    if (shown_.empty())
        return;
    const long current = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    const long last = static_cast<long>(shown_.size()) - 1;
    const long next = std::clamp(current + step, 0L, last);
    list_->SetItemState(next, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                        wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    list_->EnsureVisible(next);
}

CodePickerDialog::Choice CodePickerDialog::choice() const {
    Choice choice;
    const long selected = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (selected >= 0 && static_cast<std::size_t>(selected) < shown_.size())
        choice.code = shown_[static_cast<std::size_t>(selected)];
    else if (shown_.empty())
        choice.newPath = newCodePath();
    return choice;
}

// A bare name goes under the category; a typed path ("A > B") is taken from the top.
std::string CodePickerDialog::newCodePath() const {
    wxString typed = query_->GetValue();
    typed.Trim().Trim(false);
    if (typed.empty())
        return {};
    const std::string name(typed.utf8_str());
    if (typed.Contains(">") || !category_)
        return name;
    const Code* category = project_.codeTree().find(*category_);
    return category ? category->path + " > " + name : name;
}

void CodePickerDialog::accept() {
    const Choice chosen = choice();
    if (chosen.code || !chosen.newPath.empty())
        EndModal(wxID_OK);
}

} // namespace codeboom::gui
