#include "codeboom/commands/codebook_commands.h"

#include "codeboom/commands/code_commands.h"
#include "codeboom/error.h"
#include "codeboom/model/codebook_template.h"
#include "codeboom/project.h"
#include "codeboom/text/identity.h"
#include "codeboom/text/offsets.h"

#include "commands/code_builder.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace codeboom {

namespace {

std::string quote(const std::string& text) {
    return "'" + text + "'";
}

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& name : names)
        out += (out.empty() ? "" : " > ") + name;
    return out;
}

// What validateText() says about one field, written out per field so that a translation names
// the field in its own words. Labels obey more rules, so only they have the last two.
struct FieldMessages {
    std::string_view field;
    const char* notUtf8;
    const char* control;
    const char* tooLong;
};

constexpr std::array<FieldMessages, 5> kFieldMessages = {{
    {"definition", CODEBOOM_N_("the definition of '{code}' is not valid UTF-8 text"), nullptr,
     nullptr},
    {"inclusion criteria",
     CODEBOOM_N_("the inclusion criteria of '{code}' is not valid UTF-8 text"), nullptr, nullptr},
    {"exclusion criteria",
     CODEBOOM_N_("the exclusion criteria of '{code}' is not valid UTF-8 text"), nullptr, nullptr},
    {"Dutch label", CODEBOOM_N_("the Dutch label of '{code}' is not valid UTF-8 text"),
     CODEBOOM_N_("the Dutch label of '{code}' contains a tab, line break or other control "
                 "character"),
     CODEBOOM_N_("the Dutch label of '{code}' is longer than 200 characters")},
    {"English label", CODEBOOM_N_("the English label of '{code}' is not valid UTF-8 text"),
     CODEBOOM_N_("the English label of '{code}' contains a tab, line break or other control "
                 "character"),
     CODEBOOM_N_("the English label of '{code}' is longer than 200 characters")},
}};

// Definitions and criteria are free text (paragraphs allowed); labels stand where a name
// stands, so they obey the rules of names except the path separator.
void validateText(const std::string& field, const std::string& codePath, const std::string& text,
                  bool isLabel) {
    const auto messages = std::find_if(kFieldMessages.begin(), kFieldMessages.end(),
                                       [&](const FieldMessages& m) { return m.field == field; });
    const auto fail = [&](const char* pattern, const char* problem) {
        if (messages == kFieldMessages.end() || pattern == nullptr) // not a field of the codebook
            throw InvalidArgumentError("the " + field + " of '" + codePath + "' " + problem);
        throw InvalidArgumentError(Message{pattern, {{"code", codePath}}});
    };
    const bool known = messages != kFieldMessages.end();
    if (!isValidUtf8(text))
        fail(known ? messages->notUtf8 : nullptr, "is not valid UTF-8 text");
    if (!isLabel)
        return;
    if (std::any_of(text.begin(), text.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x20; }))
        fail(known ? messages->control : nullptr,
             "contains a tab, line break or other control character");
    if (countCodePoints(text) > 200)
        fail(known ? messages->tooLong : nullptr, "is longer than 200 characters");
}

// The anchor example must exemplify the code: a coding of the code or of one of its sub-codes.
std::string anchorFor(Project& project, const Code& code, const std::string& uuid) {
    Coding coding;
    try {
        coding = project.coding(uuid);
    } catch (const InvalidArgumentError& e) {
        throw InvalidArgumentError(Message{
            CODEBOOM_N_("the anchor example of '{code}' must be one of its codings: {reason}"),
            {{"code", code.path}, {"reason", e.what()}}});
    }
    if (coding.codeId != code.id && !project.codeTree().isAncestor(code.id, coding.codeId))
        throw InvalidArgumentError(Message{
            CODEBOOM_N_("coding '{coding}' cannot be the anchor example of '{code}': it is coded "
                        "'{coded}', which is neither that code nor one of its sub-codes"),
            {{"coding", coding.uuid}, {"code", code.path}, {"coded", coding.codePath}}});
    return coding.uuid;
}

const char* languageName(Language language) {
    return language == Language::Dutch ? "nl" : "en";
}

} // namespace

bool CodeFieldValues::empty() const {
    return !definition && !inclusion && !exclusion && !anchor && !labelNl && !labelEn;
}

SetCodeFields::SetCodeFields(std::string code, CodeFieldValues values)
    : code_(std::move(code)), values_(std::move(values)) {}

std::string SetCodeFields::label() const {
    return "set codebook fields of code " + quote(code_);
}

nlohmann::json SetCodeFields::arguments() const {
    nlohmann::json out = {{"code", code_}};
    const auto add = [&](const char* key, const std::optional<std::string>& value) {
        if (value)
            out[key] = *value;
    };
    add("definition", values_.definition);
    add("inclusion", values_.inclusion);
    add("exclusion", values_.exclusion);
    add("anchor", values_.anchor);
    add("label_nl", values_.labelNl);
    add("label_en", values_.labelEn);
    return out;
}

void SetCodeFields::execute(CommandContext& context) {
    Project& project = context.project;
    const Code& code = project.codeTree().resolve(code_);
    if (values_.empty())
        throw InvalidArgumentError(
            Message{CODEBOOM_N_("nothing to set for code '{code}': give a definition, inclusion or "
                                "exclusion criteria, an anchor coding or a Dutch or English label"),
                    {{"code", code.path}}});
    nlohmann::json fields = nlohmann::json::object();
    const auto text = [&](const char* field, const char* column,
                          const std::optional<std::string>& value, bool isLabel) {
        if (!value)
            return;
        validateText(field, code.path, *value, isLabel);
        fields[column] = *value;
    };
    text("definition", "description", values_.definition, false);
    text("inclusion criteria", "inclusion", values_.inclusion, false);
    text("exclusion criteria", "exclusion", values_.exclusion, false);
    text("Dutch label", "label_nl", values_.labelNl, true);
    text("English label", "label_en", values_.labelEn, true);
    if (values_.anchor)
        fields["anchor_coding"] =
            values_.anchor->empty() ? std::string() : anchorFor(project, code, *values_.anchor);
    context.changes.update("codes", code.id, fields);
}

ApplyTemplate::ApplyTemplate(std::string templateName, Language language)
    : template_(std::move(templateName)), language_(language) {}

std::string ApplyTemplate::label() const {
    return "apply codebook template " + quote(template_);
}

nlohmann::json ApplyTemplate::arguments() const {
    return {{"template", template_}, {"language", languageName(language_)}};
}

void ApplyTemplate::execute(CommandContext& context) {
    const CodebookTemplate codebook = codebookTemplate(template_);
    const CodeTree& tree = context.project.codeTree();
    CodeBuilder builder(context);
    outcome_.clear();
    for (const PlacedTemplateCode& placed : placedCodes(codebook)) {
        const TemplateCode& code = *placed.code;
        const std::array<std::pair<const char*, const std::string*>, 5> fields = {{
            {"description", &code.definition.in(language_)},
            {"inclusion", &code.inclusion.in(language_)},
            {"exclusion", &code.exclusion.in(language_)},
            {"label_nl", &code.labelNl},
            {"label_en", &code.labelEn},
        }};
        nlohmann::json row = {{"color", placed.color}};
        for (const auto& [column, value] : fields)
            row[column] = *value;
        const CodeBuilder::Found found = builder.ensure(placed.path, row);
        const Code* existing = found.created ? nullptr : tree.find(found.id);
        if (!existing) {
            outcome_.push_back({joined(placed.path), "added", ""});
            continue;
        }
        // The project's own words win: only empty fields are completed.
        const std::array<const std::string*, 5> current = {
            &existing->description, &existing->inclusion, &existing->exclusion, &existing->labelNl,
            &existing->labelEn};
        nlohmann::json fill = nlohmann::json::object();
        for (std::size_t i = 0; i < fields.size(); ++i)
            if (current[i]->empty() && !fields[i].second->empty())
                fill[fields[i].first] = *fields[i].second;
        context.changes.update("codes", existing->id, fill);
        outcome_.push_back({existing->path, fill.empty() ? "unchanged" : "filled", ""});
    }
}

namespace {

// The columns of a codebook CSV, in the order codebookCsv() writes them, and the `codes`
// column each one sets; `path` and `uuid` identify the code instead, and `merged_into` only
// describes a merged code (a row that is skipped).
constexpr std::array<std::pair<const char*, const char*>, 12> kImportColumns = {{
    {"path", ""},
    {"label_nl", "label_nl"},
    {"label_en", "label_en"},
    {"color", "color"},
    {"definition", "description"},
    {"inclusion", "inclusion"},
    {"exclusion", "exclusion"},
    {"anchor", "anchor_coding"},
    {"phase", "phase"},
    {"status", "status"},
    {"uuid", ""},
    {"merged_into", ""},
}};

// The `codes` column a CSV column sets ("" for path and uuid), or nullptr for an unknown one.
const char* targetOf(const std::string& column) {
    for (const auto& [name, target] : kImportColumns)
        if (column == name)
            return target;
    return nullptr;
}

std::string lowerTrimmed(std::string text) {
    const auto first = text.find_first_not_of(" \t");
    const auto last = text.find_last_not_of(" \t");
    text = first == std::string::npos ? "" : text.substr(first, last - first + 1);
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

struct ImportRow {
    std::size_t line = 0;
    std::map<std::string, std::string> cells; // by column name, only non-empty cells
    const std::string* cell(const std::string& column) const {
        const auto it = cells.find(column);
        return it == cells.end() ? nullptr : &it->second;
    }
};

// The table's columns in order, refusing unknown and repeated ones (a misspelt column would
// otherwise be skipped without a word) and a table without `path`.
std::vector<std::string> importColumns(const CsvTable& table, const std::string& fileName) {
    std::vector<std::string> columns;
    for (const std::string& header : table.header) {
        std::string column = lowerTrimmed(header);
        if (!targetOf(column)) {
            std::string expected;
            for (const auto& [name, target] : kImportColumns)
                expected += std::string(expected.empty() ? "" : ", ") + name;
            throw ImportError(
                Message{CODEBOOM_N_("{file}, line 1: unknown column '{column}'; a codebook has the "
                                    "columns {columns}"),
                        {{"file", fileName}, {"column", header}, {"columns", expected}}});
        }
        if (std::find(columns.begin(), columns.end(), column) != columns.end())
            throw ImportError(
                Message{CODEBOOM_N_("{file}, line 1: the column '{column}' appears twice"),
                        {{"file", fileName}, {"column", column}}});
        columns.push_back(std::move(column));
    }
    if (std::find(columns.begin(), columns.end(), "path") == columns.end())
        throw ImportError(
            Message{CODEBOOM_N_("{file}, line 1: there is no 'path' column (the code path, e.g. "
                                "'Regulatief > Subsidies'), which every codebook needs"),
                    {{"file", fileName}}});
    return columns;
}

void addNote(std::string& note, const std::string& more) {
    note += (note.empty() ? "" : "; ") + more;
}

// A row's non-empty cells as `codes` columns, checked; `note` tells what was not taken over.
nlohmann::json importFields(const ImportRow& row, const std::string& path, std::string& note) {
    nlohmann::json fields = nlohmann::json::object();
    for (const auto& [column, value] : row.cells)
        if (const std::string target = targetOf(column); !target.empty())
            fields[target] = value;
    if (fields.contains("color"))
        fields["color"] = normalizeColor(fields["color"].get<std::string>());
    if (fields.contains("phase")) {
        const std::string phase = fields["phase"].get<std::string>();
        if (phase != "open" && phase != "axial" && phase != "selective")
            throw InvalidArgumentError(
                Message{CODEBOOM_N_("phase '{phase}' is not one of open, axial, selective"),
                        {{"phase", phase}}});
    }
    if (fields.contains("status")) {
        const std::string status = fields["status"].get<std::string>();
        // A merged code points at the code it was merged into, which only code-merge sets up.
        if (status == "merged") {
            fields.erase("status");
            addNote(note, "status 'merged' not imported (merge codes with code-merge)");
        } else if (status != "provisional" && status != "defined") {
            throw InvalidArgumentError(
                Message{CODEBOOM_N_("status '{status}' is not one of provisional, defined, merged"),
                        {{"status", status}}});
        }
    }
    const std::array<std::pair<const char*, const char*>, 5> texts = {{
        {"description", "definition"},
        {"inclusion", "inclusion criteria"},
        {"exclusion", "exclusion criteria"},
        {"label_nl", "Dutch label"},
        {"label_en", "English label"},
    }};
    for (const auto& [column, field] : texts)
        if (fields.contains(column))
            validateText(field, path, fields[column].get<std::string>(),
                         std::string_view(column).substr(0, 5) == "label");
    if (fields.contains("anchor_coding")) {
        const std::string given = fields["anchor_coding"].get<std::string>();
        fields["anchor_coding"] = normalizeUuid(given);
        if (fields["anchor_coding"].get<std::string>().empty())
            throw InvalidArgumentError(Message{
                CODEBOOM_N_("anchor '{anchor}' is not a coding UUID"), {{"anchor", given}}});
    }
    return fields;
}

} // namespace

ImportCodebook::ImportCodebook(CsvTable table, std::string fileName)
    : table_(std::move(table)), fileName_(std::move(fileName)) {}

std::string ImportCodebook::label() const {
    return "import codebook " + quote(fileName_);
}

nlohmann::json ImportCodebook::arguments() const {
    return {{"file", fileName_}, {"rows", table_.rows.size()}};
}

void ImportCodebook::execute(CommandContext& context) {
    Project& project = context.project;
    const CodeTree& tree = project.codeTree();
    const std::vector<std::string> columns = importColumns(table_, fileName_);
    CodeBuilder builder(context);
    outcome_.clear();
    std::map<RowId, std::size_t> lineOfCode;
    std::map<std::string, std::size_t> lineOfUuid;
    std::vector<std::pair<std::string, std::size_t>> parents; // created for a row: path, line
    for (std::size_t r = 0; r < table_.rows.size(); ++r) {
        ImportRow row{table_.lines[r], {}};
        for (std::size_t c = 0; c < columns.size(); ++c)
            if (!table_.rows[r][c].empty())
                row.cells[columns[c]] = table_.rows[r][c];
        if (row.cells.empty())
            continue; // spreadsheets write rows of empty cells below a table
        try {
            const std::string* path = row.cell("path");
            if (!path)
                throw InvalidArgumentError(Message{CODEBOOM_N_("the path is empty"), {}});
            // A merged code is history: importing it would bring it back into the tree.
            if (const std::string* status = row.cell("status");
                status && lowerTrimmed(*status) == "merged-into") {
                const std::string* into = row.cell("merged_into");
                outcome_.push_back({*path, "skipped",
                                    "a merged code" +
                                        (into ? " (now in " + quote(*into) + ")" : std::string()) +
                                        "; merge codes with code-merge"});
                continue;
            }
            const std::vector<std::string> names = splitCodePath(*path);
            std::string uuid;
            if (const std::string* given = row.cell("uuid")) {
                uuid = normalizeUuid(*given);
                if (uuid.empty())
                    throw InvalidArgumentError(
                        Message{CODEBOOM_N_("'{uuid}' is not a UUID"), {{"uuid", *given}}});
                if (const auto seen = lineOfUuid.find(uuid); seen != lineOfUuid.end())
                    throw InvalidArgumentError(
                        Message{CODEBOOM_N_("uuid '{uuid}' is also on line {line}"),
                                {{"uuid", uuid}, {"line", std::to_string(seen->second)}}});
                lineOfUuid[uuid] = row.line;
            }
            std::string note;
            nlohmann::json fields = importFields(row, *path, note);

            // The code: by uuid, else by path, else a new one that keeps the file's uuid.
            const Code* byUuid = uuid.empty() ? nullptr : tree.findByUuid(uuid);
            std::optional<RowId> id = byUuid ? byUuid->id : builder.find(names);
            if (!byUuid && id && !uuid.empty())
                addNote(note, "matched by path; the file's uuid is not in this project");
            bool created = false;
            if (!id) {
                const std::size_t before = builder.createdPaths().size();
                nlohmann::json row0 = fields;
                row0.erase("anchor_coding"); // checked below against the code's place
                if (!uuid.empty())
                    row0["uuid"] = uuid;
                id = builder.ensure(names, row0).id;
                created = true;
                for (std::size_t i = before; i + 1 < builder.createdPaths().size(); ++i)
                    parents.emplace_back(builder.createdPaths()[i], row.line);
            }
            if (const auto seen = lineOfCode.find(*id); seen != lineOfCode.end())
                throw InvalidArgumentError(
                    Message{CODEBOOM_N_("code '{code}' is also on line {line}"),
                            {{"code", *path}, {"line", std::to_string(seen->second)}}});
            lineOfCode[*id] = row.line;

            const Code* existing = tree.find(*id); // null: created by this import
            if (fields.contains("anchor_coding")) {
                const std::string anchor = fields["anchor_coding"].get<std::string>();
                CodingFilter filter;
                filter.uuid = anchor;
                if (project.codings(filter).empty())
                    // A soft link: the coding may arrive later by merging the project it is from.
                    addNote(note, "anchor coding not in this project; kept as a link");
                else if (!existing)
                    throw InvalidArgumentError(Message{
                        CODEBOOM_N_("coding '{coding}' cannot be the anchor example of the new "
                                    "code '{code}': it is coded with another code"),
                        {{"coding", anchor}, {"code", *path}}});
                else
                    anchorFor(project, *existing, anchor);
            }
            if (created)
                fields = fields.contains("anchor_coding")
                             ? nlohmann::json{{"anchor_coding", fields["anchor_coding"]}}
                             : nlohmann::json::object();
            const std::size_t before = context.changes.changes().size();
            context.changes.update("codes", *id, fields);
            const bool changed = context.changes.changes().size() != before;
            outcome_.push_back({existing ? existing->path : joined(names),
                                !existing ? "added"
                                : changed ? "updated"
                                          : "unchanged",
                                note});
        } catch (const InvalidArgumentError& e) {
            throw ImportError(Message{
                CODEBOOM_N_("{file}, line {line}: {reason}"),
                {{"file", fileName_}, {"line", std::to_string(row.line)}, {"reason", e.what()}}});
        }
    }
    // Parents no row describes, created so that a row's code had a place.
    for (const auto& [path, line] : parents)
        if (!lineOfCode.count(*builder.find(splitCodePath(path))))
            outcome_.push_back({path, "added", "parent created for line " + std::to_string(line)});
}

} // namespace codeboom
