#pragma once

#include <cstdint>

namespace codeboom::store {

class Database;

// "CBOM": lets file(1), our open dialog and Project::open recognise a Codeboom project.
inline constexpr std::int32_t kApplicationId = 0x43424F4D;

// The schema version this build writes; files with a higher user_version are refused.
int currentSchemaVersion();

// Stamps application_id and creates the newest schema in a new, empty database.
void createSchema(Database& db);

// Brings an older project up to currentSchemaVersion(), one transaction per step, so that a
// failure leaves the file at the last complete version. Returns the number of steps run.
int migrate(Database& db);

} // namespace codeboom::store
