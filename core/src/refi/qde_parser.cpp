#include "codeboom/refi/qde_parser.h"

#include "codeboom/error.h"
#include "codeboom/text/identity.h"

#include <pugixml.hpp>
#include <unicode/unistr.h>

#include <cerrno>
#include <cstdlib>

namespace codeboom::refi {

namespace {

// Deeper code trees than this are not a codebook but an attack on the stack.
constexpr int kMaxCodeDepth = 256;

std::string_view localName(const pugi::xml_node& node) {
    const std::string_view name = node.name();
    const auto colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool is(const pugi::xml_node& node, std::string_view local) {
    return node.type() == pugi::node_element && localName(node) == local;
}

pugi::xml_node child(const pugi::xml_node& parent, std::string_view local) {
    for (const pugi::xml_node& c : parent.children())
        if (is(c, local))
            return c;
    return {};
}

std::string attr(const pugi::xml_node& node, const char* name) {
    return node.attribute(name).value();
}

bool isCanonicalGuid(std::string_view text) {
    if (text.size() != 36)
        return false;
    for (std::size_t i = 0; i < 36; ++i) {
        const char c = text[i];
        const bool ok = i == 8 || i == 13 || i == 18 || i == 23
                            ? c == '-'
                            : (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
        if (!ok)
            return false;
    }
    return true;
}

// normalizeUuid, with a short cut for the canonical form (lower case, no braces) that Codeboom
// and most tools write: a 100,000-coding project has half a million GUIDs.
std::string guidOf(const pugi::xml_node& node, const char* name = "guid") {
    const std::string_view value = node.attribute(name).value();
    return isCanonicalGuid(value) ? std::string(value) : normalizeUuid(std::string(value));
}

std::string textOf(const pugi::xml_node& node) {
    return node ? std::string(node.child_value()) : std::string();
}

std::vector<std::string> noteRefs(const pugi::xml_node& node) {
    std::vector<std::string> out;
    for (const pugi::xml_node& c : node.children())
        if (is(c, "NoteRef"))
            out.push_back(guidOf(c, "targetGUID"));
    return out;
}

// XML that starts with a UTF-16 byte order mark is converted so that the DOCTYPE test below sees
// characters, not interleaved zero bytes.
std::string asUtf8(std::string_view xml) {
    const bool le = xml.size() >= 2 && xml[0] == '\xFF' && xml[1] == '\xFE';
    const bool be = xml.size() >= 2 && xml[0] == '\xFE' && xml[1] == '\xFF';
    if (!le && !be)
        return std::string(xml);
    std::u16string units;
    for (std::size_t i = 2; i + 1 < xml.size(); i += 2) {
        const auto a = static_cast<unsigned char>(xml[i]);
        const auto b = static_cast<unsigned char>(xml[i + 1]);
        units.push_back(static_cast<char16_t>(le ? (b << 8) | a : (a << 8) | b));
    }
    std::string out;
    icu::UnicodeString(units.data(), static_cast<std::int32_t>(units.size())).toUTF8String(out);
    // Drop the encoding="UTF-16" claim along with the bytes it described.
    if (out.starts_with("<?xml")) {
        const auto end = out.find("?>");
        if (end != std::string::npos)
            out.erase(0, end + 2);
    }
    return out;
}

void load(pugi::xml_document& doc, std::string& utf8, std::string_view xml,
          const std::string& fileName) {
    utf8 = asUtf8(xml);
    // A DTD can declare entities that expand exponentially ("billion laughs") or fetch external
    // files (XXE); REFI-QDA documents never need one (pitfall 22 in the research note).
    if (utf8.find("<!DOCTYPE") != std::string::npos || utf8.find("<!ENTITY") != std::string::npos)
        throw ImportError(
            Message{CODEBOOM_N_("{file}: refused: the XML contains a <!DOCTYPE> or entity "
                                "declaration, which REFI-QDA files never need"),
                    {{"file", fileName}}});
    // In place: a 100,000-coding project is tens of MiB of XML, not worth a second copy.
    const pugi::xml_parse_result result =
        doc.load_buffer_inplace(utf8.data(), utf8.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!result)
        throw ImportError(
            Message{CODEBOOM_N_("{file}: not well-formed XML ({reason} at byte {offset})"),
                    {{"file", fileName},
                     {"reason", result.description()},
                     {"offset", std::to_string(result.offset)}}});
}

bool parseInteger(const std::string& text, long long& out) {
    if (text.empty())
        return false;
    char* end = nullptr;
    errno = 0;
    out = std::strtoll(text.c_str(), &end, 10);
    return errno == 0 && end && *end == '\0';
}

RefiCode parseCode(const pugi::xml_node& node, int depth, const std::string& fileName,
                   std::size_t& count) {
    if (depth > kMaxCodeDepth)
        throw ImportError(
            Message{CODEBOOM_N_("{file}: refused: codes are nested more than {depth} levels deep"),
                    {{"file", fileName}, {"depth", std::to_string(kMaxCodeDepth)}}});
    ++count;
    RefiCode code;
    code.guid = guidOf(node);
    code.name = attr(node, "name");
    code.color = attr(node, "color");
    const std::string codable = attr(node, "isCodable");
    code.codable = !(codable == "false" || codable == "0");
    code.description = textOf(child(node, "Description"));
    code.noteRefs = noteRefs(node);
    for (const pugi::xml_node& c : node.children())
        if (is(c, "Code"))
            code.children.push_back(parseCode(c, depth + 1, fileName, count));
    return code;
}

std::vector<RefiCode> parseCodes(const pugi::xml_node& codes, const std::string& fileName,
                                 std::size_t& count) {
    std::vector<RefiCode> out;
    for (const pugi::xml_node& c : codes.children())
        if (is(c, "Code"))
            out.push_back(parseCode(c, 0, fileName, count));
    return out;
}

RefiVariableValue parseVariableValue(const pugi::xml_node& node) {
    RefiVariableValue value;
    for (const pugi::xml_node& c : node.children()) {
        if (is(c, "VariableRef"))
            value.variableGuid = guidOf(c, "targetGUID");
        else if (c.type() == pugi::node_element)
            value.value = c.child_value(); // TextValue, BooleanValue, IntegerValue ...
    }
    return value;
}

RefiCoding parseCoding(const pugi::xml_node& node) {
    RefiCoding coding;
    coding.guid = guidOf(node);
    coding.user = guidOf(node, "creatingUser");
    coding.created = attr(node, "creationDateTime");
    coding.codeGuid = guidOf(child(node, "CodeRef"), "targetGUID");
    coding.noteRefs = noteRefs(node);
    return coding;
}

RefiTextSource parseTextSource(const pugi::xml_node& node) {
    RefiTextSource source;
    source.guid = guidOf(node);
    source.name = attr(node, "name");
    source.plainTextPath = attr(node, "plainTextPath");
    source.richTextPath = attr(node, "richTextPath");
    source.user = guidOf(node, "creatingUser");
    source.created = attr(node, "creationDateTime");
    source.description = textOf(child(node, "Description"));
    if (const pugi::xml_node content = child(node, "PlainTextContent"))
        source.content = content.child_value();
    source.noteRefs = noteRefs(node);
    for (const pugi::xml_node& c : node.children()) {
        if (is(c, "VariableValue")) {
            source.variables.push_back(parseVariableValue(c));
        } else if (is(c, "PlainTextSelection")) {
            RefiSelection s;
            s.guid = guidOf(c);
            s.name = attr(c, "name");
            s.user = guidOf(c, "creatingUser");
            s.created = attr(c, "creationDateTime");
            s.description = textOf(child(c, "Description"));
            s.positionsValid = parseInteger(attr(c, "startPosition"), s.start) &&
                               parseInteger(attr(c, "endPosition"), s.end);
            s.noteRefs = noteRefs(c);
            for (const pugi::xml_node& k : c.children())
                if (is(k, "Coding"))
                    s.codings.push_back(parseCoding(k));
            source.selections.push_back(std::move(s));
        } else if (is(c, "Coding")) {
            // A coding of the whole source (TextSourceType allows it): one selection spanning
            // everything, resolved once the text's length is known.
            RefiSelection s;
            s.wholeSource = true;
            s.codings.push_back(parseCoding(c));
            source.selections.push_back(std::move(s));
        }
    }
    return source;
}

// Codebook.xsd names a member code by `guid`, Project.xsd by `targetGUID`; either is accepted.
RefiSet parseSet(const pugi::xml_node& node) {
    RefiSet set;
    set.guid = guidOf(node);
    set.name = attr(node, "name");
    set.description = textOf(child(node, "Description"));
    for (const pugi::xml_node& m : node.children()) {
        if (is(m, "MemberCode")) {
            const std::string guid = guidOf(m, m.attribute("targetGUID") ? "targetGUID" : "guid");
            if (!guid.empty())
                set.memberCodes.push_back(guid);
        } else if (is(m, "MemberSource") || is(m, "MemberNote")) {
            ++set.otherMembers;
        }
    }
    return set;
}

// Counts every element the report and the vendor tests speak of, wherever it sits (PDF
// representations and A/V transcripts hold selections too).
struct Counter : pugi::xml_tree_walker {
    RefiCounts& counts;
    explicit Counter(RefiCounts& c) : counts(c) {}
    bool for_each(pugi::xml_node& node) override {
        if (node.type() != pugi::node_element)
            return true;
        const std::string_view name = localName(node);
        if (name == "TextSource" && is(node.parent(), "Sources"))
            ++counts.textSources;
        else if (name == "PlainTextSelection")
            ++counts.selections;
        else if (name == "Coding")
            ++counts.codings;
        else if (name == "User")
            ++counts.users;
        else if (name == "Note")
            ++counts.notes;
        else if (name == "Link")
            ++counts.links;
        else if (name == "Set")
            ++counts.sets;
        else if (name == "Graph")
            ++counts.graphs;
        else if (name == "Case")
            ++counts.cases;
        else if (name == "Variable")
            ++counts.variables;
        return true;
    }
};

std::size_t countCodings(pugi::xml_node node) {
    RefiCounts counts;
    Counter counter(counts);
    node.traverse(counter);
    return counts.codings;
}

} // namespace

RefiProject parseProject(std::string_view xml, const std::string& fileName) {
    pugi::xml_document doc;
    std::string utf8;
    load(doc, utf8, xml, fileName);
    const pugi::xml_node root = doc.document_element();
    if (!is(root, "Project"))
        throw ImportError(
            Message{CODEBOOM_N_("{file}: not a REFI-QDA project (the root element is <{element}>, "
                                "not <Project>)"),
                    {{"file", fileName}, {"element", std::string(root.name())}}});
    RefiProject project;
    project.name = attr(root, "name");
    project.origin = attr(root, "origin");
    const std::string_view rootName = root.name();
    const auto colon = rootName.find(':');
    project.nameSpace =
        colon == std::string_view::npos
            ? attr(root, "xmlns")
            : root.attribute(("xmlns:" + std::string(rootName.substr(0, colon))).c_str()).value();
    Counter counter(project.counts);
    doc.traverse(counter);

    for (const pugi::xml_node& section : root.children()) {
        if (is(section, "Users")) {
            for (const pugi::xml_node& u : section.children())
                if (is(u, "User"))
                    project.users.push_back({guidOf(u), attr(u, "name"), attr(u, "id")});
        } else if (is(section, "CodeBook")) {
            if (const pugi::xml_node codes = child(section, "Codes"))
                project.codes = parseCodes(codes, fileName, project.counts.codes);
        } else if (is(section, "Variables")) {
            for (const pugi::xml_node& v : section.children())
                if (is(v, "Variable"))
                    project.variables.push_back(
                        {guidOf(v), attr(v, "name"), attr(v, "typeOfVariable")});
        } else if (is(section, "Cases")) {
            for (const pugi::xml_node& c : section.children()) {
                if (!is(c, "Case"))
                    continue;
                RefiCase item;
                item.guid = guidOf(c);
                item.name = attr(c, "name");
                for (const pugi::xml_node& k : c.children()) {
                    if (is(k, "VariableValue"))
                        item.values.push_back(parseVariableValue(k));
                    else if (is(k, "SourceRef"))
                        item.sourceRefs.push_back(guidOf(k, "targetGUID"));
                }
                project.cases.push_back(std::move(item));
            }
        } else if (is(section, "Sources")) {
            for (pugi::xml_node s : section.children()) {
                if (s.type() != pugi::node_element)
                    continue;
                if (is(s, "TextSource")) {
                    project.textSources.push_back(parseTextSource(s));
                } else {
                    ++project.counts.otherSources[std::string(localName(s))];
                    project.counts.otherSourceCodings += countCodings(s);
                }
            }
        } else if (is(section, "Notes")) {
            for (const pugi::xml_node& n : section.children()) {
                if (!is(n, "Note"))
                    continue;
                RefiNote note;
                note.guid = guidOf(n);
                note.name = attr(n, "name");
                note.user = guidOf(n, "creatingUser");
                note.created = attr(n, "creationDateTime");
                note.modified = attr(n, "modifiedDateTime");
                note.plainTextPath = attr(n, "plainTextPath");
                note.description = textOf(child(n, "Description"));
                if (const pugi::xml_node content = child(n, "PlainTextContent"))
                    note.content = content.child_value();
                project.notes.push_back(std::move(note));
            }
        } else if (is(section, "Links")) {
            for (const pugi::xml_node& l : section.children()) {
                if (!is(l, "Link"))
                    continue;
                project.links.push_back({guidOf(l), attr(l, "name"), attr(l, "direction"),
                                         guidOf(l, "originGUID"), guidOf(l, "targetGUID"),
                                         noteRefs(l)});
            }
        } else if (is(section, "Sets")) {
            for (const pugi::xml_node& set : section.children())
                if (is(set, "Set"))
                    project.sets.push_back(parseSet(set));
        } else if (is(section, "Description")) {
            project.description = section.child_value();
        } else if (is(section, "NoteRef")) {
            project.noteRefs.push_back(guidOf(section, "targetGUID"));
        }
    }
    return project;
}

std::vector<RefiCode> parseCodebook(std::string_view xml, const std::string& fileName,
                                    std::size_t& codeCount, std::vector<RefiSet>& sets) {
    pugi::xml_document doc;
    std::string utf8;
    load(doc, utf8, xml, fileName);
    const pugi::xml_node root = doc.document_element();
    if (!is(root, "CodeBook"))
        throw ImportError(
            Message{CODEBOOM_N_("{file}: not a REFI-QDA codebook (the root element is <{element}>, "
                                "not <CodeBook>)"),
                    {{"file", fileName}, {"element", std::string(root.name())}}});
    sets.clear();
    for (const pugi::xml_node& s : child(root, "Sets").children())
        if (is(s, "Set"))
            sets.push_back(parseSet(s));
    codeCount = 0;
    const pugi::xml_node codes = child(root, "Codes");
    return codes ? parseCodes(codes, fileName, codeCount) : std::vector<RefiCode>{};
}

} // namespace codeboom::refi
