#include "codeboom/commands/attribute_commands.h"
#include "codeboom/commands/code_commands.h"
#include "codeboom/commands/document_commands.h"
#include "codeboom/error.h"
#include "codeboom/io/importer.h"
#include "codeboom/model/memos.h"
#include "codeboom/project.h"

#include "code_picker_dialog.h"
#include "code_tree_menu.h"
#include "code_tree_model.h"
#include "document_summary.h"
#include "frame_fixture.h"
#include "import_progress.h"
#include "language.h"
#include "main_frame.h"
#include "memo_pane.h"
#include "open_error.h"
#include "preferences.h"
#include "support/project_fixture.h"
#include "transcript_view.h"

#include <gtest/gtest.h>
#include <wx/app.h>
#include <wx/aui/framemanager.h>
#include <wx/fileconf.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/textctrl.h>
#include <wx/time.h>
#include <wx/utils.h>

#include <tuple>

namespace codeboom::gui {
namespace {

// Boots the real main frame on a small project and drives the same methods the mouse and keys
// drive; asserts what the transcript view paints, what the tree counts and what core stores.
class MainFrameTest : public FrameTest {
protected:
    void SetUp() override {
        file_ = dir_ / "gui.codeboom";
        auto project = Project::create(file_, "anouk");
        // Code points: "I: Wat houdt u tegen?" 0-21, LF, "R: " 22-25, "De" 25-27,
        // "financiële" 28-38, "drempel" 39-46, "eerlijk" 51-58, "gezegd" 59-65, "tijd" 69-73,
        // 74 in all (end positions exclusive).
        const auto path = dir_.write(
            "int.txt", "I: Wat houdt u tegen?\nR: De financi\xC3\xABle drempel, en eerlijk "
                       "gezegd de tijd.\n");
        ImportDocument import(readTranscript(path, {}, project->wordCounter()));
        project->execute(import);
        for (const char* code :
             {"Regulatief", "Regulatief > Geld", "Regulatief > Tijd", "Drempels"}) {
            CreateCode create(code);
            project->execute(create);
        }
        boot(std::move(project));
    }
    // Selects code points [from, to) in the transcript, as a mouse drag would.
    void selectText(std::size_t from, std::size_t to) {
        const OffsetIndex& offsets =
            frame_->project()->text(*frame_->transcript()->documentId()).offsets;
        frame_->transcript()->editor()->SetSelection(static_cast<int>(offsets.byteOf(from)),
                                                     static_cast<int>(offsets.byteOf(to)));
    }
    std::size_t codings() { return frame_->project()->codings().size(); }
    // Each row of the retrieved segments list, its columns joined.
    std::vector<wxString> segmentRows() {
        std::vector<wxString> rows;
        wxListCtrl* list = frame_->segmentList();
        for (long row = 0; row < list->GetItemCount(); ++row) {
            wxString text;
            for (int column = 0; column < list->GetColumnCount(); ++column)
                text += list->GetItemText(row, column) + "|";
            rows.push_back(text);
        }
        return rows;
    }

    std::filesystem::path file_;
};

TEST_F(MainFrameTest, OpensTheFirstDocument) {
    ASSERT_TRUE(frame_->transcript()->documentId().has_value());
    EXPECT_EQ(frame_->transcript()->editor()->GetLineCount(), 2);
}

TEST_F(MainFrameTest, CodingASelectionPaintsItAndCountsIt) {
    // "financiële drempel" is code points 28..46; bytes 28..47 (ë takes two).
    selectText(28, 46);
    ASSERT_TRUE(frame_->codeSelection(code("Regulatief > Geld"))) << frame_->lastError();
    const auto all = frame_->project()->codings();
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].text, "financi\xC3\xABle drempel");
    EXPECT_EQ(frame_->transcript()->lanesAt(30), 1); // lane 0 on inside the region
    EXPECT_EQ(frame_->transcript()->lanesAt(27), 0); // nothing before it
    EXPECT_EQ(frame_->transcript()->lanesAt(47), 0); // nor after its last byte
    EXPECT_EQ(frame_->codeModel()->regionsOf(code("Regulatief > Geld")), 1u);
}

TEST_F(MainFrameTest, SelectionsSnapToWholeWordsUnlessExact) {
    selectText(30, 44); // "nanciële dremp"
    ASSERT_TRUE(frame_->codeSelection(code("Drempels")));
    EXPECT_EQ(frame_->project()->codings()[0].text, "financi\xC3\xABle drempel");
    selectText(30, 44);
    ASSERT_TRUE(frame_->codeSelection(code("Drempels"), true));
    EXPECT_EQ(frame_->project()->codings()[1].text, "nanci\xC3\xABle dremp");
}

TEST_F(MainFrameTest, OverlappingCodesTakeSeparateLanes) {
    selectText(28, 46);
    ASSERT_TRUE(frame_->codeSelection(code("Regulatief > Geld")));
    selectText(25, 73); // "De financiële drempel, en eerlijk gezegd de tijd"
    ASSERT_TRUE(frame_->codeSelection(code("Drempels")));
    EXPECT_EQ(frame_->transcript()->layers().lanesUsed, 2);
    EXPECT_EQ(frame_->transcript()->lanesAt(30), 0b11); // both lanes on in the overlap
    EXPECT_EQ(frame_->transcript()->lanesAt(26), 0b01); // the earlier start took lane 0
}

TEST_F(MainFrameTest, UndoAndRedoRestoreViewTreeAndCore) {
    selectText(28, 46);
    ASSERT_TRUE(frame_->codeSelection(code("Regulatief > Geld")));
    ASSERT_TRUE(frame_->undo());
    EXPECT_EQ(codings(), 0u);
    EXPECT_EQ(frame_->transcript()->lanesAt(30), 0);
    EXPECT_EQ(frame_->codeModel()->regionsOf(code("Regulatief > Geld")), 0u);
    EXPECT_TRUE(frame_->GetMenuBar()->GetLabel(wxID_REDO).StartsWith("&Redo: apply code"));
    ASSERT_TRUE(frame_->redo());
    EXPECT_EQ(codings(), 1u);
    EXPECT_EQ(frame_->transcript()->lanesAt(30), 1);
}

TEST_F(MainFrameTest, CodeWithLastCodeAndInVivo) {
    EXPECT_FALSE(frame_->codeWithLastCode());
    selectText(28, 46);
    ASSERT_TRUE(frame_->codeSelection(code("Regulatief > Tijd")));
    selectText(69, 73); // "tijd"
    ASSERT_TRUE(frame_->codeWithLastCode());
    EXPECT_EQ(frame_->codeModel()->regionsOf(code("Regulatief > Tijd")), 2u);
    selectText(51, 65); // "eerlijk gezegd"
    ASSERT_TRUE(frame_->codeInVivo()) << frame_->lastError();
    EXPECT_NE(frame_->project()->codeTree().findByPath("eerlijk gezegd"), nullptr);
    EXPECT_EQ(codings(), 3u);
}

TEST_F(MainFrameTest, MenuShortcutsWorkWhileTheTranscriptHasTheFocus) {
    // Scintilla binds Ctrl+L (line cut), Ctrl+Z and Ctrl+Y itself; the transcript hands keys a
    // menu item claims to that item instead.
    wxStyledTextCtrl* editor = frame_->transcript()->editor();
    const auto press = [editor](int key, int modifiers) {
        wxKeyEvent event(wxEVT_KEY_DOWN);
        event.m_keyCode = key;
        event.m_controlDown = (modifiers & wxMOD_CONTROL) != 0;
        event.m_shiftDown = (modifiers & wxMOD_SHIFT) != 0;
        event.SetEventObject(editor);
        editor->GetEventHandler()->ProcessEvent(event);
    };
    selectText(28, 46);
    ASSERT_TRUE(frame_->codeSelection(code("Regulatief > Tijd")));
    selectText(69, 73); // "tijd"
    press('L', wxMOD_CONTROL);
    EXPECT_EQ(codings(), 2u);
    press('Z', wxMOD_CONTROL);
    EXPECT_EQ(codings(), 1u);
    press('Y', wxMOD_CONTROL);
    EXPECT_EQ(codings(), 2u);
    // A key no menu item claims stays Scintilla's: Ctrl+A selects the whole transcript.
    press('A', wxMOD_CONTROL);
    EXPECT_EQ(editor->GetSelectionEnd() - editor->GetSelectionStart(), editor->GetLength());
}

TEST_F(MainFrameTest, AltWhileSelectingKeepsTheExactSelectionForEveryGesture) {
    wxStyledTextCtrl* editor = frame_->transcript()->editor();
    // The mouse button released with Alt held, as at the end of an Alt+drag; then the drag's
    // selection, "nanciële dremp".
    wxMouseEvent release(wxEVT_LEFT_UP);
    release.SetAltDown(true);
    release.SetEventObject(editor);
    editor->GetEventHandler()->ProcessEvent(release);
    selectText(30, 44);
    ASSERT_TRUE(frame_->codeSelection(code("Drempels"))) << frame_->lastError();
    EXPECT_EQ(frame_->project()->codings()[0].text, "nanci\xC3\xABle dremp");
    // Ctrl+L too, the shortcut that cannot be pressed together with Alt.
    ASSERT_TRUE(frame_->codeWithLastCode());
    EXPECT_EQ(frame_->project()->codings()[1].text, "nanci\xC3\xABle dremp");
    // A selection made without Alt snaps again.
    wxMouseEvent plain(wxEVT_LEFT_UP);
    plain.SetEventObject(editor);
    editor->GetEventHandler()->ProcessEvent(plain);
    selectText(30, 44);
    ASSERT_TRUE(frame_->codeSelection(code("Regulatief > Geld")));
    // Codings are listed by position: the snapped one starts first.
    EXPECT_EQ(frame_->project()->codings()[0].text, "financi\xC3\xABle drempel");
}

TEST_F(MainFrameTest, WindowMenuBringsBackAClosedPane) {
    wxMenuBar* bar = frame_->GetMenuBar();
    const int menu = bar->FindMenu(_("&Window"));
    ASSERT_NE(menu, wxNOT_FOUND);
    const int item = bar->GetMenu(static_cast<std::size_t>(menu))->FindItem(_("Codes"));
    ASSERT_NE(item, wxNOT_FOUND);
    wxAuiManager* aui = wxAuiManager::GetManager(frame_);
    ASSERT_NE(aui, nullptr);
    aui->GetPane("codes").Show(false);
    aui->Update();
    wxCommandEvent show(wxEVT_MENU, item);
    show.SetInt(1); // checked
    frame_->GetEventHandler()->ProcessEvent(show);
    EXPECT_TRUE(aui->GetPane("codes").IsShown());
}

TEST_F(MainFrameTest, DropReparentsAndRefusesCycles) {
    ASSERT_TRUE(frame_->moveCode(code("Drempels"), code("Regulatief > Geld")));
    EXPECT_NE(frame_->project()->codeTree().findByPath("Regulatief > Geld > Drempels"), nullptr);
    EXPECT_FALSE(frame_->moveCode(code("Regulatief"), code("Regulatief > Geld > Drempels")));
    EXPECT_TRUE(frame_->lastError().Contains("a code cannot be placed inside itself"));
    ASSERT_TRUE(frame_->moveCode(code("Regulatief > Geld > Drempels"), std::nullopt));
    EXPECT_NE(frame_->project()->codeTree().findByPath("Drempels"), nullptr);
}

TEST_F(MainFrameTest, MergeMovesRegionsAndRetrievesThem) {
    selectText(28, 46);
    ASSERT_TRUE(frame_->codeSelection(code("Regulatief > Geld")));
    ASSERT_TRUE(frame_->mergeCodes(code("Regulatief > Geld"), code("Drempels")));
    EXPECT_EQ(frame_->project()->codeTree().findByPath("Regulatief > Geld"), nullptr);
    EXPECT_EQ(frame_->codeModel()->regionsOf(code("Drempels")), 1u);
    frame_->selectCode(code("Drempels"));
    ASSERT_EQ(frame_->segmentList()->GetItemCount(), 1);
    EXPECT_EQ(frame_->segmentList()->GetItemText(0, 1), "R");
    EXPECT_EQ(frame_->segmentList()->GetItemText(0, 4),
              wxString::FromUTF8("financi\xC3\xABle drempel"));
}

// The memo pane saves one command per edit session, however many keystrokes it took.
TEST_F(MainFrameTest, MemoEditIsOneUndoStep) {
    frame_->selectCode(code("Regulatief > Geld"));
    EXPECT_EQ(frame_->memoPane()->title(), "Memo on code 'Geld'");
    const std::size_t events = frame_->project()->events().size();
    wxTextCtrl* editor = frame_->memoPane()->editor();
    for (const char* keystroke : {"Kosten ", "van ", "de ", "opleiding."})
        editor->AppendText(keystroke);         // each one a text event, as typing sends
    ASSERT_TRUE(frame_->memoPane()->commit()); // what leaving the text does
    EXPECT_EQ(frame_->project()->events().size(), events + 1);
    const auto memo = memoOn(*frame_->project(), MemoTargetKind::Code,
                             frame_->project()->codeTree().find(code("Regulatief > Geld"))->uuid);
    ASSERT_TRUE(memo.has_value());
    EXPECT_EQ(memo->text, "Kosten van de opleiding.");
    EXPECT_EQ(frame_->GetMenuBar()->GetLabel(wxID_UNDO),
              "&Undo: edit the memo on code 'Geld'\tCtrl+Z");
    ASSERT_TRUE(frame_->undo());
    EXPECT_EQ(editor->GetValue(), "");
    EXPECT_EQ(frame_->project()->codings().size(), 0u);
    ASSERT_TRUE(frame_->redo());
    EXPECT_EQ(editor->GetValue(), "Kosten van de opleiding.");
}

TEST_F(MainFrameTest, MemoIsSavedAfterAPauseInTyping) {
    frame_->showMemo({MemoTargetKind::Project, {}});
    EXPECT_EQ(frame_->memoPane()->title(), "Project memo");
    frame_->memoPane()->editor()->AppendText("Veldwerk in Leiden.");
    EXPECT_TRUE(frame_->memoPane()->editing());
    // Let the pause pass with the event loop running, as it would while the user thinks.
    const wxLongLong until = wxGetLocalTimeMillis() + MemoPane::kPauseMs + 3000;
    while (frame_->memoPane()->editing() && wxGetLocalTimeMillis() < until) {
        wxYield();
        wxMilliSleep(20);
    }
    EXPECT_FALSE(frame_->memoPane()->editing());
    const auto memo = memoOn(*frame_->project(), MemoTargetKind::Project, "");
    ASSERT_TRUE(memo.has_value());
    EXPECT_EQ(memo->text, "Veldwerk in Leiden.");
    // Emptying the text removes the memo, again as one step.
    frame_->memoPane()->editor()->Clear();
    ASSERT_TRUE(frame_->memoPane()->commit());
    EXPECT_FALSE(memoOn(*frame_->project(), MemoTargetKind::Project, "").has_value());
    EXPECT_EQ(frame_->GetMenuBar()->GetLabel(wxID_UNDO), "&Undo: remove the project memo\tCtrl+Z");
}

TEST_F(MainFrameTest, PickerFiltersAsYouTypeAndApplies) {
    CodePickerDialog picker(frame_, *frame_->project(), std::nullopt);
    EXPECT_EQ(picker.shown().size(), 4u); // nothing typed: every code
    picker.setQuery("GELD");
    EXPECT_EQ(picker.shown(), std::vector<RowId>{code("Regulatief > Geld")});
    // "reg" is in the paths of Regulatief and both its sub-codes; its own name comes first.
    picker.setQuery("reg");
    EXPECT_EQ(picker.shown(), (std::vector<RowId>{code("Regulatief"), code("Regulatief > Geld"),
                                                  code("Regulatief > Tijd")}));
    picker.moveSelection(1);
    selectText(28, 46);
    ASSERT_TRUE(frame_->applyPicked(picker.choice())) << frame_->lastError();
    EXPECT_EQ(frame_->codeModel()->regionsOf(code("Regulatief > Geld")), 1u);
    EXPECT_EQ(frame_->transcript()->lanesAt(30), 1);
}

TEST_F(MainFrameTest, PickerCreatesAnUnknownCodeUnderTheSelectedCategory) {
    frame_->selectCode(code("Regulatief"));
    ASSERT_EQ(frame_->pickerCategory(), code("Regulatief"));
    CodePickerDialog picker(frame_, *frame_->project(), frame_->pickerCategory());
    picker.setQuery("Eerlijkheid");
    EXPECT_TRUE(picker.shown().empty());
    EXPECT_EQ(picker.choice().newPath, "Regulatief > Eerlijkheid");
    selectText(51, 65); // "eerlijk gezegd"
    ASSERT_TRUE(frame_->applyPicked(picker.choice())) << frame_->lastError();
    const Code* created = frame_->project()->codeTree().findByPath("Regulatief > Eerlijkheid");
    ASSERT_NE(created, nullptr);
    EXPECT_EQ(frame_->codeModel()->regionsOf(created->id), 1u);
    // A leaf's category is its parent: a new code becomes its sibling.
    frame_->selectCode(code("Regulatief > Geld"));
    EXPECT_EQ(frame_->pickerCategory(), code("Regulatief"));
}

TEST_F(MainFrameTest, DroppingTheSelectionOnACodeCodesIt) {
    selectText(28, 46);
    const wxString dragged = frame_->transcript()->selectedText();
    ASSERT_TRUE(frame_->dropOnCode(dragged, code("Drempels"))) << frame_->lastError();
    ASSERT_EQ(codings(), 1u);
    EXPECT_EQ(frame_->project()->codings()[0].codePath, "Drempels");
    EXPECT_EQ(frame_->codeModel()->regionsOf(code("Drempels")), 1u);
    // Text from elsewhere is not mistaken for the selection.
    EXPECT_FALSE(frame_->dropOnCode("iets anders", code("Drempels")));
    EXPECT_EQ(codings(), 1u);
    // A code dragged within the tree still re-parents.
    const wxString codeDrag =
        wxString::Format("codeboom-code:%lld", static_cast<long long>(code("Drempels")));
    ASSERT_TRUE(frame_->dropOnCode(codeDrag, code("Regulatief")));
    EXPECT_NE(frame_->project()->codeTree().findByPath("Regulatief > Drempels"), nullptr);
}

TEST_F(MainFrameTest, ContextMenuRemovesACodingAndUndoBringsItBack) {
    selectText(28, 46);
    ASSERT_TRUE(frame_->codeSelection(code("Regulatief > Geld")));
    // Byte 30 lies inside "financiële drempel" (bytes 28..47).
    std::unique_ptr<wxMenu> menu = frame_->transcriptMenu(30);
    const int remove = menu->FindItem("Remove coding 'Geld' (anouk)");
    ASSERT_NE(remove, wxNOT_FOUND);
    EXPECT_NE(menu->FindItem("Memo..."), wxNOT_FOUND);
    EXPECT_NE(menu->FindItem("Show in code tree"), wxNOT_FOUND);
    menu->SendEvent(remove);
    EXPECT_EQ(codings(), 0u);
    EXPECT_EQ(frame_->transcript()->lanesAt(30), 0);
    EXPECT_EQ(frame_->codeModel()->regionsOf(code("Regulatief > Geld")), 0u);
    EXPECT_EQ(frame_->GetMenuBar()->GetLabel(wxID_UNDO), "&Undo: remove coding 'Geld'\tCtrl+Z");
    ASSERT_TRUE(frame_->undo());
    EXPECT_EQ(codings(), 1u);
    EXPECT_EQ(frame_->transcript()->lanesAt(30), 1);
    // Outside any coding the menu has no coding items.
    EXPECT_EQ(frame_->transcriptMenu(5)->FindItem("Show in code tree"), wxNOT_FOUND);
}

TEST_F(MainFrameTest, ContextMenuOpensTheCodingMemoPerCoding) {
    selectText(28, 46);
    ASSERT_TRUE(frame_->codeSelection(code("Regulatief > Geld")));
    selectText(25, 73);
    ASSERT_TRUE(frame_->codeSelection(code("Drempels")));
    // Two codings at byte 30: one submenu each, named after code and coder.
    std::unique_ptr<wxMenu> menu = frame_->transcriptMenu(30);
    wxMenu* owner = nullptr;
    const int drempelsMemo =
        menu->FindChildItem(menu->FindItem("Drempels (anouk)"))->GetSubMenu()->FindItem("Memo...");
    ASSERT_NE(drempelsMemo, wxNOT_FOUND);
    menu->FindItem(drempelsMemo, &owner);
    ASSERT_NE(owner, nullptr);
    owner->SendEvent(drempelsMemo);
    EXPECT_EQ(frame_->memoPane()->target().kind, MemoTargetKind::Coding);
    EXPECT_EQ(frame_->memoPane()->title(), "Memo on coding 'Drempels'");
}

TEST_F(MainFrameTest, DroppedFilesAreImportedAndFailuresListed) {
    const auto good = dir_.write("tweede.txt", "I: Nog een vraag?\nR: Ja hoor.\n");
    const auto broken = dir_.write("kapot.docx", "dit is geen zip");
    const auto other = dir_.write("derde.vtt", "WEBVTT\n\n00:00.000 --> 00:02.000\n<v R>Goed.\n");
    const auto outcomes = frame_->importFiles({good, broken, other});
    ASSERT_EQ(outcomes.size(), 3u);
    EXPECT_TRUE(outcomes[0].imported());
    EXPECT_FALSE(outcomes[1].imported());
    EXPECT_TRUE(outcomes[2].imported());
    EXPECT_EQ(frame_->project()->documents().size(), 3u);
    EXPECT_TRUE(frame_->lastError().Contains("kapot.docx")) << frame_->lastError();
    EXPECT_EQ(failureReason(outcomes[1]).Find("kapot.docx"),
              wxNOT_FOUND); // said once, in its column
    // The document list shows them, and the first new one is open.
    wxListCtrl* documents = frame_->documentList();
    EXPECT_EQ(documents->GetItemCount(), 3);
    EXPECT_EQ(frame_->project()->documentById(*frame_->transcript()->documentId()).name, "tweede");
}

TEST_F(MainFrameTest, UndoLabelIsTranslatedInDutch) {
    struct English { // back to English whatever happens, for the other tests
        ~English() { setUpLanguage("en", CODEBOOM_CATALOG_DIR); }
    } restore;
    setUpLanguage("nl", CODEBOOM_CATALOG_DIR);
    selectText(28, 46);
    ASSERT_TRUE(frame_->codeSelection(code("Regulatief > Geld")));
    EXPECT_EQ(frame_->GetMenuBar()->GetLabel(wxID_UNDO),
              wxString::FromUTF8("&Ongedaan maken: code 'Geld' toepassen\tCtrl+Z"));
    ASSERT_TRUE(frame_->undo());
    EXPECT_EQ(frame_->GetMenuBar()->GetLabel(wxID_REDO),
              wxString::FromUTF8("Opnieuw &uitvoeren: code 'Geld' toepassen\tCtrl+Y"));
}

TEST_F(MainFrameTest, OpenErrorsLeadInTheInterfaceLanguageWithCoresDetail) {
    struct English {
        ~English() { setUpLanguage("en", CODEBOOM_CATALOG_DIR); }
    } restore;
    setUpLanguage("nl", CODEBOOM_CATALOG_DIR);
    const ProjectTooNewError tooNew("leo.codeboom was saved by a newer Codeboom (project format 9; "
                                    "this version reads up to 3)");
    EXPECT_EQ(openErrorMessage(tooNew, "/data/leo.codeboom"),
              wxString::FromUTF8("leo.codeboom is opgeslagen met een nieuwere versie van Codeboom. "
                                 "Werk Codeboom bij om het te openen.\n\nDetails: leo.codeboom "
                                 "was saved by a newer Codeboom (project format 9; this version "
                                 "reads up to 3)"));
    const ProjectLockedError locked("leo.codeboom is locked by another program");
    EXPECT_TRUE(openErrorMessage(locked, "leo.codeboom")
                    .StartsWith(wxString::FromUTF8("leo.codeboom is geopend in een ander "
                                                   "Codeboom-venster")));
    setUpLanguage("en", CODEBOOM_CATALOG_DIR);
    EXPECT_TRUE(openErrorMessage(ProjectCorruptError("x"), "a/b.codeboom")
                    .StartsWith("b.codeboom is damaged. Restore it from a backup."));
}

// File > Open and Open read-only: a supervisor reviews a coder's project without changing it.
TEST_F(MainFrameTest, OpensAnotherProjectReadOnlyForReview) {
    const std::filesystem::path other = dir_ / "review.codeboom";
    {
        auto project = Project::create(other, "bram");
        CreateCode create("Normatief");
        project->execute(create);
    }
    ASSERT_TRUE(frame_->openProject(wxString::FromUTF8(other.string()), true))
        << frame_->lastError();
    ASSERT_TRUE(frame_->project()->readOnly());
    EXPECT_EQ(frame_->project()->path(), other);
    EXPECT_TRUE(frame_->GetTitle().StartsWith("review.codeboom (read-only)"));
    EXPECT_FALSE(frame_->GetMenuBar()->IsEnabled(
        frame_->GetMenuBar()->FindMenuItem("File", "Import transcripts...")));
    EXPECT_NE(frame_->project()->codeTree().findByPath("Normatief"), nullptr);
    const auto before = std::filesystem::last_write_time(other);
    EXPECT_FALSE(frame_->moveCode(code("Normatief"), std::nullopt));
    EXPECT_EQ(std::filesystem::last_write_time(other), before);

    // Anything but a project is refused with core's reason, and the open project stays.
    const auto notes = dir_.write("notes.codeboom", "geen project");
    EXPECT_FALSE(frame_->openProject(wxString::FromUTF8(notes.string())));
    EXPECT_TRUE(frame_->lastError().StartsWith("notes.codeboom is not a Codeboom project."));
    EXPECT_EQ(frame_->project()->path(), other);

    // The writable original again; the menu item opens it for writing.
    ASSERT_TRUE(frame_->openProject(wxString::FromUTF8(file_.string())));
    EXPECT_FALSE(frame_->project()->readOnly());
    EXPECT_TRUE(frame_->GetMenuBar()->IsEnabled(
        frame_->GetMenuBar()->FindMenuItem("File", "Import transcripts...")));
}

// Core's refusals reach the Dutch window in Dutch, with the names filled in as core gave them.
TEST_F(MainFrameTest, CoreRefusalsAreShownInTheInterfaceLanguage) {
    struct English {
        ~English() { setUpLanguage("en", CODEBOOM_CATALOG_DIR); }
    } restore;
    setUpLanguage("nl", CODEBOOM_CATALOG_DIR);
    EXPECT_FALSE(frame_->moveCode(code("Regulatief"), code("Regulatief > Geld")));
    EXPECT_EQ(frame_->lastError(),
              wxString::FromUTF8("'Regulatief' kan niet onder 'Regulatief > Geld' worden "
                                 "geplaatst: een code kan niet in zichzelf staan"));
    const auto broken = dir_.write("kapot.odt", "dit is geen zip");
    const auto outcomes = frame_->importFiles({broken});
    ASSERT_EQ(outcomes.size(), 1u);
    ASSERT_FALSE(outcomes[0].imported());
    EXPECT_TRUE(failureReason(outcomes[0]).StartsWith("geen geldig")) << failureReason(outcomes[0]);
    // The English window keeps core's sentence as it is.
    setUpLanguage("en", CODEBOOM_CATALOG_DIR);
    EXPECT_FALSE(frame_->moveCode(code("Regulatief"), code("Regulatief > Geld")));
    EXPECT_EQ(frame_->lastError(), "cannot move 'Regulatief' under 'Regulatief > Geld': a code "
                                   "cannot be placed inside itself");
    EXPECT_EQ(failureReason(outcomes[0]).Find("kapot.odt"), wxNOT_FOUND);
}

TEST_F(MainFrameTest, DocumentSummaryListsSpeakersWithTheirCaseAttributes) {
    Project& project = *frame_->project();
    for (const auto& [ref, name, value] :
         {std::tuple{CaseRef{"speaker", "R", ""}, "leeftijd", "52"},
          std::tuple{CaseRef{"speaker", "R", "int"}, "rol", "werkgever"},
          std::tuple{CaseRef{"document", "int", ""}, "sector", "zorg"}}) {
        SetAttribute set(ref, name, value);
        project.execute(set);
    }
    const Document& doc = project.document("int");
    EXPECT_EQ(documentSummary(project, doc),
              wxString::FromUTF8("int (14 words)\nI\nR: leeftijd 52, rol werkgever\n"
                                 "Document: sector zorg"));
}

TEST_F(MainFrameTest, IncrementalRepaintMatchesAFullPaint) {
    // Nine codings on one spot: six lanes and three in the overflow lane, then changes that
    // move lanes around (removing the first shifts nothing, undoing brings it back).
    for (int i = 0; i < 9; ++i) {
        selectText(static_cast<std::size_t>(25 + i), 73);
        ASSERT_TRUE(frame_->codeSelection(code(i % 2 ? "Drempels" : "Regulatief > Tijd"), true));
    }
    selectText(28, 46);
    ASSERT_TRUE(frame_->codeSelection(code("Regulatief > Geld")));
    ASSERT_TRUE(frame_->undo());
    ASSERT_TRUE(frame_->undo());
    const std::string first = frame_->project()->codings()[0].uuid;
    ASSERT_TRUE(frame_->removeCoding(first));
    const auto incremental = indicatorState();
    frame_->openDocument(*frame_->transcript()->documentId()); // paints everything afresh
    EXPECT_EQ(indicatorState(), incremental);
}

TEST_F(MainFrameTest, ApplyingACodeRepaintsAsAFullRecomputeWould) {
    // Three codings in a row, then one before them that overlaps the first two: they move up a
    // lane, the third ("tijd", 69..73) keeps lane 0.
    selectText(39, 46); // "drempel"
    ASSERT_TRUE(frame_->codeSelection(code("Drempels")));
    selectText(51, 65); // "eerlijk gezegd"
    ASSERT_TRUE(frame_->codeSelection(code("Regulatief > Tijd")));
    selectText(69, 73);
    ASSERT_TRUE(frame_->codeSelection(code("Regulatief > Tijd")));
    selectText(25, 58); // "De financiële drempel, en eerlijk"
    ASSERT_TRUE(frame_->codeSelection(code("Regulatief > Geld")));
    EXPECT_EQ(frame_->transcript()->lanesAt(41), 0b11); // "drempel": both lanes
    const auto lanes = [&] {
        std::vector<std::tuple<std::size_t, std::size_t, int>> out;
        for (const PaintedCoding& c : frame_->transcript()->layers().codings)
            out.emplace_back(c.byteStart, c.byteEnd, c.lane);
        return out;
    };
    const auto incremental = indicatorState();
    const auto incrementalLanes = lanes();
    ASSERT_TRUE(frame_->removeCoding(frame_->project()->codings()[1].uuid)); // "drempel"
    const auto removed = indicatorState();
    const auto removedLanes = lanes();
    ASSERT_TRUE(frame_->undo());
    frame_->openDocument(*frame_->transcript()->documentId());
    EXPECT_EQ(indicatorState(), incremental);
    EXPECT_EQ(lanes(), incrementalLanes);
    ASSERT_TRUE(frame_->redo());
    frame_->openDocument(*frame_->transcript()->documentId());
    EXPECT_EQ(indicatorState(), removed);
    EXPECT_EQ(lanes(), removedLanes);
}

TEST_F(MainFrameTest, RetrievedSegmentsShowContextAndFollowChanges) {
    frame_->selectCode(code("Regulatief"));
    selectText(51, 65); // "eerlijk gezegd"
    ASSERT_TRUE(frame_->codeSelection(code("Regulatief > Tijd")));
    selectText(28, 46); // "financiële drempel"
    ASSERT_TRUE(frame_->codeSelection(code("Regulatief > Geld")));
    // Rows are inserted in document order as codings are added below the selected code.
    ASSERT_EQ(frame_->segmentList()->GetItemCount(), 2);
    EXPECT_EQ(frame_->segmentList()->GetItemText(0, 4),
              wxString::FromUTF8("financi\xC3\xABle drempel"));
    EXPECT_EQ(frame_->segmentList()->GetItemText(0, 5),
              wxString::FromUTF8("\xE2\x80\xA6R: De \xC2\xAB"
                                 "financi\xC3\xABle drempel\xC2\xBB, en eerlijk gezegd de "
                                 "tijd.\xE2\x80\xA6"));
    const std::string tijd = frame_->project()->codings()[1].uuid;
    ASSERT_TRUE(frame_->removeCoding(tijd));
    const auto updated = segmentRows();
    ASSERT_EQ(updated.size(), 1u);
    frame_->selectCode(code("Regulatief")); // lists afresh
    EXPECT_EQ(segmentRows(), updated);
    ASSERT_TRUE(frame_->undo());
    EXPECT_EQ(frame_->segmentList()->GetItemCount(), 2);
    EXPECT_EQ(frame_->segmentList()->GetItemText(1, 4), "eerlijk gezegd");
}

TEST_F(MainFrameTest, CodeTreeMenuOffersTheCodeGestures) {
    const std::unique_ptr<wxMenu> menu = codeTreeMenu(*frame_, code("Regulatief"));
    for (const char* item : {"New sub-code...", "Rename...", "Recolour...", "Describe...",
                             "Merge into...", "Delete..."})
        EXPECT_NE(menu->FindItem(item), wxNOT_FOUND) << item;
}

TEST_F(MainFrameTest, RecolourRepaintsAndUndoes) {
    selectText(28, 46);
    ASSERT_TRUE(frame_->codeSelection(code("Drempels")));
    const std::string before = frame_->project()->codeTree().find(code("Drempels"))->color;
    ASSERT_TRUE(recolourCode(*frame_, code("Drempels"), "#1F6F43")) << frame_->lastError();
    EXPECT_EQ(frame_->project()->codeTree().find(code("Drempels"))->color, "#1f6f43");
    // Scintilla holds the colour as 0xBBGGRR with the value bit.
    EXPECT_EQ(frame_->transcript()->editor()->IndicatorValueAt(TranscriptView::kFirstIndicator, 30),
              wxSTC_INDICVALUEBIT | 0x436F1F);
    ASSERT_TRUE(frame_->undo());
    EXPECT_EQ(frame_->project()->codeTree().find(code("Drempels"))->color, before);
    EXPECT_FALSE(recolourCode(*frame_, code("Drempels"), "groen"));
    EXPECT_FALSE(frame_->lastError().empty());
}

TEST_F(MainFrameTest, DescribeSetsTheCodebookFields) {
    ASSERT_TRUE(describeCode(*frame_, code("Drempels"), "Wat deelname belemmert.",
                             "Genoemde obstakels.", "Wensen zonder obstakel."));
    const Code* drempels = frame_->project()->codeTree().find(code("Drempels"));
    EXPECT_EQ(drempels->description, "Wat deelname belemmert.");
    EXPECT_EQ(drempels->inclusion, "Genoemde obstakels.");
    EXPECT_EQ(drempels->exclusion, "Wensen zonder obstakel.");
}

TEST_F(MainFrameTest, MergeIntoMovesCodingsAndUndoes) {
    selectText(28, 46);
    ASSERT_TRUE(frame_->codeSelection(code("Regulatief > Tijd")));
    ASSERT_TRUE(frame_->mergeCodes(code("Regulatief > Tijd"), code("Regulatief > Geld")));
    EXPECT_EQ(frame_->project()->codeTree().findByPath("Regulatief > Tijd"), nullptr);
    EXPECT_EQ(frame_->codeModel()->regionsOf(code("Regulatief > Geld")), 1u);
    ASSERT_TRUE(frame_->undo());
    ASSERT_NE(frame_->project()->codeTree().findByPath("Regulatief > Tijd"), nullptr);
    EXPECT_EQ(frame_->codeModel()->regionsOf(code("Regulatief > Tijd")), 1u);
    EXPECT_EQ(frame_->codeModel()->regionsOf(code("Regulatief > Geld")), 0u);
}

TEST_F(MainFrameTest, DeleteSaysWhatGoesAndUndoes) {
    selectText(28, 46);
    ASSERT_TRUE(frame_->codeSelection(code("Regulatief > Geld")));
    selectText(69, 73);
    ASSERT_TRUE(frame_->codeSelection(code("Regulatief > Tijd")));
    // Regulatief has two sub-codes with one coding each.
    const wxString question = deleteQuestion(*frame_->project(), code("Regulatief"));
    EXPECT_TRUE(question.Contains("Its 2 sub-codes go with it.")) << question;
    EXPECT_TRUE(question.Contains("2 coded passages are removed.")) << question;
    EXPECT_TRUE(deleteQuestion(*frame_->project(), code("Drempels"))
                    .Contains("No coded passages are lost."));
    ASSERT_TRUE(deleteCode(*frame_, code("Regulatief")));
    EXPECT_EQ(frame_->project()->codeTree().findByPath("Regulatief"), nullptr);
    EXPECT_EQ(codings(), 0u);
    EXPECT_EQ(frame_->transcript()->lanesAt(30), 0);
    ASSERT_TRUE(frame_->undo());
    EXPECT_EQ(codings(), 2u);
    EXPECT_EQ(frame_->transcript()->lanesAt(30), 1);
}

TEST_F(MainFrameTest, PreferencesChangeTheCoderAtOnce) {
    const auto config = dir_ / "codeboom.ini";
    wxFileConfig file(wxEmptyString, wxEmptyString, wxString(config.string()), wxEmptyString,
                      wxCONFIG_USE_LOCAL_FILE);
    Preferences chosen;
    chosen.language = "nl";
    chosen.coder = "bram";
    ASSERT_TRUE(frame_->applyPreferences(chosen, file)) << frame_->lastError();
    EXPECT_EQ(frame_->project()->coderName(), "bram");
    EXPECT_EQ(Preferences::load(file).language, "nl");
    EXPECT_EQ(Preferences::load(file).coder, "bram");
    // Bram's codings are his; the undo history is his too.
    selectText(28, 46);
    ASSERT_TRUE(frame_->codeSelection(code("Drempels")));
    EXPECT_EQ(frame_->project()->codings()[0].coder, "bram");
}
} // namespace
} // namespace codeboom::gui

// GTK needs a display and a running wx application; CTest runs this binary under xvfb-run.
int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    wxApp::SetInstance(new wxApp);
    if (!wxEntryStart(argc, argv))
        return 1;
    wxTheApp->OnInit();
    const int result = RUN_ALL_TESTS();
    wxTheApp->OnExit();
    wxEntryCleanup();
    return result;
}
