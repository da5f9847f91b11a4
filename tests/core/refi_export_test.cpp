#include "codeboom/commands/attribute_commands.h"
#include "codeboom/commands/code_commands.h"
#include "codeboom/commands/code_phase_commands.h"
#include "codeboom/commands/codebook_commands.h"
#include "codeboom/commands/coding_commands.h"
#include "codeboom/commands/core_category_commands.h"
#include "codeboom/commands/relation_commands.h"
#include "codeboom/error.h"
#include "codeboom/model/relations.h"
#include "codeboom/refi/qdc.h"
#include "codeboom/refi/qdpx_archive.h"
#include "codeboom/refi/qdpx_export.h"
#include "codeboom/refi/qdpx_import.h"
#include "codeboom/refi/sidecar.h"

#include "core/refi_fixtures.h"
#include "support/project_fixture.h"

#include <gmock/gmock.h>
#include <unistd.h>

#include <fstream>
#include <regex>
#include <sstream>

namespace codeboom {
namespace {

using test::slurp;

using ::testing::HasSubstr;
using ::testing::Not;

// Dates are the one thing a round trip may change (imported_at is the time of import).
std::string withoutDates(const std::string& xml) {
    static const std::regex date("(creationDateTime|modifiedDateTime)=\"[^\"]*\"");
    return std::regex_replace(xml, date, "$1=\"\"");
}

// The rows `sql` selects, each as its columns joined by '|', for comparing two projects.
std::vector<std::string> rowsOf(Project& project, const std::string& sql) {
    std::vector<std::string> out;
    auto stmt = project.database().prepare(sql);
    while (stmt.step()) {
        std::string row;
        for (int i = 0; i < stmt.columnCount(); ++i)
            row += (i ? "|" : "") + (stmt.isNull(i) ? std::string("NULL") : stmt.textAt(i));
        out.push_back(row);
    }
    return out;
}

// Codeboom's own columns that REFI-QDA has no place for and codeboom.json carries.
const char* const kCodeColumns =
    "SELECT c.uuid, c.phase, c.status, c.is_core, c.description, c.inclusion, c.exclusion, "
    "c.anchor_coding, c.label_nl, c.label_en, IFNULL(m.uuid, '') FROM codes c "
    "LEFT JOIN codes m ON m.id = c.merged_into ORDER BY c.uuid";
const char* const kDocumentColumns = "SELECT uuid, name, original_name, original_sha256, format, "
                                     "encoding FROM documents ORDER BY uuid";
const char* const kMemoColumns = "SELECT uuid, kind, target_kind, IFNULL(target_uuid, ''), "
                                 "title, text FROM memos ORDER BY uuid";
const char* const kTypeColumns =
    "SELECT uuid, label_nl, label_en, directed, builtin, paradigm_slot FROM relation_types "
    "ORDER BY uuid";
const char* const kRelationColumns =
    "SELECT r.uuid, t.uuid, f.uuid, o.uuid, r.memo, k.uuid, k.name, r.created_at "
    "FROM relations r JOIN relation_types t ON t.id = r.type_id JOIN codes f ON "
    "f.id = r.from_code JOIN codes o ON o.id = r.to_code JOIN coders k ON k.id = r.coder_id "
    "ORDER BY r.uuid";

// xmllint --schema, when xmllint and ../shared/interop/schemas are there; "" when valid.
std::optional<std::string> schemaErrors(const std::string& xml, const std::string& schema,
                                        const std::filesystem::path& scratch) {
    const auto xsd = test::interopDir() / "schemas" / schema;
    if (!std::filesystem::exists(xsd) || std::system("command -v xmllint >/dev/null 2>&1") != 0)
        return std::nullopt;
    const auto file = scratch / "validate.xml";
    std::ofstream(file, std::ios::binary) << xml;
    const auto log = scratch / "xmllint.log";
    const std::string command = "xmllint --noout --schema '" + xsd.string() + "' '" +
                                file.string() + "' >'" + log.string() + "' 2>&1";
    return std::system(command.c_str()) == 0 ? std::string() : slurp(log);
}

class RefiExportTest : public test::ProjectTest {
protected:
    // Two documents, nested codes, two codes on one span (one PlainTextSelection, two Codings), a
    // coding memo, speaker and document attributes, notes imported from a REFI file, and two
    // relations: a built-in directed type with a memo, and a symmetric type of the user's.
    void buildProject() {
        const std::string doc = importText("interview-1", "Interviewer: Hoe kwam u bij Leo?\n"
                                                          "R1: Via de gemeente, eh, via een "
                                                          "folder.\n");
        importText("interview-2", "R2: Het was \xC3\xA9\xC3\xA9n grote zoektocht.\n");
        addCode("Regulatief", "#2f6db5");
        addCode("Regulatief > Financi\xC3\xABle drempel");
        addCode("Normatief");
        DescribeCode describe("Normatief", "wat hoort");
        project->execute(describe);
        applyCoding(doc, 37, 45, "Regulatief > Financi\xC3\xABle drempel");
        applyCoding(doc, 37, 45, "Normatief");
        ApplyCoding memo("interview-2", 4, 11, "Regulatief", "twijfel");
        project->execute(memo);
        SetAttribute age({"speaker", "R1", "interview-1"}, "leeftijd", "34");
        project->execute(age);
        SetAttribute sector({"document", "interview-2", ""}, "sector", "zorg");
        project->execute(sector);
        const std::string notes = test::qdpx(
            {{"project.qde",
              "<Project name=\"n\"><Notes><Note guid=\"AAAA0000-0000-4000-8000-000000000001\" "
              "name=\"Plan\"><PlainTextContent>Eerst de interviews.</PlainTextContent></Note>"
              "</Notes><NoteRef targetGUID=\"AAAA0000-0000-4000-8000-000000000001\"/></Project>"}});
        refi::ImportQdpx importNotes(notes, "notes.qdpx");
        project->execute(importNotes);
        AddRelation causes("Regulatief > Financi\xC3\xABle drempel", "causes", "Normatief", {},
                           "drempel botst met wat hoort");
        project->execute(causes);
        AddRelationType clashes("schuurt met", "clashes with", false);
        project->execute(clashes);
        AddRelation clash("Normatief", "clashes with", "Regulatief");
        project->execute(clash);
    }
};

TEST_F(RefiExportTest, ProjectXmlIsStrict) {
    buildProject();
    refi::ExportSummary summary;
    const std::string xml = refi::projectXml(*project, &summary);
    EXPECT_THAT(xml, HasSubstr("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"test\""));
    EXPECT_FALSE(xml.starts_with("\xEF\xBB\xBF"));
    EXPECT_EQ(xml.find('\r'), std::string::npos);
    for (const char* empty : {"<Users />", "<Codes />", "<Sources />", "<Notes />", "<Cases />",
                              "<Variables />", "<Links />", "<Sets"})
        EXPECT_THAT(xml, Not(HasSubstr(empty)));
    // XSD order of the Project's children.
    std::size_t last = 0;
    for (const char* element : {"<Users>", "<CodeBook>", "<Variables>", "<Cases>", "<Sources>",
                                "<Notes>", "<Links>", "</Links>\n  <NoteRef"}) {
        const std::size_t at = xml.find(element);
        ASSERT_NE(at, std::string::npos) << element;
        EXPECT_GT(at, last) << element;
        last = at;
    }
    EXPECT_EQ(summary.selections, 2u);
    EXPECT_EQ(summary.codings, 3u);
    EXPECT_EQ(summary.codes, 3u);
    EXPECT_EQ(summary.notes, 2u); // the project's note and the relation's memo
    EXPECT_EQ(summary.cases, 1u);
    EXPECT_EQ(summary.links, 2u);
    const Relation causes = relations(*project)[0];
    EXPECT_THAT(
        xml,
        HasSubstr("<Link guid=\"" + causes.uuid +
                  "\" name=\"causes\" direction=\"OneWay\" originGUID=\"" +
                  project->codeTree().findByPath("Regulatief > Financi\xC3\xABle drempel")->uuid +
                  "\" targetGUID=\"" + project->codeTree().findByPath("Normatief")->uuid + "\">"));
    EXPECT_THAT(xml, HasSubstr("<PlainTextContent>drempel botst met wat hoort</PlainTextContent>"));
    EXPECT_THAT(xml, HasSubstr("name=\"clashes with\" direction=\"Associative\""));
}

TEST_F(RefiExportTest, ExportValidatesAgainstProjectXsd) {
    buildProject();
    const auto errors = schemaErrors(refi::projectXml(*project), "Project.xsd", dir.path());
    if (!errors)
        GTEST_SKIP() << "xmllint or ../shared/interop/schemas not available";
    EXPECT_EQ(*errors, "");
}

TEST_F(RefiExportTest, CodebookValidatesAgainstCodebookXsd) {
    buildProject();
    const auto errors = schemaErrors(refi::codebookXml(*project), "Codebook.xsd", dir.path());
    if (!errors)
        GTEST_SKIP() << "xmllint or ../shared/interop/schemas not available";
    EXPECT_EQ(*errors, "");
}

TEST_F(RefiExportTest, ArchiveHoldsProjectQdeAndLowercaseSourcesWithoutBom) {
    buildProject();
    const auto out = dir / "out.qdpx";
    refi::exportQdpx(*project, out);
    refi::QdpxArchive archive(out);
    EXPECT_EQ(archive.qdeEntry(), "project.qde");
    for (const Document& doc : project->documents()) {
        const auto entry = archive.findSource("internal://" + doc.uuid + ".txt");
        ASSERT_TRUE(entry);
        EXPECT_EQ(*entry, "sources/" + doc.uuid + ".txt");
        EXPECT_EQ(archive.read(*entry), project->text(doc.id).text);
    }
}

TEST_F(RefiExportTest, TruncatedExportIsReportedAsDamagedNotAsNoZip) {
    buildProject();
    const auto out = dir / "out.qdpx";
    refi::exportQdpx(*project, out);
    // The first half: the local headers are there, the central directory at the end is not.
    const std::string whole = slurp(out);
    const auto cut = dir / "cut.qdpx";
    std::ofstream(cut, std::ios::binary) << whole.substr(0, whole.size() / 2);
    const std::string expected =
        "cut.qdpx: it is damaged or truncated (it starts like a zip archive, but its table of "
        "contents at the end is missing; copy or download the file again)";
    try {
        refi::ImportQdpx fromFile(cut);
        ADD_FAILURE() << "a truncated file was opened";
    } catch (const ImportError& e) {
        EXPECT_EQ(std::string(e.what()), expected);
    }
    try {
        refi::ImportQdpx fromBytes(whole.substr(0, whole.size() / 2), "cut.qdpx");
        ADD_FAILURE() << "truncated bytes were opened";
    } catch (const ImportError& e) {
        EXPECT_EQ(std::string(e.what()), expected);
    }
}

TEST_F(RefiExportTest, RoundTripGivesTheSameXmlApartFromDates) {
    buildProject();
    const std::string before = refi::projectXml(*project);
    const auto archive = dir / "round.qdpx";
    refi::exportQdpx(*project, archive);

    test::TempDir other;
    auto copy = Project::create(other / "test.codeboom", "anouk");
    refi::ImportQdpx command(archive);
    copy->execute(command);
    EXPECT_EQ(command.report().codings, 3u);
    EXPECT_EQ(command.report().relations, 2u);
    EXPECT_EQ(command.report().skipped.size(), 0u);
    EXPECT_EQ(withoutDates(refi::projectXml(*copy)), withoutDates(before));
    EXPECT_EQ(copy->codings().size(), project->codings().size());
    EXPECT_EQ(copy->attributes().size(), project->attributes().size());
    const auto original = relations(*project);
    const auto imported = relations(*copy);
    ASSERT_EQ(imported.size(), 2u);
    for (std::size_t i = 0; i < 2; ++i) {
        EXPECT_EQ(imported[i].uuid, original[i].uuid);
        EXPECT_EQ(imported[i].fromPath, original[i].fromPath);
        EXPECT_EQ(imported[i].toPath, original[i].toPath);
        EXPECT_EQ(imported[i].type.labelEn, original[i].type.labelEn);
        EXPECT_EQ(imported[i].type.directed, original[i].type.directed);
        EXPECT_EQ(imported[i].memo, original[i].memo);
    }
}

// What REFI-QDA has no place for travels in codeboom.json beside project.qde (whose XML stays
// the same) and comes back on import into a new project, even when another coder imports it.
TEST_F(RefiExportTest, CodeboomFieldsSurviveTheRoundTripInTheSidecar) {
    buildProject();
    const std::string anchor =
        rowsOf(*project, "SELECT c.uuid FROM codings c JOIN codes k ON k.id = c.code_id "
                         "WHERE k.name = 'Normatief'")
            .at(0);
    SetCodePhase axial("Regulatief", "axial");
    project->execute(axial);
    SetCodePhase selective("Normatief", "selective");
    project->execute(selective);
    SetCodeStatus defined("Normatief", "defined");
    project->execute(defined);
    CodeFieldValues values;
    values.inclusion = "wat men hoort te doen";
    values.exclusion = "regels: Regulatief";
    values.anchor = anchor;
    values.labelNl = "Normatieve druk";
    values.labelEn = "Normative pressure";
    SetCodeFields fields("Normatief", values);
    project->execute(fields);
    SetCoreCategory core("Normatief");
    project->execute(core);
    WriteStoryLine story("Wat hoort weegt zwaarder dan wat mag.");
    project->execute(story);
    AddRelationType strategy("is strategie voor", "is strategy for", true, "strategies");
    project->execute(strategy);
    reopen("bram"); // a relation without a memo: no Note names its coder
    AddRelation byBram("Regulatief", "is strategy for", "Normatief");
    project->execute(byBram);

    const std::string before = refi::projectXml(*project);
    const auto archive = dir / "round.qdpx";
    refi::exportQdpx(*project, archive);
    EXPECT_THAT(test::zipEntry(archive, refi::kSidecarEntry), HasSubstr("\"version\": 1"));

    test::TempDir other;
    auto copy = Project::create(other / "test.codeboom", "tester");
    refi::ImportQdpx command(archive);
    copy->execute(command);
    EXPECT_EQ(withoutDates(refi::projectXml(*copy)), withoutDates(before));
    // Both of the user's relation types ("clashes with", "is strategy for") are new here.
    EXPECT_EQ(command.report().relationTypesCreated, 2u);
    // 3 codes, 2 documents, the story line, 2 relation types and 3 relations.
    EXPECT_EQ(command.report().sidecarFields, 11u);

    EXPECT_EQ(rowsOf(*copy, "SELECT name, phase, status, is_core, inclusion, exclusion, "
                            "anchor_coding, label_nl, label_en FROM codes ORDER BY name"),
              (std::vector<std::string>{
                  "Financi\xC3\xABle drempel|open|provisional|0|||||",
                  "Normatief|selective|defined|1|wat men hoort te doen|regels: Regulatief|" +
                      anchor + "|Normatieve druk|Normative pressure",
                  "Regulatief|axial|provisional|0|||||"}));
    EXPECT_EQ(
        rowsOf(*copy, "SELECT name, original_name FROM documents ORDER BY name"),
        (std::vector<std::string>{"interview-1|interview-1.txt", "interview-2|interview-2.txt"}));
    EXPECT_EQ(rowsOf(*copy, "SELECT m.kind, k.name, m.text FROM memos m JOIN codes k ON "
                            "k.uuid = m.target_uuid WHERE m.kind = 'storyline'"),
              (std::vector<std::string>{"storyline|Normatief|Wat hoort weegt zwaarder dan wat "
                                        "mag."}));
    EXPECT_EQ(rowsOf(*copy, "SELECT label_nl, label_en, directed, paradigm_slot FROM "
                            "relation_types WHERE builtin = 0 ORDER BY label_en"),
              (std::vector<std::string>{"schuurt met|clashes with|0|NULL",
                                        "is strategie voor|is strategy for|1|strategies"}));
    EXPECT_EQ(
        rowsOf(*copy, "SELECT t.label_en, k.name FROM relations r JOIN relation_types t "
                      "ON t.id = r.type_id JOIN coders k ON k.id = r.coder_id "
                      "ORDER BY t.label_en"),
        (std::vector<std::string>{"causes|anouk", "clashes with|anouk", "is strategy for|bram"}));
    // And every such column as the original has it.
    for (const char* columns :
         {kCodeColumns, kDocumentColumns, kMemoColumns, kTypeColumns, kRelationColumns})
        EXPECT_EQ(rowsOf(*copy, columns), rowsOf(*project, columns)) << columns;
}

TEST_F(RefiExportTest, CodebookRoundTripKeepsGuidsAndMergesByGuidThenPath) {
    buildProject();
    const auto qdc = dir / "codes.qdc";
    EXPECT_EQ(refi::exportQdc(*project, qdc), 3u);

    test::TempDir other;
    auto target = Project::create(other / "target.codeboom", "anouk");
    CreateCode existing("normatief"); // same path, other case: merged, not duplicated
    target->execute(existing);
    refi::ImportQdc command(qdc);
    target->execute(command);
    EXPECT_EQ(command.report().codesCreated, 2u);
    EXPECT_EQ(command.report().codesMerged, 1u);
    EXPECT_EQ(target->codeTree().findByPath("Regulatief > Financi\xC3\xABle drempel")->uuid,
              project->codeTree().findByPath("Regulatief > Financi\xC3\xABle drempel")->uuid);
    refi::ImportQdc again(qdc); // now every GUID is known
    target->execute(again);
    EXPECT_EQ(again.report().codesMerged, 3u);
    EXPECT_EQ(target->codeTree().codes().size(), 3u);
}

TEST_F(RefiExportTest, CodebookImportToleratesVariantsAndRefusesDoctype) {
    const std::string qdc =
        "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"utf-8\"?>"
        "<CodeBook xmlns=\"urn:QDA-XML:codebook:1:0\"><Codes>"
        "<Code guid=\"{ABCDEF00-0000-4000-8000-000000000001}\" name=\"Topics\" "
        "isCodable=\"false\"><Code guid=\"abcdef00-0000-4000-8000-000000000002\" "
        "name=\"Werk\" isCodable=\"true\" color=\"#ABC\"/></Code></Codes>"
        "<Sets><Set guid=\"abcdef00-0000-4000-8000-000000000009\" name=\"s\"/>"
        "</Sets></CodeBook>";
    refi::ImportQdc command(qdc, "taguette.qdc");
    project->execute(command);
    EXPECT_EQ(project->codeTree().findByPath("Topics > Werk")->color, "#aabbcc");
    EXPECT_EQ(command.report().skipped.at("Set without members"), 1u);
    EXPECT_THROW(refi::ImportQdc("<!DOCTYPE x [<!ENTITY e \"e\">]><CodeBook/>", "bad.qdc"),
                 ImportError);
}

// The sample project (build/samples/leo.codeboom, built beside the test programs) survives
// export and re-import with every code, coding, memo, relation and attribute.
TEST(RefiSampleTest, SampleProjectSurvivesTheRoundTrip) {
    std::error_code error;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", error);
    const auto sample = exe.parent_path().parent_path() / "samples" / "leo.codeboom";
    if (error || !std::filesystem::exists(sample))
        GTEST_SKIP() << "sample project not built";
    test::TempDir dir;
    std::filesystem::create_directories(dir / "a");
    std::filesystem::create_directories(dir / "b");
    std::filesystem::copy_file(sample, dir / "a" / "leo.codeboom");
    auto original = Project::open(dir / "a" / "leo.codeboom", "anouk", true);
    const std::string before = refi::projectXml(*original);
    refi::exportQdpx(*original, dir / "leo.qdpx");

    // Imported by someone else than the sample's coders, so that no coder is right by chance.
    auto copy = Project::create(dir / "b" / "leo.codeboom", "tester");
    refi::ImportQdpx command(dir / "leo.qdpx");
    copy->execute(command);
    EXPECT_EQ(withoutDates(refi::projectXml(*copy)), withoutDates(before));
    // Codeboom's own columns, through codeboom.json.
    for (const char* columns :
         {kCodeColumns, kDocumentColumns, kMemoColumns, kTypeColumns, kRelationColumns})
        EXPECT_EQ(rowsOf(*copy, columns), rowsOf(*original, columns)) << columns;
    // The sample's selective layer (samples/build_sample.py, add_axial_layer), value by value.
    EXPECT_EQ(rowsOf(*copy, "SELECT name FROM codes WHERE is_core = 1"),
              std::vector<std::string>{"Employability"});
    EXPECT_EQ(rowsOf(*copy, "SELECT name FROM codes WHERE phase = 'axial' ORDER BY name"),
              (std::vector<std::string>{"Cultureel-cognitief", "Normatief", "Regulatief",
                                        "Samenwerking", "Werkwijze Leo"}));
    EXPECT_EQ(rowsOf(*copy, "SELECT k.name FROM memos m JOIN codes k ON k.uuid = m.target_uuid "
                            "WHERE m.kind = 'storyline'"),
              std::vector<std::string>{"Employability"});
    EXPECT_EQ(rowsOf(*copy, "SELECT label_nl, label_en, directed, paradigm_slot FROM "
                            "relation_types WHERE builtin = 0"),
              std::vector<std::string>{"is strategie voor|is strategy for|1|strategies"});
    EXPECT_EQ(rowsOf(*copy, "SELECT DISTINCT k.name FROM relations r JOIN coders k ON "
                            "k.id = r.coder_id"),
              std::vector<std::string>{"anouk"});
    EXPECT_EQ(rowsOf(*copy, "SELECT original_name FROM documents ORDER BY original_name"),
              (std::vector<std::string>{"focusgroep-leo.docx", "interview-loopbaanadviseur.odt",
                                        "interview-werkgever.txt"}));
    EXPECT_EQ(copy->codeTree().codes().size(), original->codeTree().codes().size());
    EXPECT_EQ(copy->codings().size(), original->codings().size());
    EXPECT_EQ(copy->attributes().size(), original->attributes().size());
    auto memos = [](Project& p) {
        auto stmt = p.database().prepare("SELECT COUNT(*) FROM memos");
        stmt.step();
        return stmt.int64At(0);
    };
    EXPECT_EQ(memos(*copy), memos(*original));
    const auto links = [](Project& p) {
        std::vector<std::string> out;
        for (const Relation& r : relations(p))
            out.push_back(r.fromPath + " " + r.type.labelEn + " " + r.toPath + " (" +
                          std::to_string(r.evidence.size()) + " evidence) " + r.memo);
        return out;
    };
    ASSERT_GE(relations(*original).size(), 12u);
    EXPECT_EQ(links(*copy), links(*original));
}

} // namespace
} // namespace codeboom
