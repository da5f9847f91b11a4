#include "codeboom/commands/attribute_commands.h"

#include "codeboom/error.h"
#include "codeboom/project.h"

#include <algorithm>
#include <array>

namespace codeboom {

namespace {

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

RowId caseId(CommandContext& context, const CaseRef& ref) {
    Project& project = context.project;
    if (ref.name.empty())
        throw InvalidArgumentError(Message{CODEBOOM_N_("a case needs a name"), {}});
    if (ref.kind != "speaker" && ref.kind != "document")
        throw InvalidArgumentError(
            Message{CODEBOOM_N_("case kind '{kind}' is neither 'speaker' nor 'document'"),
                    {{"kind", ref.kind}}});
    std::optional<RowId> documentId;
    if (ref.kind == "document")
        documentId = project.document(ref.name).id;
    else if (!ref.document.empty())
        documentId = project.document(ref.document).id;
    auto stmt = project.database().prepare(
        "SELECT id FROM cases WHERE kind = ? AND name = ? AND IFNULL(document_id, 0) = ?");
    stmt.bind(0, ref.kind).bind(1, ref.name).bind(2, documentId.value_or(0));
    if (stmt.step())
        return stmt.int64At(0);
    return context.changes.insert("cases", {{"uuid", project.uuids().next()},
                                            {"name", ref.name},
                                            {"kind", ref.kind},
                                            {"document_id", documentId ? nlohmann::json(*documentId)
                                                                       : nlohmann::json(nullptr)}});
}

void setValue(CommandContext& context, RowId caseRow, const std::string& attribute,
              const std::string& value) {
    if (attribute.empty())
        throw InvalidArgumentError(Message{CODEBOOM_N_("an attribute needs a name"), {}});
    auto stmt = context.project.database().prepare(
        "SELECT id FROM attributes WHERE case_id = ? AND name = ?");
    stmt.bind(0, caseRow).bind(1, attribute);
    const std::optional<RowId> existing =
        stmt.step() ? std::optional<RowId>(stmt.int64At(0)) : std::nullopt;
    if (value.empty()) {
        if (existing)
            context.changes.remove("attributes", *existing);
    } else if (existing) {
        context.changes.update("attributes", *existing, {{"value", value}});
    } else {
        context.changes.insert("attributes",
                               {{"case_id", caseRow}, {"name", attribute}, {"value", value}});
    }
}

} // namespace

SetAttribute::SetAttribute(CaseRef target, std::string attribute, std::string value)
    : target_(std::move(target)), attribute_(std::move(attribute)), value_(std::move(value)) {}

std::string SetAttribute::label() const {
    return "set " + attribute_ + " of '" + target_.name + "' to '" + value_ + "'";
}

nlohmann::json SetAttribute::arguments() const {
    return {{"kind", target_.kind},
            {"case", target_.name},
            {"document", target_.document},
            {"attribute", attribute_},
            {"value", value_}};
}

void SetAttribute::execute(CommandContext& context) {
    setValue(context, caseId(context, target_), attribute_, value_);
}

ImportAttributes::ImportAttributes(CsvTable table, std::string fileName)
    : table_(std::move(table)), fileName_(std::move(fileName)) {}

std::string ImportAttributes::label() const {
    return "import attributes from '" + fileName_ + "'";
}

nlohmann::json ImportAttributes::arguments() const {
    return {{"file", fileName_}, {"rows", table_.rows.size()}, {"encoding", table_.encoding}};
}

void ImportAttributes::execute(CommandContext& context) {
    static constexpr std::array<const char*, 7> kSpeaker = {
        "spreker", "speaker", "respondent", "deelnemer", "naam", "name", "case"};
    static constexpr std::array<const char*, 4> kDocument = {"document", "bestand", "file", "doc"};
    std::optional<std::size_t> speakerColumn;
    std::optional<std::size_t> documentColumn;
    for (std::size_t i = 0; i < table_.header.size(); ++i) {
        const std::string name = lower(trimmed(table_.header[i]));
        if (!speakerColumn && std::find(kSpeaker.begin(), kSpeaker.end(), name) != kSpeaker.end())
            speakerColumn = i;
        else if (!documentColumn &&
                 std::find(kDocument.begin(), kDocument.end(), name) != kDocument.end())
            documentColumn = i;
    }
    if (!speakerColumn && !documentColumn)
        throw ImportError(Message{CODEBOOM_N_("{file}: no column names the case; add a column "
                                              "'spreker' (speaker) or 'document'"),
                                  {{"file", fileName_}}});
    for (std::size_t r = 0; r < table_.rows.size(); ++r) {
        const auto& row = table_.rows[r];
        CaseRef ref;
        if (speakerColumn) {
            ref.name = trimmed(row[*speakerColumn]);
            ref.document = documentColumn ? trimmed(row[*documentColumn]) : "";
        } else {
            ref.kind = "document";
            ref.name = trimmed(row[*documentColumn]);
        }
        RowId caseRow = 0;
        try {
            caseRow = caseId(context, ref);
        } catch (const InvalidArgumentError& e) {
            throw ImportError(Message{CODEBOOM_N_("{file}, line {line}: {reason}"),
                                      {{"file", fileName_},
                                       {"line", std::to_string(table_.lines[r])},
                                       {"reason", e.what()}}});
        }
        for (std::size_t c = 0; c < row.size(); ++c)
            if (c != speakerColumn && c != documentColumn && !trimmed(row[c]).empty())
                setValue(context, caseRow, trimmed(table_.header[c]), trimmed(row[c]));
    }
}

} // namespace codeboom
