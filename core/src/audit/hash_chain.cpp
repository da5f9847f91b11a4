#include "codeboom/audit/hash_chain.h"

#include "codeboom/project.h"
#include "codeboom/text/sha256.h"

namespace codeboom {

std::string eventHash(const std::string& prevHash, const std::string& uuid, const std::string& at,
                      const std::string& coderUuid, const std::string& kind,
                      const std::string& command, const std::string& label,
                      std::optional<RowId> target, const std::string& reason,
                      const std::string& payload, const std::string& origin) {
    Sha256 hash;
    // Each field is preceded by its length, so a separator inside a field cannot be confused
    // with a field boundary.
    for (const std::string* field : {&prevHash, &uuid, &at, &coderUuid, &kind, &command, &label}) {
        hash.update(std::to_string(field->size()) + ":");
        hash.update(*field);
    }
    const std::string targetText = target ? std::to_string(*target) : "";
    for (const std::string* field : {&targetText, &reason, &payload, &origin}) {
        hash.update(std::to_string(field->size()) + ":");
        hash.update(*field);
    }
    return hash.hexDigest();
}

std::optional<ChainBreak> verifyHashChain(Project& project) {
    auto stmt = project.database().prepare(
        "SELECT e.id, e.uuid, e.at, c.uuid, e.kind, e.command, e.label, e.target_event, e.reason, "
        "e.payload, e.origin, e.prev_hash, e.hash FROM events e LEFT JOIN coders c ON c.id = "
        "e.coder_id ORDER BY e.id");
    std::string previous = kGenesisHash;
    while (stmt.step()) {
        const RowId id = stmt.int64At(0);
        if (stmt.textAt(11) != previous)
            return ChainBreak{id, "its link to the previous event does not match (an event before "
                                  "it was removed, inserted or changed)"};
        const std::string expected =
            eventHash(previous, stmt.textAt(1), stmt.textAt(2), stmt.textAt(3), stmt.textAt(4),
                      stmt.textAt(5), stmt.textAt(6), stmt.optionalInt64At(7), stmt.textAt(8),
                      stmt.textAt(9), stmt.textAt(10));
        if (stmt.textAt(12) != expected)
            return ChainBreak{id, "its content does not match its hash (the event was edited)"};
        previous = stmt.textAt(12);
    }
    return std::nullopt;
}

} // namespace codeboom
