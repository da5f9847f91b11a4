#pragma once

#include <random>
#include <string>

namespace codeboom {

// Random (version 4) UUIDs for every stored object: merge and REFI-QDA exchange rely on them
// being unique across projects, which an integer row id is not.
class UuidGenerator {
public:
    UuidGenerator();
    std::string next();

private:
    std::mt19937_64 engine_;
};

// True for the canonical lowercase 8-4-4-4-12 form (braces and upper case are accepted by
// `normalizeUuid`, which returns the canonical form or an empty string).
bool isUuid(const std::string& text);
std::string normalizeUuid(std::string text);

// Current time as ISO 8601 UTC with milliseconds, e.g. "2026-11-23T11:50:00.123Z".
std::string utcNow();

} // namespace codeboom
