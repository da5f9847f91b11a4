#include "codeboom/commands/coding_commands.h"

#include "codeboom/commands/relation_commands.h"
#include "codeboom/commands/review_commands.h"
#include "codeboom/error.h"
#include "codeboom/project.h"

namespace codeboom {

ApplyCoding::ApplyCoding(std::string document, std::size_t start, std::size_t end, std::string code,
                         std::string memo)
    : document_(std::move(document)), start_(start), end_(end), code_(std::move(code)),
      memo_(std::move(memo)) {}

std::string ApplyCoding::label() const {
    return "apply code '" + code_ + "' to " + document_ + " " + std::to_string(start_) + "–" +
           std::to_string(end_);
}

nlohmann::json ApplyCoding::arguments() const {
    return {{"document", document_},
            {"start", start_},
            {"end", end_},
            {"code", code_},
            {"memo", memo_}};
}

void ApplyCoding::execute(CommandContext& context) {
    Project& project = context.project;
    const Document doc = project.document(document_);
    const Code& code = project.codeTree().resolve(code_);
    if (start_ >= end_)
        throw InvalidArgumentError(Message{
            CODEBOOM_N_("cannot code {start}–{end} in '{document}': the start must come before "
                        "the end"),
            {{"start", std::to_string(start_)},
             {"end", std::to_string(end_)},
             {"document", doc.name}}});
    if (end_ > doc.chars)
        throw InvalidArgumentError(Message{
            CODEBOOM_N_("cannot code {start}–{end} in '{document}': the document has {chars} "
                        "characters"),
            {{"start", std::to_string(start_)},
             {"end", std::to_string(end_)},
             {"document", doc.name},
             {"chars", std::to_string(doc.chars)}}});
    const DocumentText& text = project.text(doc.id);
    uuid_ = project.uuids().next();
    context.changes.insert("codings", {{"uuid", uuid_},
                                       {"document_id", doc.id},
                                       {"start", start_},
                                       {"end", end_},
                                       {"code_id", code.id},
                                       {"coder_id", project.coderId()},
                                       {"text", std::string(text.offsets.slice(start_, end_))},
                                       {"memo", memo_},
                                       {"created_at", utcNow()}});
}

RemoveCoding::RemoveCoding(std::string codingUuid) : uuid_(std::move(codingUuid)) {}

std::string RemoveCoding::label() const {
    return described_.empty() ? "remove coding " + uuid_ : "remove coding " + described_;
}

nlohmann::json RemoveCoding::arguments() const {
    return {{"coding", uuid_}};
}

void RemoveCoding::execute(CommandContext& context) {
    const Coding coding = context.project.coding(uuid_);
    described_ = "'" + coding.codePath + "' from " + coding.document + " " +
                 std::to_string(coding.start) + "–" + std::to_string(coding.end);
    removeReviewsOf(context, coding.id);
    removeEvidenceOf(context, coding.id);
    context.changes.remove("codings", coding.id);
}

} // namespace codeboom
