#include "refi_commands.h"

#include "codeboom/refi/qdc.h"
#include "codeboom/refi/qdpx_export.h"
#include "codeboom/refi/qdpx_import.h"

#include "table.h"

namespace codeboom::cli {

namespace {

// "qdpx import PROJECT FILE": the verb is word 1, so the project is word 2 (openForWriting
// expects it at 1).
const std::string& verbOf(const Invocation& inv, const char* command) {
    const std::string& verb = inv.args.at(1, "import|export");
    if (verb != "import" && verb != "export")
        throw UsageError(std::string(command) + ": expected 'import' or 'export', not '" + verb +
                         "'");
    return verb;
}

std::unique_ptr<Project> open(const Invocation& inv, bool readOnly) {
    return Project::open(inv.args.at(2, "PROJECT"), inv.coder, readOnly);
}

void printReport(const Invocation& inv, const refi::ImportReport& report) {
    Table table({"item", "count", "note"});
    for (const auto& row : report.rows())
        table.add({row.item, row.count, row.note});
    table.print(inv.out, inv.json);
}

} // namespace

int cmdQdpx(Invocation& inv) {
    inv.args.allow({"reason"});
    const std::string verb = verbOf(inv, "qdpx");
    const std::string file = inv.args.at(3, "FILE.qdpx");
    if (verb == "import") {
        refi::ImportQdpx command{std::filesystem::path(file)};
        auto project = open(inv, false);
        execute(*project, command, inv);
        printReport(inv, command.report());
        return 0;
    }
    auto project = open(inv, true);
    const refi::ExportSummary s = refi::exportQdpx(*project, file);
    Table table({"item", "count", "note"});
    table.add({"users", s.users, ""});
    table.add({"codes", s.codes, ""});
    table.add({"variables", s.variables, ""});
    table.add({"cases", s.cases, ""});
    table.add({"sources", s.sources, ""});
    table.add({"selections", s.selections, ""});
    table.add({"codings", s.codings, ""});
    table.add({"notes", s.notes, ""});
    table.add({"links", s.links,
               s.evidenceLinks ? std::to_string(s.evidenceLinks) +
                                     " of them tie a relation to a coding that is its evidence"
                               : std::string()});
    table.print(inv.out, inv.json);
    return 0;
}

int cmdQdc(Invocation& inv) {
    inv.args.allow({"reason"});
    const std::string verb = verbOf(inv, "qdc");
    const std::string file = inv.args.at(3, "FILE.qdc");
    if (verb == "import") {
        refi::ImportQdc command{std::filesystem::path(file)};
        auto project = open(inv, false);
        execute(*project, command, inv);
        printReport(inv, command.report());
        return 0;
    }
    auto project = open(inv, true);
    Table table({"item", "count", "note"});
    table.add({"codes", refi::exportQdc(*project, file), ""});
    table.print(inv.out, inv.json);
    return 0;
}

} // namespace codeboom::cli
