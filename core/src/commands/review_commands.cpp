#include "codeboom/commands/review_commands.h"

#include "codeboom/error.h"
#include "codeboom/project.h"

#include <map>

namespace codeboom {

ReviewCoding::ReviewCoding(std::string codingUuid, std::string state, std::string comment)
    : uuid_(std::move(codingUuid)), state_(std::move(state)), comment_(std::move(comment)) {}

std::string ReviewCoding::label() const {
    return "review coding " + uuid_ + ": " + state_;
}

nlohmann::json ReviewCoding::arguments() const {
    return {{"coding", uuid_}, {"state", state_}, {"comment", comment_}};
}

void ReviewCoding::execute(CommandContext& context) {
    if (state_ != "approved" && state_ != "question" && state_ != "rejected")
        throw InvalidArgumentError(Message{
            CODEBOOM_N_("unknown review state '{state}' (use approved, question or rejected)"),
            {{"state", state_}}});
    const Coding coding = context.project.coding(uuid_);
    context.changes.insert("coding_reviews", {{"coding_id", coding.id},
                                              {"state", state_},
                                              {"comment", comment_},
                                              {"coder_id", context.project.coderId()},
                                              {"at", utcNow()}});
}

std::vector<Review> reviews(Project& project, bool latestOnly) {
    auto stmt = project.database().prepare(
        "SELECT r.id, c.uuid, d.name, c.start, c.\"end\", c.code_id, cc.name, r.state, r.comment, "
        "k.name, r.at FROM coding_reviews r JOIN codings c ON c.id = r.coding_id "
        "JOIN documents d ON d.id = c.document_id JOIN coders cc ON cc.id = c.coder_id "
        "JOIN coders k ON k.id = r.coder_id ORDER BY r.id");
    const CodeTree& tree = project.codeTree();
    std::vector<Review> out;
    std::map<std::string, std::size_t> latest;
    while (stmt.step()) {
        const Code* code = tree.find(stmt.int64At(5));
        Review review{stmt.int64At(0),
                      stmt.textAt(1),
                      stmt.textAt(2),
                      static_cast<std::size_t>(stmt.int64At(3)),
                      static_cast<std::size_t>(stmt.int64At(4)),
                      code ? code->path : "",
                      stmt.textAt(6),
                      stmt.textAt(7),
                      stmt.textAt(8),
                      stmt.textAt(9),
                      stmt.textAt(10)};
        if (latestOnly) {
            if (const auto it = latest.find(review.codingUuid); it != latest.end()) {
                out[it->second] = std::move(review);
                continue;
            }
            latest[review.codingUuid] = out.size();
        }
        out.push_back(std::move(review));
    }
    return out;
}

void removeReviewsOf(CommandContext& context, RowId codingId) {
    context.changes.removeWhere("coding_reviews", "coding_id", codingId);
}

} // namespace codeboom
