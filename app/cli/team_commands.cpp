#include "team_commands.h"

#include "codeboom/analysis/agreement.h"
#include "codeboom/audit/report.h"
#include "codeboom/commands/review_commands.h"
#include "codeboom/error.h"
#include "codeboom/io/agreement_export.h"
#include "codeboom/team/adjudication.h"
#include "codeboom/team/merge.h"

#include "table.h"

#include <cstdio>
#include <fstream>
#include <ostream>
#include <sstream>

namespace codeboom::cli {

std::optional<std::string> outputPath(const Invocation& inv) {
    if (auto value = inv.args.option("output"))
        return value;
    return inv.args.option("o");
}

void writeOutput(const Invocation& inv, const std::string& content) {
    const auto path = outputPath(inv);
    if (!path) {
        inv.out << content;
        return;
    }
    std::ofstream out(*path, std::ios::binary);
    if (!out || !(out << content))
        throw Error(*path + ": cannot be written (is the folder writable?)");
}

namespace {

std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> out;
    std::string item;
    std::istringstream in(text);
    while (std::getline(in, item, ','))
        if (!item.empty())
            out.push_back(item);
    return out;
}

std::vector<std::string> codersOption(const Invocation& inv) {
    const auto coders = inv.args.option("coders");
    if (!coders)
        throw UsageError("missing --coders X,Y");
    return splitList(*coders);
}

std::string spansText(const std::vector<Span>& spans) {
    std::string out;
    for (const Span& s : spans)
        out += (out.empty() ? "" : ";") + std::to_string(s.start) + "-" + std::to_string(s.end);
    return out;
}

} // namespace

int cmdMerge(Invocation& inv) {
    inv.args.allow({"dry-run"});
    const std::string out = inv.args.at(1, "OUT");
    std::vector<std::filesystem::path> inputs;
    for (const std::string& input : inv.args.rest(2))
        inputs.emplace_back(input);
    if (inputs.empty())
        throw UsageError("missing PROJECT: name the projects to merge");
    const bool dryRun = inv.args.flag("dry-run");
    MergePlan plan;
    std::optional<MergeConflictError> refused;
    if (dryRun) {
        plan = planMerge(inputs);
    } else {
        try {
            plan = mergeProjects(out, inputs, inv.coder);
        } catch (const MergeConflictError& e) {
            refused = e;
            plan = planMerge(inputs);
        }
    }
    Table table({"what", "name", "detail"});
    for (const MergeLine& line : plan.lines)
        table.add({line.kind, line.name, line.detail});
    for (const MergeIssue& issue : plan.issues)
        table.add({issue.severity + ":" + issue.kind, issue.subject, issue.detail});
    table.print(inv.out, inv.json);
    if (refused)
        throw *refused;
    return 0;
}

int cmdAgreement(Invocation& inv) {
    inv.args.allow({"coders", "unit", "overlap", "codes", "format", "output", "o", "rollup",
                    "per-document", "doc", "lang", "with-header"});
    auto project = openForReading(inv);
    AgreementOptions options;
    options.coders = codersOption(inv);
    options.unit = parseAgreementUnit(inv.args.option("unit").value_or("character"));
    if (const auto overlap = inv.args.option("overlap")) {
        try {
            std::size_t used = 0;
            options.overlap = std::stod(*overlap, &used);
            if (used != overlap->size())
                throw std::invalid_argument(*overlap);
        } catch (const std::exception&) {
            throw UsageError("--overlap must be a number such as 0.9, not '" + *overlap + "'");
        }
    }
    options.rollup = inv.args.flag("rollup");
    if (const auto codes = inv.args.option("codes"))
        for (const Code* code : project->codeTree().subtree(project->codeTree().resolve(*codes).id))
            options.codes.push_back(code->id);
    if (const auto doc = inv.args.option("doc"))
        options.documents.push_back(project->document(*doc).id);
    const AgreementReport report = computeAgreement(*project, options);
    const bool perDocument = inv.args.flag("per-document");
    const Language language = languageOf(inv.args, Language::English);
    const auto path = outputPath(inv);
    std::string format = inv.args.option("format").value_or("");
    if (format.empty()) {
        const std::string ext = path ? std::filesystem::path(*path).extension().string() : "";
        format = ext == ".html" ? "html" : ext == ".xlsx" ? "xlsx" : "csv";
    }
    if (format != "csv" && inv.args.flag("with-header"))
        throw UsageError("--with-header applies to --format csv only");
    if (format == "html") {
        writeOutput(inv, agreementHtml(report, perDocument, language));
    } else if (format == "xlsx") {
        if (!path)
            throw UsageError("--format xlsx needs -o FILE.xlsx");
        writeAgreementXlsx(report, *path, perDocument, language);
    } else if (format == "csv") {
        // A file gets the statement in a sidecar, as matrices do; standard output gets it as
        // leading '#' lines only when asked, so that scripts read a plain table.
        if (path && !inv.args.flag("with-header"))
            writeAgreementCsv(report, *path, perDocument, language);
        else
            writeOutput(inv,
                        agreementCsv(report, perDocument, inv.args.flag("with-header"), language));
    } else {
        throw UsageError("unknown --format '" + format + "' (use csv, xlsx or html)");
    }
    return 0;
}

int cmdDisagreements(Invocation& inv) {
    inv.args.allow({"coders", "code"});
    auto project = openForReading(inv);
    const auto coders = codersOption(inv);
    if (coders.size() != 2)
        throw UsageError("--coders needs exactly two coders, X,Y");
    std::optional<RowId> code;
    if (const auto path = inv.args.option("code"))
        code = project->codeTree().resolve(*path).id;
    Table table({"document", "code", "start", "end", coders[0], coders[1], "text", "context"});
    for (const Disagreement& d : findDisagreements(*project, coders[0], coders[1], code))
        table.add({d.document, d.code, d.span.start, d.span.end, spansText(d.x), spansText(d.y),
                   d.text, d.context});
    table.print(inv.out, inv.json);
    return 0;
}

int cmdAdjudicate(Invocation& inv) {
    inv.args.allow({"coders", "consensus", "recode"});
    const auto coders = codersOption(inv);
    if (coders.size() != 2)
        throw UsageError("--coders needs exactly two coders, X,Y");
    const auto consensus = inv.args.option("consensus");
    if (!consensus)
        throw UsageError("missing --consensus NAME (the coder name of the consensus layer)");
    if (inv.args.option("reason").value_or("").empty())
        throw UsageError("missing --reason TEXT: every adjudication decision needs a reason");
    const Span span{static_cast<std::size_t>(parseNumber(inv.args.at(3, "START"), "START")),
                    static_cast<std::size_t>(parseNumber(inv.args.at(4, "END"), "END"))};
    return runCommand<Adjudicate>(
        inv, coders[0], coders[1], *consensus, inv.args.at(2, "DOC"), inv.args.at(5, "PATH"), span,
        parseDecision(inv.args.at(6, "DECISION")), inv.args.option("recode").value_or(""));
}

int cmdReview(Invocation& inv) {
    inv.args.allow({"comment", "all"});
    if (inv.args.positional().size() > 2) {
        return runCommand<ReviewCoding>(inv, inv.args.at(2, "CODING_UUID"), inv.args.at(3, "STATE"),
                                        inv.args.option("comment").value_or(""));
    }
    auto project = openForReading(inv);
    Table table({"coding", "document", "start", "end", "code", "coder", "state", "comment",
                 "reviewer", "at"});
    for (const Review& r : reviews(*project, !inv.args.flag("all")))
        table.add({r.codingUuid, r.document, r.start, r.end, r.codePath, r.codingCoder, r.state,
                   r.comment, r.reviewer, r.at});
    table.print(inv.out, inv.json);
    return 0;
}

} // namespace codeboom::cli
