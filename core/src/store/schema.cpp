#include "codeboom/store/schema.h"

#include "codeboom/store/database.h"

#include <array>
#include <string_view>

namespace codeboom::store {

namespace {

// Version 1. Offsets (start, end, body_start) are code points into documents' immutable text.
// No ON DELETE CASCADE anywhere: every deletion is done, and recorded for undo and audit, by a
// command; the foreign keys only guarantee that none is forgotten. Ids of changeable rows are
// AUTOINCREMENT so that an id is never reused after an undo: old events and caches keep meaning
// one row.
constexpr std::string_view kVersion1 = R"sql(
CREATE TABLE project (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE coders (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);

-- Content-addressed and never changed; kept when a document is removed so that undo can bring
-- the document back.
CREATE TABLE document_texts (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  text TEXT NOT NULL
);

CREATE TABLE documents (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL UNIQUE,
  text_id INTEGER NOT NULL REFERENCES document_texts(id),
  sha256 TEXT NOT NULL,
  chars INTEGER NOT NULL,
  words INTEGER NOT NULL,
  original_name TEXT NOT NULL,
  original_sha256 TEXT NOT NULL,
  format TEXT NOT NULL,
  encoding TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  imported_by INTEGER NOT NULL REFERENCES coders(id),
  position INTEGER NOT NULL
);

CREATE TABLE paragraphs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  UNIQUE (document_id, idx),
  CHECK (start < "end")
);

CREATE TABLE turns (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  idx INTEGER NOT NULL,
  speaker TEXT NOT NULL,
  start INTEGER NOT NULL,
  body_start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  timestamp TEXT,
  UNIQUE (document_id, idx),
  CHECK (start <= body_start AND body_start <= "end")
);

-- A case is a respondent (a speaker, optionally scoped to one document) or a document itself.
CREATE TABLE cases (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('speaker', 'document')),
  document_id INTEGER REFERENCES documents(id)
);
CREATE UNIQUE INDEX cases_name ON cases (kind, name, IFNULL(document_id, 0));

CREATE TABLE attributes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  case_id INTEGER NOT NULL REFERENCES cases(id),
  name TEXT NOT NULL,
  value TEXT NOT NULL,
  UNIQUE (case_id, name)
);

CREATE TABLE codes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid TEXT NOT NULL UNIQUE,
  parent_id INTEGER REFERENCES codes(id),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  color TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  phase TEXT NOT NULL DEFAULT 'open' CHECK (phase IN ('open', 'axial', 'selective')),
  status TEXT NOT NULL DEFAULT 'provisional'
    CHECK (status IN ('provisional', 'defined', 'merged')),
  created_at TEXT NOT NULL,
  created_by INTEGER NOT NULL REFERENCES coders(id)
);
CREATE UNIQUE INDEX codes_sibling_name ON codes (IFNULL(parent_id, 0), name_key);

CREATE TABLE codings (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid TEXT NOT NULL UNIQUE,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  code_id INTEGER NOT NULL REFERENCES codes(id),
  coder_id INTEGER NOT NULL REFERENCES coders(id),
  text TEXT NOT NULL,
  memo TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  CHECK (0 <= start AND start < "end")
);
CREATE INDEX codings_document ON codings (document_id, start);
-- Covers the region sweep (code, document, start), so counting reads the index alone.
CREATE INDEX codings_code ON codings (code_id, document_id, start, "end");

CREATE TABLE memos (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid TEXT NOT NULL UNIQUE,
  target_kind TEXT NOT NULL CHECK (target_kind IN ('project', 'document', 'code', 'coding')),
  target_uuid TEXT,
  title TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL,
  coder_id INTEGER NOT NULL REFERENCES coders(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Append-only and hash-chained: hash = SHA-256 over the previous hash and this row's fields.
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  at TEXT NOT NULL,
  coder_id INTEGER NOT NULL REFERENCES coders(id),
  kind TEXT NOT NULL CHECK (kind IN ('do', 'undo', 'redo')),
  command TEXT NOT NULL,
  label TEXT NOT NULL,
  target_event INTEGER REFERENCES events(id),
  reason TEXT NOT NULL DEFAULT '',
  payload TEXT NOT NULL,
  origin TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX events_coder ON events (coder_id, id);
)sql";

// Version 2: a supervisor's review marks on codings (approved / question / rejected, with a
// comment). A coding keeps every mark it was given; the latest is its current state. Removing a
// coding removes its marks first (the commands do that, recorded for undo).
constexpr std::string_view kVersion2 = R"sql(
CREATE TABLE coding_reviews (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  coding_id INTEGER NOT NULL REFERENCES codings(id),
  state TEXT NOT NULL CHECK (state IN ('approved', 'question', 'rejected')),
  comment TEXT NOT NULL DEFAULT '',
  coder_id INTEGER NOT NULL REFERENCES coders(id),
  at TEXT NOT NULL
);
CREATE INDEX coding_reviews_coding ON coding_reviews (coding_id, id);
)sql";

// Version 3: axial and selective coding. Codes get the structured codebook fields, a pointer to
// the code they were merged into and the core-category mark; relations between codes have a
// type (built-in or the user's own), evidence (codings) and a memo. A relation type may name the
// paradigm-model slot its source code takes when its target is the phenomenon. A memo's kind
// marks the story line (attached to the core category).
// The built-in relation types have fixed UUIDs so that merged projects and REFI-QDA exchanges
// recognise them.
constexpr std::string_view kVersion3 = R"sql(
ALTER TABLE codes ADD COLUMN inclusion TEXT NOT NULL DEFAULT '';
ALTER TABLE codes ADD COLUMN exclusion TEXT NOT NULL DEFAULT '';
-- UUID of a coding that anchors the definition; a soft link so that codebooks travel.
ALTER TABLE codes ADD COLUMN anchor_coding TEXT NOT NULL DEFAULT '';
ALTER TABLE codes ADD COLUMN label_nl TEXT NOT NULL DEFAULT '';
ALTER TABLE codes ADD COLUMN label_en TEXT NOT NULL DEFAULT '';
ALTER TABLE codes ADD COLUMN merged_into INTEGER REFERENCES codes(id);
ALTER TABLE codes ADD COLUMN is_core INTEGER NOT NULL DEFAULT 0 CHECK (is_core IN (0, 1));
CREATE UNIQUE INDEX codes_core ON codes (is_core) WHERE is_core = 1;

CREATE TABLE relation_types (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid TEXT NOT NULL UNIQUE,
  label_nl TEXT NOT NULL UNIQUE,
  label_en TEXT NOT NULL UNIQUE,
  directed INTEGER NOT NULL CHECK (directed IN (0, 1)),
  builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
  paradigm_slot TEXT CHECK (paradigm_slot IN ('causal-conditions', 'context',
    'intervening-conditions', 'strategies', 'consequences')),
  created_at TEXT NOT NULL
);
INSERT INTO relation_types (uuid, label_nl, label_en, directed, builtin, paradigm_slot, created_at)
VALUES
  ('6f1d2a40-0c3e-4f51-9a70-000000000001', 'is oorzaak van', 'causes', 1, 1,
   'causal-conditions', '1970-01-01T00:00:00Z'),
  ('6f1d2a40-0c3e-4f51-9a70-000000000002', 'is gevolg van', 'is consequence of', 1, 1,
   'consequences', '1970-01-01T00:00:00Z'),
  ('6f1d2a40-0c3e-4f51-9a70-000000000003', 'is onderdeel van', 'is part of', 1, 1, NULL,
   '1970-01-01T00:00:00Z'),
  ('6f1d2a40-0c3e-4f51-9a70-000000000004', 'is voorwaarde voor', 'is condition for', 1, 1,
   'intervening-conditions', '1970-01-01T00:00:00Z'),
  ('6f1d2a40-0c3e-4f51-9a70-000000000005', 'versterkt', 'strengthens', 1, 1, NULL,
   '1970-01-01T00:00:00Z'),
  ('6f1d2a40-0c3e-4f51-9a70-000000000006', 'verzwakt', 'weakens', 1, 1, NULL,
   '1970-01-01T00:00:00Z'),
  ('6f1d2a40-0c3e-4f51-9a70-000000000007', 'is tegenstrijdig met', 'contradicts', 0, 1, NULL,
   '1970-01-01T00:00:00Z'),
  ('6f1d2a40-0c3e-4f51-9a70-000000000008', 'hangt samen met', 'is associated with', 0, 1, NULL,
   '1970-01-01T00:00:00Z');

CREATE TABLE relations (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid TEXT NOT NULL UNIQUE,
  type_id INTEGER NOT NULL REFERENCES relation_types(id),
  from_code INTEGER NOT NULL REFERENCES codes(id),
  to_code INTEGER NOT NULL REFERENCES codes(id),
  memo TEXT NOT NULL DEFAULT '',
  coder_id INTEGER NOT NULL REFERENCES coders(id),
  created_at TEXT NOT NULL,
  CHECK (from_code <> to_code)
);
CREATE UNIQUE INDEX relations_unique ON relations (from_code, type_id, to_code);
CREATE INDEX relations_to ON relations (to_code);

CREATE TABLE relation_evidence (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  relation_id INTEGER NOT NULL REFERENCES relations(id),
  coding_id INTEGER NOT NULL REFERENCES codings(id),
  UNIQUE (relation_id, coding_id)
);
CREATE INDEX relation_evidence_coding ON relation_evidence (coding_id);

ALTER TABLE memos ADD COLUMN kind TEXT NOT NULL DEFAULT 'memo' CHECK (kind IN ('memo', 'storyline'));
)sql";

// Version 4: codes merged away (status 'merged-into'). code-merge deletes the source code from
// `codes`, so that the live tree, matrices and exports never see it, and keeps here what it was
// (its last path and codebook fields), who merged it when and why, and the UUID of the code it
// went into. The target is a soft link by UUID: it may be merged further (and then be found
// here) or deleted later. The merged_into column and 'merged' status of version 3 are no longer
// written; team merge still carries them from older files.
constexpr std::string_view kVersion4 = R"sql(
CREATE TABLE merged_codes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  uuid TEXT NOT NULL UNIQUE,
  path TEXT NOT NULL,
  name TEXT NOT NULL,
  color TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  inclusion TEXT NOT NULL DEFAULT '',
  exclusion TEXT NOT NULL DEFAULT '',
  anchor_coding TEXT NOT NULL DEFAULT '',
  label_nl TEXT NOT NULL DEFAULT '',
  label_en TEXT NOT NULL DEFAULT '',
  phase TEXT NOT NULL CHECK (phase IN ('open', 'axial', 'selective')),
  created_at TEXT NOT NULL,
  merged_into TEXT NOT NULL,
  merged_at TEXT NOT NULL,
  merged_by INTEGER NOT NULL REFERENCES coders(id),
  reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX merged_codes_target ON merged_codes (merged_into);
)sql";

// Each entry upgrades from version (index) to version (index + 1).
constexpr std::array<std::string_view, 4> kMigrations = {kVersion1, kVersion2, kVersion3,
                                                         kVersion4};

int userVersion(Database& db) {
    auto stmt = db.prepare("PRAGMA user_version");
    stmt.step();
    return stmt.intAt(0);
}

} // namespace

int currentSchemaVersion() {
    return static_cast<int>(kMigrations.size());
}

void createSchema(Database& db) {
    db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    migrate(db);
}

int migrate(Database& db) {
    int steps = 0;
    for (int version = userVersion(db); version < currentSchemaVersion(); ++version) {
        Transaction step(db);
        db.exec(kMigrations[static_cast<std::size_t>(version)]);
        db.exec("PRAGMA user_version = " + std::to_string(version + 1));
        step.commit();
        ++steps;
    }
    return steps;
}

} // namespace codeboom::store
