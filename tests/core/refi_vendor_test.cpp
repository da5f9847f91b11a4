#include "codeboom/refi/qdpx_import.h"

#include "core/refi_fixtures.h"
#include "support/project_fixture.h"

#include <gtest/gtest.h>

namespace codeboom {
namespace {

// Real exports kept outside the repository (../shared/interop/vendor, see its README): each is
// imported and its element counts checked against the README's.
class RefiVendorTest : public test::ProjectTest {
protected:
    std::optional<refi::ImportReport> import(const std::string& name) {
        const auto vendor = test::interopDir() / "vendor" / name;
        if (!std::filesystem::exists(vendor))
            return std::nullopt;
        refi::ImportQdpx command(vendor);
        project->execute(command);
        return command.report();
    }
};

TEST_F(RefiVendorTest, QcDemoWithBarePathsImportsEveryCoding) {
    const auto report = import("qc-demo.qdpx");
    if (!report)
        GTEST_SKIP() << "../shared/interop/vendor not available";
    EXPECT_EQ(report->found.codes, 262u);
    EXPECT_EQ(report->found.textSources, 2u);
    EXPECT_EQ(report->found.selections, 158u);
    EXPECT_EQ(report->found.codings, 205u);
    EXPECT_EQ(report->found.users, 1u);
    EXPECT_EQ(report->documentsCreated, 2u); // plainTextPath without intern:// (pitfall 18)
    EXPECT_EQ(report->codings, 205u);
    EXPECT_EQ(report->codersCreated, 1u);
    EXPECT_EQ(count("codings"), 205u);
    EXPECT_EQ(count("codes"), 262u);
}

TEST_F(RefiVendorTest, SpecExampleCountsEveryElementTypeAndSkipsWhatItMust) {
    const auto report = import("refi-spec-example.qdpx");
    if (!report)
        GTEST_SKIP() << "../shared/interop/vendor not available";
    EXPECT_EQ(report->found.codes, 14u);
    EXPECT_EQ(report->found.textSources, 6u);
    EXPECT_EQ(report->found.selections, 8u);
    EXPECT_EQ(report->found.codings, 16u);
    EXPECT_EQ(report->found.users, 3u);
    EXPECT_EQ(report->found.notes, 2u);
    EXPECT_EQ(report->found.links, 1u);
    EXPECT_EQ(report->codesCreated, 14u);
    EXPECT_EQ(report->memos, 2u);
    EXPECT_EQ(report->codersCreated, 3u);
    // The archive carries no source files (an empty Sources/): reported, not fatal.
    EXPECT_EQ(report->skipped.at("text source whose text file is not in the archive"), 6u);
    // The one Link joins a note to a quotation, not two codes.
    EXPECT_EQ(
        report->skipped.at("Link whose ends are not both codes (e.g. a note and a selection)"), 1u);
    // Of the 16 Sets, "Feelings" and "Breakfast food" gather their (flat, ATLAS.ti 8) codes under
    // the top-level code of the same name; "negative feelings" and "positive feelings" name codes
    // "Feelings" took already; "<3" is empty; the other 11 group sources.
    EXPECT_EQ(report->categoriesFromSets, 2u);
    EXPECT_EQ(report->skipped.at("Set of codes that are not all top-level codes of the file, or "
                                 "are in an earlier set (left as they are)"),
              2u);
    EXPECT_EQ(report->skipped.at("Set without members"), 1u);
    EXPECT_EQ(report->skipped.at("Set of sources or notes (Codeboom has no sets)"), 11u);
    EXPECT_EQ(report->skipped.at("Graph"), 1u);
    EXPECT_EQ(report->skipped.at("VideoSource (only text sources are imported)"), 2u);
}

TEST_F(RefiVendorTest, NvivoMacCodebookWithEmptySourcesAndRootFile) {
    const auto report = import("nvivo-mac15-codebook.qdpx");
    if (!report)
        GTEST_SKIP() << "../shared/interop/vendor not available";
    EXPECT_EQ(report->found.codes, 262u);
    EXPECT_EQ(report->found.textSources, 2u);
    EXPECT_EQ(report->found.users, 2u);
    EXPECT_EQ(report->found.selections, 0u);
    EXPECT_EQ(report->codesCreated, 262u);
    // Both 1-byte texts are identical: the second reuses the first document.
    EXPECT_EQ(report->documentsCreated + report->documentsReused, 2u);
    EXPECT_EQ(report->codersCreated, 2u);
}

} // namespace
} // namespace codeboom
