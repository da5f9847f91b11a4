#include "codeboom/commands/code_commands.h"
#include "codeboom/error.h"
#include "codeboom/store/schema.h"

#include "support/project_fixture.h"

#include <gmock/gmock.h>
#include <sqlite3.h>

#include <fstream>

namespace codeboom {
namespace {

using test::TempDir;
using ::testing::HasSubstr;

void sql(const std::filesystem::path& file, const std::string& statements) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(file.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, statements.c_str(), nullptr, nullptr, nullptr), SQLITE_OK)
        << sqlite3_errmsg(db);
    sqlite3_close(db);
}

template <typename E> std::string errorOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const E& e) {
        return e.what();
    } catch (const std::exception& e) {
        return std::string("wrong exception type: ") + e.what();
    }
    return "no exception";
}

// A small finished project on disk (closed, so its WAL is checkpointed into the main file).
std::filesystem::path makeProject(const TempDir& dir) {
    const auto file = dir / "leo.codeboom";
    auto project = Project::create(file, "anouk");
    for (int i = 0; i < 40; ++i) {
        CreateCode code("Code " + std::to_string(i), "", std::string(200, 'x'));
        project->execute(code);
    }
    return file;
}

TEST(ProjectFileTest, NewProjectIsStampedAndVersioned) {
    TempDir dir;
    const auto file = dir / "new.codeboom";
    Project::create(file, "anouk");
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(file.c_str(), &db), SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA application_id", -1, &stmt, nullptr);
    sqlite3_step(stmt);
    EXPECT_EQ(sqlite3_column_int(stmt, 0), 0x43424F4D);
    sqlite3_finalize(stmt);
    sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr);
    sqlite3_step(stmt);
    EXPECT_EQ(sqlite3_column_int(stmt, 0), store::currentSchemaVersion());
    sqlite3_finalize(stmt);
    sqlite3_close(db);
}

TEST(ProjectFileTest, CreateRefusesToOverwrite) {
    TempDir dir;
    const auto file = dir.write("bestaand.codeboom", "iets");
    EXPECT_THAT(errorOf<InvalidArgumentError>([&] { Project::create(file, "anouk"); }),
                HasSubstr("bestaand.codeboom already exists"));
    std::ifstream in(file);
    std::string content;
    in >> content;
    EXPECT_EQ(content, "iets");
}

TEST(ProjectFileTest, MissingFileIsNamed) {
    TempDir dir;
    EXPECT_EQ(errorOf<InvalidArgumentError>([&] { Project::open(dir / "weg.codeboom", "anouk"); }),
              "weg.codeboom: no such project file");
}

TEST(ProjectFileTest, NonSqliteFileIsNotAProject) {
    TempDir dir;
    const auto file = dir.write("notities.codeboom", "Dit is gewoon tekst, geen project.");
    EXPECT_EQ(errorOf<NotAProjectError>([&] { Project::open(file, "anouk"); }),
              "notities.codeboom is not a Codeboom project (it is not an SQLite database)");
    const auto empty = dir.write("leeg.codeboom", "");
    EXPECT_THAT(errorOf<NotAProjectError>([&] { Project::open(empty, "anouk"); }),
                HasSubstr("leeg.codeboom is not a Codeboom project"));
}

TEST(ProjectFileTest, OtherSqliteDatabaseIsNotAProject) {
    TempDir dir;
    const auto file = dir / "adressen.sqlite";
    sql(file, "CREATE TABLE adres (naam TEXT); INSERT INTO adres VALUES ('Leo');");
    EXPECT_EQ(errorOf<NotAProjectError>([&] { Project::open(file, "anouk"); }),
              "adressen.sqlite is an SQLite database but not a Codeboom project");
}

TEST(ProjectFileTest, NewerProjectIsRefusedAndLeftAlone) {
    TempDir dir;
    const auto file = makeProject(dir);
    sql(file, "PRAGMA user_version = " + std::to_string(store::currentSchemaVersion() + 1));
    EXPECT_EQ(errorOf<ProjectTooNewError>([&] { Project::open(file, "anouk"); }),
              "leo.codeboom was saved by a newer Codeboom (project format 5; this version reads up "
              "to 4); update Codeboom to open it");
    EXPECT_THROW(Project::open(file, "anouk", true), ProjectTooNewError);
}

TEST(ProjectFileTest, SecondWriterIsRefusedButMayRead) {
    TempDir dir;
    const auto file = makeProject(dir);
    auto first = Project::open(file, "anouk");
    EXPECT_EQ(errorOf<ProjectLockedError>([&] { Project::open(file, "bram"); }),
              "leo.codeboom is open in another Codeboom window or program; close it there, or open "
              "it read-only");
    auto reader = Project::open(file, "bram", true);
    EXPECT_EQ(reader->codeTree().codes().size(), 40u);
    // A reviewer the file does not know yet has nothing to undo, and is not registered.
    const auto coders = reader->coders().size();
    EXPECT_FALSE(reader->undoLabelText().has_value());
    EXPECT_FALSE(reader->redoLabelText().has_value());
    EXPECT_EQ(reader->coders().size(), coders);
    first.reset();
    EXPECT_NO_THROW(Project::open(file, "bram"));
}

TEST(ProjectFileTest, WriteLockHeldByAnotherProgramIsReported) {
    TempDir dir;
    const auto file = makeProject(dir);
    auto project = Project::open(file, "anouk");
    sqlite3* other = nullptr;
    ASSERT_EQ(sqlite3_open(file.c_str(), &other), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    CreateCode code("Geblokkeerd");
    EXPECT_THAT(errorOf<ProjectLockedError>([&] { project->execute(code); }),
                HasSubstr("leo.codeboom is locked by another program"));
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    EXPECT_EQ(project->codeTree().codes().size(), 40u);
    EXPECT_NO_THROW(project->execute(code));
}

TEST(ProjectFileTest, TruncatedFileIsReportedAsDamaged) {
    TempDir dir;
    const auto file = makeProject(dir);
    std::filesystem::resize_file(file, 4096 * 3 + 100);
    const std::string message = errorOf<ProjectCorruptError>([&] {
        auto project = Project::open(file, "anouk", true);
        project->codeTree();
        project->events();
    });
    EXPECT_THAT(message, HasSubstr("leo.codeboom is damaged"));
}

TEST(ProjectFileTest, DamagedHeaderIsReportedAsDamaged) {
    TempDir dir;
    const auto file = makeProject(dir);
    {
        std::fstream out(file, std::ios::in | std::ios::out | std::ios::binary);
        out.seekp(16);
        const std::string garbage(80, '\x7f');
        out.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
    }
    EXPECT_THAT(errorOf<ProjectCorruptError>([&] { Project::open(file, "anouk"); }),
                HasSubstr("leo.codeboom is damaged"));
}

TEST(ProjectFileTest, ReadOnlyProjectRefusesChanges) {
    TempDir dir;
    const auto file = makeProject(dir);
    auto project = Project::open(file, "anouk", true);
    CreateCode code("Nieuw");
    EXPECT_EQ(errorOf<Error>([&] { project->execute(code); }),
              "leo.codeboom is open read-only; nothing can be changed");
    EXPECT_EQ(project->codeTree().codes().size(), 40u);
}

TEST(SchemaTest, MigrationRunsEachStepOnceAndStampsTheVersion) {
    TempDir dir;
    store::Database db(dir / "raw.db", store::OpenMode::Create);
    EXPECT_EQ(store::migrate(db), store::currentSchemaVersion());
    EXPECT_EQ(store::migrate(db), 0);
    auto stmt = db.prepare("PRAGMA user_version");
    stmt.step();
    EXPECT_EQ(stmt.intAt(0), store::currentSchemaVersion());
}

TEST(SchemaTest, VersionThreeFileGainsMergedCodesWithItsDataIntact) {
    TempDir dir;
    const auto file = dir / "drie.codeboom";
    std::string drempels;
    {
        auto project = Project::create(file, "anouk");
        for (const char* path : {"Drempels", "Drempels > Geld", "Barrieres"}) {
            CreateCode code(path, "", "beschrijving van " + std::string(path));
            project->execute(code);
        }
        drempels = project->codeTree().resolve("Drempels").uuid;
    }
    // What Codeboom wrote before merged codes were kept: version 3, without the table.
    sql(file, "DROP TABLE merged_codes; PRAGMA user_version = 3;");
    EXPECT_THROW(Project::open(file, "anouk", true), Error); // read-only cannot migrate
    auto project = Project::open(file, "anouk");
    auto version = project->database().prepare("PRAGMA user_version");
    version.step();
    EXPECT_EQ(version.intAt(0), 4);
    version.reset();
    std::vector<std::string> codes;
    for (const Code& code : project->codeTree().codes())
        codes.push_back(code.path + ": " + code.description);
    EXPECT_EQ(codes, (std::vector<std::string>{"Drempels: beschrijving van Drempels",
                                               "Drempels > Geld: beschrijving van Drempels > Geld",
                                               "Barrieres: beschrijving van Barrieres"}));
    EXPECT_EQ(project->codeTree().resolve("Drempels").uuid, drempels);
    EXPECT_EQ(project->events().size(), 3u);
    // The undo history from before the migration still works, and merging keeps its record.
    MergeCodes merge("Barrieres", "Drempels");
    project->execute(merge);
    auto merged = project->database().prepare("SELECT path, merged_into FROM merged_codes");
    ASSERT_TRUE(merged.step());
    EXPECT_EQ(merged.textAt(0), "Barrieres");
    EXPECT_EQ(merged.textAt(1), drempels);
    merged.reset();
    project->undo();
    project->undo();
    EXPECT_EQ(project->codeTree().codes().size(), 2u);
}

TEST(SchemaTest, FailedMigrationStepLeavesTheFileAsItWas) {
    TempDir dir;
    store::Database db(dir / "raw.db", store::OpenMode::Create);
    // A table in the way makes step 1 fail half-way; DDL is transactional in SQLite, so none of
    // the step's tables may remain and the version must stay 0.
    db.exec("CREATE TABLE codings (x)");
    EXPECT_THROW(store::migrate(db), Error);
    auto version = db.prepare("PRAGMA user_version");
    version.step();
    EXPECT_EQ(version.intAt(0), 0);
    auto tables = db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'");
    tables.step();
    EXPECT_EQ(tables.intAt(0), 1);
}

} // namespace
} // namespace codeboom
