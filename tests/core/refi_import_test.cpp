#include "codeboom/error.h"
#include "codeboom/refi/qdpx_import.h"

#include "core/refi_fixtures.h"
#include "support/project_fixture.h"

#include <gmock/gmock.h>

namespace codeboom {
namespace {

using test::FixtureSelection;
using ::testing::HasSubstr;

// "Ik woon in Leiden." — Leiden is code points 11..17.
const std::string kText = "Ik woon in Leiden.\nDaar werk ik ook.\n";

class RefiImportTest : public test::ProjectTest {
protected:
    // A new, empty project in place of the fixture's (for tests that loop over variants).
    void fresh() {
        project.reset();
        for (const char* suffix : {"", "-wal", "-shm"})
            std::filesystem::remove(file.string() + suffix);
        project = Project::create(file, "anouk");
    }
    refi::ImportReport import(const std::string& archive, const std::string& name = "x.qdpx") {
        refi::ImportQdpx command(archive, name);
        project->execute(command);
        return command.report();
    }
    std::vector<std::string> codedTexts() {
        std::vector<std::string> out;
        for (const Coding& c : project->codings())
            out.push_back(c.text);
        return out;
    }
};

TEST_F(RefiImportTest, EveryNamespaceVariantIsRead) {
    // 1.0 is normative; 1:0 (NVivo for Mac), 0:4 (QualCoder's comment), 0:10 (Transana, Annex A
    // Example 3) and none (Taguette) occur in the wild (research note §1.3).
    int n = 0;
    for (const std::string ns : {"urn:QDA-XML:project:1.0", "urn:QDA-XML:project:1:0",
                                 "urn:QDA-XML:project:0:4", "urn:QDA-XML:project:0:10", ""}) {
        fresh();
        const auto report =
            import(test::qdpx({{"project.qde", test::projectQde(ns, "internal://t.txt",
                                                                {{11, 17, {test::kCodeChild}}})},
                               {"sources/t.txt", kText}}));
        EXPECT_EQ(report.codesCreated, 3u) << ns;
        EXPECT_EQ(report.documentsCreated, 1u) << ns;
        ASSERT_EQ(report.codings, 1u) << ns;
        EXPECT_EQ(codedTexts(), std::vector<std::string>{"Leiden"}) << ns;
        EXPECT_EQ(report.nameSpace, ns);
        ++n;
    }
    EXPECT_EQ(n, 5);
}

TEST_F(RefiImportTest, PrefixedElementsAreMatchedByLocalName) {
    std::string xml = test::projectQde("", "internal://t.txt", {{11, 17, {test::kCodeChild}}});
    // Every element under a "q:" prefix bound to the namespace.
    std::string prefixed;
    for (std::size_t i = 0; i < xml.size(); ++i) {
        prefixed += xml[i];
        if (xml[i] == '<' && i + 1 < xml.size() &&
            std::isalpha(static_cast<unsigned char>(xml[i + 1])))
            prefixed += "q:";
        else if (xml[i] == '<' && i + 1 < xml.size() && xml[i + 1] == '/') {
            prefixed += "/q:";
            ++i;
        }
    }
    prefixed.replace(prefixed.find("<q:Project"), 10,
                     "<q:Project xmlns:q=\"urn:QDA-XML:project:1.0\"");
    const auto report = import(test::qdpx({{"project.qde", prefixed}, {"sources/t.txt", kText}}));
    EXPECT_EQ(report.codings, 1u);
}

TEST_F(RefiImportTest, SourcesFolderAndPathVariantsAreFound) {
    struct Case {
        std::string path, entry;
    };
    // NVivo for Windows writes Sources/ (pitfall 2); qc writes bare names (pitfall 18); the spec
    // allows relative:/// paths; some tools keep the file at the root.
    for (const Case& c :
         {Case{"internal://t.txt", "Sources/t.txt"}, Case{"internal://T.TXT", "sources/t.txt"},
          Case{"t.txt", "sources/t.txt"}, Case{"t.txt", "t.txt"},
          Case{"relative:///media/t.txt", "sources/t.txt"}}) {
        fresh();
        const auto report =
            import(test::qdpx({{"project.qde", test::projectQde("urn:QDA-XML:project:1.0", c.path,
                                                                {{11, 17, {test::kCodeChild}}})},
                               {c.entry, kText}}));
        EXPECT_EQ(report.documentsCreated, 1u) << c.path << " in " << c.entry;
        EXPECT_EQ(codedTexts(), std::vector<std::string>{"Leiden"}) << c.path;
    }
}

TEST_F(RefiImportTest, AnySingleQdeAtTheRootIsTheProject) {
    // ATLAS.ti names the XML after the project (pitfall 1).
    const auto report =
        import(test::qdpx({{"Mijn onderzoek.qde",
                            test::projectQde("urn:QDA-XML:project:1.0", "internal://t.txt", {})},
                           {"sources/t.txt", kText}}));
    EXPECT_EQ(report.documentsCreated, 1u);
}

TEST_F(RefiImportTest, GuidsWithBracesAndAnyCaseResolveAndAreKept) {
    std::string xml = test::projectQde("urn:QDA-XML:project:1.0", "internal://t.txt",
                                       {{11, 17, {"{c0de0000-0000-4000-8000-000000000002}"}}}, {},
                                       "{50E00000-0000-4000-8000-000000000001}");
    const auto report = import(test::qdpx({{"project.qde", xml}, {"sources/t.txt", kText}}));
    EXPECT_EQ(report.codings, 1u);
    EXPECT_EQ(project->documents().front().uuid, "50e00000-0000-4000-8000-000000000001");
    EXPECT_EQ(project->codeTree().findByPath("Parent > Child")->uuid,
              "c0de0000-0000-4000-8000-000000000002");
    EXPECT_EQ(project->codings().front().uuid, "c0d10000-0000-4000-8000-000000000010");
}

TEST_F(RefiImportTest, CodesKeepHierarchyColourAndDescription) {
    import(test::qdpx({{"project.qde", test::projectQde("", "internal://t.txt", {})},
                       { "sources/t.txt",
                         kText }}));
    const CodeTree& tree = project->codeTree();
    const Code* parent = tree.findByPath("Parent");
    ASSERT_NE(parent, nullptr);
    EXPECT_EQ(parent->color, "#ff0000"); // #RGB shorthand widened (RGBType allows it)
    EXPECT_EQ(parent->description, "the parent");
    EXPECT_EQ(tree.findByPath("Parent > Child")->color, "#00aa00");
    EXPECT_NE(tree.findByPath("Other"), nullptr);
}

TEST_F(RefiImportTest, ASelectionWithSeveralCodingsGivesSeveralCodings) {
    const auto report = import(test::qdpx(
        {{"project.qde",
          test::projectQde("", "internal://t.txt",
                           {{0, 18, {test::kCodeChild, test::kCodeOther, test::kCodeParent}}})},
         {"sources/t.txt", kText}}));
    EXPECT_EQ(report.codings, 3u);
    for (const Coding& c : project->codings()) {
        EXPECT_EQ(c.text, "Ik woon in Leiden.");
        EXPECT_EQ(c.coder, "sanne"); // the User named by creatingUser
    }
}

TEST_F(RefiImportTest, UsersBecomeCodersAndKeepTheirGuid) {
    import(test::qdpx({{"project.qde", test::projectQde("", "internal://t.txt", {})},
                       { "sources/t.txt",
                         kText }}));
    auto stmt = project->database().prepare("SELECT uuid FROM coders WHERE name = 'sanne'");
    ASSERT_TRUE(stmt.step());
    EXPECT_EQ(stmt.textAt(0), "0b3d1a2e-1111-4a11-8111-000000000001");
}

TEST_F(RefiImportTest, NotesBecomeMemosWhereTheirNoteRefSits) {
    std::string xml = test::projectQde("", "internal://t.txt", {}, R"(
      <Notes>
        <Note guid="AAAA0000-0000-4000-8000-000000000001" name="Plan"><PlainTextContent>Eerst de interviews.</PlainTextContent></Note>
        <Note guid="AAAA0000-0000-4000-8000-000000000002" name="Over de code" plainTextPath="internal://n.txt"/>
      </Notes>)");
    xml.replace(xml.find("<Description>the parent</Description>"), 37,
                "<Description>the parent</Description><NoteRef "
                "targetGUID=\"AAAA0000-0000-4000-8000-000000000002\"/>");
    const auto report = import(test::qdpx(
        {{"project.qde", xml}, {"sources/t.txt", kText}, {"sources/n.txt", "\xEF\xBB\xBFMemo."}}));
    EXPECT_EQ(report.memos, 2u);
    auto stmt = project->database().prepare(
        "SELECT uuid, target_kind, IFNULL(target_uuid, ''), title, text FROM memos ORDER BY id");
    ASSERT_TRUE(stmt.step());
    EXPECT_EQ(stmt.textAt(1), "project");
    EXPECT_EQ(stmt.textAt(4), "Eerst de interviews.");
    ASSERT_TRUE(stmt.step());
    EXPECT_EQ(stmt.textAt(0), "aaaa0000-0000-4000-8000-000000000002");
    EXPECT_EQ(stmt.textAt(1), "code");
    EXPECT_EQ(stmt.textAt(2), "c0de0000-0000-4000-8000-000000000001");
    EXPECT_EQ(stmt.textAt(4), "Memo.");
}

TEST_F(RefiImportTest, CasesAndVariablesBecomeAttributes) {
    std::string xml = test::projectQde("", "internal://t.txt", {}, "");
    // Variables and Cases come before Sources (XSD order); MAXQDA puts values in the source.
    xml.replace(xml.find("<Sources>"), 9,
                R"(<Variables>
        <Variable guid="7A000000-0000-4000-8000-000000000001" name="leeftijd" typeOfVariable="Integer"/>
        <Variable guid="7A000000-0000-4000-8000-000000000002" name="sector" typeOfVariable="Text"/>
      </Variables>
      <Cases><Case guid="CA000000-0000-4000-8000-000000000001" name="R1">
        <VariableValue><VariableRef targetGUID="7A000000-0000-4000-8000-000000000001"/><IntegerValue>34</IntegerValue></VariableValue>
        <SourceRef targetGUID=")" +
                    test::kSourceGuid + R"("/></Case></Cases><Sources>)");
    xml.replace(xml.find("</TextSource>"), 13,
                "<VariableValue><VariableRef targetGUID=\"7A000000-0000-4000-8000-000000000002\"/>"
                "<TextValue>zorg</TextValue></VariableValue></TextSource>");
    const auto report = import(test::qdpx({{"project.qde", xml}, {"sources/t.txt", kText}}));
    EXPECT_EQ(report.attributes, 2u);
    const auto attributes = project->attributes();
    ASSERT_EQ(attributes.size(), 2u);
    bool speaker = false;
    bool document = false;
    for (const CaseAttribute& a : attributes) {
        if (a.kind == "speaker") {
            speaker = a.caseName == "R1" && a.name == "leeftijd" && a.value == "34" &&
                      a.document == "interview";
        } else {
            document = a.caseName == "interview" && a.name == "sector" && a.value == "zorg";
        }
    }
    EXPECT_TRUE(speaker);
    EXPECT_TRUE(document);
}

TEST_F(RefiImportTest, LinksAndSetsAreTakenGraphsAndOtherSourcesAreReportedAsSkipped) {
    std::string xml =
        test::projectQde("", "internal://t.txt", {},
                         R"(
      <Links><Link guid="11110000-0000-4000-8000-000000000001" originGUID=")" +
                             test::kCodeParent + R"(" targetGUID=")" + test::kCodeOther +
                             R"(" direction="OneWay" name="veroorzaakt"/></Links>
      <Sets><Set guid="22220000-0000-4000-8000-000000000001" name="S"><MemberCode targetGUID=")" +
                             test::kCodeOther + R"("/></Set></Sets>)");
    xml.replace(xml.find("</Sources>"), 10,
                "<PictureSource guid=\"33330000-0000-4000-8000-000000000001\" "
                "path=\"internal://p.jpg\"><PictureSelection "
                "guid=\"33330000-0000-4000-8000-000000000002\" firstX=\"1\" firstY=\"1\" "
                "secondX=\"2\" secondY=\"2\"><Coding guid=\"33330000-0000-4000-8000-000000000003\">"
                "<CodeRef targetGUID=\"" +
                    test::kCodeOther +
                    "\"/></Coding></PictureSelection></PictureSource></Sources>");
    const auto report = import(test::qdpx({{"project.qde", xml}, {"sources/t.txt", kText}}));
    EXPECT_EQ(report.relations, 1u); // a relation of a new type "veroorzaakt"
    EXPECT_EQ(report.relationTypesCreated, 1u);
    EXPECT_EQ(report.categoriesFromSets, 1u); // S > Other
    EXPECT_NE(project->codeTree().findByPath("S > Other"), nullptr);
    EXPECT_EQ(report.skipped.at("PictureSource (only text sources are imported)"), 1u);
    EXPECT_EQ(report.skipped.at("coding in a non-text source"), 1u);
}

TEST_F(RefiImportTest, TheWholeImportIsOneUndoStep) {
    import(test::qdpx({{"project.qde", test::projectQde("", "internal://t.txt",
                                                        {{ 11,
                                                           17,
                                                           { test::kCodeChild } }})},
                       { "sources/t.txt",
                         kText }}));
    EXPECT_EQ(count("documents"), 1u);
    EXPECT_EQ(count("codings"), 1u);
    EXPECT_EQ(project->undo(), "import REFI-QDA project 'x.qdpx'");
    EXPECT_EQ(count("documents"), 0u);
    EXPECT_EQ(count("codings"), 0u);
    EXPECT_EQ(count("codes"), 0u);
    project->redo();
    EXPECT_EQ(count("codings"), 1u);
}

TEST_F(RefiImportTest, ATextAlreadyInTheProjectIsReusedNotRefused) {
    // Without a final line end the .txt importer and a REFI source store the same text.
    const std::string text = "Ik woon in Leiden.\nDaar werk ik ook.";
    importText("al-gecodeerd", text);
    const auto report = import(test::qdpx(
        {{"project.qde", test::projectQde("", "internal://t.txt", {{11, 17, {test::kCodeChild}}})},
         {"sources/t.txt", text}}));
    EXPECT_EQ(report.documentsReused, 1u);
    EXPECT_EQ(count("documents"), 1u);
    EXPECT_EQ(project->codings().front().document, "al-gecodeerd");
}

TEST_F(RefiImportTest, SelectionsOutOfRangeOrInvertedAreSkippedAndReported) {
    const auto report =
        import(test::qdpx({{"project.qde", test::projectQde("", "internal://t.txt",
                                                            {{11, 17, {test::kCodeChild}},
                                                             {17, 11, {test::kCodeChild}},
                                                             {30, 9000, {test::kCodeChild}},
                                                             {5, 5, {test::kCodeChild}}})},
                           {"sources/t.txt", kText}}));
    EXPECT_EQ(report.codings, 1u);
    EXPECT_EQ(report.skipped.at("selection out of range or inverted"), 2u);
    EXPECT_EQ(report.skipped.at("empty selection (start = end)"), 1u);
}

TEST_F(RefiImportTest, ReimportingTheSameFileAddsNothingTwice) {
    const std::string archive = test::qdpx(
        {{"project.qde", test::projectQde("", "internal://t.txt", {{11, 17, {test::kCodeChild}}})},
         {"sources/t.txt", kText}});
    import(archive);
    const auto report = import(archive);
    EXPECT_EQ(report.codesMerged, 3u);
    EXPECT_EQ(report.documentsReused, 1u);
    EXPECT_EQ(report.codingsAlreadyPresent, 1u);
    EXPECT_EQ(count("codings"), 1u);
    EXPECT_EQ(count("codes"), 3u);
}

} // namespace
} // namespace codeboom
