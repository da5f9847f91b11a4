#include "codeboom/audit/hash_chain.h"

#include "codeboom/project.h"
#include "codeboom/store/database.h"
#include "codeboom/text/sha256.h"

#include <nlohmann/json.hpp>

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

std::optional<ChainHead> recordedChainHead(store::Database& db) {
    auto& stmt = db.cached("SELECT value FROM project WHERE key = '" + kChainHeadKey + "'");
    std::optional<ChainHead> head;
    if (stmt.step()) {
        const nlohmann::json value = nlohmann::json::parse(stmt.textAt(0), nullptr, false);
        // A value that does not read as a head is reported as a head of no events with no hash:
        // the chain then never matches it, and verify says so.
        head = ChainHead{};
        if (value.is_object() && value.contains("events") && value["events"].is_number_integer() &&
            value.contains("hash") && value["hash"].is_string())
            head = ChainHead{value["events"].get<std::int64_t>(), value["hash"].get<std::string>()};
        else
            head->events = -1;
    }
    stmt.reset();
    return head;
}

void recordChainHead(store::Database& db, const ChainHead& head) {
    const nlohmann::json value = {{"events", head.events}, {"hash", head.hash}};
    auto& stmt = db.cached("INSERT OR REPLACE INTO project (key, value) VALUES ('" + kChainHeadKey +
                           "', ?)");
    stmt.bind(0, value.dump()).run();
}

std::optional<ChainBreak> verifyHashChain(Project& project) {
    auto stmt = project.database().prepare(
        "SELECT e.id, e.uuid, e.at, c.uuid, e.kind, e.command, e.label, e.target_event, e.reason, "
        "e.payload, e.origin, e.prev_hash, e.hash FROM events e LEFT JOIN coders c ON c.id = "
        "e.coder_id ORDER BY e.id");
    const std::optional<ChainHead> head = recordedChainHead(project.database());
    std::string previous = kGenesisHash;
    std::int64_t count = 0;
    RowId lastId = 0;
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
        lastId = id;
        // Events past the recorded head are allowed: a Codeboom from before the head was kept
        // appends without updating it. The head's own event must still be the one recorded.
        if (head && ++count == head->events && previous != head->hash)
            return ChainBreak{id, "the project recorded event " + std::to_string(id) +
                                      " as the log's last with another hash; the last event(s) "
                                      "were replaced or removed"};
    }
    if (head && head->events < 0)
        return ChainBreak{lastId + 1, "the project's record of the log's end is damaged"};
    if (head && count < head->events)
        return ChainBreak{lastId + 1, "the log ends at event " + std::to_string(lastId) +
                                          " but the project recorded " +
                                          std::to_string(head->events) +
                                          " events; the last event(s) were removed"};
    return std::nullopt;
}

} // namespace codeboom
