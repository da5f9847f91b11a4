#pragma once

#include "codeboom/model/types.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace codeboom {

class Project;

// The hash of the empty chain, before the first event.
inline const std::string kGenesisHash(64, '0');

// SHA-256 over the previous hash and every field of the event, separated so that no two
// different events serialise alike. `coderUuid` rather than the name: names can be merged.
std::string eventHash(const std::string& prevHash, const std::string& uuid, const std::string& at,
                      const std::string& coderUuid, const std::string& kind,
                      const std::string& command, const std::string& label,
                      std::optional<RowId> target, const std::string& reason,
                      const std::string& payload, const std::string& origin);

struct ChainBreak {
    RowId eventId = 0;
    std::string problem;
};

// The chain's head: how many events the log had and the last one's hash, kept in the `project`
// table (key kChainHeadKey) and updated in the transaction that appends an event. Links alone
// cannot show that the newest events were deleted (what is left is a valid shorter chain); the
// head can. Projects written before the head was kept have none until their next event. A new
// key in an existing table needs no new schema version: a Codeboom that does not know it leaves
// it alone, and events it appends past the head are accepted as long as the head's own event is
// still the one recorded.
inline const std::string kChainHeadKey = "event_chain_head";
struct ChainHead {
    std::int64_t events = 0;
    std::string hash;
};
namespace store {
class Database;
}
std::optional<ChainHead> recordedChainHead(store::Database& db);
void recordChainHead(store::Database& db, const ChainHead& head);

// Recomputes the chain; returns the first event whose stored hashes do not match, or, when the
// links hold, where the log falls short of (or ends differently from) the recorded head.
std::optional<ChainBreak> verifyHashChain(Project& project);

} // namespace codeboom
