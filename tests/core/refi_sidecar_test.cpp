#include "codeboom/error.h"
#include "codeboom/refi/qdpx_import.h"
#include "codeboom/refi/sidecar.h"

#include "core/refi_fixtures.h"
#include "support/project_fixture.h"

#include <gmock/gmock.h>

namespace codeboom {
namespace {

using ::testing::HasSubstr;

const std::string kText = "Ik woon in Leiden.\n";
const std::string kParent = "c0de0000-0000-4000-8000-000000000001"; // test::kCodeParent

// codeboom.json beside a .qde: read when present, refused with the field named when malformed.
class RefiSidecarTest : public test::ProjectTest {
protected:
    static std::string archive(const std::string& sidecar) {
        return test::qdpx({{"project.qde", test::projectQde("", "internal://t.txt",
                                                            {{11, 17, {test::kCodeChild}}})},
                           {"sources/t.txt", kText},
                           {"codeboom.json", sidecar}});
    }
    // The error a sidecar gives; the project must be left as it was.
    std::string refusal(const std::string& sidecar) {
        const std::size_t events = count("events");
        std::string message = "no error";
        try {
            refi::ImportQdpx command(archive(sidecar), "fixture.qdpx");
            project->execute(command);
        } catch (const ImportError& e) {
            message = e.what();
        }
        EXPECT_EQ(count("events"), events);
        EXPECT_EQ(count("codes"), 0u);
        EXPECT_EQ(count("documents"), 0u);
        return message;
    }
    std::string column(const std::string& sql) {
        auto stmt = project->database().prepare(sql);
        return stmt.step() ? stmt.textAt(0) : "(no row)";
    }
};

TEST_F(RefiSidecarTest, FieldsApplyToTheCodesAndDocumentsTheImportCreates) {
    refi::ImportQdpx command(
        archive(R"({"version": 1,
          "codes": {")" +
                test::kCodeParent + R"(": {"phase": "axial", "status": "defined",
            "isCore": true, "inclusion": "waar men woont", "labelEn": "Parent code"},
            "99999999-0000-4000-8000-000000000000": {"phase": "selective"}},
          "documents": {")" +
                test::kSourceGuid + R"(": {"originalName": "interview.docx", "format": "docx"}}})"),
        "fixture.qdpx");
    project->execute(command);
    EXPECT_EQ(column("SELECT phase || '|' || status || '|' || is_core || '|' || inclusion || '|' "
                     "|| label_en FROM codes WHERE uuid = '" +
                     kParent + "'"),
              "axial|defined|1|waar men woont|Parent code");
    // A GUID the file does not have is ignored; the other codes keep the defaults.
    EXPECT_EQ(column("SELECT COUNT(*) FROM codes WHERE phase = 'open' AND is_core = 0"), "2");
    EXPECT_EQ(column("SELECT original_name || '|' || format FROM documents"),
              "interview.docx|docx");
    EXPECT_EQ(command.report().sidecarFields, 2u);
}

TEST_F(RefiSidecarTest, ExistingCodesKeepTheirOwnFields) {
    refi::ImportQdpx first(archive(R"({"version": 1})"), "fixture.qdpx");
    project->execute(first);
    refi::ImportQdpx second(archive(R"({"version": 1, "codes": {")" + test::kCodeParent +
                                    R"(": {"phase": "selective"}}})"),
                            "fixture.qdpx");
    project->execute(second);
    EXPECT_EQ(column("SELECT phase FROM codes WHERE uuid = '" + kParent + "'"), "open");
    EXPECT_EQ(second.report().sidecarFields, 0u);
}

TEST_F(RefiSidecarTest, MalformedSidecarIsRefusedNamingFileEntryAndField) {
    EXPECT_THAT(refusal("{\"version\": 1, \"codes\": "),
                HasSubstr("fixture.qdpx: codeboom.json: not valid JSON ("));
    EXPECT_EQ(refusal(R"({"version": 1, "codes": {")" + test::kCodeParent +
                      R"(": {"phase": "closed"}}})"),
              "fixture.qdpx: codeboom.json: codes." + kParent +
                  ".phase: 'closed' is not one of open, axial, selective");
    EXPECT_EQ(refusal(R"({"version": 1, "relations": {"x": {}}})"),
              "fixture.qdpx: codeboom.json: relations.x: 'x' is not a GUID");
    EXPECT_EQ(
        refusal(R"({"version": 1, "codes": {")" + test::kCodeParent + R"(": {"isCore": "yes"}}})"),
        "fixture.qdpx: codeboom.json: codes." + kParent + ".isCore: must be true or false");
    EXPECT_EQ(refusal(R"({"codes": {}})"),
              "fixture.qdpx: codeboom.json: version: missing or not a whole number");
    EXPECT_EQ(refusal(R"({"version": 2})"),
              "fixture.qdpx: codeboom.json: version: 2: written by a newer Codeboom (this one "
              "reads version 1); update Codeboom to import it");
}

} // namespace
} // namespace codeboom
