#include "codeboom/commands/code_commands.h"
#include "codeboom/commands/coding_commands.h"
#include "codeboom/commands/document_commands.h"
#include "codeboom/io/importer.h"
#include "codeboom/project.h"

#include "disagreement_browser.h"
#include "event_log_view.h"
#include "frame_fixture.h"
#include "language.h"
#include "main_frame.h"
#include "refi_dialogs.h"
#include "review_list.h"
#include "support/project_fixture.h"
#include "transcript_view.h"

#include <gtest/gtest.h>
#include <wx/app.h>
#include <wx/listctrl.h>
#include <wx/menu.h>

#include <fstream>

namespace codeboom::gui {
namespace {

// One interview, "R: Het geld is altijd het probleem geweest, want een cursus kost veel en de
// tijd is er gewoon niet.\n": "geld is altijd het probleem" 7-34, "het probleem geweest" 22-42,
// "cursus kost veel" 53-69, "de tijd" 73-80.
// anouk: Geld 7-34, Tijd 73-80.   bram: Geld 22-42 and 53-69, Tijd 73-80.
// So Geld has two disagreements (7-42, where the spans differ, and 53-69, bram's alone) and Tijd
// none (identical spans).
class TeamViewsTest : public FrameTest {
protected:
    void SetUp() override {
        file_ = dir_ / "team.codeboom";
        {
            auto project = Project::create(file_, "anouk");
            const auto path = dir_.write("int1.txt", "R: Het geld is altijd het probleem geweest, "
                                                     "want een cursus kost veel en de tijd is er "
                                                     "gewoon niet.\n");
            ImportDocument import(readTranscript(path, {}, project->wordCounter()));
            project->execute(import);
            for (const char* code : {"Drempels", "Drempels > Geld", "Drempels > Tijd"}) {
                CreateCode create(code);
                project->execute(create);
            }
            code(*project, 7, 34, "Drempels > Geld");
            code(*project, 73, 80, "Drempels > Tijd");
        }
        {
            auto project = Project::open(file_, "bram");
            code(*project, 22, 42, "Drempels > Geld");
            code(*project, 53, 69, "Drempels > Geld");
            code(*project, 73, 80, "Drempels > Tijd");
        }
        boot(Project::open(file_, "anouk"));
    }
    static void code(Project& project, std::size_t start, std::size_t end,
                     const std::string& path) {
        ApplyCoding apply("int1", start, end, path);
        project.execute(apply);
    }
    std::vector<Span> codingsOf(const std::string& coder) {
        CodingFilter filter;
        filter.coder = coder;
        std::vector<Span> spans;
        for (const Coding& c : frame_->project()->codings(filter))
            spans.push_back({c.start, c.end});
        return spans;
    }

    std::filesystem::path file_;
};

TEST_F(TeamViewsTest, BrowserListsEveryDisagreementWithBothSpans) {
    auto* browser = new DisagreementBrowser(*frame_);
    browser->chooseCoders("anouk", "bram");
    ASSERT_EQ(browser->disagreements().size(), 2u);
    EXPECT_EQ(browser->list()->GetItemCount(), 2);
    EXPECT_EQ(browser->list()->GetItemText(0, 1), "Geld");
    EXPECT_EQ(browser->list()->GetItemText(0, 2), wxString::FromUTF8("7\xE2\x80\x93"
                                                                     "34"));
    EXPECT_EQ(browser->list()->GetItemText(0, 3), wxString::FromUTF8("22\xE2\x80\x93"
                                                                     "42"));
    EXPECT_EQ(browser->list()->GetItemText(1, 2), wxString::FromUTF8("\xE2\x80\x94")); // none
    // The context is the whole paragraph, each coder's span highlighted in it.
    browser->showDisagreement(0);
    EXPECT_EQ(browser->contextOf(true)->GetText(),
              "R: Het geld is altijd het probleem geweest, want een cursus kost veel en de tijd "
              "is er gewoon niet.");
    EXPECT_EQ(browser->contextOf(true)->IndicatorValueAt(8, 10), 1);  // anouk's box at "geld"
    EXPECT_EQ(browser->contextOf(true)->IndicatorValueAt(8, 36), 0);  // not at "geweest"
    EXPECT_EQ(browser->contextOf(false)->IndicatorValueAt(8, 36), 1); // bram's box there
    browser->Destroy();
}

TEST_F(TeamViewsTest, DecisionChangesTheCodingsAndUndoes) {
    auto* browser = new DisagreementBrowser(*frame_);
    browser->chooseCoders("anouk", "bram");
    browser->chooseUnit(AgreementUnit::Segment);
    // Segments, anouk with bram: Geld 7-34 vs 22-42 overlap 12/35 < 0.9, so no match; 53-69 is
    // bram's alone; Tijd 73-80 matches: a 1, b 1, c 2, percent a/(a+b+c) = 25%.
    EXPECT_TRUE(browser->agreementText().Contains(
        wxString::FromUTF8("anouk \xE2\x86\x94 bram: 25.0% agreement")))
        << browser->agreementText();

    EXPECT_FALSE(browser->decide(0, Decision::TakeX, "  ")); // a reason is required
    EXPECT_TRUE(browser->lastError().Contains("reason"));
    EXPECT_TRUE(codingsOf("consensus").empty());

    browser->setConsensusName("consensus");
    ASSERT_TRUE(browser->decide(0, Decision::TakeX, "anouk's span is the whole argument"))
        << browser->lastError();
    EXPECT_EQ(codingsOf("consensus"), (std::vector<Span>{{7, 34}}));
    EXPECT_EQ(browser->list()->GetItemText(0, 4), wxString::FromUTF8("\xE2\x9C\x93 took anouk"));
    EXPECT_EQ(project().events().back().reason, "anouk's span is the whole argument");
    // After: anouk with consensus, Geld 7-34 matches, Tijd is anouk's alone: a 1, b 1 = 50%;
    // bram with consensus: Geld 22-42, 53-69 vs 7-34 and Tijd bram's alone: a 0 = 0%.
    EXPECT_TRUE(browser->agreementText().Contains(
        wxString::FromUTF8("anouk \xE2\x86\x94 consensus: 50.0% agreement")))
        << browser->agreementText();
    EXPECT_TRUE(browser->agreementText().Contains(
        wxString::FromUTF8("bram \xE2\x86\x94 consensus: 0.0% agreement")));

    ASSERT_TRUE(browser->decide(1, Decision::TakeY, "costs are a money threshold too"));
    EXPECT_EQ(browser->list()->GetItemText(1, 4), wxString::FromUTF8("\xE2\x9C\x93 took bram"));
    ASSERT_TRUE(browser->decide(0, Decision::Neither, "on second thought: about time, not money"));
    EXPECT_EQ(browser->list()->GetItemText(0, 4), wxString::FromUTF8("\xE2\x9C\x93 neither"));
    EXPECT_EQ(codingsOf("consensus"), (std::vector<Span>{{53, 69}}));
    // Deciding 'neither' again changes nothing, so core records no step and undo is unaffected.
    const std::size_t events = project().events().size();
    ASSERT_TRUE(browser->decide(0, Decision::Neither, "still neither"));
    EXPECT_EQ(project().events().size(), events);

    for (int step = 0; step < 3; ++step)
        ASSERT_TRUE(frame_->undo()); // Edit > Undo, one decision at a time
    EXPECT_TRUE(codingsOf("consensus").empty());
    browser->reload();
    EXPECT_EQ(browser->list()->GetItemText(0, 4), "");
    EXPECT_EQ(browser->list()->GetItemText(1, 4), "");
    ASSERT_TRUE(frame_->redo());
    EXPECT_EQ(codingsOf("consensus"), (std::vector<Span>{{7, 34}}));
    EXPECT_EQ(browser->list()->GetItemText(0, 4), ""); // the browser refreshes on activation
    browser->reload();
    EXPECT_EQ(browser->list()->GetItemText(0, 4), wxString::FromUTF8("\xE2\x9C\x93 took anouk"));
    browser->Destroy();
}

TEST_F(TeamViewsTest, RecodeNeedsATargetAndAConsensusNameOfItsOwn) {
    auto* browser = new DisagreementBrowser(*frame_);
    browser->chooseCoders("anouk", "bram");
    browser->setConsensusName("consensus");
    EXPECT_FALSE(browser->decide(0, Decision::Recode, "other code"));
    EXPECT_TRUE(browser->lastError().Contains("recode"));
    ASSERT_TRUE(browser->decide(0, Decision::Recode, "it is about time", "Drempels > Tijd"));
    // The union of 7-34 and 22-42, under Tijd.
    CodingFilter filter;
    filter.coder = "consensus";
    const auto consensus = project().codings(filter);
    ASSERT_EQ(consensus.size(), 1u);
    EXPECT_EQ(consensus[0].codePath, "Drempels > Tijd");
    EXPECT_EQ(consensus[0].start, 7u);
    EXPECT_EQ(consensus[0].end, 42u);
    browser->setConsensusName("bram");
    EXPECT_FALSE(browser->decide(1, Decision::TakeY, "bram is right"));
    EXPECT_EQ(browser->lastError(), "the consensus layer needs its own coder name, not 'bram'");
    EXPECT_EQ(browser->consensusName(), ""); // asked again at the next decision
    browser->Destroy();
}

TEST_F(TeamViewsTest, LogFiltersNarrowTheRows) {
    auto* log = new EventLogView(*frame_);
    // anouk: import, three codes, two codings = 6 events; bram: three codings = 3.
    EXPECT_EQ(log->shown().size(), 9u);
    EXPECT_EQ(log->list()->GetItemCount(), 9);
    EventFilter filter;
    filter.by = "bram";
    log->filterBy(filter);
    EXPECT_EQ(log->shown().size(), 3u);
    EXPECT_EQ(log->filterFromControls().by, "bram"); // the choice shows it
    filter.action = "create-code";
    log->filterBy(filter);
    EXPECT_EQ(log->shown().size(), 0u); // bram made no codes
    filter.by.reset();
    log->filterBy(filter);
    EXPECT_EQ(log->shown().size(), 3u);
    EXPECT_EQ(log->list()->GetItemText(0, 1), "anouk");
    filter = {};
    filter.since = "2999-01-01"; // nothing has happened yet then
    log->filterBy(filter);
    EXPECT_EQ(log->shown().size(), 0u);
    EXPECT_EQ(log->filterFromControls().since, "2999-01-01");
    filter = {};
    filter.until = "2000-12-31";
    log->filterBy(filter);
    EXPECT_EQ(log->shown().size(), 0u);
    log->filterBy({});
    EXPECT_EQ(log->shown().size(), 9u);
    log->Destroy();
}

// The log says what each event did as the Edit menu said it, in the UI language.
TEST_F(TeamViewsTest, LogShowsEachEventInTheInterfaceLanguage) {
    struct English {
        ~English() { setUpLanguage("en", CODEBOOM_CATALOG_DIR); }
    } restore;
    setUpLanguage("nl", CODEBOOM_CATALOG_DIR);
    auto* log = new EventLogView(*frame_);
    EventFilter filter;
    filter.action = "create-code";
    log->filterBy(filter);
    ASSERT_EQ(log->list()->GetItemCount(), 3);
    // Newest first; a code is named by its name, as in the Edit menu.
    EXPECT_EQ(log->list()->GetItemText(0, 3), "code 'Tijd' aanmaken");
    EXPECT_EQ(log->list()->GetItemText(2, 3), "code 'Drempels' aanmaken");
    log->Destroy();
    setUpLanguage("en", CODEBOOM_CATALOG_DIR);
    log = new EventLogView(*frame_);
    log->filterBy(filter);
    EXPECT_EQ(log->list()->GetItemText(0, 3), "create code 'Tijd'");
    log->Destroy();
}

TEST_F(TeamViewsTest, ReviewQuestionsAreListedAndJumpToTheCoding) {
    CodingFilter filter;
    filter.coder = "bram";
    const auto bram = project().codings(filter);
    ASSERT_TRUE(markCoding(*frame_, bram[0].uuid, "question", "waarom ook 'geweest'?"));
    ASSERT_TRUE(markCoding(*frame_, bram[1].uuid, "approved", ""));
    auto* reviews = new ReviewList(*frame_);
    ASSERT_EQ(reviews->shown().size(), 1u); // open questions only
    EXPECT_EQ(reviews->list()->GetItemText(0, 4), wxString::FromUTF8("waarom ook 'geweest'?"));
    reviews->jumpTo(0);
    EXPECT_EQ(frame_->transcript()->selectedText(), "het probleem geweest");
    reviews->showOpenQuestionsOnly(false);
    EXPECT_EQ(reviews->shown().size(), 2u);
    EXPECT_FALSE(markCoding(*frame_, bram[0].uuid, "maybe", ""));
    EXPECT_TRUE(frame_->lastError().Contains("maybe"));
    reviews->Destroy();
}

TEST_F(TeamViewsTest, RefiExportThenImportRoundTripsTheCodes) {
    const auto qdpx = dir_ / "team.qdpx";
    const RefiOutcome exported = exportRefi(*frame_, qdpx);
    ASSERT_TRUE(exported.ok) << exported.error;
    EXPECT_EQ(exported.rows[0].count, "3"); // codes
    EXPECT_EQ(exported.rows[3].count, "5"); // codings: anouk 2, bram 3

    frame_->setProject(Project::create(dir_ / "copy.codeboom", "anouk"));
    const RefiOutcome imported = importRefi(*frame_, qdpx);
    ASSERT_TRUE(imported.ok) << imported.error;
    EXPECT_EQ(project().codeTree().codes().size(), 3u);
    EXPECT_EQ(project().codings().size(), 5u);
    EXPECT_EQ(imported.rows[0].item, "Codes");
    EXPECT_EQ(imported.rows[0].count, "3");
    ASSERT_TRUE(frame_->undo()); // one import, one undo step
    EXPECT_TRUE(project().codeTree().codes().empty());

    // A codebook goes the same way, into the project that is open.
    frame_->setProject(Project::open(file_, "anouk"));
    const auto qdc = dir_ / "team.qdc";
    ASSERT_TRUE(exportRefi(*frame_, qdc).ok);
    frame_->setProject(Project::create(dir_ / "codebook.codeboom", "anouk"));
    ASSERT_TRUE(importRefi(*frame_, qdc).ok);
    EXPECT_EQ(project().codeTree().codes().size(), 3u);
}

TEST_F(TeamViewsTest, ABrokenRefiFileLeavesTheProjectUnchanged) {
    const auto broken = dir_.write("broken.qdpx", "this is not a zip archive");
    const std::size_t codes = project().codeTree().codes().size();
    const std::size_t events = project().events().size();
    const RefiOutcome outcome = importRefi(*frame_, broken);
    EXPECT_FALSE(outcome.ok);
    EXPECT_TRUE(outcome.error.Contains("broken.qdpx")) << outcome.error;
    EXPECT_EQ(project().codeTree().codes().size(), codes);
    EXPECT_EQ(project().events().size(), events);
}

TEST_F(TeamViewsTest, MenusOpenTheViews) {
    wxMenuBar* bar = frame_->GetMenuBar();
    EXPECT_NE(bar->FindMenu("Analysis"), wxNOT_FOUND);
    EXPECT_NE(bar->FindMenu("Team"), wxNOT_FOUND);
    EXPECT_NE(bar->FindMenuItem("File", "Import REFI-QDA..."), wxNOT_FOUND);
    EXPECT_NE(bar->FindMenuItem("File", "Merge projects..."), wxNOT_FOUND);
}

} // namespace
} // namespace codeboom::gui
