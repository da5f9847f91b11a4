#include "project_fixture.h"

#include "codeboom/commands/code_commands.h"
#include "codeboom/commands/coding_commands.h"
#include "codeboom/commands/document_commands.h"
#include "codeboom/error.h"
#include "codeboom/io/importer.h"

#include <fstream>
#include <random>
#include <sstream>

namespace codeboom::test {

std::string slurp(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

TempDir::TempDir() {
    std::random_device random;
    path_ = std::filesystem::temp_directory_path() /
            ("codeboom-test-" + std::to_string(random()) + std::to_string(random()));
    std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

std::filesystem::path TempDir::write(const std::string& name, const std::string& bytes) const {
    const auto file = path_ / name;
    std::ofstream out(file, std::ios::binary);
    out << bytes;
    return file;
}

void ProjectTest::SetUp() {
    file = dir / "test.codeboom";
    project = Project::create(file, "anouk");
}

void ProjectTest::TearDown() {
    project.reset();
}

std::string ProjectTest::importText(const std::string& name, const std::string& text) {
    const auto path = dir.write(name + ".txt", text);
    ImportDocument command(readTranscript(path, {}, project->wordCounter()));
    project->execute(command);
    return command.createdUuid();
}

std::string ProjectTest::addCode(const std::string& path, const std::string& color) {
    CreateCode command(path, color);
    project->execute(command);
    return command.createdUuid();
}

std::string ProjectTest::applyCoding(const std::string& document, std::size_t start,
                                     std::size_t end, const std::string& code) {
    ApplyCoding command(document, start, end, code);
    project->execute(command);
    return command.createdUuid();
}

void ProjectTest::reopen(const std::string& coder) {
    project.reset();
    project = Project::open(file, coder);
}

std::size_t ProjectTest::count(const std::string& table) {
    auto stmt = project->database().prepare("SELECT COUNT(*) FROM " + table);
    stmt.step();
    return static_cast<std::size_t>(stmt.int64At(0));
}

std::string ProjectTest::messageOf(Command& command) {
    try {
        project->execute(command);
    } catch (const Error& e) {
        return e.what();
    }
    return "no error";
}

} // namespace codeboom::test
