#pragma once

#include "codeboom/commands/command.h"

#include <string>
#include <vector>

namespace codeboom {

// A supervisor's mark on a coding; a coding's latest mark is its review state.
struct Review {
    RowId id = 0;
    std::string codingUuid;
    std::string document;
    std::size_t start = 0, end = 0;
    std::string codePath;
    std::string codingCoder;
    std::string state; // approved, question, rejected
    std::string comment;
    std::string reviewer;
    std::string at;
};

// Marks a coding approved / question / rejected with a comment, as the current coder.
class ReviewCoding : public Command {
public:
    ReviewCoding(std::string codingUuid, std::string state, std::string comment = {});
    std::string name() const override { return "review-coding"; }
    std::string label() const override;
    nlohmann::json arguments() const override;
    void execute(CommandContext& context) override;

private:
    std::string uuid_, state_, comment_;
};

// Every review mark, oldest first; only the latest per coding with `latestOnly`.
std::vector<Review> reviews(Project& project, bool latestOnly = false);

// Records the removal of a coding's review marks (before the coding itself is removed).
void removeReviewsOf(CommandContext& context, RowId codingId);

} // namespace codeboom
