#include "codeboom/analysis/integration.h"
#include "codeboom/analysis/saturation.h"
#include "codeboom/commands/code_commands.h"
#include "codeboom/commands/code_phase_commands.h"
#include "codeboom/commands/coding_commands.h"
#include "codeboom/commands/core_category_commands.h"
#include "codeboom/commands/document_commands.h"
#include "codeboom/commands/relation_commands.h"
#include "codeboom/io/importer.h"
#include "codeboom/model/core_category.h"
#include "codeboom/project.h"

#include "code_phase_filter.h"
#include "code_tree_model.h"
#include "display_format.h"
#include "frame_fixture.h"
#include "integration_view.h"
#include "main_frame.h"
#include "paradigm_page.h"
#include "phase_menu.h"
#include "support/project_fixture.h"
#include "view_menus.h"

#include <gtest/gtest.h>
#include <wx/app.h>
#include <wx/listctrl.h>
#include <wx/textctrl.h>

namespace codeboom::gui {
namespace {

// One interview and a small tree in tree order: Kern, Kern > k1, A, A > a1, B, B > b1, Los.
// Kern is the core (which makes it selective); a1 is axial, the rest open. "A > a1 versterkt
// Kern" with one coding of a1 as evidence connects A to the core; B and Los connect to nothing.
class SelectiveCodingTest : public FrameTest {
protected:
    void SetUp() override {
        const auto file = dir_ / "selectief.codeboom";
        auto project = Project::create(file, "anouk");
        const auto path = dir_.write("int1.txt", "R: Het geld is altijd het probleem geweest.\n");
        ImportDocument import(readTranscript(path, {}, project->wordCounter()));
        project->execute(import);
        for (const char* code : {"Kern", "Kern > k1", "A", "A > a1", "B", "B > b1", "Los"}) {
            CreateCode create(code);
            project->execute(create);
        }
        ApplyCoding apply("int1", 7, 11, "A > a1");
        project->execute(apply);
        ApplyCoding other("int1", 25, 33, "B > b1");
        project->execute(other);
        SetCodePhase axial("A > a1", "axial");
        project->execute(axial);
        SetCoreCategory core("Kern");
        project->execute(core);
        AddRelation relation("A > a1", "versterkt", "Kern", {apply.createdUuid()});
        project->execute(relation);
        boot(std::move(project));
    }
    // The paths of the codes the tree shows under `parent` (the roots for 0).
    std::vector<std::string> shownUnder(RowId parent) {
        CodeTreeModel& model = *frame_->codeModel();
        wxDataViewItemArray items;
        model.GetChildren(parent ? model.itemOf(parent) : wxDataViewItem(nullptr), items);
        std::vector<std::string> paths;
        for (const wxDataViewItem& item : items)
            paths.push_back(frame_->project()->codeTree().find(model.codeOf(item))->path);
        return paths;
    }
};

using Paths = std::vector<std::string>;

TEST_F(SelectiveCodingTest, PhaseFilterShowsMatchingCodesWithTheirCategories) {
    frame_->phaseFilter()->select("axial");
    // a1 is the only axial code; A stays, as its category, though A itself is open.
    EXPECT_EQ(shownUnder(0), Paths{"A"});
    EXPECT_EQ(shownUnder(code("A")), Paths{"A > a1"});
    EXPECT_FALSE(frame_->codeModel()->isShown(code("B")));
    frame_->phaseFilter()->select("selective");
    EXPECT_EQ(shownUnder(0), Paths{"Kern"});
    EXPECT_FALSE(frame_->codeModel()->IsContainer(frame_->codeModel()->itemOf(code("Kern"))));
    frame_->phaseFilter()->select("open");
    // Kern is selective but holds the open k1.
    EXPECT_EQ(shownUnder(0), (Paths{"Kern", "A", "B", "Los"}));
    EXPECT_EQ(shownUnder(code("A")), Paths{});
    frame_->phaseFilter()->select("");
    EXPECT_EQ(shownUnder(0), (Paths{"Kern", "A", "B", "Los"}));
    EXPECT_EQ(shownUnder(code("A")), Paths{"A > a1"});
    EXPECT_EQ(frame_->phaseFilter()->GetSelection(), 0);
}

TEST_F(SelectiveCodingTest, FilterSurvivesAChangeOfPhase) {
    frame_->phaseFilter()->select("axial");
    frame_->selectCode(code("A > a1"));
    ASSERT_TRUE(setSelectedCodePhase(*frame_, "selective")) << frame_->lastError();
    // No code is axial any more: the tree is empty until the filter changes.
    EXPECT_EQ(shownUnder(0), Paths{});
    ASSERT_TRUE(frame_->undo());
    EXPECT_EQ(shownUnder(0), Paths{"A"});
}

TEST_F(SelectiveCodingTest, CoreCategoryIsStarredAndBold) {
    CodeTreeModel& model = *frame_->codeModel();
    const auto nameOf = [&](const std::string& path) {
        wxVariant value;
        model.GetValue(value, model.itemOf(code(path)), CodeTreeModel::kName);
        wxDataViewIconText text;
        text << value;
        return text.GetText();
    };
    EXPECT_EQ(nameOf("Kern"), wxString::FromUTF8("\u2605 Kern"));
    EXPECT_EQ(nameOf("A"), "A");
    wxDataViewItemAttr attr;
    ASSERT_TRUE(model.GetAttr(model.itemOf(code("Kern")), CodeTreeModel::kName, attr));
    EXPECT_TRUE(attr.GetBold());
    EXPECT_FALSE(model.GetAttr(model.itemOf(code("A")), CodeTreeModel::kName, attr));
}

TEST_F(SelectiveCodingTest, CodeMenuSetsPhaseAndCoreUndoably) {
    frame_->selectCode(code("B"));
    ASSERT_TRUE(setSelectedCodePhase(*frame_, "axial")) << frame_->lastError();
    EXPECT_EQ(frame_->project()->codeTree().resolve("B").phase, "axial");
    ASSERT_TRUE(setSelectedCodeCore(*frame_, true)) << frame_->lastError();
    EXPECT_EQ(coreCategory(*frame_->project())->path, "B");
    ASSERT_TRUE(frame_->undo());
    EXPECT_EQ(coreCategory(*frame_->project())->path, "Kern");
    ASSERT_TRUE(frame_->undo());
    EXPECT_EQ(frame_->project()->codeTree().resolve("B").phase, "open");
    frame_->selectCode(code("Kern"));
    ASSERT_TRUE(setSelectedCodeCore(*frame_, false)) << frame_->lastError();
    EXPECT_EQ(coreCategory(*frame_->project()), nullptr);
}

TEST_F(SelectiveCodingTest, IntegrationViewListsTheCoresIntegrationCheck) {
    auto* view = dynamic_cast<IntegrationView*>(showView(*frame_, "integration"));
    ASSERT_NE(view, nullptr);
    const auto expected = integrationCheck(*frame_->project());
    ASSERT_EQ(view->rows().size(), expected.size());
    wxListCtrl* list = view->categoryList();
    ASSERT_EQ(list->GetItemCount(), static_cast<int>(expected.size()));
    // Categories in tree order: Kern (the core), A (via a1, one evidence), B (not connected).
    ASSERT_EQ(expected.size(), 3u);
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const long row = static_cast<long>(i);
        EXPECT_TRUE(list->GetItemText(row, 0).EndsWith(wxString::FromUTF8(expected[i].path)));
        EXPECT_EQ(list->GetItemText(row, 1).EndsWith(expected[i].connected ? "yes" : "no"), true);
        EXPECT_EQ(list->GetItemText(row, 3), wxString::Format("%zu", expected[i].evidence));
        EXPECT_EQ(list->GetItemTextColour(row) == wxColour(0xB9, 0x1C, 0x1C),
                  !expected[i].connected);
    }
    EXPECT_EQ(list->GetItemText(0, 0), wxString::FromUTF8("\u2605 Kern"));
    EXPECT_EQ(list->GetItemText(1, 2),
              wxString::FromUTF8(describePath(frame_->project()->codeTree(), expected[1].route,
                                              interfaceLanguage())));
    EXPECT_TRUE(list->GetItemText(1, 2).Contains("A > a1"));
    EXPECT_EQ(list->GetItemText(2, 0), "B");
    EXPECT_TRUE(view->status().Contains("1 of the 2 categories does not"));
}

TEST_F(SelectiveCodingTest, SavingTheStoryLineStoresItAndUndoRevertsIt) {
    auto* view = dynamic_cast<IntegrationView*>(showView(*frame_, "integration"));
    ASSERT_NE(view, nullptr);
    EXPECT_EQ(view->storyEditor()->GetValue(), "");
    view->storyEditor()->ChangeValue("Geld remt, samenwerking helpt.");
    view->storyEditor()->MarkDirty();
    ASSERT_TRUE(view->saveStoryLine()) << frame_->lastError();
    const auto story = storyLine(*frame_->project());
    ASSERT_TRUE(story);
    EXPECT_EQ(story->text, "Geld remt, samenwerking helpt.");
    EXPECT_EQ(story->targetUuid, frame_->project()->codeTree().resolve("Kern").uuid);
    ASSERT_TRUE(frame_->undo());
    view->reload();
    const auto after = storyLine(*frame_->project());
    EXPECT_TRUE(!after || after->text.empty());
    EXPECT_EQ(view->storyEditor()->GetValue(), "");
}

TEST_F(SelectiveCodingTest, SaturationPageShowsTheCurveAndItsChart) {
    auto* view = dynamic_cast<IntegrationView*>(showView(*frame_, "saturation"));
    ASSERT_NE(view, nullptr);
    const auto curve = saturationCurve(*frame_->project());
    ASSERT_EQ(view->curve().size(), curve.size());
    ASSERT_EQ(view->saturationList()->GetItemCount(), 1);
    // int1 brought a1 and b1, both sub-codes.
    EXPECT_EQ(view->saturationList()->GetItemText(0, 0), "1. int1");
    EXPECT_EQ(view->saturationList()->GetItemText(0, 1), "2");
    EXPECT_EQ(view->saturationList()->GetItemText(0, 2), "2");
    ASSERT_TRUE(view->saturationPicture().IsOk());
    EXPECT_GT(view->saturationPicture().GetWidth(), 400);
}

TEST_F(SelectiveCodingTest, ParadigmPagePlacesTheCoresRelatedCodesInTheirSlots) {
    // "Los is oorzaak van Kern" places Los under causal conditions; "A > a1 versterkt Kern"
    // names no slot, so a1 comes last, as related.
    AddRelation cause("Los", "is oorzaak van", "Kern");
    ASSERT_TRUE(frame_->run(cause));
    auto* view = dynamic_cast<IntegrationView*>(showView(*frame_, "paradigm"));
    ASSERT_NE(view, nullptr);
    ParadigmPage* page = view->paradigm();
    EXPECT_EQ(page->model().path, "Kern"); // the core category comes up first
    wxListCtrl* list = page->list();
    ASSERT_EQ(list->GetItemCount(), 2);
    EXPECT_EQ(list->GetItemText(0, 0), "Causal conditions");
    EXPECT_EQ(list->GetItemText(0, 1), "Los");
    EXPECT_EQ(list->GetItemText(0, 2), "this causes phenomenon");
    EXPECT_EQ(list->GetItemText(0, 3), "0");
    EXPECT_EQ(list->GetItemText(1, 0), "Related, no slot");
    EXPECT_EQ(list->GetItemText(1, 1), "A > a1");
    EXPECT_EQ(list->GetItemText(1, 2), "this strengthens phenomenon");
    EXPECT_EQ(list->GetItemText(1, 3), "1");
    ASSERT_TRUE(page->showCode("B"));
    EXPECT_EQ(list->GetItemCount(), 0);
    EXPECT_FALSE(page->showCode("Onbekend"));
}

} // namespace
} // namespace codeboom::gui
