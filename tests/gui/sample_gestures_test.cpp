#include "codeboom/project.h"
#include "codeboom/view/transcript_layers.h"

#include "code_tree_model.h"
#include "frame_fixture.h"
#include "main_frame.h"
#include "support/project_fixture.h"
#include "transcript_view.h"

#include <gtest/gtest.h>
#include <wx/app.h>
#include <wx/listctrl.h>
#include <wx/stc/stc.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <utility>

namespace codeboom::gui {
namespace {

// The coding gestures on a copy of the sample project (samples/build_sample.py): three Dutch
// transcripts, 35 codes, two coders' codings that overlap. Each test drives the handler the mouse
// drives and asserts the transcript's indicators, the tree's counts and core's codings.
class SampleGesturesTest : public SampleFrameTest {
protected:
    const DocumentText& openText() { return project().text(*frame_->transcript()->documentId()); }
    // The code points of the first occurrence of `phrase` in the open transcript.
    std::pair<std::size_t, std::size_t> find(const std::string& phrase) {
        const std::size_t byte = openText().text.find(phrase);
        EXPECT_NE(byte, std::string::npos) << phrase;
        const std::size_t from = openText().offsets.codePointOfByte(byte);
        return {from, openText().offsets.codePointOfByte(byte + phrase.size())};
    }
    void select(std::pair<std::size_t, std::size_t> range) {
        frame_->transcript()->editor()->SetSelection(
            static_cast<int>(openText().offsets.byteOf(range.first)),
            static_cast<int>(openText().offsets.byteOf(range.second)));
    }
    std::size_t byteOf(std::size_t codePoint) { return openText().offsets.byteOf(codePoint); }
    // The codes painted at a code point of the open transcript.
    std::set<RowId> codesPaintedAt(std::size_t codePoint) {
        std::set<RowId> codes;
        for (const PaintedCoding& painted : frame_->transcript()->codingsAt(byteOf(codePoint)))
            codes.insert(painted.codeId);
        return codes;
    }
    std::vector<Coding> codingsOf(RowId codeId) {
        CodingFilter filter;
        filter.codeId = codeId;
        return project().codings(filter);
    }
};

TEST_F(SampleGesturesTest, ApplyUndoAndRedoOverAnotherCodersRegions) {
    ASSERT_EQ(project().documentById(*frame_->transcript()->documentId()).name, "focusgroep-leo");
    // Anouk's and Bram's "Taal en imago" cover this sentence already: a third layer.
    const auto sentence = find("Dat is een woord van beleidsmensen, sorry.");
    const RowId taal = code("Cultureel-cognitief > Taal en imago");
    const RowId wet = code("Regulatief > Wet- en regelgeving");
    ASSERT_EQ(codesPaintedAt(sentence.first + 4), std::set<RowId>{taal});
    const auto before = indicatorState();
    const std::size_t all = project().codings().size();
    const std::size_t wetRegions = frame_->codeModel()->regionsOf(wet);

    select(sentence);
    ASSERT_TRUE(frame_->codeSelection(wet)) << frame_->lastError();
    EXPECT_EQ(project().codings().size(), all + 1);
    EXPECT_EQ(frame_->codeModel()->regionsOf(wet), wetRegions + 1);
    // Snapped to whole words: the closing full stop is not part of the region.
    const std::vector<Coding> wetCodings = codingsOf(wet);
    EXPECT_EQ(std::count_if(wetCodings.begin(), wetCodings.end(),
                            [&](const Coding& c) {
                                return c.start == sentence.first && c.end == sentence.second - 1 &&
                                       c.coder == "anouk" &&
                                       c.text == "Dat is een woord van beleidsmensen, sorry";
                            }),
              1);
    EXPECT_EQ(codesPaintedAt(sentence.first + 4), (std::set<RowId>{taal, wet}));
    EXPECT_EQ(frame_->transcript()->lanesAt(byteOf(sentence.first + 4)), 0b111);
    EXPECT_EQ(frame_->transcript()->lanesAt(byteOf(sentence.second)), 0);
    const auto after = indicatorState();
    EXPECT_NE(after, before);

    ASSERT_TRUE(frame_->undo());
    EXPECT_EQ(project().codings().size(), all);
    EXPECT_EQ(frame_->codeModel()->regionsOf(wet), wetRegions);
    EXPECT_EQ(indicatorState(), before);
    EXPECT_TRUE(frame_->GetMenuBar()->GetLabel(wxID_REDO).StartsWith("&Redo: apply code"));

    ASSERT_TRUE(frame_->redo());
    EXPECT_EQ(project().codings().size(), all + 1);
    EXPECT_EQ(frame_->codeModel()->regionsOf(wet), wetRegions + 1);
    EXPECT_EQ(indicatorState(), after);
}

TEST_F(SampleGesturesTest, DropReparentsRefusesACycleAndUndoes) {
    const RowId angst = code("Cultureel-cognitief > Angst voor school");
    const RowId zelfinzicht = code("Employability > Zelfinzicht en zelfvertrouwen");
    const std::size_t regions = frame_->codeModel()->regionsOf(angst);
    ASSERT_GT(regions, 0u);
    const auto drag = [](RowId id) {
        return wxString::Format("codeboom-code:%lld", static_cast<long long>(id));
    };

    ASSERT_TRUE(frame_->dropOnCode(drag(angst), zelfinzicht)) << frame_->lastError();
    const std::string moved = "Employability > Zelfinzicht en zelfvertrouwen > Angst voor school";
    ASSERT_NE(project().codeTree().findByPath(moved), nullptr);
    EXPECT_EQ(project().codeTree().findByPath("Cultureel-cognitief > Angst voor school"), nullptr);
    EXPECT_EQ(frame_->codeModel()->regionsOf(angst), regions);
    EXPECT_TRUE(frame_->codeModel()->hasChildren(zelfinzicht));
    for (const Coding& c : codingsOf(angst))
        EXPECT_EQ(c.codePath, moved);

    // A category dropped into its own sub-code is refused; nothing moves.
    const RowId employability = code("Employability");
    EXPECT_FALSE(frame_->dropOnCode(drag(employability), angst));
    EXPECT_FALSE(frame_->lastError().empty());
    EXPECT_NE(project().codeTree().findByPath(moved), nullptr);
    EXPECT_EQ(project().codeTree().find(employability)->parentId, std::nullopt);

    ASSERT_TRUE(frame_->undo());
    EXPECT_NE(project().codeTree().findByPath("Cultureel-cognitief > Angst voor school"), nullptr);
    EXPECT_FALSE(frame_->codeModel()->hasChildren(zelfinzicht));
    EXPECT_EQ(frame_->codeModel()->regionsOf(angst), regions);
}

TEST_F(SampleGesturesTest, MergingTwoCodesMovesEveryRegionAndUndoes) {
    const RowId source = code("Normatief > Rolverwachtingen");
    const RowId target = code("Normatief > Beroepsethiek");
    const std::vector<Coding> moving = codingsOf(source);
    const std::size_t sourceRegions = frame_->codeModel()->regionsOf(source);
    const std::size_t targetRegions = frame_->codeModel()->regionsOf(target);
    ASSERT_EQ(sourceRegions, moving.size());
    ASSERT_GT(sourceRegions, 0u);
    // The tree counts regions, not codings: a passage both coders coded, one with each code, is
    // one region of the merged code.
    std::set<std::tuple<RowId, std::size_t, std::size_t>> spans;
    for (const RowId id : {source, target})
        for (const Coding& c : codingsOf(id))
            spans.emplace(c.documentId, c.start, c.end);
    ASSERT_LT(spans.size(), sourceRegions + targetRegions);
    const auto before = indicatorState();

    ASSERT_TRUE(frame_->mergeCodes(source, target)) << frame_->lastError();
    EXPECT_EQ(project().codeTree().findByPath("Normatief > Rolverwachtingen"), nullptr);
    EXPECT_EQ(frame_->codeModel()->regionsOf(target), spans.size());
    std::set<std::string> targetUuids;
    for (const Coding& c : codingsOf(target))
        targetUuids.insert(c.uuid);
    // Every region keeps its coding (UUID, span, coder); in the open transcript it now shows the
    // target code.
    const RowId openDocument = *frame_->transcript()->documentId();
    for (const Coding& c : moving) {
        EXPECT_TRUE(targetUuids.count(c.uuid)) << c.uuid;
        if (c.documentId == openDocument) {
            EXPECT_TRUE(codesPaintedAt(c.start).count(target)) << c.start;
        }
    }

    ASSERT_TRUE(frame_->undo());
    EXPECT_EQ(frame_->codeModel()->regionsOf(source), sourceRegions);
    EXPECT_EQ(frame_->codeModel()->regionsOf(target), targetRegions);
    EXPECT_EQ(codingsOf(source).size(), moving.size());
    EXPECT_EQ(indicatorState(), before);
}

TEST_F(SampleGesturesTest, RetrievedSegmentsListEverySelectedCode) {
    const RowId rol = code("Normatief > Rolverwachtingen");
    const RowId ethiek = code("Normatief > Beroepsethiek");
    const RowId normatief = code("Normatief");
    frame_->selectCodes({rol, ethiek});
    EXPECT_EQ(frame_->selectedCode(), std::nullopt); // no single-code gesture has a target
    EXPECT_EQ(frame_->selectedCodes(), (std::vector<RowId>{rol, ethiek}));
    wxListCtrl* list = frame_->segmentList();
    const std::size_t both = codingsOf(rol).size() + codingsOf(ethiek).size();
    ASSERT_EQ(static_cast<std::size_t>(list->GetItemCount()), both);
    std::map<wxString, int> perCode;
    for (long row = 0; row < list->GetItemCount(); ++row)
        ++perCode[list->GetItemText(row, 3)];
    EXPECT_EQ(perCode["Rolverwachtingen"], static_cast<int>(codingsOf(rol).size()));
    EXPECT_EQ(perCode["Beroepsethiek"], static_cast<int>(codingsOf(ethiek).size()));
    // In document order, as the transcripts are listed.
    std::vector<std::size_t> documentRank;
    for (long row = 0; row < list->GetItemCount(); ++row) {
        std::size_t rank = 0;
        while (rank < static_cast<std::size_t>(frame_->documentList()->GetItemCount()) &&
               frame_->documentList()->GetItemText(static_cast<long>(rank)) !=
                   list->GetItemText(row, 0))
            ++rank;
        documentRank.push_back(rank);
    }
    EXPECT_TRUE(std::is_sorted(documentRank.begin(), documentRank.end()));

    // A category with one of its own sub-codes: each region once.
    frame_->selectCodes({normatief, rol});
    CodingFilter underNormatief;
    underNormatief.codeId = normatief;
    underNormatief.includeDescendants = true;
    EXPECT_EQ(static_cast<std::size_t>(list->GetItemCount()),
              project().codings(underNormatief).size());

    // Double-click on a row opens its passage, whichever code it came from.
    frame_->selectCodes({rol, ethiek});
    frame_->showSegment(static_cast<std::size_t>(list->GetItemCount() - 1));
    EXPECT_EQ(frame_->transcript()->selectedText(), list->GetItemText(list->GetItemCount() - 1, 4));

    // Applying a code keeps both selected and lists the new region with them.
    frame_->openDocument(project().documents()[0].id);
    select(find("Vijfploegendienst, al bijna dertig jaar"));
    ASSERT_TRUE(frame_->codeSelection(rol)) << frame_->lastError();
    EXPECT_EQ(frame_->selectedCodes(), (std::vector<RowId>{rol, ethiek}));
    EXPECT_EQ(static_cast<std::size_t>(list->GetItemCount()), both + 1);
}

} // namespace
} // namespace codeboom::gui
