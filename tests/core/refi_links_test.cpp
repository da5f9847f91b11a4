#include "codeboom/error.h"
#include "codeboom/model/relations.h"
#include "codeboom/refi/qdpx_import.h"

#include "core/refi_fixtures.h"
#include "support/project_fixture.h"

#include <gmock/gmock.h>

#include <algorithm>

namespace codeboom {
namespace {

using ::testing::ElementsAre;

const std::string kText = "Ik woon in Leiden.\nDaar werk ik ook.\n";

std::string link(const std::string& guid, const std::string& from, const std::string& to,
                 const std::string& name, const std::string& direction,
                 const std::string& inside = {}) {
    return "<Link guid=\"" + guid + "\" originGUID=\"" + from + "\" targetGUID=\"" + to + "\"" +
           (name.empty() ? "" : " name=\"" + name + "\"") + " direction=\"" + direction + "\"" +
           (inside.empty() ? "/>" : ">" + inside + "</Link>");
}

std::string linkGuid(int n) {
    return "11110000-0000-4000-8000-00000000000" + std::to_string(n);
}

// The fixture project (codes Parent > Child and Other, user sanne, one source) with `extra`
// after its Sources.
class RefiLinksTest : public test::ProjectTest {
protected:
    refi::ImportReport import(const std::string& extra) {
        refi::ImportQdpx command(
            test::qdpx({{"project.qde", test::projectQde("", "internal://t.txt", {}, extra)},
                        {"sources/t.txt", kText}}),
            "x.qdpx");
        project->execute(command);
        return command.report();
    }
    // "from | type | to | memo | coder" per relation.
    std::vector<std::string> listing() {
        std::vector<std::string> out;
        for (const Relation& r : relations(*project))
            out.push_back(r.fromPath + " | " + r.type.labelEn + " | " + r.toPath + " | " + r.memo +
                          " | " + r.coder);
        return out;
    }
    std::vector<std::string> paths() {
        std::vector<std::string> out;
        for (const Code& code : project->codeTree().codes())
            out.push_back(code.path);
        std::sort(out.begin(), out.end());
        return out;
    }
};

TEST_F(RefiLinksTest, LinkNamesMatchRelationTypesInEitherLanguageElseMakeAType) {
    const auto report = import(
        "<Links>" +
        link(linkGuid(1), test::kCodeParent, test::kCodeChild, "is oorzaak van", "OneWay") +
        link(linkGuid(2), test::kCodeChild, test::kCodeOther, "Is Associated With", "Associative") +
        link(linkGuid(3), test::kCodeParent, test::kCodeOther, "botst met", "Bidirectional") +
        link(linkGuid(4), test::kCodeOther, test::kCodeChild, "botst met", "Bidirectional") +
        "</Links>");
    EXPECT_EQ(report.relations, 4u);
    EXPECT_EQ(report.relationTypesCreated, 1u); // "botst met", once, for two links
    EXPECT_THAT(listing(), ElementsAre("Parent | causes | Parent > Child |  | anouk",
                                       "Parent | botst met | Other |  | anouk",
                                       "Parent > Child | is associated with | Other |  | anouk",
                                       "Other | botst met | Parent > Child |  | anouk"));
    const RelationType made = resolveRelationType(*project, "botst met");
    EXPECT_EQ(made.labelNl, "botst met");
    EXPECT_FALSE(made.directed); // Bidirectional: both ways, so symmetric
    EXPECT_EQ(relations(*project)[0].uuid, "11110000-0000-4000-8000-000000000001"); // kept
}

TEST_F(RefiLinksTest, LinksNotBetweenTwoCodesAreSkippedAndCounted) {
    const auto report = import(
        "<Notes><Note guid=\"AAAA0000-0000-4000-8000-000000000001\" name=\"n\">"
        "<PlainTextContent>iets</PlainTextContent></Note></Notes><Links>" +
        link(linkGuid(1), "AAAA0000-0000-4000-8000-000000000001", test::kCodeChild, "", "OneWay") +
        link(linkGuid(2), test::kCodeChild, test::kSourceGuid, "hoort bij", "OneWay") +
        link(linkGuid(3), test::kCodeChild, test::kCodeChild, "versterkt", "OneWay") + "</Links>");
    EXPECT_EQ(report.relations, 0u);
    EXPECT_EQ(report.skipped.at("Link whose ends are not both codes (e.g. a note and a selection)"),
              2u);
    EXPECT_EQ(report.skipped.at("Link from a code to itself"), 1u);
    EXPECT_EQ(report.memos, 1u); // a note on a skipped link stays a memo
    EXPECT_EQ(count("relation_types"), 8u);
}

TEST_F(RefiLinksTest, TheNotesOfALinkAreTheRelationsMemo) {
    const auto report = import(
        "<Notes><Note guid=\"AAAA0000-0000-4000-8000-000000000001\" creatingUser=\"" +
        test::kUserGuid +
        "\" creationDateTime=\"2024-02-03T04:05:06Z\"><PlainTextContent>Wie in Leiden woont, "
        "werkt er ook.</PlainTextContent></Note></Notes><Links>" +
        link(linkGuid(1), test::kCodeParent, test::kCodeOther, "versterkt", "OneWay",
             "<NoteRef targetGUID=\"AAAA0000-0000-4000-8000-000000000001\"/>") +
        "</Links>");
    EXPECT_EQ(report.memos, 0u);
    EXPECT_EQ(count("memos"), 0u);
    EXPECT_THAT(listing(),
                ElementsAre("Parent | strengthens | Other | Wie in Leiden woont, werkt er ook. | "
                            "sanne"));
    EXPECT_EQ(relations(*project)[0].createdAt, "2024-02-03T04:05:06Z");
}

TEST_F(RefiLinksTest, ImportingTheSameLinksAgainAddsNoRelation) {
    const std::string links =
        "<Links>" + link(linkGuid(1), test::kCodeParent, test::kCodeOther, "causes", "OneWay") +
        link(linkGuid(2), test::kCodeChild, test::kCodeOther, "hangt samen met", "Associative") +
        "</Links>";
    import(links);
    // The symmetric one written the other way round (another tool, another GUID) is the same.
    const auto again = import(
        links.substr(0, links.size() - 8) +
        link(linkGuid(3), test::kCodeOther, test::kCodeChild, "is associated with", "Associative") +
        "</Links>");
    EXPECT_EQ(again.relations, 0u);
    EXPECT_EQ(again.relationsAlreadyPresent, 3u);
    EXPECT_EQ(count("relations"), 2u);
}

TEST_F(RefiLinksTest, EvidenceLinksFromACodingToARelationBecomeItsEvidenceOnce) {
    const std::string coding = "C0D10000-0000-4000-8000-000000000010"; // the fixture's first
    const std::string links =
        "<Links>" + link(linkGuid(1), test::kCodeChild, test::kCodeOther, "causes", "OneWay") +
        link(linkGuid(2), coding, linkGuid(1), "evidence", "OneWay") +
        link(linkGuid(3), "C0D10000-0000-4000-8000-000000000099", linkGuid(1), "evidence",
             "OneWay") +
        "</Links>";
    const auto importWithCoding = [&] {
        refi::ImportQdpx command(
            test::qdpx(
                {{"project.qde",
                  test::projectQde("", "internal://t.txt",
                                   {test::FixtureSelection(0, 18, {test::kCodeChild})}, links)},
                 {"sources/t.txt", kText}}),
            "x.qdpx");
        project->execute(command);
        return command.report();
    };
    const auto first = importWithCoding();
    EXPECT_EQ(first.relationEvidence, 1u);
    EXPECT_EQ(first.skipped.at("Link to a Link that is not from a coding to a relation"), 1u);
    const auto all = relations(*project);
    ASSERT_EQ(all.size(), 1u);
    EXPECT_THAT(all[0].evidence, ElementsAre("c0d10000-0000-4000-8000-000000000010")); // as stored

    const auto again = importWithCoding();
    EXPECT_EQ(again.relationEvidence, 0u);
    EXPECT_EQ(again.skipped.at("evidence Link already in the project"), 1u);
    EXPECT_EQ(count("relation_evidence"), 1u);
}

TEST_F(RefiLinksTest, RelationsUndoAndRedoWithTheImportAlsoAfterReopening) {
    import("<Notes><Note guid=\"AAAA0000-0000-4000-8000-000000000001\"><PlainTextContent>memo"
           "</PlainTextContent></Note></Notes><Links>" +
           link(linkGuid(1), test::kCodeParent, test::kCodeOther, "nieuw soort verband", "OneWay",
                "<NoteRef targetGUID=\"AAAA0000-0000-4000-8000-000000000001\"/>") +
           link(linkGuid(2), test::kCodeChild, test::kCodeOther, "causes", "OneWay") + "</Links>");
    EXPECT_EQ(count("relations"), 2u);
    EXPECT_EQ(count("relation_types"), 9u);
    reopen();
    EXPECT_EQ(project->undo(), "import REFI-QDA project 'x.qdpx'");
    EXPECT_EQ(count("relations"), 0u);
    EXPECT_EQ(count("relation_types"), 8u);
    EXPECT_EQ(count("codes"), 0u);
    reopen();
    project->redo();
    EXPECT_THAT(listing(), ElementsAre("Parent | nieuw soort verband | Other | memo | anouk",
                                       "Parent > Child | causes | Other |  | anouk"));
}

TEST_F(RefiLinksTest, SetsOfTopLevelCodesBecomeCategories) {
    const auto report = import(
        "<Sets><Set guid=\"22220000-0000-4000-8000-000000000001\" name=\"Thema\">"
        "<Description>alles</Description><MemberCode targetGUID=\"" +
        test::kCodeParent + "\"/><MemberCode targetGUID=\"" + test::kCodeOther +
        "\"/></Set>"
        // Taken by the first set already, nested, about a source, empty: left as they are.
        "<Set guid=\"22220000-0000-4000-8000-000000000002\" name=\"Nog eens\"><MemberCode "
        "targetGUID=\"" +
        test::kCodeOther +
        "\"/></Set><Set guid=\"22220000-0000-4000-8000-000000000003\" "
        "name=\"Genest\"><MemberCode targetGUID=\"" +
        test::kCodeChild +
        "\"/></Set><Set guid=\"22220000-0000-4000-8000-000000000004\" "
        "name=\"Bronnen\"><MemberSource targetGUID=\"" +
        test::kSourceGuid +
        "\"/></Set><Set guid=\"22220000-0000-4000-8000-000000000005\" name=\"Leeg\"/></Sets>");
    EXPECT_EQ(report.categoriesFromSets, 1u);
    EXPECT_THAT(paths(),
                ElementsAre("Thema", "Thema > Other", "Thema > Parent", "Thema > Parent > Child"));
    const Code* thema = project->codeTree().findByPath("Thema");
    EXPECT_EQ(thema->uuid, "22220000-0000-4000-8000-000000000001");
    EXPECT_EQ(thema->description, "alles");
    EXPECT_EQ(report.skipped.at("Set of codes that are not all top-level codes of the file, or "
                                "are in an earlier set (left as they are)"),
              2u);
    EXPECT_EQ(report.skipped.at("Set of sources or notes (Codeboom has no sets)"), 1u);
    EXPECT_EQ(report.skipped.at("Set without members"), 1u);
}

TEST_F(RefiLinksTest, ASetNamedLikeATopLevelCodeGathersUnderThatCode) {
    // ATLAS.ti writes a code group beside a code of the same name (the spec's "Feelings").
    const auto report =
        import("<Sets><Set guid=\"22220000-0000-4000-8000-000000000001\" name=\"parent\">"
               "<MemberCode targetGUID=\"" +
               test::kCodeOther + "\"/></Set></Sets>");
    EXPECT_EQ(report.categoriesFromSets, 1u);
    EXPECT_THAT(paths(), ElementsAre("Parent", "Parent > Child", "Parent > Other"));
}

} // namespace
} // namespace codeboom
