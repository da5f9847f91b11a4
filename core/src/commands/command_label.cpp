#include "codeboom/commands/command_label.h"

#include "codeboom/commands/command.h"
#include "codeboom/error.h"
#include "codeboom/model/relations.h"
#include "codeboom/project.h"
#include "codeboom/text/identity.h"

#include <algorithm>

namespace codeboom {

namespace {

std::string textOf(const nlohmann::json& arguments, const char* key) {
    const auto it = arguments.find(key);
    if (it == arguments.end() || it->is_null())
        return {};
    return it->is_string() ? it->get<std::string>() : it->dump();
}

// The last name of a code path as typed ("Regulatief > Geld" -> "Geld").
std::string lastName(const std::string& path) {
    const std::size_t separator = path.rfind(" > ");
    return separator == std::string::npos ? path : path.substr(separator + 3);
}

// A code's name, looked up by UUID or path; what was given when it names no code (yet).
std::string codeName(Project& project, const std::string& ref) {
    const CodeTree& tree = project.codeTree();
    try {
        if (const Code* code = tree.findByUuid(normalizeUuid(ref)))
            return code->name;
        if (const Code* code = tree.findByPath(ref))
            return code->name;
    } catch (const Error&) {
        // A malformed path: the command itself will refuse it with the reason.
    }
    return lastName(ref);
}

// Project::document() also counts paragraphs, turns and speakers, which on a long transcript
// costs as much as the coding itself: a label needs only the name.
std::string documentName(Project& project, const std::string& ref) {
    auto& stmt = project.database().cached("SELECT name FROM documents WHERE uuid = ? UNION ALL "
                                           "SELECT name FROM documents WHERE name = ? LIMIT 1");
    stmt.bind(0, normalizeUuid(ref)).bind(1, ref);
    const std::string name = stmt.step() ? stmt.textAt(0) : ref;
    stmt.reset();
    return name;
}

// The code name and document of a coding given by UUID.
std::pair<std::string, std::string> codingNames(Project& project, const std::string& uuid) {
    CodingFilter filter;
    filter.uuid = normalizeUuid(uuid);
    if (filter.uuid->empty())
        return {uuid, {}};
    const auto found = project.codings(filter);
    if (found.empty())
        return {uuid, {}};
    return {lastName(found.front().codePath), found.front().document};
}

CommandLabel codeLabel(const char* message, Project& project, const nlohmann::json& arguments,
                       const char* key = "code") {
    return {message, {{"code", codeName(project, textOf(arguments, key))}}};
}

CommandLabel codingLabel(const char* message, Project& project, const std::string& uuid) {
    const auto [code, document] = codingNames(project, uuid);
    return {message, {{"code", code}, {"document", document}}};
}

CommandLabel memoLabel(Project& project, const nlohmann::json& arguments, bool remove) {
    const std::string target = textOf(arguments, "target");
    const std::string ref = textOf(arguments, "ref");
    if (target == "document")
        return {remove ? CODEBOOM_N_("remove the memo on document '{document}'")
                       : CODEBOOM_N_("edit the memo on document '{document}'"),
                {{"document", documentName(project, ref)}}};
    if (target == "code")
        return {remove ? CODEBOOM_N_("remove the memo on code '{code}'")
                       : CODEBOOM_N_("edit the memo on code '{code}'"),
                {{"code", codeName(project, ref)}}};
    if (target == "coding")
        return codingLabel(remove ? CODEBOOM_N_("remove the memo on coding '{code}'")
                                  : CODEBOOM_N_("edit the memo on coding '{code}'"),
                           project, ref);
    return {remove ? CODEBOOM_N_("remove the project memo") : CODEBOOM_N_("edit the project memo"),
            {}};
}

// A relation names its type in the user's language: {type} in English, {type_nl} in Dutch.
CommandLabel relationLabel(const char* message, const std::string& from, const std::string& to,
                           const RelationType& type) {
    return {message,
            {{"from", from}, {"to", to}, {"type", type.labelEn}, {"type_nl", type.labelNl}}};
}

CommandLabel existingRelationLabel(const char* message, Project& project,
                                   const nlohmann::json& arguments) {
    const Relation found = relation(project, textOf(arguments, "relation"));
    return relationLabel(message, lastName(found.fromPath), lastName(found.toPath), found.type);
}

CommandLabel labelOf(Project& project, const std::string& name, const nlohmann::json& a) {
    if (name == "apply-coding")
        return {CODEBOOM_N_("apply code '{code}'"),
                {{"code", codeName(project, textOf(a, "code"))},
                 {"document", documentName(project, textOf(a, "document"))}}};
    if (name == "remove-coding")
        return codingLabel(CODEBOOM_N_("remove coding '{code}'"), project, textOf(a, "coding"));
    if (name == "create-code")
        return {CODEBOOM_N_("create code '{code}'"), {{"code", lastName(textOf(a, "path"))}}};
    if (name == "rename-code")
        return {CODEBOOM_N_("rename code '{code}' to '{name}'"),
                {{"code", codeName(project, textOf(a, "code"))}, {"name", textOf(a, "name")}}};
    if (name == "recolor-code")
        return codeLabel(CODEBOOM_N_("recolour code '{code}'"), project, a);
    if (name == "describe-code")
        return codeLabel(CODEBOOM_N_("describe code '{code}'"), project, a);
    if (name == "move-code") {
        if (textOf(a, "parent").empty())
            return codeLabel(CODEBOOM_N_("move code '{code}' to the top level"), project, a);
        return {CODEBOOM_N_("move code '{code}' into '{parent}'"),
                {{"code", codeName(project, textOf(a, "code"))},
                 {"parent", codeName(project, textOf(a, "parent"))}}};
    }
    if (name == "merge-codes")
        return {CODEBOOM_N_("merge code '{source}' into '{target}'"),
                {{"source", codeName(project, textOf(a, "source"))},
                 {"target", codeName(project, textOf(a, "target"))}}};
    if (name == "delete-code")
        return codeLabel(CODEBOOM_N_("delete code '{code}'"), project, a);
    if (name == "import-document")
        return {CODEBOOM_N_("import document '{file}'"), {{"file", textOf(a, "file")}}};
    if (name == "remove-document")
        return {CODEBOOM_N_("remove document '{document}'"),
                {{"document", documentName(project, textOf(a, "document"))}}};
    if (name == "set-attribute")
        return {CODEBOOM_N_("set {attribute} of '{case}' to '{value}'"),
                {{"attribute", textOf(a, "attribute")},
                 {"case", textOf(a, "case")},
                 {"value", textOf(a, "value")}}};
    if (name == "import-attributes")
        return {CODEBOOM_N_("import case attributes from '{file}'"), {{"file", textOf(a, "file")}}};
    if (name == "review-coding") {
        const std::string state = textOf(a, "state");
        const char* message = state == "approved"   ? CODEBOOM_N_("approve coding '{code}'")
                              : state == "rejected" ? CODEBOOM_N_("reject coding '{code}'")
                                                    : CODEBOOM_N_("query coding '{code}'");
        return codingLabel(message, project, textOf(a, "coding"));
    }
    if (name == "adjudicate")
        return {CODEBOOM_N_("adjudicate '{code}' in {document}"),
                {{"code", codeName(project, textOf(a, "code"))},
                 {"document", documentName(project, textOf(a, "document"))}}};
    if (name == "import-qdpx")
        return {CODEBOOM_N_("import REFI-QDA project '{file}'"), {{"file", textOf(a, "file")}}};
    if (name == "import-qdc")
        return {CODEBOOM_N_("import codebook '{file}'"), {{"file", textOf(a, "file")}}};
    if (name == "set-memo" || name == "remove-memo")
        return memoLabel(project, a, name == "remove-memo");
    if (name == "add-relation")
        return relationLabel(
            CODEBOOM_N_("relate '{from}' {type} '{to}'"), codeName(project, textOf(a, "from")),
            codeName(project, textOf(a, "to")), resolveRelationType(project, textOf(a, "type")));
    if (name == "remove-relation")
        return existingRelationLabel(CODEBOOM_N_("remove relation '{from}' {type} '{to}'"), project,
                                     a);
    if (name == "edit-relation")
        return existingRelationLabel(CODEBOOM_N_("edit relation '{from}' {type} '{to}'"), project,
                                     a);
    if (name == "add-relation-type")
        return {CODEBOOM_N_("add relation type '{type}'"),
                {{"type", textOf(a, "label_en")}, {"type_nl", textOf(a, "label_nl")}}};
    if (name == "set-code-phase") {
        const std::string phase = textOf(a, "phase");
        const char* message =
            phase == "selective" ? CODEBOOM_N_("set the phase of code '{code}' to selective")
            : phase == "axial"   ? CODEBOOM_N_("set the phase of code '{code}' to axial")
                                 : CODEBOOM_N_("set the phase of code '{code}' to open");
        return codeLabel(message, project, a);
    }
    if (name == "set-code-status") {
        const char* message = textOf(a, "status") == "defined"
                                  ? CODEBOOM_N_("mark code '{code}' as defined")
                                  : CODEBOOM_N_("mark code '{code}' as provisional");
        return codeLabel(message, project, a);
    }
    if (name == "set-core-category") {
        if (textOf(a, "code").empty())
            return {CODEBOOM_N_("clear the core category"), {}};
        return codeLabel(CODEBOOM_N_("make code '{code}' the core category"), project, a);
    }
    if (name == "write-story-line")
        return {CODEBOOM_N_("write the story line"), {}};
    if (name == "set-code-fields")
        return codeLabel(CODEBOOM_N_("set codebook fields of code '{code}'"), project, a);
    if (name == "apply-template")
        return {CODEBOOM_N_("apply codebook template '{template}'"),
                {{"template", textOf(a, "template")}}};
    if (name == "import-codebook")
        return {CODEBOOM_N_("import codebook '{file}'"), {{"file", textOf(a, "file")}}};
    throw InvalidArgumentError("no menu label for command '" + name + "'");
}

} // namespace

CommandLabel describeCommand(Project& project, const Command& command) {
    try {
        return labelOf(project, command.name(), command.arguments());
    } catch (const Error&) {
        // An unknown command, or arguments that name nothing: the command will report those.
        return {command.label(), {}};
    }
}

} // namespace codeboom
