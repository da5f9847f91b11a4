#include "codeboom/refi/qdpx_import.h"

#include "core/refi_fixtures.h"
#include "support/project_fixture.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <map>
#include <optional>

namespace codeboom {
namespace {

// What ../shared/interop/README.md lists for a vendor file (codes, sources, selections, codings,
// users, notes, links; a count it does not give is nullopt), and what else Codeboom must make of
// it: the import report and the project it fills.
struct VendorExpectation {
    std::optional<std::size_t> codes, sources, selections, codings, users, notes, links;
    std::function<void(const refi::ImportReport&, Project&)> check;
};

std::size_t rows(Project& project, const std::string& table) {
    auto stmt = project.database().prepare("SELECT COUNT(*) FROM " + table);
    stmt.step();
    return static_cast<std::size_t>(stmt.int64At(0));
}

class RefiVendorTest : public ::testing::Test {
protected:
    // Expectations by file name. A file added to vendor/ without a row here fails the test, so
    // that every real export the team collects is checked, not just listed.
    static const std::map<std::string, VendorExpectation>& expectations() {
        static const std::map<std::string, VendorExpectation> table = {
            {"qc-demo.qdpx",
             {262, 2, 158, 205, 1, std::nullopt, std::nullopt,
              [](const refi::ImportReport& report, Project& project) {
                  // plainTextPath without internal:// (pitfall 18)
                  EXPECT_EQ(report.documentsCreated, 2u);
                  EXPECT_EQ(report.codings, 205u);
                  EXPECT_EQ(report.codersCreated, 1u);
                  EXPECT_EQ(rows(project, "codings"), 205u);
                  EXPECT_EQ(rows(project, "codes"), 262u);
              }}},
            {"refi-spec-example.qdpx",
             {14, 6, 8, 16, 3, 2, 1,
              [](const refi::ImportReport& report, Project&) {
                  EXPECT_EQ(report.codesCreated, 14u);
                  EXPECT_EQ(report.memos, 2u);
                  EXPECT_EQ(report.codersCreated, 3u);
                  // The archive carries no source files (an empty Sources/): reported, not fatal.
                  EXPECT_EQ(report.skipped.at("text source whose text file is not in the archive"),
                            6u);
                  // The one Link joins a note to a quotation, not two codes.
                  EXPECT_EQ(report.skipped.at(
                                "Link whose ends are not both codes (e.g. a note and a selection)"),
                            1u);
                  // Of the 16 Sets, "Feelings" and "Breakfast food" gather their (flat,
                  // ATLAS.ti 8) codes under the top-level code of the same name; "negative
                  // feelings" and "positive feelings" name codes "Feelings" took already; "<3" is
                  // empty; the other 11 group sources.
                  EXPECT_EQ(report.categoriesFromSets, 2u);
                  EXPECT_EQ(report.skipped.at("Set of codes that are not all top-level codes of "
                                              "the file, or are in an earlier set (left as they "
                                              "are)"),
                            2u);
                  EXPECT_EQ(report.skipped.at("Set without members"), 1u);
                  EXPECT_EQ(report.skipped.at("Set of sources or notes (Codeboom has no sets)"),
                            11u);
                  EXPECT_EQ(report.skipped.at("Graph"), 1u);
                  EXPECT_EQ(report.skipped.at("VideoSource (only text sources are imported)"), 2u);
              }}},
            {"nvivo-mac15-codebook.qdpx",
             {262, 2, 0, std::nullopt, 2, std::nullopt, std::nullopt,
              [](const refi::ImportReport& report, Project&) {
                  EXPECT_EQ(report.codesCreated, 262u);
                  // Both 1-byte texts are identical: the second reuses the first document.
                  EXPECT_EQ(report.documentsCreated + report.documentsReused, 2u);
                  EXPECT_EQ(report.codersCreated, 2u);
              }}},
        };
        return table;
    }
};

void expectCount(const char* what, std::optional<std::size_t> expected, std::size_t found) {
    if (expected) {
        EXPECT_EQ(found, *expected) << what;
    }
}

// Real exports kept outside the repository (../shared/interop/vendor, see its README): every file
// there is imported into a new project and its element counts checked against the README's.
TEST_F(RefiVendorTest, EveryVendorFileImportsWithTheCountsItsReadmeLists) {
    const auto vendor = test::interopDir() / "vendor";
    if (!std::filesystem::is_directory(vendor))
        GTEST_SKIP() << "../shared/interop/vendor not available";
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(vendor))
        if (entry.is_regular_file() && entry.path().filename() != "README.md")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    ASSERT_FALSE(files.empty()) << vendor << " holds no files";
    for (const auto& file : files) {
        const std::string name = file.filename().string();
        SCOPED_TRACE(name);
        const auto expected = expectations().find(name);
        if (expected == expectations().end()) {
            ADD_FAILURE() << name << " is in " << vendor
                          << " but has no expectations in refi_vendor_test.cpp; add its counts "
                             "from the README";
            continue;
        }
        // A new project per file, so that no file reuses what an earlier one imported.
        test::TempDir dir;
        auto project = Project::create(dir / "vendor.codeboom", "anouk");
        refi::ImportQdpx command(file);
        project->execute(command);
        const refi::ImportReport& report = command.report();
        const VendorExpectation& e = expected->second;
        expectCount("codes", e.codes, report.found.codes);
        expectCount("sources", e.sources, report.found.textSources);
        expectCount("selections", e.selections, report.found.selections);
        expectCount("codings", e.codings, report.found.codings);
        expectCount("users", e.users, report.found.users);
        expectCount("notes", e.notes, report.found.notes);
        expectCount("links", e.links, report.found.links);
        if (e.check)
            e.check(report, *project);
    }
}

} // namespace
} // namespace codeboom
