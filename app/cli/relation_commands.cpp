#include "relation_commands.h"

#include "codeboom/analysis/integration.h"
#include "codeboom/analysis/paradigm.h"
#include "codeboom/analysis/relation_cycles.h"
#include "codeboom/analysis/saturation.h"
#include "codeboom/commands/code_phase_commands.h"
#include "codeboom/commands/core_category_commands.h"
#include "codeboom/commands/relation_commands.h"
#include "codeboom/io/network_picture.h"
#include "codeboom/io/saturation_picture.h"
#include "codeboom/model/core_category.h"
#include "codeboom/model/relations.h"
#include "codeboom/view/network.h"

#include "table.h"

#include <ostream>

namespace codeboom::cli {

namespace {

// Relation types and paths are shown in Dutch unless --lang en: the labels read as sentences
// between the (usually Dutch) code names.
constexpr Language kRelationLanguage = Language::Dutch;

const std::string& labelOf(const RelationType& type, Language language) {
    return language == Language::Dutch ? type.labelNl : type.labelEn;
}

void checkPictureName(const std::filesystem::path& file) {
    const std::string extension = file.extension().string();
    if (extension != ".svg" && extension != ".png")
        throw UsageError("the picture's file name must end in .svg or .png, not '" +
                         file.filename().string() + "'");
}

const char* yesNo(bool value) {
    return value ? "yes" : "no";
}

Table relationTable() {
    return Table({"from", "type", "to", "directed", "evidence", "memo", "uuid"});
}

void addRelation(Table& table, const Relation& relation, Language language) {
    table.add({relation.fromPath, labelOf(relation.type, language), relation.toPath,
               yesNo(relation.type.directed), relation.evidence.size(), relation.memo,
               relation.uuid});
}

} // namespace

int cmdRelationAdd(Invocation& inv) {
    inv.args.allow({"evidence", "memo", "lang"});
    const Language language = languageOf(inv.args, kRelationLanguage);
    auto project = openForWriting(inv);
    AddRelation command(inv.args.at(2, "FROM_PATH"), inv.args.at(3, "TYPE"),
                        inv.args.at(4, "TO_PATH"), inv.args.values("evidence"),
                        inv.args.option("memo").value_or(""));
    if (inv.args.positional().size() > 5)
        throw UsageError("unexpected '" + inv.args.positional()[5] +
                         "' after TO_PATH (put a code path with spaces in quotes)");
    execute(*project, command, inv);
    Table table = relationTable();
    addRelation(table, relation(*project, command.createdUuid()), language);
    table.print(inv.out, inv.json);
    return 0;
}

int cmdRelations(Invocation& inv) {
    inv.args.allow({"lang"});
    const Language language = languageOf(inv.args, kRelationLanguage);
    auto project = openForReading(inv);
    Table table = relationTable();
    for (const Relation& relation : relations(*project))
        addRelation(table, relation, language);
    table.print(inv.out, inv.json);
    return 0;
}

int cmdRelationRemove(Invocation& inv) {
    inv.args.allow({});
    return runCommand<RemoveRelation>(inv, inv.args.at(2, "RELATION_UUID"));
}

int cmdRelationEdit(Invocation& inv) {
    inv.args.allow({"memo", "evidence", "drop-evidence"});
    return runCommand<EditRelation>(inv, inv.args.at(2, "RELATION_UUID"), inv.args.option("memo"),
                                    inv.args.values("evidence"), inv.args.values("drop-evidence"));
}

int cmdRelationTypes(Invocation& inv) {
    inv.args.allow({});
    auto project = openForReading(inv);
    Table table({"label_nl", "label_en", "directed", "slot", "builtin", "uuid"});
    for (const RelationType& type : relationTypes(*project))
        table.add({type.labelNl, type.labelEn, yesNo(type.directed), type.paradigmSlot,
                   yesNo(type.builtin), type.uuid});
    table.print(inv.out, inv.json);
    return 0;
}

int cmdRelationTypeAdd(Invocation& inv) {
    inv.args.allow({"symmetric", "slot"});
    return runCommand<AddRelationType>(inv, inv.args.at(2, "LABEL_NL"), inv.args.at(3, "LABEL_EN"),
                                       !inv.args.flag("symmetric"),
                                       inv.args.option("slot").value_or(""));
}

int cmdPhaseSet(Invocation& inv) {
    inv.args.allow({});
    return runCommand<SetCodePhase>(inv, inv.args.at(2, "PATH"),
                                    inv.args.at(3, "PHASE (open, axial or selective)"));
}

int cmdStatusSet(Invocation& inv) {
    inv.args.allow({});
    return runCommand<SetCodeStatus>(inv, inv.args.at(2, "PATH"),
                                     inv.args.at(3, "STATUS (provisional or defined)"));
}

int cmdCoreSet(Invocation& inv) {
    inv.args.allow({"none"});
    std::optional<std::string> code;
    if (!inv.args.flag("none"))
        code = inv.args.at(2, "PATH (or --none)");
    else if (inv.args.positional().size() > 2)
        throw UsageError("give a PATH or --none, not both");
    return runCommand<SetCoreCategory>(inv, code);
}

int cmdStoryline(Invocation& inv) {
    inv.args.allow({});
    if (inv.args.positional().size() > 3)
        throw UsageError("put the story line in quotes: it is one argument");
    if (inv.args.positional().size() == 3)
        return runCommand<WriteStoryLine>(inv, inv.args.at(2, "TEXT"));
    auto project = openForReading(inv);
    Table table({"core", "text", "coder", "updated_at"});
    if (const auto story = storyLine(*project)) {
        const Code* core = project->codeTree().findByUuid(story->targetUuid);
        table.add({core ? core->path : "", story->text, story->coder, story->updatedAt});
    }
    table.print(inv.out, inv.json);
    return 0;
}

int cmdIntegration(Invocation& inv) {
    inv.args.allow({"lang"});
    const Language language = languageOf(inv.args, kRelationLanguage);
    auto project = openForReading(inv);
    Table table({"code", "connected", "path", "evidence"});
    for (const IntegrationRow& row : integrationCheck(*project))
        table.add({row.path, yesNo(row.connected),
                   row.connected ? describePath(project->codeTree(), row.route, language) : "",
                   row.evidence});
    table.print(inv.out, inv.json);
    return 0;
}

int cmdCycles(Invocation& inv) {
    inv.args.allow({"lang"});
    const Language language = languageOf(inv.args, kRelationLanguage);
    auto project = openForReading(inv);
    const CycleReport report = directedCycles(*project);
    Table table({"cycle", "length", "path"});
    for (std::size_t i = 0; i < report.cycles.size(); ++i)
        table.add({i + 1, report.cycles[i].steps.size(),
                   describePath(project->codeTree(), report.cycles[i], language)});
    table.print(inv.out, inv.json);
    if (report.truncated)
        inv.err << "codeboom-cli: only the first " << report.cycles.size()
                << " cycles are listed; there are more\n";
    return 0;
}

int cmdParadigm(Invocation& inv) {
    inv.args.allow({"lang"});
    const Language language = languageOf(inv.args, kRelationLanguage);
    auto project = openForReading(inv);
    const ParadigmModel model = paradigmModel(*project, inv.args.at(2, "PATH"));
    Table table({"slot", "code", "relation", "evidence", "uuid"});
    for (const ParadigmEntry& entry : model.entries) {
        const std::string& label = language == Language::Dutch ? entry.labelNl : entry.labelEn;
        const std::string link = " -[" + label + (entry.directed ? "]-> " : "]- ");
        const std::string relation = entry.phenomenonIsSource ? model.path + link + entry.path
                                                              : entry.path + link + model.path;
        table.add({entry.slot.empty() ? "related" : entry.slot, entry.path, relation,
                   entry.evidence, entry.relationUuid});
    }
    table.print(inv.out, inv.json);
    return 0;
}

int cmdSaturation(Invocation& inv) {
    inv.args.allow({"plot", "lang"});
    const Language language = languageOf(inv.args, kRelationLanguage);
    const auto plot = inv.args.option("plot");
    if (plot)
        checkPictureName(*plot);
    auto project = openForReading(inv);
    const std::vector<SaturationPoint> curve = saturationCurve(*project);
    if (plot && std::filesystem::path(*plot).extension() == ".svg")
        writeSaturationSvg(curve, *plot, language);
    else if (plot)
        writeSaturationPng(curve, *plot, language);
    Table table({"document", "order", "new_codes", "new_subcodes", "cumulative"});
    for (const SaturationPoint& point : curve)
        table.add(
            {point.document, point.order, point.newCodes, point.newSubcodes, point.cumulative});
    table.print(inv.out, inv.json);
    return 0;
}

int cmdNetwork(Invocation& inv) {
    inv.args.allow({"lang", "all", "seed"});
    const Language language = languageOf(inv.args, kRelationLanguage);
    const std::filesystem::path file = inv.args.at(2, "FILE.svg or FILE.png");
    checkPictureName(file);
    const std::string extension = file.extension().string();
    const auto seed = inv.args.number("seed");
    auto project = openForReading(inv);
    Network network = networkOf(*project, inv.args.flag("all"));
    layOutNetwork(network, seed ? static_cast<std::uint64_t>(*seed) : 1);
    if (extension == ".svg")
        writeNetworkSvg(network, file, language);
    else
        writeNetworkPng(network, file, language);
    Table table({"file", "nodes", "edges", "width", "height"});
    table.add({file.string(), network.nodes.size(), network.edges.size(),
               static_cast<long long>(network.width), static_cast<long long>(network.height)});
    table.print(inv.out, inv.json);
    return 0;
}

} // namespace codeboom::cli
