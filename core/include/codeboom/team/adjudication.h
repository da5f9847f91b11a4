#pragma once

#include "codeboom/analysis/regions.h"
#include "codeboom/commands/command.h"

#include <optional>
#include <string>
#include <vector>

namespace codeboom {

// A stretch of one document where two coders coded one code differently: the overlapping (or
// touching) regions of both, grouped, whose spans are not identical.
struct Disagreement {
    std::string document;
    std::string code; // path
    std::string codeUuid;
    Span span; // from the first start to the last end of the group
    std::vector<Span> x, y;
    std::string text;    // the span's text
    std::string context; // up to 40 code points either side, the span marked with [[ ]]
};

// Every disagreement between coders x and y, by document then code (tree order) then position.
// `code`, when given, limits the list to that code.
std::vector<Disagreement> findDisagreements(Project& project, const std::string& x,
                                            const std::string& y,
                                            std::optional<RowId> code = std::nullopt);

enum class Decision { TakeX, TakeY, Union, Intersection, Neither, Recode };

// "take-x", "take-y", "union", "intersection", "neither", "recode"; throws otherwise.
Decision parseDecision(const std::string& name);
std::string decisionName(Decision decision);

// The adjudicator's decision on one disagreement, written to the consensus coder's layer: the
// consensus codings of the code inside the span are replaced by X's regions, Y's, their union,
// their intersection, nothing, or (recode) the union under another code. One command, so it is
// undoable and recorded with the reason given to Project::execute.
class Adjudicate : public Command {
public:
    Adjudicate(std::string x, std::string y, std::string consensus, std::string document,
               std::string code, Span span, Decision decision, std::string recodeTo = {});
    std::string name() const override { return "adjudicate"; }
    std::string label() const override;
    nlohmann::json arguments() const override;
    void execute(CommandContext& context) override;

private:
    std::string x_, y_, consensus_, document_, code_;
    Span span_;
    Decision decision_;
    std::string recodeTo_;
};

} // namespace codeboom
