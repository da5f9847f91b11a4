#include "codeboom/analysis/regions.h"
#include "codeboom/audit/check.h"
#include "codeboom/commands/attribute_commands.h"
#include "codeboom/commands/document_commands.h"
#include "codeboom/error.h"
#include "codeboom/io/csv.h"
#include "codeboom/io/importer.h"

#include "commands.h"
#include "table.h"

#include <algorithm>
#include <filesystem>
#include <ostream>
#include <set>

namespace codeboom::cli {

namespace {

const std::set<std::string> kTranscriptTypes = {".txt", ".docx", ".odt", ".rtf", ".srt", ".vtt"};

std::string lowerExtension(const std::filesystem::path& path) {
    std::string ext = path.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

// A folder stands for the transcripts directly inside it, in name order.
std::vector<std::filesystem::path> expandInputs(const std::vector<std::string>& inputs) {
    std::vector<std::filesystem::path> files;
    for (const std::string& input : inputs) {
        std::error_code error;
        if (std::filesystem::is_directory(input, error)) {
            std::vector<std::filesystem::path> found;
            for (const auto& entry : std::filesystem::directory_iterator(input, error))
                if (entry.is_regular_file() && kTranscriptTypes.count(lowerExtension(entry.path())))
                    found.push_back(entry.path());
            std::sort(found.begin(), found.end());
            files.insert(files.end(), found.begin(), found.end());
        } else {
            files.emplace_back(input);
        }
    }
    return files;
}

} // namespace

std::unique_ptr<Project> openForReading(const Invocation& inv) {
    return Project::open(inv.args.at(1, "PROJECT"), inv.coder, true);
}

std::unique_ptr<Project> openForWriting(const Invocation& inv) {
    return Project::open(inv.args.at(1, "PROJECT"), inv.coder, false);
}

Language languageOf(const Arguments& args, Language fallback) {
    const auto lang = args.option("lang");
    if (!lang)
        return fallback;
    if (*lang == "nl")
        return Language::Dutch;
    if (*lang == "en")
        return Language::English;
    throw UsageError("--lang must be nl or en, not '" + *lang + "'");
}

void execute(Project& project, Command& command, const Invocation& inv) {
    project.execute(command, inv.args.option("reason").value_or(""));
}

int cmdInit(Invocation& inv) {
    inv.args.allow({});
    auto project = Project::create(inv.args.at(1, "PROJECT"), inv.coder);
    Table table({"path", "uuid"});
    table.add({project->path().string(), project->uuid()});
    table.print(inv.out, inv.json);
    return 0;
}

int cmdImport(Invocation& inv) {
    inv.args.allow({"attributes", "speaker-pattern"});
    const auto files = expandInputs(inv.args.rest(2));
    if (files.empty() && !inv.args.option("attributes"))
        throw UsageError("missing FILE: name one or more transcripts or folders to import");
    auto project = openForWriting(inv);
    ImportOptions options;
    options.speakerPattern = inv.args.option("speaker-pattern");
    Table table({"file", "status", "document", "uuid", "chars", "turns", "message"});
    int failed = 0;
    for (const auto& file : files) {
        try {
            ImportDocument command(readTranscript(file, options, project->wordCounter()));
            execute(*project, command, inv);
            const Document doc = project->document(command.createdUuid());
            table.add({file.string(), "imported", doc.name, doc.uuid, doc.chars, doc.turns, ""});
        } catch (const Error& e) {
            ++failed;
            inv.err << "codeboom-cli: " << e.what() << '\n';
            table.add({file.string(), "failed", "", "", nullptr, nullptr, e.what()});
        }
    }
    if (const auto csv = inv.args.option("attributes")) {
        try {
            const std::filesystem::path path(*csv);
            ImportAttributes command(readCsvFile(path), path.filename().string());
            execute(*project, command, inv);
            table.add({*csv, "imported", "", "", nullptr, nullptr, "case attributes"});
        } catch (const Error& e) {
            ++failed;
            inv.err << "codeboom-cli: " << e.what() << '\n';
            table.add({*csv, "failed", "", "", nullptr, nullptr, e.what()});
        }
    }
    table.print(inv.out, inv.json);
    return failed ? 1 : 0;
}

int cmdDocuments(Invocation& inv) {
    inv.args.allow({});
    auto project = openForReading(inv);
    Table table({"name", "uuid", "chars", "words", "paragraphs", "turns", "speakers", "sha256",
                 "format", "encoding", "original_name"});
    for (const Document& d : project->documents())
        table.add({d.name, d.uuid, d.chars, d.words, d.paragraphs, d.turns, d.speakers, d.sha256,
                   d.format, d.encoding, d.originalName});
    table.print(inv.out, inv.json);
    return 0;
}

int cmdTurns(Invocation& inv) {
    inv.args.allow({});
    auto project = openForReading(inv);
    const Document doc = project->document(inv.args.at(2, "DOC"));
    Table table({"index", "speaker", "start", "end", "timestamp", "body_start"});
    for (const Turn& t : project->turns(doc.id))
        table.add({t.index, t.speaker, t.start, t.end, t.timestamp, t.bodyStart});
    table.print(inv.out, inv.json);
    return 0;
}

int cmdParagraphs(Invocation& inv) {
    inv.args.allow({});
    auto project = openForReading(inv);
    const Document doc = project->document(inv.args.at(2, "DOC"));
    Table table({"index", "start", "end"});
    for (const Paragraph& p : project->paragraphs(doc.id))
        table.add({p.index, p.start, p.end});
    table.print(inv.out, inv.json);
    return 0;
}

int cmdText(Invocation& inv) {
    inv.args.allow({"from", "to"});
    auto project = openForReading(inv);
    const Document doc = project->document(inv.args.at(2, "DOC"));
    const DocumentText& text = project->text(doc.id);
    const auto from = static_cast<std::size_t>(inv.args.number("from").value_or(0));
    const auto to = static_cast<std::size_t>(
        inv.args.number("to").value_or(static_cast<long long>(text.offsets.codePoints())));
    // Checked here rather than left to the offset index so that the message names the document,
    // as `code` does: a script slicing many documents must know which one was too short.
    const std::string range = std::to_string(from) + "–" + std::to_string(to);
    if (from > to)
        throw InvalidArgumentError("cannot show " + range + " of '" + doc.name +
                                   "': the start must come before the end");
    if (to > text.offsets.codePoints())
        throw InvalidArgumentError("cannot show " + range + " of '" + doc.name +
                                   "': the document has " +
                                   std::to_string(text.offsets.codePoints()) + " characters");
    inv.out << text.offsets.slice(from, to);
    if (inv.args.flag("json"))
        inv.out << '\n';
    return 0;
}

int cmdDocumentRemove(Invocation& inv) {
    inv.args.allow({});
    return runCommand<RemoveDocument>(inv, inv.args.at(2, "DOC"));
}

int cmdAttributes(Invocation& inv) {
    inv.args.allow({});
    auto project = openForReading(inv);
    Table table({"case", "kind", "document", "attribute", "value"});
    for (const CaseAttribute& a : project->attributes())
        table.add({a.caseName, a.kind, a.document, a.name, a.value});
    table.print(inv.out, inv.json);
    return 0;
}

int cmdAttributeSet(Invocation& inv) {
    inv.args.allow({"doc", "kind"});
    CaseRef ref{inv.args.option("kind").value_or("speaker"), inv.args.at(2, "CASE"),
                inv.args.option("doc").value_or("")};
    return runCommand<SetAttribute>(inv, ref, inv.args.at(3, "NAME"), inv.args.at(4, "VALUE"));
}

int cmdSummary(Invocation& inv) {
    inv.args.allow({});
    auto project = openForReading(inv);
    const auto documents = project->documents();
    std::size_t chars = 0;
    std::size_t words = 0;
    std::size_t turns = 0;
    for (const Document& d : documents) {
        chars += d.chars;
        words += d.words;
        turns += d.turns;
    }
    const auto counts = regionCounts(*project);
    std::size_t regions = 0;
    for (const auto& [code, n] : counts)
        regions += n;
    Table table({"item", "count"});
    table.add({"documents", documents.size()});
    table.add({"characters", chars});
    table.add({"words", words});
    table.add({"turns", turns});
    table.add({"codes", project->codeTree().codes().size()});
    table.add({"codings", project->codings().size()});
    table.add({"coded regions", regions});
    table.add({"coders", project->coders().size()});
    table.add({"events", project->events().size()});
    table.print(inv.out, inv.json);
    return 0;
}

int cmdCheck(Invocation& inv) {
    inv.args.allow({});
    auto project = openForReading(inv);
    Table table({"check", "status", "detail"});
    bool ok = true;
    for (const CheckResult& result : checkProject(*project)) {
        ok = ok && result.ok;
        table.add({result.check, result.ok ? "ok" : "failed", result.detail});
    }
    table.print(inv.out, inv.json);
    if (!ok)
        inv.err << "codeboom-cli: " << project->fileName()
                << " has problems; see the 'failed' rows\n";
    return ok ? 0 : 1;
}

} // namespace codeboom::cli
