#pragma once

#include "codeboom/analysis/matrix.h"
#include "codeboom/project.h"

#include "arguments.h"

#include <iosfwd>
#include <memory>
#include <string>
#include <utility>

namespace codeboom::cli {

// One run of codeboom-cli: the parsed line, where output goes, and who is coding.
struct Invocation {
    const Arguments& args;
    std::ostream& out;
    std::ostream& err;
    std::string coder;
    bool json = false;
};

std::unique_ptr<Project> openForReading(const Invocation& inv);
std::unique_ptr<Project> openForWriting(const Invocation& inv);
// --lang nl|en, else `fallback`.
Language languageOf(const Arguments& args, Language fallback);
// Runs a core command with the --reason given, if any.
void execute(Project& project, Command& command, const Invocation& inv);

// The common case of a subcommand: open the project for writing and run one command built from
// the arguments; nothing is printed.
template <typename C, typename... Args> int runCommand(const Invocation& inv, Args&&... args) {
    auto project = openForWriting(inv);
    C command(std::forward<Args>(args)...);
    execute(*project, command, inv);
    return 0;
}

int cmdInit(Invocation& inv);
int cmdImport(Invocation& inv);
int cmdDocuments(Invocation& inv);
int cmdTurns(Invocation& inv);
int cmdParagraphs(Invocation& inv);
int cmdText(Invocation& inv);
int cmdDocumentRemove(Invocation& inv);
int cmdAttributes(Invocation& inv);
int cmdAttributeSet(Invocation& inv);
int cmdSummary(Invocation& inv);
int cmdCheck(Invocation& inv);

int cmdCodeAdd(Invocation& inv);
int cmdCodes(Invocation& inv);
int cmdCodeRename(Invocation& inv);
int cmdCodeMove(Invocation& inv);
int cmdCodeMerge(Invocation& inv);
int cmdCodeDelete(Invocation& inv);
int cmdCodeColor(Invocation& inv);
int cmdCodeDescribe(Invocation& inv);

int cmdCode(Invocation& inv);
int cmdCodings(Invocation& inv);
int cmdUncode(Invocation& inv);

int cmdUndo(Invocation& inv);
int cmdRedo(Invocation& inv);
int cmdLog(Invocation& inv);

} // namespace codeboom::cli
