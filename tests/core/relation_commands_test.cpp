#include "codeboom/commands/code_commands.h"
#include "codeboom/commands/coding_commands.h"
#include "codeboom/commands/document_commands.h"
#include "codeboom/commands/relation_commands.h"
#include "codeboom/error.h"
#include "codeboom/model/relations.h"

#include "support/project_fixture.h"

#include <gmock/gmock.h>

namespace codeboom {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

// Three codes and one transcript with four codings to use as evidence.
class RelationTest : public test::ProjectTest {
protected:
    void SetUp() override {
        ProjectTest::SetUp();
        doc = importText("int1", "R: De financi\xC3\xABle drempel is hoog. Ik stop ermee.\n");
        addCode("Regulatief");
        addCode("Regulatief > Financi\xC3\xABle drempel");
        addCode("Employability");
        for (std::size_t i = 0; i < 4; ++i)
            codings.push_back(
                applyCoding(doc, 3 + i, 10 + i, "Regulatief > Financi\xC3\xABle drempel"));
    }

    std::string relate(const std::string& from, const std::string& type, const std::string& to,
                       std::vector<std::string> evidence = {}, const std::string& memo = {}) {
        AddRelation command(from, type, to, std::move(evidence), memo);
        project->execute(command);
        return command.createdUuid();
    }

    // "from | type (en) | to | evidence count" per relation, in listing order.
    std::vector<std::string> listing() {
        std::vector<std::string> out;
        for (const Relation& r : relations(*project))
            out.push_back(r.fromPath + " | " + r.type.labelEn + " | " + r.toPath + " | " +
                          std::to_string(r.evidence.size()));
        return out;
    }

    std::string doc;
    std::vector<std::string> codings;
};

TEST_F(RelationTest, TypesAreNamedInEitherLanguageWithoutRegardToCaseOrByUuid) {
    relate("Regulatief > financi\xC3\xABle drempel", "Is Oorzaak Van", "Employability");
    relate("Employability", "WEAKENS", "Regulatief");
    relate("Regulatief", "6f1d2a40-0c3e-4f51-9a70-000000000008", "Employability");
    EXPECT_THAT(listing(),
                ElementsAre("Regulatief | is associated with | Employability | 0",
                            "Regulatief > Financi\xC3\xABle drempel | causes | Employability | 0",
                            "Employability | weakens | Regulatief | 0"));
    const auto all = relations(*project);
    EXPECT_EQ(all[1].type.labelNl, "is oorzaak van");
    EXPECT_TRUE(all[1].type.directed);
    EXPECT_FALSE(all[0].type.directed);
    EXPECT_EQ(all[0].coder, "anouk");
}

TEST_F(RelationTest, EvidenceIsStoredOnceInDocumentOrderAndUnknownCodingsAreRefused) {
    const std::string uuid =
        relate("Regulatief > Financi\xC3\xABle drempel", "verzwakt", "Employability",
               {codings[2], codings[0], codings[2]}, "kosten remmen leren");
    const Relation r = relation(*project, uuid);
    EXPECT_THAT(r.evidence, ElementsAre(codings[0], codings[2]));
    EXPECT_EQ(r.memo, "kosten remmen leren");
    EXPECT_EQ(count("relation_evidence"), 2u);

    AddRelation bad("Regulatief", "causes", "Employability",
                    {codings[1], "0b0e0d0c-0000-4000-8000-000000000000"});
    EXPECT_EQ(messageOf(bad),
              "there is no coding '0b0e0d0c-0000-4000-8000-000000000000' in test.codeboom");
    EXPECT_EQ(count("relations"), 1u);
    EXPECT_EQ(count("relation_evidence"), 2u);
}

TEST_F(RelationTest, SymmetricTypesAreStoredOnceWhateverTheDirection) {
    relate("Regulatief", "hangt samen met", "Employability");
    AddRelation reversed("Employability", "is associated with", "Regulatief");
    EXPECT_EQ(messageOf(reversed),
              "there is already a relation 'Regulatief' is associated with 'Employability' (the "
              "type is symmetric: its direction does not matter)");
    AddRelation same("Regulatief", "hangt samen met", "employability");
    EXPECT_EQ(messageOf(same), "there is already a relation 'Regulatief' is associated with "
                               "'Employability'");
    // A directed type may run both ways: that is two relations (and a cycle).
    relate("Regulatief", "causes", "Employability");
    relate("Employability", "causes", "Regulatief");
    EXPECT_EQ(count("relations"), 3u);
}

TEST_F(RelationTest, UnknownTypesAndCodesAreNamedAndChangeNothing) {
    const std::size_t events = count("events");
    AddRelation type("Regulatief", "veroorzaakt", "Employability");
    EXPECT_EQ(messageOf(type), "there is no relation type 'veroorzaakt' in test.codeboom (name a "
                               "type by its Dutch or English label, e.g. 'is oorzaak van' or "
                               "'causes')");
    AddRelation from("Normatief", "causes", "Employability");
    EXPECT_EQ(messageOf(from), "there is no code 'Normatief' (write the path from the top, e.g. "
                               "'Regulatief > Subsidies')");
    AddRelation to("Regulatief", "causes", "Employability > Werk");
    EXPECT_THAT(messageOf(to), HasSubstr("there is no code 'Employability > Werk'"));
    AddRelation self("Regulatief", "causes", "regulatief");
    EXPECT_EQ(messageOf(self),
              "cannot relate 'Regulatief' to itself; a relation joins two different codes");
    EXPECT_EQ(count("relations"), 0u);
    EXPECT_EQ(count("events"), events);
}

TEST_F(RelationTest, AddAndRemoveUndoAndRedoWithTheirEvidence) {
    const std::string uuid =
        relate("Regulatief", "versterkt", "Employability", {codings[0], codings[1]});
    EXPECT_EQ(project->undo(), "relate 'Regulatief' versterkt 'Employability'");
    EXPECT_EQ(count("relations"), 0u);
    EXPECT_EQ(count("relation_evidence"), 0u);
    project->redo();
    EXPECT_EQ(relation(*project, uuid).evidence.size(), 2u);

    RemoveRelation remove(uuid);
    project->execute(remove);
    EXPECT_EQ(count("relations"), 0u);
    EXPECT_EQ(count("relation_evidence"), 0u);
    EXPECT_EQ(project->undo(), "remove relation 'Regulatief' strengthens 'Employability'");
    EXPECT_THAT(relation(*project, uuid).evidence, ElementsAre(codings[0], codings[1]));
    RemoveRelation unknown("nonsense");
    EXPECT_EQ(messageOf(unknown), "there is no relation 'nonsense' in test.codeboom");
}

TEST_F(RelationTest, EditChangesMemoAndEvidenceAsOneUndoStep) {
    const std::string uuid = relate("Regulatief", "versterkt", "Employability", {codings[0]});
    EditRelation edit(uuid, std::string("nieuw memo"), {codings[1], codings[0]}, {codings[0]});
    project->execute(edit);
    Relation r = relation(*project, uuid);
    EXPECT_EQ(r.memo, "nieuw memo");
    EXPECT_THAT(r.evidence, ElementsAre(codings[1]));
    EXPECT_EQ(project->undo(), "edit relation 'Regulatief' strengthens 'Employability'");
    r = relation(*project, uuid);
    EXPECT_EQ(r.memo, "");
    EXPECT_THAT(r.evidence, ElementsAre(codings[0]));

    EditRelation notEvidence(uuid, std::nullopt, {}, {codings[3]});
    EXPECT_EQ(messageOf(notEvidence),
              "coding '" + codings[3] +
                  "' is not evidence of relation 'Regulatief' strengthens 'Employability'");
    EditRelation nothing(uuid, std::string(""), {codings[0]});
    EXPECT_EQ(project->execute(nothing), std::nullopt); // changes nothing, records nothing
}

TEST_F(RelationTest, UserTypesNeedFreshLabelsAndAValidSlot) {
    AddRelationType type("is context van", "is context of", true, "context");
    project->execute(type);
    relate("Regulatief", "IS CONTEXT OF", "Employability");
    EXPECT_EQ(relations(*project).front().type.paradigmSlot, "context");
    EXPECT_EQ(relationTypes(*project).size(), 9u);
    EXPECT_FALSE(relationTypes(*project).back().builtin);

    AddRelationType clash("Causes", "leads to", true);
    EXPECT_EQ(messageOf(clash), "there is already a relation type 'is oorzaak van' / 'causes'; "
                                "labels are compared without regard to case, in both languages");
    AddRelationType slot("leidt tot", "leads to", true, "gevolgen");
    EXPECT_EQ(messageOf(slot), "paradigm slot 'gevolgen' is not one of causal-conditions, "
                               "context, intervening-conditions, strategies, consequences");
    AddRelationType empty(" ", "leads to", true);
    EXPECT_EQ(messageOf(empty), "the Dutch label of a relation type cannot be empty");
    EXPECT_EQ(relationTypes(*project).size(), 9u);

    project->undo(); // the relation
    EXPECT_EQ(project->undo(), "add relation type 'is context van' / 'is context of'");
    EXPECT_EQ(relationTypes(*project).size(), 8u);
}

TEST_F(RelationTest, RemovingACodingRemovesItsEvidenceAndUndoBringsItBack) {
    const std::string uuid =
        relate("Regulatief", "versterkt", "Employability", {codings[0], codings[1]});
    RemoveCoding remove(codings[0]);
    project->execute(remove);
    EXPECT_THAT(relation(*project, uuid).evidence, ElementsAre(codings[1]));
    project->undo();
    EXPECT_THAT(relation(*project, uuid).evidence, ElementsAre(codings[0], codings[1]));
}

TEST_F(RelationTest, DeletingACodeRemovesItsRelationsAndUndoRestoresEverything) {
    relate("Regulatief > Financi\xC3\xABle drempel", "verzwakt", "Employability",
           {codings[0], codings[1]});
    relate("Employability", "hangt samen met", "Regulatief", {codings[2]});
    relate("Regulatief", "is onderdeel van", "Employability");
    // Deleting "Regulatief" takes its sub-code, the four codings, all three relations and the
    // three evidence rows.
    DeleteCode remove("Regulatief");
    project->execute(remove);
    EXPECT_EQ(count("relations"), 0u);
    EXPECT_EQ(count("relation_evidence"), 0u);
    EXPECT_EQ(count("codings"), 0u);
    project->undo();
    EXPECT_THAT(listing(),
                ElementsAre("Regulatief | is part of | Employability | 0",
                            "Regulatief > Financi\xC3\xABle drempel | weakens | Employability | 2",
                            "Employability | is associated with | Regulatief | 1"));
    EXPECT_EQ(count("codings"), 4u);
}

TEST_F(RelationTest, RemovingADocumentRemovesTheEvidenceOfItsCodings) {
    const std::string uuid = relate("Regulatief", "versterkt", "Employability", {codings[3]});
    RemoveDocument remove("int1");
    project->execute(remove);
    EXPECT_TRUE(relation(*project, uuid).evidence.empty());
    project->undo();
    EXPECT_THAT(relation(*project, uuid).evidence, ElementsAre(codings[3]));
}

TEST_F(RelationTest, MergingRepointsRelationsDropsSelfRelationsAndFoldsDuplicates) {
    addCode("Kosten");
    const std::string kept = relate("Regulatief > Financi\xC3\xABle drempel", "verzwakt",
                                    "Employability", {codings[0]}, "eerste");
    relate("Kosten", "verzwakt", "Employability", {codings[0], codings[1]}, "tweede");
    relate("Kosten", "is onderdeel van", "Regulatief > Financi\xC3\xABle drempel", {codings[2]});
    relate("Employability", "hangt samen met", "Kosten");
    // Kosten -> Financiële drempel: the weakening folds into the existing one (codings[1] is
    // added, codings[0] was already there; the memos are joined), the part-of relation would
    // relate the code to itself and goes, the association now ends at Financiële drempel.
    MergeCodes merge("Kosten", "Regulatief > Financi\xC3\xABle drempel");
    project->execute(merge);
    EXPECT_THAT(listing(),
                ElementsAre("Regulatief > Financi\xC3\xABle drempel | weakens | Employability | 2",
                            "Employability | is associated with | Regulatief > Financi\xC3\xABle "
                            "drempel | 0"));
    const Relation folded = relation(*project, kept);
    EXPECT_THAT(folded.evidence, ElementsAre(codings[0], codings[1]));
    EXPECT_EQ(folded.memo, "eerste\n\ntweede");
    project->undo();
    EXPECT_EQ(count("relations"), 4u);
    EXPECT_EQ(count("relation_evidence"), 4u);
    EXPECT_EQ(relation(*project, kept).memo, "eerste");
}

} // namespace
} // namespace codeboom
