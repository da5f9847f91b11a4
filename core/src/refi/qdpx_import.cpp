#include "codeboom/refi/qdpx_import.h"

#include "codeboom/commands/document_commands.h"
#include "codeboom/error.h"
#include "codeboom/io/importer.h"
#include "codeboom/model/core_category.h"
#include "codeboom/project.h"
#include "codeboom/refi/qde_parser.h"
#include "codeboom/text/sha256.h"

#include "refi/code_import.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <set>
#include <tuple>
#include <unordered_set>
#include <variant>

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
    // Read before anything else is prepared, so that a malformed one stops the import here.
    if (archive.contains(kSidecarEntry))
        sidecar_ = parseSidecar(archive.read(kSidecarEntry), fileName_ + ": " + kSidecarEntry);
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
        // A UTF-8 file in NFC with LF line ends (as Codeboom writes them) is its own text.
        prepared.textSha256 = prepared.text.stored == bytes ? prepared.originalSha256
                                                            : sha256Hex(prepared.text.stored);

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
    if (project_.counts.graphs)
        report_.skipped["Graph"] += project_.counts.graphs;
}

namespace {

constexpr const char* kAssociatedType = "6f1d2a40-0c3e-4f51-9a70-000000000008"; // built in

struct PendingCoding {
    std::string uuid;
    RowId document = 0;
    std::size_t start = 0, end = 0;
    RowId code = 0, coder = 0;
    std::string text, memo, created;
};

// The relation types by label (Dutch and English, compared as code names are), for naming the
// type of a Link; types created during the import are added.
class RelationTypes {
public:
    explicit RelationTypes(Project& project) : keys_(project.nameKeys()) {
        auto stmt = project.database().prepare(
            "SELECT id, uuid, label_nl, label_en, directed FROM relation_types ORDER BY id");
        while (stmt.step()) {
            const Type type{stmt.int64At(0), stmt.int64At(4) != 0};
            byUuid_.emplace(stmt.textAt(1), type);
            byLabel_.emplace(keys_.keyOf(stmt.textAt(2)), type);
            byLabel_.emplace(keys_.keyOf(stmt.textAt(3)), type);
        }
    }
    struct Type {
        RowId id = 0;
        bool directed = false;
    };
    std::optional<Type> byLabel(const std::string& label) const {
        const auto it = byLabel_.find(keys_.keyOf(label));
        return it == byLabel_.end() ? std::nullopt : std::optional<Type>(it->second);
    }
    std::optional<Type> byUuid(const std::string& uuid) const {
        const auto it = byUuid_.find(uuid);
        return it == byUuid_.end() ? std::nullopt : std::optional<Type>(it->second);
    }
    void add(const std::string& label, Type type) { byLabel_.emplace(keys_.keyOf(label), type); }
    void add(const std::string& uuid, const SidecarRelationType& labels, Type type) {
        byUuid_.emplace(uuid, type);
        add(labels.labelNl, type);
        add(labels.labelEn, type);
    }

private:
    const NameKeyMaker& keys_;
    std::map<std::string, Type> byUuid_;
    std::map<std::string, Type> byLabel_;
};

// The relation a Link became: its UUID, or (from, type, to) of the one already in the project.
using RelationKey = std::variant<std::string, std::tuple<RowId, RowId, RowId>>;

// Codeboom's own fields of the codes this import created, from codeboom.json; codes the project
// had keep theirs. The core mark goes to the file's core category unless the project has one.
// Returns the UUID of the project's core category afterwards ("" when none).
std::string applyCodeFields(CommandContext& context,
                            const std::map<std::string, ImportedCode>& codes,
                            const Sidecar& sidecar, const std::string& fileName,
                            ImportReport& report) {
    Project& project = context.project;
    const Code* existingCore = coreCategory(project); // from before this command
    std::string coreUuid = existingCore ? existingCore->uuid : "";
    for (const auto& [guid, imported] : codes) {
        const auto it = sidecar.codes.find(guid);
        if (!imported.created || it == sidecar.codes.end())
            continue;
        const SidecarCode& code = it->second;
        nlohmann::json fields = {{"phase", code.phase},
                                 {"status", code.status},
                                 {"inclusion", code.inclusion},
                                 {"exclusion", code.exclusion},
                                 {"anchor_coding", code.anchorCoding},
                                 {"label_nl", code.labelNl},
                                 {"label_en", code.labelEn}};
        if (code.isCore && existingCore) {
            report.warnings.push_back("code " + guid + " is the core category in " + fileName +
                                      "; this project's core category stays '" +
                                      existingCore->path + "'");
        } else if (code.isCore) {
            fields["is_core"] = 1;
            coreUuid = imported.uuid;
        }
        if (!code.mergedInto.empty()) {
            if (const auto target = codes.find(code.mergedInto); target != codes.end())
                fields["merged_into"] = target->second.id;
            else if (const Code* known = project.codeTree().findByUuid(code.mergedInto))
                fields["merged_into"] = known->id;
        }
        context.changes.update("codes", imported.id, fields);
        ++report.sidecarFields;
    }
    return coreUuid;
}

// Evidence Links (from a coding to a relation's Link) become the relation's evidence; the coding
// must be in the project by then (imported with this file or before).
void importEvidence(CommandContext& context, const std::vector<const RefiLink*>& links,
                    const std::map<std::string, RelationKey>& relationOf, ImportReport& report) {
    store::Database& db = context.project.database();
    std::set<std::pair<RowId, RowId>> written;
    for (const RefiLink* link : links) {
        const auto relation = relationOf.find(link->targetGuid);
        const auto coding = lookupId(db, "SELECT id FROM codings WHERE uuid = ?", link->originGuid);
        if (relation == relationOf.end() || !coding) {
            ++report.skipped["Link to a Link that is not from a coding to a relation"];
            continue;
        }
        std::optional<RowId> relationId;
        if (const auto* uuid = std::get_if<std::string>(&relation->second)) {
            relationId = lookupId(db, "SELECT id FROM relations WHERE uuid = ?", *uuid);
        } else {
            const auto& [from, type, to] = std::get<1>(relation->second);
            auto& stmt = db.cached(
                "SELECT id FROM relations WHERE from_code = ? AND type_id = ? AND to_code = ?");
            stmt.bind(0, from).bind(1, type).bind(2, to);
            if (stmt.step())
                relationId = stmt.int64At(0);
            stmt.reset();
        }
        if (!relationId) {
            ++report.skipped["Link to a Link that is not from a coding to a relation"];
            continue;
        }
        auto& present =
            db.cached("SELECT 1 FROM relation_evidence WHERE relation_id = ? AND coding_id = ?");
        present.bind(0, *relationId).bind(1, *coding);
        const bool known = present.step();
        present.reset();
        if (known || !written.insert({*relationId, *coding}).second) {
            ++report.skipped["evidence Link already in the project"];
            continue;
        }
        context.changes.insert("relation_evidence",
                               {{"relation_id", *relationId}, {"coding_id", *coding}});
        ++report.relationEvidence;
    }
}

// Links between two codes become relations, typed by the relation type whose Dutch or English
// label is the Link's name (a new type of that name otherwise); other Links are reported. Returns
// the GUIDs of the Notes that became relation memos.
std::set<std::string>
importLinks(CommandContext& context, const RefiProject& file,
            const std::map<std::string, ImportedCode>& codes,
            const std::function<RowId(std::initializer_list<const std::string*>)>& coderOf,
            const std::function<std::string(const RefiNote&)>& noteText, const Sidecar& sidecar,
            const std::string& now, ImportReport& report) {
    Project& project = context.project;
    store::Database& db = project.database();
    std::set<std::string> consumedNotes;
    RelationTypes types(project);
    // The file's own relation types (codeboom.json): the project's type with that GUID or either
    // label, else a new one with both labels and the paradigm slot. Created even when no Link
    // uses them, as the exporting project had them.
    std::map<std::string, RelationTypes::Type> sidecarTypes;
    for (const auto& [guid, labels] : sidecar.relationTypes) {
        auto type = types.byUuid(guid);
        if (!type)
            type = types.byLabel(labels.labelEn);
        if (!type)
            type = types.byLabel(labels.labelNl);
        if (!type) {
            RelationTypes::Type created{0, labels.directed};
            created.id = context.changes.insert(
                "relation_types",
                {{"uuid", guid},
                 {"label_nl", labels.labelNl},
                 {"label_en", labels.labelEn},
                 {"directed", labels.directed ? 1 : 0},
                 {"builtin", 0},
                 {"paradigm_slot", labels.paradigmSlot ? nlohmann::json(*labels.paradigmSlot)
                                                       : nlohmann::json(nullptr)},
                 {"created_at", now}});
            types.add(guid, labels, created);
            type = created;
            ++report.relationTypesCreated;
            ++report.sidecarFields;
        }
        sidecarTypes.emplace(guid, *type);
    }
    if (file.links.empty())
        return consumedNotes;
    std::map<std::string, const RefiNote*> notes;
    for (const RefiNote& note : file.notes)
        if (!note.guid.empty())
            notes.emplace(note.guid, &note);
    // A Link's ends: codes of this file, or codes the project already has.
    auto codeOf = [&](const std::string& guid) -> std::optional<RowId> {
        if (const auto it = codes.find(guid); it != codes.end())
            return it->second.id;
        if (const Code* code = project.codeTree().findByUuid(guid))
            return code->id;
        return std::nullopt;
    };
    std::set<std::tuple<RowId, RowId, RowId>> taken; // (from, type, to) written by this import
    std::set<std::string> usedUuids;
    std::size_t unnamedOneWay = 0;
    RowBatch rows({"uuid", "type_id", "from_code", "to_code", "memo", "coder_id", "created_at"});
    std::set<std::string> linkGuids;
    for (const RefiLink& link : file.links)
        if (!link.guid.empty())
            linkGuids.insert(link.guid);
    // A Link's GUID -> the relation it became (or already was), for the evidence Links.
    std::map<std::string, RelationKey> relationOf;
    std::vector<const RefiLink*> evidenceLinks;
    for (const RefiLink& link : file.links) {
        if (linkGuids.count(link.targetGuid)) {
            evidenceLinks.push_back(&link);
            continue;
        }
        const auto from = codeOf(link.originGuid);
        const auto to = codeOf(link.targetGuid);
        if (!from || !to) {
            ++report.skipped["Link whose ends are not both codes (e.g. a note and a selection)"];
            continue;
        }
        if (*from == *to) {
            ++report.skipped["Link from a code to itself"];
            continue;
        }
        // What codeboom.json says about the relation: its type, coder and date.
        const auto extra = sidecar.relations.find(link.guid);
        const SidecarRelation* known = extra == sidecar.relations.end() ? nullptr : &extra->second;
        std::optional<RelationTypes::Type> type;
        if (known) {
            const auto it = sidecarTypes.find(known->type);
            type = it != sidecarTypes.end() ? std::optional(it->second) : types.byUuid(known->type);
        }
        if (!type && link.name.empty()) {
            type = types.byUuid(kAssociatedType);
            unnamedOneWay += link.direction == "OneWay" ? 1u : 0u;
        } else if (!type) {
            type = types.byLabel(link.name);
        }
        if (!type) {
            // A user type with the link's name in both languages; directed when the link is.
            RelationTypes::Type created{0, link.direction == "OneWay"};
            created.id =
                context.changes.insert("relation_types", {{"uuid", project.uuids().next()},
                                                          {"label_nl", link.name},
                                                          {"label_en", link.name},
                                                          {"directed", created.directed ? 1 : 0},
                                                          {"builtin", 0},
                                                          {"paradigm_slot", nullptr},
                                                          {"created_at", now}});
            types.add(link.name, created);
            type = created;
            ++report.relationTypesCreated;
        }
        // A symmetric relation is one relation whichever way round it is written.
        const auto exists = [&](RowId a, RowId b) {
            if (taken.count({a, type->id, b}))
                return true;
            auto& stmt = db.cached(
                "SELECT 1 FROM relations WHERE from_code = ? AND type_id = ? AND to_code = ?");
            stmt.bind(0, a).bind(1, type->id).bind(2, b);
            const bool found = stmt.step();
            stmt.reset();
            return found;
        };
        if (exists(*from, *to) || (!type->directed && exists(*to, *from))) {
            relationOf[link.guid] = exists(*from, *to) ? std::make_tuple(*from, type->id, *to)
                                                       : std::make_tuple(*to, type->id, *from);
            ++report.relationsAlreadyPresent;
            for (const std::string& ref : link.noteRefs)
                consumedNotes.insert(ref);
            continue;
        }
        std::string uuid = link.guid;
        if (uuid.empty() || usedUuids.count(uuid) ||
            lookupId(db, "SELECT id FROM relations WHERE uuid = ?", uuid)) {
            uuid = project.uuids().next();
            ++report.newGuids;
        }
        usedUuids.insert(uuid);
        // The memo is the text of the Notes the Link refers to (Codeboom exports a relation's
        // memo that way); their author and date are the relation's.
        std::string memo;
        const RefiNote* first = nullptr;
        for (const std::string& ref : link.noteRefs) {
            const auto note = notes.find(ref);
            if (note == notes.end())
                continue;
            const std::string text = noteText(*note->second);
            if (!text.empty())
                memo += (memo.empty() ? "" : "\n\n") + text;
            if (!first)
                first = note->second;
            consumedNotes.insert(ref);
        }
        std::string created = first ? dateOr(first->created, now) : now;
        RowId coder = first ? coderOf({&first->user}) : coderOf({});
        if (known) {
            // A Link has no creatingUser in Project.xsd; the sidecar keeps who related the codes.
            created = dateOr(known->createdAt, created);
            if (!known->coder.empty())
                coder = coderOf({&known->coder});
            ++report.sidecarFields;
        }
        rows.add(uuid, type->id, *from, *to, memo, coder, created);
        taken.insert({*from, type->id, *to});
        relationOf[link.guid] = uuid;
        ++report.relations;
    }
    context.changes.insertBatch("relations", std::move(rows));
    importEvidence(context, evidenceLinks, relationOf, report);
    if (unnamedOneWay)
        report.warnings.push_back(std::to_string(unnamedOneWay) +
                                  " one-way Link(s) without a name were imported as 'is "
                                  "associated with', which has no direction");
    return consumedNotes;
}

} // namespace

std::string ImportQdpx::noteText(const RefiNote& note) const {
    std::string text = note.content.value_or("");
    if (const auto file = noteTexts_.find(note.guid); file != noteTexts_.end())
        text = file->second;
    return text.empty() ? note.description : text;
}

void ImportQdpx::execute(CommandContext& context) {
    Project& project = context.project;
    store::Database& db = project.database();
    const std::string now = utcNow();

    // Users first, so that the current coder, if the file knows them, keeps the file's GUID.
    std::map<std::string, RowId> coderByGuid;
    auto addCoder = [&](const std::string& guid, const std::string& name) {
        std::optional<RowId> id;
        if (!guid.empty())
            id = lookupId(db, "SELECT id FROM coders WHERE uuid = ?", guid);
        if (!id)
            id = project.findCoder(name);
        if (id) {
            ++report_.codersMatched;
        } else {
            // Coders are not undoable state (as in Project::coderId): written directly, inside
            // this command's transaction.
            const std::string uuid = guid.empty() ? project.uuids().next() : guid;
            auto insert =
                db.prepare("INSERT INTO coders (uuid, name, created_at) VALUES (?, ?, ?)");
            insert.bind(0, uuid).bind(1, name).bind(2, now).run();
            id = db.lastInsertRowid();
            ++report_.codersCreated;
        }
        if (!guid.empty())
            coderByGuid.emplace(guid, *id);
    };
    for (const RefiUser& user : project_.users)
        addCoder(user.guid, !user.name.empty() ? user.name
                            : !user.id.empty() ? user.id
                                               : "user " + shortGuid(user.guid));
    // Coders of relations only (no Link names its creator, so Users may not list them).
    for (const auto& [guid, name] : sidecar_.coders)
        if (!coderByGuid.count(guid))
            addCoder(guid, name);
    const RowId defaultCoder = project.coderId();
    auto coderOf = [&](std::initializer_list<const std::string*> guids) {
        for (const std::string* guid : guids)
            if (!guid->empty())
                if (const auto it = coderByGuid.find(*guid); it != coderByGuid.end())
                    return it->second;
        return defaultCoder;
    };

    std::vector<RefiCode> codebook = project_.codes;
    applySets(codebook, project_.sets, project.nameKeys(), report_);
    const auto codes = importCodes(context, codebook, report_);
    const std::string coreUuid = applyCodeFields(context, codes, sidecar_, fileName_, report_);

    std::map<std::string, NoteTarget> noteTargets;
    auto attachNotes = [&](const std::vector<std::string>& refs, const NoteTarget& target) {
        for (const std::string& ref : refs)
            if (!ref.empty())
                noteTargets.emplace(ref, target); // the first reference wins
    };
    attachNotes(project_.noteRefs, {"project", ""});
    {
        std::vector<const RefiCode*> stack;
        for (const RefiCode& code : codebook)
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

    std::unordered_set<std::string> usedCodingUuids;
    // Into an empty project (the common case, and the 100,000-coding benchmark) no coding GUID
    // can be taken yet, so the per-coding lookup is skipped.
    bool projectHasCodings = false;
    {
        auto stmt = db.prepare("SELECT EXISTS (SELECT 1 FROM codings)");
        stmt.step();
        projectHasCodings = stmt.int64At(0) != 0;
    }
    std::vector<PendingCoding> pending;
    std::map<std::string, std::pair<RowId, std::string>> documentOfSource; // guid -> id, name
    for (const PreparedSource& prepared : sources_) {
        const RefiTextSource& source = *prepared.source;
        const std::string& text = prepared.text.stored;
        const std::string& sha = prepared.textSha256;
        RowId documentId = 0;
        std::string documentUuid;
        std::string documentName;
        if (const auto existing = findDocumentWithText(project, sha)) {
            documentId = existing->id;
            documentUuid = existing->uuid;
            documentName = existing->name;
            ++report_.documentsReused;
            report_.warnings.push_back("'" + prepared.name + "': the same text is already in the " +
                                       "project as '" + documentName +
                                       "'; its codings were added there");
        } else {
            ExtractedDocument extracted;
            extracted.encoding = prepared.text.encoding;
            std::size_t from = 0;
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
            ImportedDocument doc = buildTranscript(extracted, options_, project.wordCounter());
            if (doc.text != text)
                throw ImportError(
                    Message{CODEBOOM_N_("{file}: '{document}': the text changed while finding its "
                                        "paragraphs"),
                            {{"file", fileName_}, {"document", prepared.name}}});
            doc.name = prepared.name;
            doc.originalName = prepared.originalName;
            doc.originalSha256 = prepared.originalSha256;
            doc.format = "qdpx";
            doc.sha256 = sha;
            if (const auto it = sidecar_.documents.find(source.guid);
                it != sidecar_.documents.end()) {
                // The file the exporting project imported, not sources/<GUID>.txt.
                const SidecarDocument& original = it->second;
                if (!original.originalName.empty())
                    doc.originalName = original.originalName;
                if (!original.originalSha256.empty())
                    doc.originalSha256 = original.originalSha256;
                if (!original.format.empty())
                    doc.format = original.format;
                if (!original.encoding.empty())
                    doc.encoding = original.encoding;
                ++report_.sidecarFields;
            }
            const StoredDocument stored = storeDocument(context, doc, source.guid);
            if (!stored.uuidKept)
                ++report_.newGuids;
            documentId = stored.id;
            documentUuid = stored.uuid;
            documentName = stored.name;
            ++report_.documentsCreated;
        }
        if (!source.guid.empty())
            documentOfSource.emplace(source.guid, std::make_pair(documentId, documentName));
        attachNotes(source.noteRefs, {"document", documentUuid});

        const OffsetIndex index(text);
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
                pending.push_back({uuid, documentId, selection.start, selection.end,
                                   code->second.id, coderOf({&coding.user, &s.user, &source.user}),
                                   std::string(index.slice(selection.start, selection.end)),
                                   s.description, dateOr(coding.created, dateOr(s.created, now))});
                ++report_.codings;
            }
            attachNotes(s.noteRefs, firstCoding.empty() ? NoteTarget{"document", documentUuid}
                                                        : NoteTarget{"coding", firstCoding});
        }
    }
    // In document order, so that the (document_id, start) index grows at its end instead of
    // splitting pages all over (a 100,000-coding import is dominated by these inserts). The
    // order is sorted, not the codings with their strings.
    std::vector<std::size_t> order(pending.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::tie(pending[a].document, pending[a].start) <
               std::tie(pending[b].document, pending[b].start);
    });
    RowBatch codingRows({"uuid", "document_id", "start", "end", "code_id", "coder_id", "text",
                         "memo", "created_at"});
    codingRows.reserve(pending.size());
    for (const std::size_t i : order) {
        PendingCoding& c = pending[i];
        codingRows.add(std::move(c.uuid), c.document, c.start, c.end, c.code, c.coder,
                       std::move(c.text), std::move(c.memo), std::move(c.created));
    }
    pending = {};
    context.changes.insertBatch("codings", std::move(codingRows));

    const std::set<std::string> relationNotes = importLinks(
        context, project_, codes, coderOf, [this](const RefiNote& note) { return noteText(note); },
        sidecar_, now, report_);

    // Notes become memos on whatever referred to them first; unreferenced ones on the project.
    // Notes on a Link that became a relation are that relation's memo instead.
    RowBatch memoRows({"uuid", "target_kind", "target_uuid", "title", "text", "coder_id",
                       "created_at", "updated_at", "kind"});
    std::set<std::string> usedMemoUuids;
    // One story line per project, on its core category.
    bool storyLineTaken = storyLine(project).has_value();
    for (const RefiNote& note : project_.notes) {
        if (relationNotes.count(note.guid))
            continue;
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
        const std::string created = dateOr(note.created, now);
        std::string kind = "memo";
        if (const auto it = sidecar_.memoKinds.find(note.guid); it != sidecar_.memoKinds.end()) {
            if (it->second != "storyline" ||
                (!storyLineTaken && where.kind == "code" && where.uuid == coreUuid)) {
                kind = it->second;
                storyLineTaken = storyLineTaken || kind == "storyline";
                ++report_.sidecarFields;
            } else {
                report_.warnings.push_back("the story line of " + fileName_ +
                                           " is an ordinary memo here: this project has its own "
                                           "story line or core category");
            }
        }
        memoRows.add(uuid, where.kind,
                     where.uuid.empty() ? nlohmann::json(nullptr) : nlohmann::json(where.uuid),
                     note.name, noteText(note), coderOf({&note.user}), created,
                     dateOr(note.modified, created), kind);
        ++report_.memos;
    }
    context.changes.insertBatch("memos", std::move(memoRows));

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
