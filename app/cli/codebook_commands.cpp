#include "codebook_commands.h"

#include "codeboom/commands/codebook_commands.h"
#include "codeboom/io/codebook_export.h"
#include "codeboom/io/csv.h"
#include "codeboom/model/codebook_template.h"

#include "table.h"

#include <filesystem>

namespace codeboom::cli {

namespace {

void printOutcome(const Invocation& inv, const std::vector<CodebookOutcome>& outcome) {
    Table table({"path", "status", "note"});
    for (const CodebookOutcome& row : outcome)
        table.add({row.path, row.status, row.note});
    table.print(inv.out, inv.json);
}

} // namespace

int cmdCodeFields(Invocation& inv) {
    const Arguments& args = inv.args;
    args.allow({"definition", "inclusion", "exclusion", "anchor", "label-nl", "label-en"});
    CodeFieldValues values;
    values.definition = args.option("definition");
    values.inclusion = args.option("inclusion");
    values.exclusion = args.option("exclusion");
    values.anchor = args.option("anchor");
    values.labelNl = args.option("label-nl");
    values.labelEn = args.option("label-en");
    if (values.empty())
        throw UsageError("code-fields: give at least one of --definition, --inclusion, "
                         "--exclusion, --anchor, --label-nl, --label-en");
    auto project = openForWriting(inv);
    SetCodeFields command(args.at(2, "PATH"), values);
    execute(*project, command, inv);
    const Code& code = project->codeTree().resolve(args.at(2, "PATH"));
    Table table({"path", "definition", "inclusion", "exclusion", "anchor", "label_nl", "label_en"});
    table.add({code.path, code.description, code.inclusion, code.exclusion, code.anchorCoding,
               code.labelNl, code.labelEn});
    table.print(inv.out, inv.json);
    return 0;
}

int cmdTemplateApply(Invocation& inv) {
    const Arguments& args = inv.args;
    args.allow({"list", "lang"});
    const Language language = languageOf(args, Language::Dutch);
    if (args.flag("list")) {
        Table table({"name", "title", "codes"});
        for (const CodebookTemplate& codebook : codebookTemplates())
            table.add({codebook.name, codebook.title.in(language), placedCodes(codebook).size()});
        table.print(inv.out, inv.json);
        return 0;
    }
    const std::string name = args.at(2, "NAME (or --list)");
    auto project = openForWriting(inv);
    ApplyTemplate command(name, language);
    execute(*project, command, inv);
    printOutcome(inv, command.outcome());
    return 0;
}

int cmdCodebookExport(Invocation& inv) {
    const Arguments& args = inv.args;
    args.allow({"lang"});
    const Language language = languageOf(args, Language::Dutch);
    const std::filesystem::path file = args.at(2, "FILE (.html, .md or .csv)");
    auto project = openForReading(inv);
    writeCodebook(*project, file, language);
    Table table({"file", "codes"});
    table.add({file.string(), project->codeTree().codes().size()});
    table.print(inv.out, inv.json);
    return 0;
}

int cmdCodebookImport(Invocation& inv) {
    const Arguments& args = inv.args;
    args.allow({});
    const std::filesystem::path file = args.at(2, "FILE.csv");
    // Read before opening for writing: a file that does not parse leaves the project untouched.
    CsvTable table = readCsvFile(file);
    auto project = openForWriting(inv);
    ImportCodebook command(std::move(table), file.filename().string());
    execute(*project, command, inv);
    printOutcome(inv, command.outcome());
    return 0;
}

} // namespace codeboom::cli
