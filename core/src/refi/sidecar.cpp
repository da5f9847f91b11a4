#include "codeboom/refi/sidecar.h"

#include "codeboom/error.h"
#include "codeboom/project.h"
#include "codeboom/text/identity.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <initializer_list>

namespace codeboom::refi {

using nlohmann::json;

std::string sidecarJson(Project& project) {
    store::Database& db = project.database();
    json codes = json::object();
    {
        auto stmt = db.prepare("SELECT c.uuid, c.phase, c.status, c.is_core, c.inclusion, "
                               "c.exclusion, c.anchor_coding, c.label_nl, c.label_en, "
                               "IFNULL(m.uuid, '') FROM codes c "
                               "LEFT JOIN codes m ON m.id = c.merged_into");
        while (stmt.step())
            codes[stmt.textAt(0)] = {
                {"phase", stmt.textAt(1)},        {"status", stmt.textAt(2)},
                {"isCore", stmt.int64At(3) != 0}, {"inclusion", stmt.textAt(4)},
                {"exclusion", stmt.textAt(5)},    {"anchorCoding", stmt.textAt(6)},
                {"labelNl", stmt.textAt(7)},      {"labelEn", stmt.textAt(8)},
                {"mergedInto", stmt.textAt(9)}};
    }
    json documents = json::object();
    for (const Document& document : project.documents())
        documents[document.uuid] = {{"originalName", document.originalName},
                                    {"originalSha256", document.originalSha256},
                                    {"format", document.format},
                                    {"encoding", document.encoding}};
    json memos = json::object();
    {
        auto stmt = db.prepare("SELECT uuid, kind FROM memos WHERE kind <> 'memo'");
        while (stmt.step())
            memos[stmt.textAt(0)] = {{"kind", stmt.textAt(1)}};
    }
    json types = json::object();
    {
        auto stmt = db.prepare("SELECT uuid, label_nl, label_en, directed, paradigm_slot FROM "
                               "relation_types WHERE builtin = 0");
        while (stmt.step()) {
            const auto slot = stmt.optionalTextAt(4);
            types[stmt.textAt(0)] = {{"labelNl", stmt.textAt(1)},
                                     {"labelEn", stmt.textAt(2)},
                                     {"directed", stmt.int64At(3) != 0},
                                     {"paradigmSlot", slot ? json(*slot) : json(nullptr)}};
        }
    }
    json relations = json::object();
    json coders = json::object();
    {
        auto stmt = db.prepare("SELECT r.uuid, t.uuid, k.uuid, k.name, r.created_at FROM "
                               "relations r JOIN relation_types t ON t.id = r.type_id "
                               "JOIN coders k ON k.id = r.coder_id");
        while (stmt.step()) {
            relations[stmt.textAt(0)] = {
                {"type", stmt.textAt(1)}, {"coder", stmt.textAt(2)}, {"createdAt", stmt.textAt(4)}};
            coders[stmt.textAt(2)] = {{"name", stmt.textAt(3)}};
        }
    }
    const json sidecar = {{"format", "Codeboom"},   {"version", kSidecarVersion},
                          {"codes", codes},         {"documents", documents},
                          {"memos", memos},         {"relationTypes", types},
                          {"relations", relations}, {"coders", coders}};
    return sidecar.dump(2) + "\n";
}

namespace {

// Reads one sidecar, naming the place of every fault ("leo.qdpx: codeboom.json: codes.<GUID>.
// phase: ...") so that the user can find it in the file.
class Reader {
public:
    explicit Reader(std::string where) : where_(std::move(where)) {}

    [[noreturn]] void fail(const std::string& path, const std::string& problem) const {
        throw ImportError(where_ + ": " + path + ": " + problem);
    }

    // The section's entries by canonical GUID; an absent section is empty.
    std::map<std::string, const json*> section(const json& root, const char* name) const {
        std::map<std::string, const json*> out;
        const auto it = root.find(name);
        if (it == root.end())
            return out;
        if (!it->is_object())
            fail(name, "must be an object keyed by GUID");
        for (const auto& [key, value] : it->items()) {
            const std::string path = std::string(name) + "." + key;
            const std::string guid = normalizeUuid(key);
            if (guid.empty())
                fail(path, "'" + key + "' is not a GUID");
            if (!value.is_object())
                fail(path, "must be an object");
            out.emplace(guid, &value);
        }
        return out;
    }

    std::string text(const json& entry, const std::string& path, const char* field) const {
        const auto it = entry.find(field);
        if (it == entry.end())
            return {};
        if (!it->is_string())
            fail(path + "." + field, "must be a string");
        return it->get<std::string>();
    }

    std::string oneOf(const json& entry, const std::string& path, const char* field,
                      std::initializer_list<const char*> allowed, const char* fallback) const {
        const std::string value = text(entry, path, field);
        if (value.empty())
            return fallback;
        if (std::none_of(allowed.begin(), allowed.end(),
                         [&](const char* a) { return value == a; })) {
            std::string list;
            for (const char* a : allowed)
                list += (list.empty() ? "" : ", ") + std::string(a);
            fail(path + "." + field, "'" + value + "' is not one of " + list);
        }
        return value;
    }

    bool flag(const json& entry, const std::string& path, const char* field) const {
        const auto it = entry.find(field);
        if (it == entry.end())
            return false;
        if (!it->is_boolean())
            fail(path + "." + field, "must be true or false");
        return it->get<bool>();
    }

    // A GUID-valued field, canonical; empty when absent or empty.
    std::string guid(const json& entry, const std::string& path, const char* field) const {
        const std::string value = text(entry, path, field);
        if (value.empty())
            return {};
        std::string canonical = normalizeUuid(value);
        if (canonical.empty())
            fail(path + "." + field, "'" + value + "' is not a GUID");
        return canonical;
    }

private:
    std::string where_;
};

} // namespace

Sidecar parseSidecar(std::string_view text, const std::string& where) {
    json root;
    try {
        root = json::parse(text);
    } catch (const json::parse_error& e) {
        throw ImportError(where + ": not valid JSON (" + e.what() + ")");
    }
    const Reader r(where);
    if (!root.is_object())
        throw ImportError(where + ": not a Codeboom sidecar (the top level is not an object)");
    const auto version = root.find("version");
    if (version == root.end() || !version->is_number_integer())
        r.fail("version", "missing or not a whole number");
    if (version->get<long long>() > kSidecarVersion)
        r.fail("version", std::to_string(version->get<long long>()) +
                              ": written by a newer Codeboom (this one reads version " +
                              std::to_string(kSidecarVersion) + "); update Codeboom to import it");

    Sidecar out;
    std::string core;
    for (const auto& [guid, entry] : r.section(root, "codes")) {
        const std::string path = "codes." + guid;
        SidecarCode code;
        code.phase = r.oneOf(*entry, path, "phase", {"open", "axial", "selective"}, "open");
        code.status =
            r.oneOf(*entry, path, "status", {"provisional", "defined", "merged"}, "provisional");
        code.isCore = r.flag(*entry, path, "isCore");
        if (code.isCore && !core.empty())
            r.fail(path + ".isCore", "a second core category (the first is codes." + core + ")");
        if (code.isCore)
            core = guid;
        code.inclusion = r.text(*entry, path, "inclusion");
        code.exclusion = r.text(*entry, path, "exclusion");
        code.anchorCoding = r.guid(*entry, path, "anchorCoding");
        code.labelNl = r.text(*entry, path, "labelNl");
        code.labelEn = r.text(*entry, path, "labelEn");
        code.mergedInto = r.guid(*entry, path, "mergedInto");
        out.codes.emplace(guid, std::move(code));
    }
    for (const auto& [guid, entry] : r.section(root, "documents")) {
        const std::string path = "documents." + guid;
        out.documents.emplace(guid, SidecarDocument{r.text(*entry, path, "originalName"),
                                                    r.text(*entry, path, "originalSha256"),
                                                    r.text(*entry, path, "format"),
                                                    r.text(*entry, path, "encoding")});
    }
    for (const auto& [guid, entry] : r.section(root, "memos")) {
        const std::string kind =
            r.oneOf(*entry, "memos." + guid, "kind", {"memo", "storyline"}, "memo");
        if (kind != "memo")
            out.memoKinds.emplace(guid, kind);
    }
    for (const auto& [guid, entry] : r.section(root, "relationTypes")) {
        const std::string path = "relationTypes." + guid;
        SidecarRelationType type;
        type.labelNl = r.text(*entry, path, "labelNl");
        type.labelEn = r.text(*entry, path, "labelEn");
        if (type.labelNl.empty() || type.labelEn.empty())
            r.fail(path, "a relation type needs labelNl and labelEn");
        type.directed = r.flag(*entry, path, "directed");
        const auto slot = entry->find("paradigmSlot");
        if (slot != entry->end() && !slot->is_null()) {
            std::string value = r.oneOf(*entry, path, "paradigmSlot",
                                        {"causal-conditions", "context", "intervening-conditions",
                                         "strategies", "consequences"},
                                        "");
            if (!value.empty())
                type.paradigmSlot = std::move(value);
        }
        out.relationTypes.emplace(guid, std::move(type));
    }
    for (const auto& [guid, entry] : r.section(root, "relations")) {
        const std::string path = "relations." + guid;
        out.relations.emplace(guid, SidecarRelation{r.guid(*entry, path, "type"),
                                                    r.guid(*entry, path, "coder"),
                                                    r.text(*entry, path, "createdAt")});
    }
    for (const auto& [guid, entry] : r.section(root, "coders")) {
        const std::string path = "coders." + guid;
        const std::string name = r.text(*entry, path, "name");
        if (name.empty())
            r.fail(path + ".name", "a coder needs a name");
        out.coders.emplace(guid, name);
    }
    return out;
}

} // namespace codeboom::refi
