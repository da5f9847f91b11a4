#include "codeboom/error.h"

#include "commands.h"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <map>

namespace {

using codeboom::cli::Invocation;

constexpr const char* kUsage = R"(codeboom-cli — Codeboom projects from the command line

Usage: codeboom-cli COMMAND PROJECT ... [--coder NAME] [--json] [--reason TEXT]

Projects and documents
  init PROJECT                                  create a new project file
  import PROJECT FILE|FOLDER... [--attributes CSV] [--speaker-pattern REGEX]
  documents PROJECT                             name, uuid, chars, words, paragraphs, turns, speakers, sha256
  turns PROJECT DOC                             index, speaker, start, end, timestamp
  paragraphs PROJECT DOC                        index, start, end
  text PROJECT DOC [--from N --to N]            the document's text (code point offsets)
  document-remove PROJECT DOC
  attributes PROJECT                            case, kind, document, attribute, value
  attribute-set PROJECT CASE NAME VALUE [--doc DOC] [--kind speaker|document]
  summary PROJECT                               counts of documents, codes, codings, coders
  check PROJECT                                 integrity of the file, texts, codings and the log

Codes
  code-add PROJECT PATH [--color #RRGGBB] [--description TEXT]
  codes PROJECT                                 path, uuid, color, regions, description
  code-rename PROJECT PATH NEWNAME
  code-move PROJECT PATH NEWPARENT|--root [--position N]
  code-merge PROJECT SOURCE TARGET
  code-delete PROJECT PATH                      with its sub-codes and their codings
  code-color PROJECT PATH #RRGGBB
  code-describe PROJECT PATH TEXT

Coding
  code PROJECT DOC FROM TO PATH [--memo TEXT]
  codings PROJECT [--doc DOC] [--code PATH [--rollup]] [--coder NAME]
  uncode PROJECT CODING_UUID

History
  undo PROJECT | redo PROJECT                   the current coder's last command
  log PROJECT                                   every recorded event

DOC is a document name or UUID; PATH a code path such as 'Regulatief > Subsidies' (or a UUID);
offsets count Unicode code points. The coder is --coder, else $CODEBOOM_CODER, else the login name.
Output is TSV with a header row (--json for JSON); errors are one line on stderr, exit status 1
(2 for a usage error).
)";

std::string defaultCoder() {
    if (const char* env = std::getenv("CODEBOOM_CODER"); env && *env)
        return env;
    if (const passwd* user = getpwuid(getuid()); user && user->pw_name)
        return user->pw_name;
    if (const char* env = std::getenv("USER"); env && *env)
        return env;
    return {};
}

} // namespace

int main(int argc, char** argv) {
    using namespace codeboom::cli;
    static const std::map<std::string, int (*)(Invocation&)> kCommands = {
        {"init", cmdInit},
        {"import", cmdImport},
        {"documents", cmdDocuments},
        {"turns", cmdTurns},
        {"paragraphs", cmdParagraphs},
        {"text", cmdText},
        {"document-remove", cmdDocumentRemove},
        {"attributes", cmdAttributes},
        {"attribute-set", cmdAttributeSet},
        {"summary", cmdSummary},
        {"check", cmdCheck},
        {"code-add", cmdCodeAdd},
        {"codes", cmdCodes},
        {"code-rename", cmdCodeRename},
        {"code-move", cmdCodeMove},
        {"code-merge", cmdCodeMerge},
        {"code-delete", cmdCodeDelete},
        {"code-color", cmdCodeColor},
        {"code-describe", cmdCodeDescribe},
        {"code", cmdCode},
        {"codings", cmdCodings},
        {"uncode", cmdUncode},
        {"undo", cmdUndo},
        {"redo", cmdRedo},
        {"log", cmdLog},
    };
    try {
        const Arguments args(argc, argv);
        if (args.flag("version")) {
            std::cout << "codeboom-cli " << CODEBOOM_VERSION << '\n';
            return 0;
        }
        if (args.positional().empty() || args.flag("help") || args.positional()[0] == "help") {
            std::cout << kUsage;
            return args.positional().empty() && !args.flag("help") ? 2 : 0;
        }
        const auto it = kCommands.find(args.positional()[0]);
        if (it == kCommands.end())
            throw UsageError("unknown command '" + args.positional()[0] +
                             "' (see codeboom-cli --help)");
        Invocation inv{args, std::cout, std::cerr, args.option("coder").value_or(defaultCoder()),
                       args.flag("json")};
        return it->second(inv);
    } catch (const UsageError& e) {
        std::cerr << "codeboom-cli: " << e.what() << '\n';
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "codeboom-cli: " << e.what() << '\n';
        return 1;
    }
}
