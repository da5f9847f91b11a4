#include "code_tree_menu.h"

#include "codeboom/commands/code_commands.h"
#include "codeboom/commands/codebook_commands.h"
#include "codeboom/project.h"

#include "code_picker_dialog.h"
#include "main_frame.h"

#include <wx/button.h>
#include <wx/colordlg.h>
#include <wx/dialog.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/textdlg.h>

namespace codeboom::gui {

namespace {

wxString utf8(const std::string& text) {
    return wxString::FromUTF8(text);
}

std::string toUtf8(const wxString& text) {
    return std::string(text.utf8_str());
}

// Definition, inclusion and exclusion criteria of one code, as a codebook lists them.
class DescribeDialog : public wxDialog {
public:
    DescribeDialog(wxWindow* parent, const Code& code)
        : wxDialog(parent, wxID_ANY, wxString::Format(_("Describe '%s'"), utf8(code.name)),
                   wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        definition_ = field(sizer, _("Definition:"), code.description);
        inclusion_ = field(sizer, _("Use it when (inclusion):"), code.inclusion);
        exclusion_ = field(sizer, _("Do not use it when (exclusion):"), code.exclusion);
        sizer->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, 8);
        SetSizerAndFit(sizer);
        SetSize(FromDIP(wxSize(520, -1)));
    }
    std::string definition() const { return toUtf8(definition_->GetValue()); }
    std::string inclusion() const { return toUtf8(inclusion_->GetValue()); }
    std::string exclusion() const { return toUtf8(exclusion_->GetValue()); }

private:
    wxTextCtrl* field(wxSizer* sizer, const wxString& label, const std::string& value) {
        sizer->Add(new wxStaticText(this, wxID_ANY, label), 0, wxLEFT | wxRIGHT | wxTOP, 8);
        auto* text = new wxTextCtrl(this, wxID_ANY, utf8(value), wxDefaultPosition,
                                    FromDIP(wxSize(-1, 70)), wxTE_MULTILINE);
        sizer->Add(text, 1, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 8);
        return text;
    }

    wxTextCtrl* definition_;
    wxTextCtrl* inclusion_;
    wxTextCtrl* exclusion_;
};

void onNewSubCode(MainFrame& frame, const Code& parent) {
    const wxString name = wxGetTextFromUser(
        wxString::Format(_("Name of the new code under '%s':"), utf8(parent.name)),
        _("New sub-code"), "", &frame);
    if (name.empty())
        return;
    CreateCode command(parent.path + " > " + toUtf8(name));
    frame.run(command);
}

void onRename(MainFrame& frame, const Code& code) {
    const wxString name =
        wxGetTextFromUser(_("New name:"), _("Rename code"), utf8(code.name), &frame);
    if (name.empty() || name == utf8(code.name))
        return;
    RenameCode command(code.uuid, toUtf8(name));
    frame.run(command);
}

void onRecolour(MainFrame& frame, const Code& code) {
    wxColourData data;
    data.SetColour(wxColour(utf8(code.color)));
    wxColourDialog dialog(&frame, &data);
    if (dialog.ShowModal() != wxID_OK)
        return;
    recolourCode(frame, code.id,
                 toUtf8(dialog.GetColourData().GetColour().GetAsString(wxC2S_HTML_SYNTAX)));
}

void onDescribe(MainFrame& frame, const Code& code) {
    DescribeDialog dialog(&frame, code);
    if (dialog.ShowModal() == wxID_OK)
        describeCode(frame, code.id, dialog.definition(), dialog.inclusion(), dialog.exclusion());
}

void onMergeInto(MainFrame& frame, const Code& code) {
    CodePickerDialog picker(&frame, *frame.project(), std::nullopt);
    picker.SetTitle(wxString::Format(_("Merge '%s' into"), utf8(code.name)));
    if (picker.ShowModal() != wxID_OK)
        return;
    // Merging needs an existing target: a typed name that matches none is not created.
    if (const auto target = picker.choice().code)
        frame.mergeCodes(code.id, *target);
}

void onDelete(MainFrame& frame, const Code& code) {
    if (wxMessageBox(deleteQuestion(*frame.project(), code.id), _("Delete code"),
                     wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, &frame) == wxYES)
        deleteCode(frame, code.id);
}

} // namespace

std::unique_ptr<wxMenu> codeTreeMenu(MainFrame& frame, RowId code) {
    auto menu = std::make_unique<wxMenu>();
    Project* project = frame.project();
    if (!project || !project->codeTree().find(code))
        return menu;
    const bool writable = !project->readOnly();
    // The handlers look the code up again: the menu may outlive a change to it.
    const auto add = [&](const wxString& label, void (*handler)(MainFrame&, const Code&)) {
        wxMenuItem* item = menu->Append(wxID_ANY, label);
        item->Enable(writable);
        menu->Bind(
            wxEVT_MENU,
            [&frame, code, handler](wxCommandEvent&) {
                if (frame.project())
                    if (const Code* info = frame.project()->codeTree().find(code))
                        handler(frame, *info);
            },
            item->GetId());
    };
    add(_("New &sub-code..."), onNewSubCode);
    add(_("&Rename..."), onRename);
    add(_("Re&colour..."), onRecolour);
    add(_("&Describe..."), onDescribe);
    menu->AppendSeparator();
    add(_("&Merge into..."), onMergeInto);
    add(_("&Delete..."), onDelete);
    return menu;
}

bool recolourCode(MainFrame& frame, RowId code, const std::string& color) {
    const Code* info = frame.project() ? frame.project()->codeTree().find(code) : nullptr;
    if (!info)
        return false;
    RecolorCode command(info->uuid, color);
    return frame.run(command);
}

bool describeCode(MainFrame& frame, RowId code, const std::string& definition,
                  const std::string& inclusion, const std::string& exclusion) {
    const Code* info = frame.project() ? frame.project()->codeTree().find(code) : nullptr;
    if (!info)
        return false;
    CodeFieldValues values;
    values.definition = definition;
    values.inclusion = inclusion;
    values.exclusion = exclusion;
    SetCodeFields command(info->uuid, values);
    return frame.run(command);
}

bool deleteCode(MainFrame& frame, RowId code) {
    const Code* info = frame.project() ? frame.project()->codeTree().find(code) : nullptr;
    if (!info)
        return false;
    DeleteCode command(info->uuid);
    return frame.run(command);
}

wxString deleteQuestion(Project& project, RowId code) {
    const Code* info = project.codeTree().find(code);
    if (!info)
        return {};
    CodingFilter filter;
    filter.codeId = code;
    filter.includeDescendants = true;
    const std::size_t codings = project.codings(filter).size();
    const std::size_t subCodes = project.codeTree().subtree(code).size() - 1;
    wxString question = wxString::Format(_("Delete the code '%s'?"), utf8(info->name)) + "\n\n";
    if (subCodes > 0)
        question += wxString::Format(wxPLURAL("Its %zu sub-code goes with it.",
                                              "Its %zu sub-codes go with it.",
                                              static_cast<unsigned>(subCodes)),
                                     subCodes) +
                    " ";
    question += codings == 0 ? _("No coded passages are lost.")
                             : wxString::Format(wxPLURAL("%zu coded passage is removed.",
                                                         "%zu coded passages are removed.",
                                                         static_cast<unsigned>(codings)),
                                                codings);
    return question + "\n" + _("Edit > Undo brings everything back.");
}

} // namespace codeboom::gui
