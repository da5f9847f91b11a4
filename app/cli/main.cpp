#include "codeboom/error.h"

#include "audit_commands.h"
#include "codebook_commands.h"
#include "commands.h"
#include "matrix_commands.h"
#include "memo_commands.h"
#include "refi_commands.h"
#include "relation_commands.h"
#include "team_commands.h"

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
  codes PROJECT                                 path, uuid, color, regions, description, depth,
                                                inclusion, exclusion, anchor, label_nl, label_en
  codes PROJECT --merged                        path, status, merged_into, when, coder, reason,
                                                uuid: the codes merged into others (code-merge)
  code-rename PROJECT PATH NEWNAME
  code-move PROJECT PATH NEWPARENT|--root [--position N]
  code-merge PROJECT SOURCE TARGET              SOURCE's codings go to TARGET; SOURCE is kept
                                                as a merged code (codes --merged)
  code-delete PROJECT PATH                      with its sub-codes and their codings
  code-color PROJECT PATH #RRGGBB
  code-describe PROJECT PATH TEXT

Codebooks (--lang nl|en, default nl: the language of definitions, headings and titles)
  code-fields PROJECT PATH [--definition T] [--inclusion T] [--exclusion T] [--anchor CODING_UUID]
              [--label-nl T] [--label-en T]       the codebook fields of a code (empty T clears)
  template-apply PROJECT NAME|--list [--lang nl|en]
                                                a theory's code tree: scott, emerson, employability,
                                                provan-kenis; merges with codes of the same path
  codebook-export PROJECT FILE.html|FILE.md|FILE.csv [--lang nl|en]
                                                the codebook as an appendix, or as a table
  codebook-import PROJECT FILE.csv              codes by uuid, then path; creates what is missing

Coding
  code PROJECT DOC FROM TO PATH [--memo TEXT]
  codings PROJECT [--doc DOC] [--code PATH [--rollup]] [--coder NAME]
  uncode PROJECT CODING_UUID

Memos
  memo PROJECT (--project | --document DOC | --code PATH | --coding UUID) TEXT
                                                write the memo on that object (empty TEXT removes it)
  memos PROJECT                                 uuid, target_kind, target, coder, updated_at, text

Axial and selective coding (TYPE: a relation type's Dutch or English label; --lang nl|en for output)
  relation-add PROJECT FROM_PATH TYPE TO_PATH [--memo TEXT] [--evidence CODING_UUID...]
  relations PROJECT                             from, type, to, directed, evidence, memo, uuid
  relation-edit PROJECT RELATION_UUID [--memo TEXT] [--evidence CODING_UUID...]
                [--drop-evidence CODING_UUID...]
  relation-remove PROJECT RELATION_UUID
  relation-types PROJECT                        label_nl, label_en, directed, slot, builtin, uuid
  relation-type-add PROJECT LABEL_NL LABEL_EN [--symmetric]
                [--slot causal-conditions|context|intervening-conditions|strategies|consequences]
  phase-set PROJECT PATH open|axial|selective
  status-set PROJECT PATH provisional|defined
  core-set PROJECT PATH|--none                  mark the core category (selective coding)
  storyline PROJECT [TEXT]                      write the story line of the core, or show it
  integration PROJECT                           code, connected, path, evidence: each category's way to the core
  cycles PROJECT                                cycle, length, path: cycles among directed relations
  paradigm PROJECT PATH                         slot, code, relation, evidence, uuid (Strauss & Corbin)
  saturation PROJECT [--plot FILE.svg|FILE.png]
                                                document, order, new_codes, new_subcodes, cumulative;
                                                --plot also draws the curve as a chart
  network PROJECT FILE.svg|FILE.png [--all] [--seed N]
                                                codes in relations and the core; --all: every code

History
  undo PROJECT | redo PROJECT                   the current coder's last command
  log PROJECT [--by NAME] [--since DATE] [--until DATE] [--code PATH] [--action NAME]
                                                every recorded event, or those matching; DATE is
                                                2026-11-23 (or 2026-11, 2026-11-23T14:05:00Z);
                                                NAME is do, undo, redo or a command (apply-coding
                                                ...); an unknown coder, action or date is an error

Analysis (CSV on standard output unless -o FILE; docs/matrices.md has the formulas)
  matrix frequency PROJECT [--by document|speaker|coder|attribute:NAME]
         [--count regions|chars|words|presence] [--percent row|column]
  matrix cooccurrence PROJECT [--unit overlap|turn|paragraph|document]
         [--measure count|jaccard|dice|ochiai|conditional]
    both [--rollup] [--coders A,B] [--docs D1,D2] [--codes PATH] [--where ATTR=VALUE]
         [--format csv|xlsx|html|png|svg] [--dialect excel-nl] [--with-header] [--lang en|nl] [-o OUT]

Team work and audit
  merge OUT PROJECT... [--dry-run]              combine coders' projects into a new file OUT
  agreement PROJECT --coders X,Y[,Z] [--unit character|turn|paragraph|segment] [--overlap 0.9]
            [--codes PATH] [--doc DOC] [--rollup] [--per-document] [--format csv|xlsx|html] [-o OUT]
  disagreements PROJECT --coders X,Y [--code PATH]
  adjudicate PROJECT DOC START END PATH take-x|take-y|union|intersection|neither|recode
             --coders X,Y --consensus NAME --reason TEXT [--recode PATH]
  review PROJECT [--all] | review PROJECT CODING_UUID approved|question|rejected [--comment TEXT]
  audit verify PROJECT                          the event log's hash chain
  audit report PROJECT [-o report.html|report.csv] [--format html|csv]
  audit codebook PROJECT --date DATE | --from DATE --to DATE   (DATE as for log)

REFI-QDA exchange (ATLAS.ti, NVivo, MAXQDA, QualCoder)
  qdpx import|export PROJECT FILE.qdpx          a whole project; prints item, count, note
  qdc import|export PROJECT FILE.qdc            the codebook (import merges by GUID, then path)

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
        {"code-fields", cmdCodeFields},
        {"template-apply", cmdTemplateApply},
        {"codebook-export", cmdCodebookExport},
        {"codebook-import", cmdCodebookImport},
        {"code", cmdCode},
        {"codings", cmdCodings},
        {"uncode", cmdUncode},
        {"memo", cmdMemo},
        {"memos", cmdMemos},
        {"undo", cmdUndo},
        {"redo", cmdRedo},
        {"log", cmdLog},
        {"matrix", cmdMatrix},
        {"merge", cmdMerge},
        {"agreement", cmdAgreement},
        {"disagreements", cmdDisagreements},
        {"adjudicate", cmdAdjudicate},
        {"review", cmdReview},
        {"audit", cmdAudit},
        {"qdpx", cmdQdpx},
        {"qdc", cmdQdc},
        {"relation-add", cmdRelationAdd},
        {"relations", cmdRelations},
        {"relation-edit", cmdRelationEdit},
        {"relation-remove", cmdRelationRemove},
        {"relation-types", cmdRelationTypes},
        {"relation-type-add", cmdRelationTypeAdd},
        {"phase-set", cmdPhaseSet},
        {"status-set", cmdStatusSet},
        {"core-set", cmdCoreSet},
        {"storyline", cmdStoryline},
        {"integration", cmdIntegration},
        {"cycles", cmdCycles},
        {"paradigm", cmdParadigm},
        {"saturation", cmdSaturation},
        {"network", cmdNetwork},
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
