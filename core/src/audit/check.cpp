#include "codeboom/audit/check.h"

#include "codeboom/audit/hash_chain.h"
#include "codeboom/error.h"
#include "codeboom/project.h"
#include "codeboom/text/sha256.h"

namespace codeboom {

namespace {

constexpr std::size_t kMaxReported = 5;

void note(CheckResult& result, std::size_t& problems, const std::string& problem) {
    result.ok = false;
    if (problems++ < kMaxReported)
        result.detail += (result.detail.empty() ? "" : "; ") + problem;
}

CheckResult sqliteIntegrity(store::Database& db) {
    CheckResult result{"sqlite-integrity", true, ""};
    auto stmt = db.prepare("PRAGMA integrity_check");
    while (stmt.step())
        if (stmt.textAt(0) != "ok") {
            result.ok = false;
            result.detail += (result.detail.empty() ? "" : "; ") + stmt.textAt(0);
        }
    if (result.ok)
        result.detail = "the database structure is intact";
    return result;
}

CheckResult foreignKeys(store::Database& db) {
    CheckResult result{"foreign-keys", true, ""};
    std::size_t problems = 0;
    auto stmt = db.prepare("PRAGMA foreign_key_check");
    while (stmt.step())
        note(result, problems,
             stmt.textAt(0) + " row " + std::to_string(stmt.int64At(1)) + " points to a missing " +
                 stmt.textAt(2) + " row");
    if (result.ok)
        result.detail = "every reference points to an existing row";
    return result;
}

} // namespace

std::vector<CheckResult> checkProject(Project& project) {
    std::vector<CheckResult> results;
    store::Database& db = project.database();
    results.push_back(sqliteIntegrity(db));
    results.push_back(foreignKeys(db));

    CheckResult texts{"document-text", true, ""};
    CheckResult structure{"document-structure", true, ""};
    std::size_t textProblems = 0;
    std::size_t structureProblems = 0;
    const auto documents = project.documents();
    for (const Document& doc : documents) {
        const DocumentText& text = project.text(doc.id);
        if (sha256Hex(text.text) != doc.sha256)
            note(texts, textProblems, "'" + doc.name + "': the text does not match its SHA-256");
        if (text.offsets.codePoints() != doc.chars)
            note(texts, textProblems, "'" + doc.name + "': the stored length is wrong");
        for (const Paragraph& p : project.paragraphs(doc.id))
            if (p.end > doc.chars || p.start >= p.end)
                note(structure, structureProblems,
                     "'" + doc.name + "' paragraph " + std::to_string(p.index) +
                         " is out of range");
        for (const Turn& t : project.turns(doc.id))
            if (t.end > doc.chars || t.start > t.end)
                note(structure, structureProblems,
                     "'" + doc.name + "' turn " + std::to_string(t.index) + " is out of range");
    }
    if (texts.ok)
        texts.detail = std::to_string(documents.size()) + " documents match their hashes";
    if (structure.ok)
        structure.detail = "paragraphs and turns lie within their documents";
    results.push_back(texts);
    results.push_back(structure);

    CheckResult codings{"coding-text", true, ""};
    std::size_t codingProblems = 0;
    const auto all = project.codings();
    for (const Coding& c : all) {
        const DocumentText& text = project.text(c.documentId);
        if (c.end > text.offsets.codePoints() || c.start >= c.end) {
            note(codings, codingProblems,
                 "coding " + c.uuid + " lies outside '" + c.document + "'");
            continue;
        }
        if (text.offsets.slice(c.start, c.end) != c.text)
            note(codings, codingProblems,
                 "coding " + c.uuid + " in '" + c.document +
                     "' no longer covers the text it was made on");
    }
    if (codings.ok)
        codings.detail = std::to_string(all.size()) + " codings cover the text they were made on";
    results.push_back(codings);

    CheckResult chain{"event-chain", true, ""};
    if (const auto broken = verifyHashChain(project)) {
        chain.ok = false;
        chain.detail = "event " + std::to_string(broken->eventId) + ": " + broken->problem;
    } else {
        chain.detail = std::to_string(project.events().size()) + " events, hash chain intact";
    }
    results.push_back(chain);
    return results;
}

} // namespace codeboom
