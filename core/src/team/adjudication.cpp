#include "codeboom/team/adjudication.h"

#include "codeboom/commands/relation_commands.h"
#include "codeboom/commands/review_commands.h"
#include "codeboom/error.h"
#include "codeboom/project.h"

#include <algorithm>
#include <map>

namespace codeboom {

namespace {

// United regions of one coder and code in one document.
std::vector<Span> regionsOf(Project& project, const std::string& coder, RowId document,
                            RowId code) {
    CodingFilter filter;
    filter.documentId = document;
    filter.codeId = code;
    filter.coder = coder;
    std::vector<Span> spans;
    for (const Coding& coding : project.codings(filter))
        spans.push_back({coding.start, coding.end});
    return uniteSpans(std::move(spans));
}

std::vector<Span> inside(const std::vector<Span>& regions, Span span) {
    std::vector<Span> out;
    for (const Span& r : regions)
        if (r.start < span.end && span.start < r.end)
            out.push_back(r);
    return out;
}

std::vector<Span> intersect(const std::vector<Span>& a, const std::vector<Span>& b) {
    std::vector<Span> out;
    for (const Span& x : a)
        for (const Span& y : b) {
            const std::size_t lo = std::max(x.start, y.start), hi = std::min(x.end, y.end);
            if (lo < hi)
                out.push_back({lo, hi});
        }
    return uniteSpans(std::move(out));
}

} // namespace

std::vector<Disagreement> findDisagreements(Project& project, const std::string& x,
                                            const std::string& y, std::optional<RowId> code) {
    for (const std::string& coder : {x, y})
        if (!project.findCoder(coder))
            throw InvalidArgumentError(Message{CODEBOOM_N_("there is no coder '{coder}' in {file}"),
                                               {{"coder", coder}, {"file", project.fileName()}}});
    std::map<std::pair<RowId, RowId>, std::pair<std::vector<Span>, std::vector<Span>>> spans;
    for (const Coding& coding : project.codings()) {
        if ((coding.coder != x && coding.coder != y) || (code && coding.codeId != *code))
            continue;
        auto& entry = spans[{coding.documentId, coding.codeId}];
        (coding.coder == x ? entry.first : entry.second).push_back({coding.start, coding.end});
    }
    std::map<RowId, std::size_t> codeOrder;
    for (const Code& c : project.codeTree().codes())
        codeOrder[c.id] = codeOrder.size();
    std::vector<Disagreement> out;
    for (const Document& doc : project.documents()) {
        std::vector<std::pair<RowId, std::pair<std::vector<Span>, std::vector<Span>>*>> codes;
        for (auto& [key, lists] : spans)
            if (key.first == doc.id)
                codes.emplace_back(key.second, &lists);
        std::sort(codes.begin(), codes.end(), [&](const auto& l, const auto& r) {
            return codeOrder[l.first] < codeOrder[r.first];
        });
        const DocumentText& text = project.text(doc.id);
        for (const auto& [codeId, lists] : codes) {
            const auto xs = uniteSpans(lists->first), ys = uniteSpans(lists->second);
            std::vector<Span> all = xs;
            all.insert(all.end(), ys.begin(), ys.end());
            // Groups: the united regions of both coders together.
            for (const Span& group : uniteSpans(all)) {
                Disagreement d;
                d.x = inside(xs, group);
                d.y = inside(ys, group);
                if (d.x == d.y)
                    continue;
                const Code* c = project.codeTree().find(codeId);
                d.document = doc.name;
                d.code = c ? c->path : "";
                d.codeUuid = c ? c->uuid : "";
                d.span = group;
                d.text = std::string(text.offsets.slice(group.start, group.end));
                const std::size_t from = group.start > 40 ? group.start - 40 : 0;
                const std::size_t to = std::min(doc.chars, group.end + 40);
                d.context = std::string(text.offsets.slice(from, group.start)) + "[[" + d.text +
                            "]]" + std::string(text.offsets.slice(group.end, to));
                out.push_back(std::move(d));
            }
        }
    }
    return out;
}

Decision parseDecision(const std::string& name) {
    for (const Decision d : {Decision::TakeX, Decision::TakeY, Decision::Union,
                             Decision::Intersection, Decision::Neither, Decision::Recode})
        if (decisionName(d) == name)
            return d;
    throw InvalidArgumentError(
        Message{CODEBOOM_N_("unknown decision '{decision}' (use take-x, take-y, union, "
                            "intersection, neither or recode)"),
                {{"decision", name}}});
}

std::string decisionName(Decision decision) {
    switch (decision) {
    case Decision::TakeX:
        return "take-x";
    case Decision::TakeY:
        return "take-y";
    case Decision::Union:
        return "union";
    case Decision::Intersection:
        return "intersection";
    case Decision::Neither:
        return "neither";
    case Decision::Recode:
        return "recode";
    }
    return "neither";
}

Adjudicate::Adjudicate(std::string x, std::string y, std::string consensus, std::string document,
                       std::string code, Span span, Decision decision, std::string recodeTo)
    : x_(std::move(x)), y_(std::move(y)), consensus_(std::move(consensus)),
      document_(std::move(document)), code_(std::move(code)), span_(span), decision_(decision),
      recodeTo_(std::move(recodeTo)) {}

std::string Adjudicate::label() const {
    return "adjudicate '" + code_ + "' in " + document_ + " " + std::to_string(span_.start) + "–" +
           std::to_string(span_.end) + ": " + decisionName(decision_);
}

nlohmann::json Adjudicate::arguments() const {
    return {{"x", x_},
            {"y", y_},
            {"consensus", consensus_},
            {"document", document_},
            {"code", code_},
            {"start", span_.start},
            {"end", span_.end},
            {"decision", decisionName(decision_)},
            {"recode", recodeTo_}};
}

void Adjudicate::execute(CommandContext& context) {
    Project& project = context.project;
    if (consensus_.empty() || consensus_ == x_ || consensus_ == y_)
        throw InvalidArgumentError(
            Message{CODEBOOM_N_("the consensus layer needs its own coder name, not '{coder}'"),
                    {{"coder", consensus_}}});
    if (decision_ == Decision::Recode && recodeTo_.empty())
        throw InvalidArgumentError(
            Message{CODEBOOM_N_("the decision 'recode' needs the code to recode to"), {}});
    const Document doc = project.document(document_);
    const Code code = project.codeTree().resolve(code_);
    const Code target =
        decision_ == Decision::Recode ? project.codeTree().resolve(recodeTo_) : code;
    if (span_.start >= span_.end || span_.end > doc.chars)
        throw InvalidArgumentError(
            Message{CODEBOOM_N_("the span {start}–{end} is not inside '{document}'"),
                    {{"start", std::to_string(span_.start)},
                     {"end", std::to_string(span_.end)},
                     {"document", doc.name}}});
    for (const std::string& coder : {x_, y_})
        if (!project.findCoder(coder))
            throw InvalidArgumentError(Message{CODEBOOM_N_("there is no coder '{coder}' in {file}"),
                                               {{"coder", coder}, {"file", project.fileName()}}});
    const auto xs = inside(regionsOf(project, x_, doc.id, code.id), span_);
    const auto ys = inside(regionsOf(project, y_, doc.id, code.id), span_);
    std::vector<Span> decided;
    switch (decision_) {
    case Decision::TakeX:
        decided = xs;
        break;
    case Decision::TakeY:
        decided = ys;
        break;
    case Decision::Union:
    case Decision::Recode: {
        decided = xs;
        decided.insert(decided.end(), ys.begin(), ys.end());
        decided = uniteSpans(std::move(decided));
        break;
    }
    case Decision::Intersection:
        decided = intersect(xs, ys);
        break;
    case Decision::Neither:
        break;
    }
    // The consensus coder is a layer, not a person logging in: created here when first needed.
    RowId consensusId = 0;
    if (const auto id = project.findCoder(consensus_))
        consensusId = *id;
    else
        consensusId = context.changes.insert(
            "coders",
            {{"uuid", project.uuids().next()}, {"name", consensus_}, {"created_at", utcNow()}});
    // Earlier decisions on this stretch are replaced.
    Span covered = span_;
    for (const auto& list : {xs, ys})
        for (const Span& s : list) {
            covered.start = std::min(covered.start, s.start);
            covered.end = std::max(covered.end, s.end);
        }
    CodingFilter filter;
    filter.documentId = doc.id;
    filter.coder = consensus_;
    for (const Coding& coding : project.codings(filter))
        if ((coding.codeId == code.id || coding.codeId == target.id) &&
            coding.start < covered.end && covered.start < coding.end) {
            removeReviewsOf(context, coding.id);
            removeEvidenceOf(context, coding.id);
            context.changes.remove("codings", coding.id);
        }
    const DocumentText& text = project.text(doc.id);
    for (const Span& s : decided)
        context.changes.insert("codings",
                               {{"uuid", project.uuids().next()},
                                {"document_id", doc.id},
                                {"start", s.start},
                                {"end", s.end},
                                {"code_id", target.id},
                                {"coder_id", consensusId},
                                {"text", std::string(text.offsets.slice(s.start, s.end))},
                                {"memo", ""},
                                {"created_at", utcNow()}});
}

} // namespace codeboom
