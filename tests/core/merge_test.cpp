#include "codeboom/audit/hash_chain.h"
#include "codeboom/commands/code_commands.h"
#include "codeboom/commands/codebook_commands.h"
#include "codeboom/commands/coding_commands.h"
#include "codeboom/commands/document_commands.h"
#include "codeboom/commands/memo_commands.h"
#include "codeboom/commands/review_commands.h"
#include "codeboom/error.h"
#include "codeboom/io/importer.h"
#include "codeboom/model/memos.h"
#include "codeboom/team/merge.h"

#include "support/project_fixture.h"

#include <gmock/gmock.h>
#include <sqlite3.h>

#include <set>

namespace codeboom {
namespace {

using test::TempDir;
using ::testing::HasSubstr;

const std::string kText = "I: Hoe kwam u bij Leo?\nR: Via de gemeente, eh, via een folder.\n";

// Builds projects for merging, one coder per file, in a few visible lines per test.
class MergeTest : public ::testing::Test {
protected:
    std::unique_ptr<Project> create(const std::string& file, const std::string& coder) {
        return Project::create(dir / file, coder);
    }
    std::unique_ptr<Project> open(const std::string& file, const std::string& coder) {
        return Project::open(dir / file, coder);
    }
    void import(Project& p, const std::string& name, const std::string& text) {
        const auto path = dir.write(name + ".txt", text);
        ImportDocument command(readTranscript(path, {}, p.wordCounter()));
        p.execute(command);
    }
    template <typename C, typename... Args> void run(Project& p, Args&&... args) {
        C command(std::forward<Args>(args)...);
        p.execute(command);
    }
    // anouk's a.codeboom: int1, Regulatief > Subsidies, two codings.
    void makeA() {
        auto a = create("a.codeboom", "anouk");
        import(*a, "int1", kText);
        run<CreateCode>(*a, "Regulatief", "#2f6db5", "Regels en sancties");
        run<CreateCode>(*a, "Regulatief > Subsidies");
        run<ApplyCoding>(*a, "int1", 26u, 39u, "Regulatief");
        run<ApplyCoding>(*a, "int1", 44u, 60u, "Regulatief > Subsidies");
    }
    // bram's b.codeboom: the same text imported separately under another name, the code
    // created by hand (another UUID, the same path in other case), one coding.
    void makeB() {
        auto b = create("b.codeboom", "bram");
        import(*b, "interview-1", kText);
        run<CreateCode>(*b, "regulatief");
        run<ApplyCoding>(*b, "interview-1", 26u, 42u, "regulatief");
    }
    std::string merge(const std::string& out, const std::vector<std::string>& inputs) {
        std::vector<std::filesystem::path> paths;
        for (const std::string& input : inputs)
            paths.push_back(dir / input);
        mergeProjects(dir / out, paths, "merger");
        auto project = Project::open(dir / out, "merger", true);
        return contentDigest(*project);
    }
    std::vector<std::string> conflictsOf(const std::vector<std::string>& inputs) {
        std::vector<std::filesystem::path> paths;
        for (const std::string& input : inputs)
            paths.push_back(dir / input);
        std::vector<std::string> out;
        for (const MergeIssue& issue : planMerge(paths).issues)
            out.push_back(issue.severity + " " + issue.kind + " " + issue.subject);
        return out;
    }
    TempDir dir;
};

TEST_F(MergeTest, DocumentsMatchByTextCodesByPathCodingsStayPerCoder) {
    makeA();
    makeB();
    merge("ab.codeboom", {"a.codeboom", "b.codeboom"});
    auto ab = Project::open(dir / "ab.codeboom", "anouk", true);
    ASSERT_EQ(ab->documents().size(), 1u);
    EXPECT_EQ(ab->documents()[0].name, "int1"); // the smaller of "int1" and "interview-1"
    ASSERT_EQ(ab->codeTree().codes().size(), 2u);
    EXPECT_EQ(ab->codeTree().codes()[0].description, "Regels en sancties");
    EXPECT_EQ(ab->codings().size(), 3u);
    CodingFilter bram;
    bram.coder = "bram";
    ASSERT_EQ(ab->codings(bram).size(), 1u);
    EXPECT_EQ(ab->codings(bram)[0].codePath, "Regulatief");
    EXPECT_EQ(ab->codings(bram)[0].text, "Via de gemeente,");
    ASSERT_EQ(ab->coders().size(), 2u);
}

TEST_F(MergeTest, EventsKeepTheirOriginAndTheChainIsRecomputed) {
    makeA();
    makeB();
    merge("ab.codeboom", {"a.codeboom", "b.codeboom"});
    std::set<std::string> origins;
    {
        auto a = open("a.codeboom", "anouk");
        auto b = open("b.codeboom", "bram");
        origins = {a->uuid(), b->uuid()};
        auto ab = Project::open(dir / "ab.codeboom", "anouk");
        EXPECT_EQ(ab->events().size(), a->events().size() + b->events().size());
        std::set<std::string> seen;
        for (const Event& e : ab->events())
            seen.insert(e.origin);
        EXPECT_EQ(seen, origins);
        EXPECT_FALSE(verifyHashChain(*ab));
        // Merged-in events are history, not undo steps in the new file.
        EXPECT_THROW(ab->undo(), UndoError);
    }
}

TEST_F(MergeTest, MergeIsSymmetricAndIdempotent) {
    makeA();
    makeB();
    {
        auto a = open("a.codeboom", "anouk");
        ReviewCoding review(a->codings()[0].uuid, "question", "te breed?");
        a->execute(review);
    }
    const std::string ab = merge("ab.codeboom", {"a.codeboom", "b.codeboom"});
    const std::string ba = merge("ba.codeboom", {"b.codeboom", "a.codeboom"});
    EXPECT_EQ(ab, ba);
    EXPECT_EQ(merge("aba.codeboom", {"ab.codeboom", "a.codeboom"}), ab);
    EXPECT_EQ(merge("abab.codeboom", {"ab.codeboom", "ba.codeboom"}), ab);
    auto a = Project::open(dir / "a.codeboom", "anouk", true);
    EXPECT_NE(contentDigest(*a), ab);
}

TEST_F(MergeTest, CodeRenamedDifferentlyIsAConflictAndNothingIsWritten) {
    makeA();
    std::filesystem::copy_file(dir / "a.codeboom", dir / "c.codeboom");
    run<RenameCode>(*open("a.codeboom", "anouk"), "Regulatief > Subsidies", "Premies");
    run<RenameCode>(*open("c.codeboom", "chris"), "Regulatief > Subsidies", "Toelagen");
    EXPECT_THAT(conflictsOf({"a.codeboom", "c.codeboom"}),
                ::testing::Contains(HasSubstr("conflict code-renamed")));
    try {
        merge("ac.codeboom", {"a.codeboom", "c.codeboom"});
        FAIL() << "merged despite a conflict";
    } catch (const MergeConflictError& e) {
        EXPECT_THAT(e.what(), HasSubstr("merge refused: 1 conflict"));
        EXPECT_THAT(e.what(), HasSubstr("a.codeboom"));
        EXPECT_THAT(e.what(), HasSubstr("c.codeboom"));
    }
    EXPECT_FALSE(std::filesystem::exists(dir / "ac.codeboom"));
}

TEST_F(MergeTest, DifferentDefinitionsAreAConflict) {
    makeA();
    std::filesystem::copy_file(dir / "a.codeboom", dir / "c.codeboom");
    run<DescribeCode>(*open("c.codeboom", "chris"), "Regulatief", "Wetten en regels");
    EXPECT_EQ(conflictsOf({"a.codeboom", "c.codeboom"}),
              std::vector<std::string>{"conflict code-definition-differs Regulatief"});
}

TEST_F(MergeTest, CodeDeletedInOneFileButUsedInAnotherIsAConflict) {
    makeA();
    std::filesystem::copy_file(dir / "a.codeboom", dir / "c.codeboom");
    run<DeleteCode>(*open("c.codeboom", "chris"), "Regulatief > Subsidies");
    EXPECT_EQ(conflictsOf({"c.codeboom", "a.codeboom"}),
              std::vector<std::string>{"conflict code-deleted-but-used Regulatief > Subsidies"});
    EXPECT_THROW(merge("ac.codeboom", {"a.codeboom", "c.codeboom"}), MergeConflictError);
}

TEST_F(MergeTest, SlightlyDifferentTextIsReportedAndKeptApart) {
    makeA();
    {
        auto b = create("b.codeboom", "bram");
        import(*b, "int1", kText + "I: Dank u.\n");
        run<CreateCode>(*b, "Regulatief");
        run<ApplyCoding>(*b, "int1", 26u, 42u, "Regulatief");
    }
    // bram's Regulatief has the default colour, anouk's her own: the pick is reported too.
    EXPECT_EQ(conflictsOf({"a.codeboom", "b.codeboom"}),
              (std::vector<std::string>{"warning code-color-differs Regulatief",
                                        "warning document-text-differs int1"}));
    merge("ab.codeboom", {"a.codeboom", "b.codeboom"});
    auto ab = Project::open(dir / "ab.codeboom", "anouk", true);
    ASSERT_EQ(ab->documents().size(), 2u);
    CodingFilter bram;
    bram.coder = "bram";
    CodingFilter anouk;
    anouk.coder = "anouk";
    // bram's codings stay on bram's text, anouk's on hers.
    EXPECT_NE(ab->codings(bram)[0].documentId, ab->codings(anouk)[0].documentId);
}

// A transcript of some length, for texts that are nearly the same.
std::string longTranscript(const std::string& correction) {
    std::string text = "I: Hoe kwam u bij Leo terecht, en wat deed u daarvoor?\n";
    text += "R: Via de gemeente. Ik had " + correction + " jaar in de zorg gewerkt.\n";
    for (int i = 1; i <= 12; ++i)
        text += "R: Daarna volgde ik les " + std::to_string(i) +
                " over solliciteren, netwerken en het schrijven van een brief.\n";
    return text;
}

std::vector<MergeIssue> issuesOf(const std::vector<std::filesystem::path>& inputs) {
    return planMerge(inputs).issues;
}

TEST_F(MergeTest, ACorrectedAndRenamedTranscriptIsReportedWithWhereItDiffers) {
    {
        auto a = create("a.codeboom", "anouk");
        import(*a, "int1", longTranscript("tien"));
        auto b = create("b.codeboom", "bram");
        import(*b, "interview-1", longTranscript("elf"));
    }
    const auto issues = issuesOf({dir / "a.codeboom", dir / "b.codeboom"});
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].severity, "warning");
    EXPECT_EQ(issues[0].kind, "document-text-differs");
    EXPECT_EQ(issues[0].subject, "int1, interview-1");
    // 14 lines of 8 to 14 words: one changed word changes 4 of about 150 shingles.
    EXPECT_THAT(issues[0].detail, HasSubstr("% of the text is shared; the first difference is "
                                            "on line 2"));
    EXPECT_THAT(issues[0].detail, HasSubstr("kept apart"));
}

TEST_F(MergeTest, DifferentTranscriptsUnderDifferentNamesAreNotReported) {
    {
        auto a = create("a.codeboom", "anouk");
        import(*a, "int1", longTranscript("tien"));
        auto b = create("b.codeboom", "bram");
        import(*b, "int2", kText);
    }
    EXPECT_TRUE(issuesOf({dir / "a.codeboom", dir / "b.codeboom"}).empty());
}

TEST_F(MergeTest, TheSameNameWithAnotherTextSaysWhereTheTextsDiffer) {
    {
        auto a = create("a.codeboom", "anouk");
        import(*a, "int1", longTranscript("tien"));
        auto b = create("b.codeboom", "bram");
        import(*b, "int1", longTranscript("elf"));
    }
    const auto issues = issuesOf({dir / "a.codeboom", dir / "b.codeboom"});
    ASSERT_EQ(issues.size(), 1u);
    EXPECT_EQ(issues[0].subject, "int1");
    EXPECT_THAT(issues[0].detail, HasSubstr("the first difference is on line 2"));
}

TEST_F(MergeTest, BadInputsAreRefusedWithClearMessages) {
    makeA();
    const auto notProject = dir.write("notities.codeboom", "geen database");
    EXPECT_THROW(mergeProjects(dir / "x.codeboom", {dir / "a.codeboom", notProject}, "m"),
                 NotAProjectError);
    std::filesystem::copy_file(dir / "a.codeboom", dir / "new.codeboom");
    {
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open((dir / "new.codeboom").c_str(), &db), SQLITE_OK);
        sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    }
    EXPECT_THROW(mergeProjects(dir / "x.codeboom", {dir / "a.codeboom", dir / "new.codeboom"}, "m"),
                 ProjectTooNewError);
    try {
        mergeProjects(dir / "a.codeboom", {dir / "a.codeboom"}, "m");
        FAIL();
    } catch (const InvalidArgumentError& e) {
        EXPECT_THAT(e.what(), HasSubstr("a.codeboom already exists"));
    }
    EXPECT_FALSE(std::filesystem::exists(dir / "x.codeboom"));
}

// c.codeboom is a copy of a.codeboom in which chris removed anouk's first coding (26-39).
class MergeRemovalTest : public MergeTest {
protected:
    void SetUp() override {
        makeA();
        removed = open("a.codeboom", "anouk")->codings()[0].uuid;
        std::filesystem::copy_file(dir / "a.codeboom", dir / "c.codeboom");
    }
    void removeInC() { run<RemoveCoding>(*open("c.codeboom", "chris"), removed); }
    std::string removed;
};

TEST_F(MergeRemovalTest, ACodingRemovedInOneFileAndUnchangedInTheOtherStaysRemoved) {
    removeInC();
    EXPECT_EQ(conflictsOf({"a.codeboom", "c.codeboom"}),
              std::vector<std::string>{"warning coding-removed-elsewhere " + removed});
    const auto plan = planMerge({dir / "a.codeboom", dir / "c.codeboom"});
    EXPECT_THAT(plan.issues[0].detail,
                HasSubstr("the coding 'Regulatief' on int1 26-39 by anouk was removed in "
                          "c.codeboom by chris at "));
    EXPECT_THAT(plan.issues[0].detail,
                HasSubstr("; a.codeboom still had it unchanged, so it is left out"));
    const std::string ac = merge("ac.codeboom", {"a.codeboom", "c.codeboom"});
    {
        auto merged = Project::open(dir / "ac.codeboom", "m", true);
        ASSERT_EQ(merged->codings().size(), 1u);
        EXPECT_EQ(merged->codings()[0].codePath, "Regulatief > Subsidies");
    }
    // Symmetric and idempotent: the merge's log carries the removal on.
    EXPECT_EQ(merge("ca.codeboom", {"c.codeboom", "a.codeboom"}), ac);
    EXPECT_EQ(merge("aca.codeboom", {"ac.codeboom", "a.codeboom"}), ac);
    EXPECT_EQ(merge("acc.codeboom", {"ac.codeboom", "c.codeboom"}), ac);
}

TEST_F(MergeRemovalTest, ACodingReviewedSinceItWasRemovedElsewhereIsAConflict) {
    removeInC();
    run<ReviewCoding>(*open("a.codeboom", "anouk"), removed, "question", "te breed?");
    EXPECT_EQ(conflictsOf({"c.codeboom", "a.codeboom"}),
              std::vector<std::string>{"conflict coding-removed-but-changed " + removed});
    EXPECT_EQ(conflictsOf({"a.codeboom", "c.codeboom"}),
              std::vector<std::string>{"conflict coding-removed-but-changed " + removed});
    EXPECT_THROW(merge("ac.codeboom", {"a.codeboom", "c.codeboom"}), MergeConflictError);
}

TEST_F(MergeRemovalTest, AMemoWrittenOnACodingRemovedElsewhereIsAConflict) {
    removeInC();
    run<SetMemo>(*open("a.codeboom", "anouk"), MemoTarget{MemoTargetKind::Coding, removed},
                 "twijfel: folder of gemeente?");
    EXPECT_EQ(conflictsOf({"a.codeboom", "c.codeboom"}),
              std::vector<std::string>{"conflict coding-removed-but-changed " + removed});
}

TEST_F(MergeRemovalTest, AReviewMadeBeforeTheFilesPartedGoesWithTheRemoval) {
    // The mark is in both files; chris's removal took it along, anouk's copy is unchanged.
    std::filesystem::remove(dir / "c.codeboom");
    run<ReviewCoding>(*open("a.codeboom", "anouk"), removed, "approved");
    std::filesystem::copy_file(dir / "a.codeboom", dir / "c.codeboom");
    removeInC();
    EXPECT_EQ(conflictsOf({"a.codeboom", "c.codeboom"}),
              std::vector<std::string>{"warning coding-removed-elsewhere " + removed});
    merge("ac.codeboom", {"a.codeboom", "c.codeboom"});
    auto merged = Project::open(dir / "ac.codeboom", "m", true);
    EXPECT_EQ(merged->codings().size(), 1u);
    auto reviews = merged->database().prepare("SELECT COUNT(*) FROM coding_reviews");
    ASSERT_TRUE(reviews.step());
    EXPECT_EQ(reviews.int64At(0), 0);
}

std::string memoText(const std::filesystem::path& file) {
    auto project = Project::open(file, "m", true);
    const auto all = memos(*project);
    return all.size() == 1 ? all[0].text : "(" + std::to_string(all.size()) + " memos)";
}

TEST_F(MergeTest, AMemoEditedInOneFileOnlyTakesThatEdit) {
    makeA();
    run<SetMemo>(*open("a.codeboom", "anouk"), MemoTarget{MemoTargetKind::Code, "Regulatief"},
                 "eerste versie");
    std::filesystem::copy_file(dir / "a.codeboom", dir / "c.codeboom");
    run<SetMemo>(*open("c.codeboom", "chris"), MemoTarget{MemoTargetKind::Code, "Regulatief"},
                 "tweede versie");
    EXPECT_EQ(conflictsOf({"a.codeboom", "c.codeboom"}), std::vector<std::string>{});
    const std::string ac = merge("ac.codeboom", {"a.codeboom", "c.codeboom"});
    EXPECT_EQ(memoText(dir / "ac.codeboom"), "tweede versie");
    EXPECT_EQ(merge("ca.codeboom", {"c.codeboom", "a.codeboom"}), ac);
    EXPECT_EQ(merge("aca.codeboom", {"ac.codeboom", "a.codeboom"}), ac);
}

TEST_F(MergeTest, AMemoEditedDifferentlyInTwoFilesIsAConflictNamingItsTarget) {
    makeA();
    run<SetMemo>(*open("a.codeboom", "anouk"), MemoTarget{MemoTargetKind::Code, "Regulatief"},
                 "eerste versie");
    run<SetMemo>(*open("a.codeboom", "anouk"), MemoTarget{MemoTargetKind::Project, ""},
                 "over het project");
    std::filesystem::copy_file(dir / "a.codeboom", dir / "c.codeboom");
    run<SetMemo>(*open("a.codeboom", "anouk"), MemoTarget{MemoTargetKind::Code, "Regulatief"},
                 "anouks versie");
    run<SetMemo>(*open("c.codeboom", "chris"), MemoTarget{MemoTargetKind::Code, "Regulatief"},
                 "chris' versie");
    run<SetMemo>(*open("a.codeboom", "anouk"), MemoTarget{MemoTargetKind::Project, ""},
                 "anouk over het project");
    run<SetMemo>(*open("c.codeboom", "chris"), MemoTarget{MemoTargetKind::Project, ""},
                 "chris over het project");
    EXPECT_EQ(conflictsOf({"c.codeboom", "a.codeboom"}),
              (std::vector<std::string>{"conflict memo-differs code 'Regulatief'",
                                        "conflict memo-differs the project"}));
    const auto plan = planMerge({dir / "a.codeboom", dir / "c.codeboom"});
    EXPECT_EQ(plan.issues[0].detail,
              "the memo was edited differently since the files parted: a.codeboom: 'anouks "
              "versie', c.codeboom: 'chris' versie'");
    EXPECT_THROW(merge("ac.codeboom", {"a.codeboom", "c.codeboom"}), MergeConflictError);
}

TEST_F(MergeTest, ADifferentColourIsKeptDeterministicallyAndReported) {
    makeA();
    std::filesystem::copy_file(dir / "a.codeboom", dir / "c.codeboom");
    run<RecolorCode>(*open("c.codeboom", "chris"), "Regulatief", "#aa0000");
    EXPECT_EQ(conflictsOf({"c.codeboom", "a.codeboom"}),
              std::vector<std::string>{"warning code-color-differs Regulatief"});
    const auto plan = planMerge({dir / "c.codeboom", dir / "a.codeboom"});
    EXPECT_EQ(plan.issues[0].detail,
              "different colours: a.codeboom: #2f6db5, c.codeboom: #aa0000; kept #2f6db5");
}

// c.codeboom is a copy of a.codeboom in which chris cleared the definition of Regulatief
// ("Regels en sancties", set when anouk created the code).
TEST_F(MergeTest, ADefinitionClearedInOneFileAndUnchangedInTheOtherStaysCleared) {
    makeA();
    std::filesystem::copy_file(dir / "a.codeboom", dir / "c.codeboom");
    run<DescribeCode>(*open("c.codeboom", "chris"), "Regulatief", "");
    EXPECT_EQ(conflictsOf({"a.codeboom", "c.codeboom"}),
              std::vector<std::string>{"warning code-definition-cleared Regulatief"});
    const auto plan = planMerge({dir / "a.codeboom", dir / "c.codeboom"});
    EXPECT_EQ(plan.issues[0].detail,
              "the definition 'Regels en sancties' was cleared in c.codeboom; a.codeboom still "
              "had it unchanged, so it stays cleared");
    const std::string ac = merge("ac.codeboom", {"a.codeboom", "c.codeboom"});
    {
        auto merged = Project::open(dir / "ac.codeboom", "m", true);
        EXPECT_EQ(merged->codeTree().findByPath("Regulatief")->description, "");
    }
    // Symmetric and idempotent: the merge's log keeps the earlier definition and the clearing.
    EXPECT_EQ(merge("ca.codeboom", {"c.codeboom", "a.codeboom"}), ac);
    EXPECT_EQ(merge("aca.codeboom", {"ac.codeboom", "a.codeboom"}), ac);
    EXPECT_EQ(merge("acc.codeboom", {"ac.codeboom", "c.codeboom"}), ac);
    EXPECT_EQ(conflictsOf({"ac.codeboom", "a.codeboom"}),
              std::vector<std::string>{"warning code-definition-cleared Regulatief"});
}

TEST_F(MergeTest, ADefinitionClearedInOneFileAndChangedInTheOtherIsAConflict) {
    makeA();
    std::filesystem::copy_file(dir / "a.codeboom", dir / "c.codeboom");
    run<DescribeCode>(*open("c.codeboom", "chris"), "Regulatief", "");
    run<DescribeCode>(*open("a.codeboom", "anouk"), "Regulatief", "Wetten en regels");
    EXPECT_EQ(conflictsOf({"c.codeboom", "a.codeboom"}),
              std::vector<std::string>{"conflict code-definition-cleared-and-changed Regulatief"});
    const auto plan = planMerge({dir / "a.codeboom", dir / "c.codeboom"});
    EXPECT_EQ(plan.issues[0].detail,
              "the definition was cleared in c.codeboom, but changed since the files parted in "
              "a.codeboom: 'Wetten en regels'");
    EXPECT_THROW(merge("ac.codeboom", {"a.codeboom", "c.codeboom"}), MergeConflictError);
}

TEST_F(MergeTest, ACodebookFieldClearedInOneFileFollowsTheDefinitionsRule) {
    makeA();
    CodeFieldValues inclusion;
    inclusion.inclusion = "regels van de gemeente";
    run<SetCodeFields>(*open("a.codeboom", "anouk"), "Regulatief", inclusion);
    std::filesystem::copy_file(dir / "a.codeboom", dir / "c.codeboom");
    CodeFieldValues cleared;
    cleared.inclusion = "";
    run<SetCodeFields>(*open("c.codeboom", "chris"), "Regulatief", cleared);
    EXPECT_EQ(conflictsOf({"c.codeboom", "a.codeboom"}),
              std::vector<std::string>{"warning code-inclusion-cleared Regulatief"});
    EXPECT_EQ(planMerge({dir / "c.codeboom", dir / "a.codeboom"}).issues[0].detail,
              "the inclusion 'regels van de gemeente' was cleared in c.codeboom; a.codeboom "
              "still had it unchanged, so it stays cleared");
    CodeFieldValues changed;
    changed.inclusion = "ook landelijke regels";
    run<SetCodeFields>(*open("a.codeboom", "anouk"), "Regulatief", changed);
    EXPECT_EQ(conflictsOf({"c.codeboom", "a.codeboom"}),
              std::vector<std::string>{"conflict code-inclusion-cleared-and-changed Regulatief"});
}

TEST_F(MergeTest, AFieldClearedBeforeTheFilesPartedAndWrittenSinceIsTaken) {
    makeA();
    run<DescribeCode>(*open("a.codeboom", "anouk"), "Regulatief", "");
    std::filesystem::copy_file(dir / "a.codeboom", dir / "c.codeboom");
    // chris saw the clearing (it is in his log) and wrote a new definition afterwards.
    run<DescribeCode>(*open("c.codeboom", "chris"), "Regulatief", "Wetten en regels");
    EXPECT_EQ(conflictsOf({"a.codeboom", "c.codeboom"}), std::vector<std::string>{});
    merge("ac.codeboom", {"a.codeboom", "c.codeboom"});
    auto merged = Project::open(dir / "ac.codeboom", "m", true);
    EXPECT_EQ(merged->codeTree().findByPath("Regulatief")->description, "Wetten en regels");
}

// a.codeboom has a memo on Regulatief; c.codeboom is a copy in which chris deleted it.
TEST_F(MergeTest, AMemoDeletedInOneFileAndUnchangedInTheOtherStaysDeleted) {
    makeA();
    run<SetMemo>(*open("a.codeboom", "anouk"), MemoTarget{MemoTargetKind::Code, "Regulatief"},
                 "eerste versie");
    std::filesystem::copy_file(dir / "a.codeboom", dir / "c.codeboom");
    run<RemoveMemo>(*open("c.codeboom", "chris"), MemoTarget{MemoTargetKind::Code, "Regulatief"});
    EXPECT_EQ(conflictsOf({"a.codeboom", "c.codeboom"}),
              std::vector<std::string>{"warning memo-deleted code 'Regulatief'"});
    const auto plan = planMerge({dir / "c.codeboom", dir / "a.codeboom"});
    EXPECT_THAT(plan.issues[0].detail, ::testing::StartsWith("the memo was deleted in c.codeboom "
                                                             "by chris at "));
    EXPECT_THAT(plan.issues[0].detail,
                ::testing::EndsWith("; a.codeboom still had it unchanged, so it is left out"));
    EXPECT_THAT(plan.lines,
                ::testing::Contains(::testing::AllOf(::testing::Field(&MergeLine::kind, "memos"),
                                                     ::testing::Field(&MergeLine::detail, "0"))));
    const std::string ac = merge("ac.codeboom", {"a.codeboom", "c.codeboom"});
    EXPECT_EQ(memoText(dir / "ac.codeboom"), "(0 memos)");
    EXPECT_EQ(merge("ca.codeboom", {"c.codeboom", "a.codeboom"}), ac);
    EXPECT_EQ(merge("aca.codeboom", {"ac.codeboom", "a.codeboom"}), ac);
    EXPECT_EQ(merge("acc.codeboom", {"ac.codeboom", "c.codeboom"}), ac);
}

TEST_F(MergeTest, AMemoDeletedInOneFileAndEditedInTheOtherIsAConflict) {
    makeA();
    run<SetMemo>(*open("a.codeboom", "anouk"), MemoTarget{MemoTargetKind::Code, "Regulatief"},
                 "eerste versie");
    std::filesystem::copy_file(dir / "a.codeboom", dir / "c.codeboom");
    run<RemoveMemo>(*open("c.codeboom", "chris"), MemoTarget{MemoTargetKind::Code, "Regulatief"});
    run<SetMemo>(*open("a.codeboom", "anouk"), MemoTarget{MemoTargetKind::Code, "Regulatief"},
                 "anouks versie");
    EXPECT_EQ(conflictsOf({"c.codeboom", "a.codeboom"}),
              std::vector<std::string>{"conflict memo-deleted-and-edited code 'Regulatief'"});
    const auto plan = planMerge({dir / "a.codeboom", dir / "c.codeboom"});
    EXPECT_THAT(plan.issues[0].detail,
                ::testing::EndsWith(", but edited since the files parted in a.codeboom: 'anouks "
                                    "versie'"));
    EXPECT_THROW(merge("ac.codeboom", {"a.codeboom", "c.codeboom"}), MergeConflictError);
}

TEST_F(MergeTest, TheMergedFileRecordsTheHeadOfItsChain) {
    makeA();
    makeB();
    merge("ab.codeboom", {"a.codeboom", "b.codeboom"});
    auto ab = Project::open(dir / "ab.codeboom", "m", true);
    const auto head = recordedChainHead(ab->database());
    ASSERT_TRUE(head.has_value());
    EXPECT_EQ(head->events, static_cast<std::int64_t>(ab->events().size()));
    EXPECT_EQ(head->hash, ab->events().back().hash);
}

} // namespace
} // namespace codeboom
