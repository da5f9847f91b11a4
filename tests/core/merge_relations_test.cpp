#include "codeboom/commands/code_commands.h"
#include "codeboom/commands/coding_commands.h"
#include "codeboom/commands/core_category_commands.h"
#include "codeboom/commands/document_commands.h"
#include "codeboom/commands/relation_commands.h"
#include "codeboom/error.h"
#include "codeboom/io/importer.h"
#include "codeboom/model/merged_codes.h"
#include "codeboom/model/relations.h"
#include "codeboom/team/merge.h"

#include "support/project_fixture.h"

#include <gmock/gmock.h>

#include <algorithm>

namespace codeboom {
namespace {

using test::TempDir;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

const std::string kText = "I: Hoe kwam u bij Leo?\nR: Via de gemeente, eh, via een folder.\n";

// Sets fields of a code row as a command (the codebook fields have no command of their own
// here; merge reads whatever the row holds).
class SetCodeFields : public Command {
public:
    SetCodeFields(std::string path, nlohmann::json fields)
        : path_(std::move(path)), fields_(std::move(fields)) {}
    std::string name() const override { return "set-code-fields"; }
    std::string label() const override { return "set fields of '" + path_ + "'"; }
    nlohmann::json arguments() const override { return {{"code", path_}}; }
    void execute(CommandContext& context) override {
        nlohmann::json fields = fields_;
        if (fields.contains("merged_into"))
            fields["merged_into"] =
                context.project.codeTree().findByPath(fields["merged_into"].get<std::string>())->id;
        context.changes.update("codes", context.project.codeTree().findByPath(path_)->id, fields);
    }

private:
    std::string path_;
    nlohmann::json fields_;
};

// Each test builds its projects in a few lines: one coder per file, the same transcript, the
// codes Regulatief, Regulatief > Subsidies and Employability made by hand in each file (so with
// their own UUIDs, matched by path).
class MergeRelationsTest : public ::testing::Test {
protected:
    std::unique_ptr<Project> make(const std::string& file, const std::string& coder) {
        auto p = Project::create(dir / file, coder);
        ImportDocument import(
            readTranscript(dir.write(file + ".txt", kText), {}, p->wordCounter()));
        p->execute(import);
        for (const char* path : {"Regulatief", "Regulatief > Subsidies", "Employability"}) {
            CreateCode code(path);
            p->execute(code);
        }
        return p;
    }
    template <typename C, typename... Args> void run(Project& p, Args&&... args) {
        C command(std::forward<Args>(args)...);
        p.execute(command);
    }
    std::string code(Project& p, std::size_t start, std::size_t end, const std::string& path) {
        ApplyCoding command(p.documents().front().name, start, end, path);
        p.execute(command);
        return command.createdUuid();
    }
    std::vector<std::filesystem::path> paths(const std::vector<std::string>& files) {
        std::vector<std::filesystem::path> out;
        for (const std::string& file : files)
            out.push_back(dir / file);
        return out;
    }
    std::string merge(const std::string& out, const std::vector<std::string>& inputs) {
        mergeProjects(dir / out, paths(inputs), "merger");
        auto project = Project::open(dir / out, "merger", true);
        return contentDigest(*project);
    }
    std::vector<std::string> conflictsOf(const std::vector<std::string>& inputs) {
        std::vector<std::string> out;
        for (const MergeIssue& issue : planMerge(paths(inputs)).issues)
            if (issue.severity == "conflict")
                out.push_back(issue.kind + " " + issue.subject);
        return out;
    }
    // "from | type | to | evidence | memo" per relation.
    static std::vector<std::string> listing(Project& p) {
        std::vector<std::string> out;
        for (const Relation& r : relations(p))
            out.push_back(r.fromPath + " | " + r.type.labelEn + " | " + r.toPath + " | " +
                          std::to_string(r.evidence.size()) + " | " + r.memo);
        return out;
    }
    TempDir dir;
};

TEST_F(MergeRelationsTest, RelationsTheirTypesAndEvidenceComeAlong) {
    std::string anoukCoding, bramCoding;
    {
        auto a = make("a.codeboom", "anouk");
        anoukCoding = code(*a, 26, 42, "Regulatief > Subsidies"); // "Via de gemeente,"
        run<AddRelation>(*a, "Regulatief > Subsidies", "causes", "Employability",
                         std::vector<std::string>{anoukCoding}, "via de gemeente");
        run<AddRelationType>(*a, "leidt tot", "leads to", true);
        run<AddRelation>(*a, "Regulatief", "leads to", "Employability");
    }
    {
        auto b = make("b.codeboom", "bram");
        bramCoding = code(*b, 47, 62, "Regulatief > Subsidies"); // "via een folder."
        // The same relation, made independently: one relation with both pieces of evidence.
        run<AddRelation>(*b, "Regulatief > Subsidies", "is oorzaak van", "Employability",
                         std::vector<std::string>{bramCoding});
        // The same user type (matched by English label) and a symmetric relation written the
        // other way round from how anouk would.
        run<AddRelationType>(*b, "leidt tot", "leads to", true);
        run<AddRelation>(*b, "Employability", "is associated with", "Regulatief");
    }
    merge("ab.codeboom", {"a.codeboom", "b.codeboom"});
    auto ab = Project::open(dir / "ab.codeboom", "anouk", true);
    EXPECT_THAT(listing(*ab),
                ElementsAre("Regulatief | leads to | Employability | 0 | ",
                            "Regulatief > Subsidies | causes | Employability | 2 | via de gemeente",
                            "Employability | is associated with | Regulatief | 0 | "));
    EXPECT_EQ(relationTypes(*ab).size(), 9u); // the 8 built-in types and "leidt tot"
    std::vector<std::string> evidence = relations(*ab)[1].evidence;
    std::vector<std::string> expected = {anoukCoding, bramCoding};
    std::sort(evidence.begin(), evidence.end());
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(evidence, expected);
    bool planned = false;
    for (const MergeLine& line : planMerge(paths({"a.codeboom", "b.codeboom"})).lines)
        planned = planned || (line.kind == "relations" && line.detail == "3");
    EXPECT_TRUE(planned);
}

TEST_F(MergeRelationsTest, WithRelationsMergeStaysSymmetricAndIdempotent) {
    {
        auto a = make("a.codeboom", "anouk");
        const std::string evidence = code(*a, 26, 42, "Regulatief");
        run<AddRelation>(*a, "Regulatief", "strengthens", "Employability",
                         std::vector<std::string>{evidence}, "eerste indruk");
    }
    {
        auto b = make("b.codeboom", "bram");
        run<AddRelation>(*b, "Employability", "weakens", "Regulatief > Subsidies");
    }
    const std::string ab = merge("ab.codeboom", {"a.codeboom", "b.codeboom"});
    EXPECT_EQ(merge("ba.codeboom", {"b.codeboom", "a.codeboom"}), ab);
    EXPECT_EQ(merge("aba.codeboom", {"ab.codeboom", "a.codeboom"}), ab);
    auto a = Project::open(dir / "a.codeboom", "anouk", true);
    EXPECT_NE(contentDigest(*a), ab);
}

TEST_F(MergeRelationsTest, DifferentMemosOnOneRelationAreAConflict) {
    {
        auto a = make("a.codeboom", "anouk");
        run<AddRelation>(*a, "Regulatief", "causes", "Employability", std::vector<std::string>{},
                         "drempels remmen");
    }
    {
        auto b = make("b.codeboom", "bram");
        run<AddRelation>(*b, "Regulatief", "causes", "Employability", std::vector<std::string>{},
                         "regels helpen juist");
    }
    EXPECT_THAT(conflictsOf({"a.codeboom", "b.codeboom"}),
                ElementsAre("relation-memo-differs Regulatief causes Employability"));
    try {
        merge("ab.codeboom", {"a.codeboom", "b.codeboom"});
        FAIL() << "merged despite a conflict";
    } catch (const MergeConflictError& e) {
        EXPECT_THAT(e.what(), HasSubstr("drempels remmen"));
        EXPECT_THAT(e.what(), HasSubstr("regels helpen juist"));
    }
}

TEST_F(MergeRelationsTest, OneRelationTypeWithTwoDutchLabelsIsAConflict) {
    run<AddRelationType>(*make("a.codeboom", "anouk"), "leidt tot", "leads to", true);
    run<AddRelationType>(*make("b.codeboom", "bram"), "voert naar", "leads to", true);
    EXPECT_THAT(conflictsOf({"a.codeboom", "b.codeboom"}),
                ElementsAre("relation-type-label-differs leads to"));
}

TEST_F(MergeRelationsTest, CodebookFieldsComeAlongAndDifferentValuesConflict) {
    {
        auto a = make("a.codeboom", "anouk");
        run<SetCodeFields>(
            *a, "Regulatief",
            nlohmann::json{{"inclusion", "regels van buitenaf"}, {"label_en", "Regulative"}});
        run<SetCodeFields>(*a, "Regulatief > Subsidies",
                           nlohmann::json{{"merged_into", "Regulatief"}});
    }
    make("b.codeboom", "bram");
    merge("ab.codeboom", {"a.codeboom", "b.codeboom"});
    {
        auto ab = Project::open(dir / "ab.codeboom", "anouk", true);
        auto stmt = ab->database().prepare(
            "SELECT c.inclusion, c.label_en, t.name FROM codes c LEFT JOIN codes t ON t.id = "
            "c.merged_into WHERE c.name IN ('Regulatief', 'Subsidies') ORDER BY c.name");
        ASSERT_TRUE(stmt.step());
        EXPECT_EQ(stmt.textAt(0), "regels van buitenaf");
        EXPECT_EQ(stmt.textAt(1), "Regulative");
        ASSERT_TRUE(stmt.step());
        EXPECT_EQ(stmt.textAt(2), "Regulatief"); // Subsidies was merged into Regulatief
    }
    run<SetCodeFields>(*Project::open(dir / "b.codeboom", "bram"), "Regulatief",
                       nlohmann::json{{"inclusion", "alle regels"}});
    EXPECT_THAT(conflictsOf({"a.codeboom", "b.codeboom"}),
                ElementsAre("code-inclusion-differs Regulatief"));
}

TEST_F(MergeRelationsTest, MergedCodesComeAlongUnitedByUuid) {
    std::string subsidies, regulatief;
    {
        auto a = make("a.codeboom", "anouk");
        subsidies = a->codeTree().resolve("Regulatief > Subsidies").uuid;
        MergeCodes command("Regulatief > Subsidies", "Regulatief");
        a->execute(command, "te fijn");
    }
    {
        auto b = make("b.codeboom", "bram"); // its own Subsidies (another UUID), not merged
        regulatief = std::min(b->codeTree().resolve("Regulatief").uuid,
                              Project::open(dir / "a.codeboom", "anouk", true)
                                  ->codeTree()
                                  .resolve("Regulatief")
                                  .uuid);
    }
    const std::string ab = merge("ab.codeboom", {"a.codeboom", "b.codeboom"});
    {
        auto p = Project::open(dir / "ab.codeboom", "anouk", true);
        const std::vector<MergedCode> merged = mergedCodes(*p);
        ASSERT_EQ(merged.size(), 1u);
        EXPECT_EQ(merged[0].uuid, subsidies);
        EXPECT_EQ(merged[0].path, "Regulatief > Subsidies");
        EXPECT_EQ(merged[0].status, "merged-into");
        // The target is the merged project's Regulatief (the smaller of the two UUIDs).
        EXPECT_EQ(merged[0].mergedIntoUuid, regulatief);
        EXPECT_EQ(merged[0].mergedIntoPath, "Regulatief");
        EXPECT_EQ(merged[0].coder, "anouk");
        EXPECT_EQ(merged[0].reason, "te fijn");
    }
    EXPECT_EQ(merge("ba.codeboom", {"b.codeboom", "a.codeboom"}), ab);
    EXPECT_EQ(merge("aba.codeboom", {"ab.codeboom", "a.codeboom"}), ab);
}

TEST_F(MergeRelationsTest, OneCodeMergedIntoDifferentCodesIsAConflict) {
    make("a.codeboom", "anouk");
    std::filesystem::copy_file(dir / "a.codeboom", dir / "b.codeboom");
    run<MergeCodes>(*Project::open(dir / "a.codeboom", "anouk"), "Regulatief > Subsidies",
                    "Regulatief");
    run<MergeCodes>(*Project::open(dir / "b.codeboom", "anouk"), "Regulatief > Subsidies",
                    "Employability");
    EXPECT_THAT(conflictsOf({"a.codeboom", "b.codeboom"}),
                ElementsAre("code-merged-differently Regulatief > Subsidies"));
}

TEST_F(MergeRelationsTest, TheCoreCategoryAndItsStoryLineComeAlongButTwoCoresConflict) {
    {
        auto a = make("a.codeboom", "anouk");
        run<SetCoreCategory>(*a, std::optional<std::string>("Regulatief"));
        run<WriteStoryLine>(*a, "Regels bepalen de route naar werk.");
    }
    make("b.codeboom", "bram");
    merge("ab.codeboom", {"a.codeboom", "b.codeboom"});
    {
        auto ab = Project::open(dir / "ab.codeboom", "anouk", true);
        auto stmt = ab->database().prepare(
            "SELECT c.name, m.kind, m.text FROM codes c JOIN memos m ON m.target_uuid = c.uuid "
            "WHERE c.is_core = 1");
        ASSERT_TRUE(stmt.step());
        EXPECT_EQ(stmt.textAt(0), "Regulatief");
        EXPECT_EQ(stmt.textAt(1), "storyline");
        EXPECT_EQ(stmt.textAt(2), "Regels bepalen de route naar werk.");
    }
    run<SetCoreCategory>(*Project::open(dir / "b.codeboom", "bram"),
                         std::optional<std::string>("Employability"));
    EXPECT_THAT(conflictsOf({"a.codeboom", "b.codeboom"}),
                ElementsAre("core-category-differs Employability, Regulatief"));
}

} // namespace
} // namespace codeboom
