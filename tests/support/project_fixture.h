#pragma once

#include "codeboom/commands/command.h"
#include "codeboom/project.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>

namespace codeboom::test {

// A folder that is removed with everything in it when the test ends.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }
    // Writes bytes to a file in the folder and returns its path.
    std::filesystem::path write(const std::string& name, const std::string& bytes) const;

private:
    std::filesystem::path path_;
};

// The whole content of a file (empty if it cannot be read).
std::string slurp(const std::filesystem::path& file);

// A fresh project in a temporary folder, coded by "anouk", with helpers that build its content
// from literal transcripts in a line or two of test code.
class ProjectTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    // Imports `text` as a .txt transcript called `name`; returns the document's UUID.
    std::string importText(const std::string& name, const std::string& text);
    std::string addCode(const std::string& path, const std::string& color = {});
    std::string applyCoding(const std::string& document, std::size_t start, std::size_t end,
                            const std::string& code);
    // Closes and opens the project again, as another session would.
    void reopen(const std::string& coder = "anouk");
    std::size_t count(const std::string& table);
    // Runs the command and returns the error message it fails with, or "no error".
    std::string messageOf(Command& command);

    TempDir dir;
    std::filesystem::path file;
    std::unique_ptr<Project> project;
};

} // namespace codeboom::test
