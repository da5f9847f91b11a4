#include "codeboom/refi/qdpx_import.h"

#include "codeboom/error.h"
#include "codeboom/io/importer.h"
#include "codeboom/project.h"
#include "codeboom/refi/qde_parser.h"
#include "codeboom/text/sha256.h"

#include "refi/code_import.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <unordered_set>

namespace codeboom::refi {

namespace {

// xsd:dateTime as producers write it ("2018-03-27T19:29:27Z", with or without fraction or
// offset); anything else is replaced by the time of import so that export stays valid.
bool looksLikeDateTime(const std::string& s) {
    if (s.size() < 19 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':')
        return false;
    for (const std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u, 11u, 12u, 14u, 15u, 17u, 18u})
        if (!std::isdigit(static_cast<unsigned char>(s[i])))
            return false;
    return true;
}

std::string dateOr(const std::string& date, const std::string& fallback) {
    return looksLikeDateTime(date) ? date : fallback;
}

std::string baseName(const std::string& path) {
    const auto slash = path.find_last_of("/\\");
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string stemOf(const std::string& name) {
    const auto dot = name.find_last_of('.');
    return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

std::string shortGuid(const std::string& guid) {
    return guid.substr(0, 8);
}

std::optional<RowId> lookupId(store::Database& db, const std::string& sql,
                              const std::string& value) {
    auto& stmt = db.cached(sql);
    stmt.bind(0, value);
    std::optional<RowId> id;
    if (stmt.step())
        id = stmt.int64At(0);
    stmt.reset();
    return id;
}

struct NoteTarget {
    std::string kind;
    std::string uuid; // empty for the project
};

} // namespace

ImportQdpx::ImportQdpx(const std::filesystem::path& file, QdpxLimits limits)
    : fileName_(file.filename().string()) {
    QdpxArchive archive(file, limits);
    prepare(archive);
}

ImportQdpx::ImportQdpx(std::string bytes, std::string fileName, QdpxLimits limits)
    : fileName_(fileName) {
    QdpxArchive archive(std::move(bytes), std::move(fileName), limits);
    prepare(archive);
}

std::string ImportQdpx::label() const {
    return "import REFI-QDA project '" + fileName_ + "'";
}

nlohmann::json ImportQdpx::arguments() const {
    return {{"file", fileName_}, {"origin", project_.origin}};
}

void ImportQdpx::prepare(QdpxArchive& archive) {
    const std::string qde = archive.qdeEntry();
    project_ = parseProject(archive.read(qde), fileName_ + ": " + qde);
    report_.file = fileName_;
    report_.origin = project_.origin;
    report_.nameSpace = project_.nameSpace;
    report_.found = project_.counts;

    for (const RefiTextSource& source : project_.textSources) {
        std::string bytes;
        std::string originalName;
        const std::string label = source.name.empty() ? source.plainTextPath : source.name;
        std::size_t codings = 0;
        for (const RefiSelection& s : source.selections)
            codings += s.codings.size();
        if (!source.plainTextPath.empty()) {
            const auto entry = archive.findSource(source.plainTextPath);
            if (!entry) {
                ++report_.skipped["text source whose text file is not in the archive"];
                report_.skipped["coding in a skipped text source"] += codings;
                report_.warnings.push_back("'" + label + "': " + source.plainTextPath +
                                           " is not in the archive");
                continue;
            }
            bytes = archive.read(*entry);
            originalName = baseName(*entry);
        } else if (source.content) {
            bytes = *source.content;
        } else {
            ++report_.skipped["text source without plain text"];
            report_.skipped["coding in a skipped text source"] += codings;
            continue;
        }
        PreparedSource prepared;
        prepared.source = &source;
        prepared.name = !source.name.empty()    ? source.name
                        : !originalName.empty() ? stemOf(originalName)
                        : !source.guid.empty()  ? source.guid
                                                : "source";
        prepared.originalName = originalName.empty() ? prepared.name : originalName;
        prepared.originalSha256 = sha256Hex(bytes);
        prepared.text = decodeSourceText(bytes, fileName_ + ": " + prepared.originalName);

        const DialectGuess guess = detectDialect(prepared.text, source.selections);
        report_.dialects.push_back({prepared.name, guess.description, guess.probed, guess.matched});
        const PositionMapper mapper(prepared.text, guess.dialect);
        const std::size_t length = countCodePoints(prepared.text.stored);
        for (const RefiSelection& s : source.selections) {
            if (s.wholeSource) {
                if (length > 0)
                    prepared.selections.push_back({0, length, &s});
                continue;
            }
            if (!s.positionsValid) {
                ++report_.skipped["selection whose position is not a number"];
                continue;
            }
            const auto span = mapper.map(s.start, s.end);
            if (!span) {
                ++report_.skipped["selection out of range or inverted"];
                continue;
            }
            if (span->first == span->second) {
                // Codeboom codes spans, not points (ATLAS.ti writes zero-length quotations).
                ++report_.skipped["empty selection (start = end)"];
                continue;
            }
            prepared.selections.push_back({span->first, span->second, &s});
        }
        sources_.push_back(std::move(prepared));
    }

    for (const RefiNote& note : project_.notes) {
        if (note.plainTextPath.empty())
            continue;
        if (const auto entry = archive.findSource(note.plainTextPath))
            noteTexts_[note.guid] =
                decodeSourceText(archive.read(*entry), fileName_ + ": " + *entry).stored;
        else
            report_.warnings.push_back("note '" + note.name + "': " + note.plainTextPath +
                                       " is not in the archive");
    }

    for (const auto& [type, count] : project_.counts.otherSources)
        report_.skipped[type + " (only text sources are imported)"] += count;
    if (project_.counts.otherSourceCodings)
        report_.skipped["coding in a non-text source"] += project_.counts.otherSourceCodings;
    if (project_.counts.links)
        report_.skipped["Link (relations are not supported yet)"] += project_.counts.links;
    if (project_.counts.sets)
        report_.skipped["Set (Codeboom has no sets)"] += project_.counts.sets;
    if (project_.counts.graphs)
        report_.skipped["Graph"] += project_.counts.graphs;
}

void ImportQdpx::execute(CommandContext& context) {
    Project& project = context.project;
    store::Database& db = project.database();
    const std::string now = utcNow();

    // Users first, so that the current coder, if the file knows them, keeps the file's GUID.
    std::map<std::string, RowId> coderByGuid;
    for (const RefiUser& user : project_.users) {
        const std::string name = !user.name.empty() ? user.name
                                 : !user.id.empty() ? user.id
                                                    : "user " + shortGuid(user.guid);
        std::optional<RowId> id;
        if (!user.guid.empty())
            id = lookupId(db, "SELECT id FROM coders WHERE uuid = ?", user.guid);
        if (!id)
            id = project.findCoder(name);
        if (id) {
            ++report_.codersMatched;
        } else {
            // Coders are not undoable state (as in Project::coderId): written directly, inside
            // this command's transaction.
            const std::string uuid = user.guid.empty() ? project.uuids().next() : user.guid;
            auto insert =
                db.prepare("INSERT INTO coders (uuid, name, created_at) VALUES (?, ?, ?)");
            insert.bind(0, uuid).bind(1, name).bind(2, now).run();
            id = db.lastInsertRowid();
            ++report_.codersCreated;
        }
        if (!user.guid.empty())
            coderByGuid.emplace(user.guid, *id);
    }
    const RowId defaultCoder = project.coderId();
    auto coderOf = [&](std::initializer_list<const std::string*> guids) {
        for (const std::string* guid : guids)
            if (!guid->empty())
                if (const auto it = coderByGuid.find(*guid); it != coderByGuid.end())
                    return it->second;
        return defaultCoder;
    };

    const auto codes = importCodes(context, project_.codes, report_);

    std::map<std::string, NoteTarget> noteTargets;
    auto attachNotes = [&](const std::vector<std::string>& refs, const NoteTarget& target) {
        for (const std::string& ref : refs)
            if (!ref.empty())
                noteTargets.emplace(ref, target); // the first reference wins
    };
    attachNotes(project_.noteRefs, {"project", ""});
    {
        std::vector<const RefiCode*> stack;
        for (const RefiCode& code : project_.codes)
            stack.push_back(&code);
        while (!stack.empty()) {
            const RefiCode* code = stack.back();
            stack.pop_back();
            if (const auto it = codes.find(code->guid); it != codes.end())
                attachNotes(code->noteRefs, {"code", it->second.uuid});
            for (const RefiCode& c : code->children)
                stack.push_back(&c);
        }
    }

    RowId position = 0;
    {
        auto stmt = db.prepare("SELECT IFNULL(MAX(position) + 1, 0) FROM documents");
        stmt.step();
        position = stmt.int64At(0);
    }
    std::unordered_set<std::string> usedCodingUuids;
    // Into an empty project (the common case, and the 100,000-coding benchmark) no coding GUID
    // can be taken yet, so the per-coding lookup is skipped.
    bool projectHasCodings = false;
    {
        auto stmt = db.prepare("SELECT EXISTS (SELECT 1 FROM codings)");
        stmt.step();
        projectHasCodings = stmt.int64At(0) != 0;
    }
    std::vector<nlohmann::json> codingRows;
    std::map<std::string, std::pair<RowId, std::string>> documentOfSource; // guid -> id, name
    for (const PreparedSource& prepared : sources_) {
        const RefiTextSource& source = *prepared.source;
        const std::string sha = sha256Hex(prepared.text.stored);
        RowId documentId = 0;
        std::string documentUuid;
        std::string documentName;
        {
            auto stmt = db.prepare("SELECT id, uuid, name FROM documents WHERE sha256 = ?");
            stmt.bind(0, sha);
            if (stmt.step()) {
                documentId = stmt.int64At(0);
                documentUuid = stmt.textAt(1);
                documentName = stmt.textAt(2);
            }
        }
        if (documentId) {
            ++report_.documentsReused;
            report_.warnings.push_back("'" + prepared.name + "': the same text is already in the " +
                                       "project as '" + documentName +
                                       "'; its codings were added there");
        } else {
            ExtractedDocument extracted;
            extracted.encoding = prepared.text.encoding;
            std::size_t from = 0;
            const std::string& text = prepared.text.stored;
            for (;;) {
                const auto lf = text.find('\n', from);
                extracted.paragraphs.push_back(
                    {text.substr(from, lf == std::string::npos ? std::string::npos : lf - from),
                     {},
                     {}});
                if (lf == std::string::npos)
                    break;
                from = lf + 1;
            }
            const ImportedDocument doc = buildTranscript(extracted, {}, project.wordCounter());
            if (doc.text != text)
                throw ImportError(fileName_ + ": '" + prepared.name +
                                  "': the text changed while finding its paragraphs");
            documentUuid = source.guid;
            if (documentUuid.empty() ||
                lookupId(db, "SELECT id FROM documents WHERE uuid = ?", documentUuid)) {
                documentUuid = project.uuids().next();
                ++report_.newGuids;
            }
            documentName = prepared.name;
            for (int n = 2; lookupId(db, "SELECT id FROM documents WHERE name = ?", documentName);
                 ++n)
                documentName = prepared.name + " (" + std::to_string(n) + ")";
            // Content-addressed and outside undo, exactly as ImportDocument keeps texts.
            RowId textId = 0;
            if (const auto existing =
                    lookupId(db, "SELECT id FROM document_texts WHERE sha256 = ?", sha)) {
                textId = *existing;
            } else {
                auto insert = db.prepare("INSERT INTO document_texts (sha256, text) VALUES (?, ?)");
                insert.bind(0, sha).bind(1, text).run();
                textId = db.lastInsertRowid();
            }
            documentId =
                context.changes.insert("documents", {{"uuid", documentUuid},
                                                     {"name", documentName},
                                                     {"text_id", textId},
                                                     {"sha256", sha},
                                                     {"chars", doc.chars},
                                                     {"words", doc.words},
                                                     {"original_name", prepared.originalName},
                                                     {"original_sha256", prepared.originalSha256},
                                                     {"format", "qdpx"},
                                                     {"encoding", prepared.text.encoding},
                                                     {"imported_at", now},
                                                     {"imported_by", defaultCoder},
                                                     {"position", position++}});
            std::vector<nlohmann::json> rows;
            rows.reserve(doc.paragraphs.size());
            for (const Paragraph& p : doc.paragraphs)
                rows.push_back({{"document_id", documentId},
                                {"idx", p.index},
                                {"start", p.start},
                                {"end", p.end}});
            context.changes.insertRows("paragraphs", rows);
            rows.clear();
            for (const Turn& t : doc.turns)
                rows.push_back({{"document_id", documentId},
                                {"idx", t.index},
                                {"speaker", t.speaker},
                                {"start", t.start},
                                {"body_start", t.bodyStart},
                                {"end", t.end},
                                {"timestamp", t.timestamp.empty() ? nlohmann::json(nullptr)
                                                                  : nlohmann::json(t.timestamp)}});
            context.changes.insertRows("turns", rows);
            ++report_.documentsCreated;
        }
        if (!source.guid.empty())
            documentOfSource.emplace(source.guid, std::make_pair(documentId, documentName));
        attachNotes(source.noteRefs, {"document", documentUuid});

        const OffsetIndex index(prepared.text.stored);
        for (const PreparedSelection& selection : prepared.selections) {
            const RefiSelection& s = *selection.selection;
            std::string firstCoding;
            for (const RefiCoding& coding : s.codings) {
                const auto code = codes.find(coding.codeGuid);
                if (code == codes.end()) {
                    ++report_.skipped["coding of a code that is not in the codebook"];
                    continue;
                }
                std::string uuid = coding.guid;
                if (!uuid.empty() && projectHasCodings &&
                    lookupId(db, "SELECT id FROM codings WHERE uuid = ?", uuid)) {
                    ++report_.codingsAlreadyPresent;
                    continue;
                }
                if (uuid.empty() || usedCodingUuids.count(uuid)) {
                    uuid = project.uuids().next();
                    ++report_.newGuids;
                }
                usedCodingUuids.insert(uuid);
                if (firstCoding.empty())
                    firstCoding = uuid;
                attachNotes(coding.noteRefs, {"coding", uuid});
                codingRows.push_back(
                    {{"uuid", uuid},
                     {"document_id", documentId},
                     {"start", selection.start},
                     {"end", selection.end},
                     {"code_id", code->second.id},
                     {"coder_id", coderOf({&coding.user, &s.user, &source.user})},
                     {"text", std::string(index.slice(selection.start, selection.end))},
                     {"memo", s.description},
                     {"created_at", dateOr(coding.created, dateOr(s.created, now))}});
                ++report_.codings;
            }
            attachNotes(s.noteRefs, firstCoding.empty() ? NoteTarget{"document", documentUuid}
                                                        : NoteTarget{"coding", firstCoding});
        }
    }
    // In document order, so that the (document_id, start) index grows at its end instead of
    // splitting pages all over (a 100,000-coding import is dominated by these inserts).
    std::stable_sort(
        codingRows.begin(), codingRows.end(), [](const nlohmann::json& a, const nlohmann::json& b) {
            return std::make_pair(a["document_id"].get<RowId>(), a["start"].get<std::size_t>()) <
                   std::make_pair(b["document_id"].get<RowId>(), b["start"].get<std::size_t>());
        });
    context.changes.insertRows("codings", codingRows);

    // Notes become memos on whatever referred to them first; unreferenced ones on the project.
    std::vector<nlohmann::json> memoRows;
    std::set<std::string> usedMemoUuids;
    for (const RefiNote& note : project_.notes) {
        std::string uuid = note.guid;
        if (!uuid.empty() && lookupId(db, "SELECT id FROM memos WHERE uuid = ?", uuid)) {
            ++report_.skipped["note already in the project"];
            continue;
        }
        if (uuid.empty() || usedMemoUuids.count(uuid)) {
            uuid = project.uuids().next();
            ++report_.newGuids;
        }
        usedMemoUuids.insert(uuid);
        const auto target = noteTargets.find(note.guid);
        const NoteTarget where =
            target == noteTargets.end() ? NoteTarget{"project", ""} : target->second;
        std::string text = note.content.value_or("");
        if (const auto file = noteTexts_.find(note.guid); file != noteTexts_.end())
            text = file->second;
        if (text.empty())
            text = note.description;
        const std::string created = dateOr(note.created, now);
        memoRows.push_back({{"uuid", uuid},
                            {"target_kind", where.kind},
                            {"target_uuid", where.uuid.empty() ? nlohmann::json(nullptr)
                                                               : nlohmann::json(where.uuid)},
                            {"title", note.name},
                            {"text", text},
                            {"coder_id", coderOf({&note.user})},
                            {"created_at", created},
                            {"updated_at", dateOr(note.modified, created)}});
        ++report_.memos;
    }
    context.changes.insertRows("memos", memoRows);

    // Variables: values inside a TextSource (MAXQDA) describe the document; a Case is a case.
    std::map<std::string, std::string> variableNames;
    for (const RefiVariable& v : project_.variables)
        variableNames[v.guid] = v.name.empty() ? v.guid : v.name;
    auto caseRow = [&](const std::string& kind, const std::string& name,
                       std::optional<RowId> documentId, const std::string& guid) {
        auto stmt = db.prepare(
            "SELECT id FROM cases WHERE kind = ? AND name = ? AND IFNULL(document_id, 0) = ?");
        stmt.bind(0, kind).bind(1, name).bind(2, documentId.value_or(0));
        if (stmt.step())
            return stmt.int64At(0);
        std::string uuid = guid;
        if (uuid.empty() || lookupId(db, "SELECT id FROM cases WHERE uuid = ?", uuid)) {
            uuid = project.uuids().next();
            ++report_.newGuids;
        }
        ++report_.cases;
        return context.changes.insert(
            "cases",
            {{"uuid", uuid},
             {"name", name},
             {"kind", kind},
             {"document_id", documentId ? nlohmann::json(*documentId) : nlohmann::json(nullptr)}});
    };
    auto setValues = [&](RowId caseId, const std::vector<RefiVariableValue>& values) {
        for (const RefiVariableValue& value : values) {
            const auto variable = variableNames.find(value.variableGuid);
            if (variable == variableNames.end() || value.value.empty()) {
                ++report_.skipped["variable value without a known variable or value"];
                continue;
            }
            auto stmt =
                db.prepare("SELECT id, value FROM attributes WHERE case_id = ? AND name = ?");
            stmt.bind(0, caseId).bind(1, variable->second);
            if (stmt.step()) {
                if (stmt.textAt(1) != value.value)
                    context.changes.update("attributes", stmt.int64At(0), {{"value", value.value}});
            } else {
                context.changes.insert(
                    "attributes",
                    {{"case_id", caseId}, {"name", variable->second}, {"value", value.value}});
            }
            ++report_.attributes;
        }
    };
    for (const PreparedSource& prepared : sources_) {
        const auto doc = documentOfSource.find(prepared.source->guid);
        if (prepared.source->variables.empty() || doc == documentOfSource.end())
            continue;
        setValues(caseRow("document", doc->second.second, doc->second.first, ""),
                  prepared.source->variables);
    }
    for (const RefiCase& item : project_.cases) {
        std::optional<RowId> documentId;
        if (item.sourceRefs.size() == 1)
            if (const auto doc = documentOfSource.find(item.sourceRefs.front());
                doc != documentOfSource.end())
                documentId = doc->second.first;
        const std::string name = item.name.empty() ? "case " + shortGuid(item.guid) : item.name;
        setValues(caseRow("speaker", name, documentId, item.guid), item.values);
    }
}

} // namespace codeboom::refi
