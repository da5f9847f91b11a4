#pragma once

#include "codeboom/model/types.h"

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

// Recomputes the chain; returns the first event whose stored hashes do not match.
std::optional<ChainBreak> verifyHashChain(Project& project);

} // namespace codeboom
