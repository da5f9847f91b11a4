#include "codeboom/error.h"
#include "codeboom/io/readers.h"

#include "io/zip_entry.h"

#include <algorithm>
#include <charconv>
#include <string>
#include <string_view>
#include <vector>

namespace codeboom {
namespace {

constexpr std::string_view kOdfPrefix = "urn:oasis:names:tc:opendocument:xmlns:";
constexpr std::string_view kOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr std::string_view kText = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr std::string_view kTable = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
constexpr std::string_view kManifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
constexpr std::string_view kMathMl = "http://www.w3.org/1998/Math/MathML";
const std::string kContentPart = "content.xml";
const std::string kManifestPart = "META-INF/manifest.xml";

// Whitespace-only text nodes between spans are significant: ODF collapses them to one space.
constexpr unsigned int kParseOptions = pugi::parse_default | pugi::parse_ws_pcdata;

// text:c is a layout hint; a hostile value must not make us allocate gigabytes of spaces.
constexpr long kMaxSpaceRun = 10000;

bool isOneOf(std::string_view value, std::initializer_list<std::string_view> candidates) {
    return std::find(candidates.begin(), candidates.end(), value) != candidates.end();
}

bool isOdfWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// ODF 1.2 Part 3 §4.2 (encryption): LibreOffice keeps the zip readable and encrypts the parts,
// recording that in the manifest. Saying so beats reporting the ciphertext as malformed XML.
bool contentIsEncrypted(const io::ZipPackage& package) {
    if (!package.contains(kManifestPart)) {
        return false;
    }
    const std::string xml = package.read(kManifestPart);
    pugi::xml_document manifest;
    if (!manifest.load_buffer(xml.data(), xml.size())) {
        return false;
    }
    struct Finder {
        io::Visit enter(const pugi::xml_node& node, const io::XmlName& name,
                        const io::NamespaceScope& scope) {
            if (name.ns != kManifest) {
                return io::Visit::Skip;
            }
            if (name.local == "file-entry") {
                if (scope.attribute(node, kManifest, "full-path") == kContentPart) {
                    inContentEntry = true;
                    return io::Visit::Descend;
                }
                return io::Visit::Skip;
            }
            if (inContentEntry && name.local == "encryption-data") {
                encrypted = true;
            }
            return name.local == "manifest" ? io::Visit::Descend : io::Visit::Skip;
        }
        void leave(const pugi::xml_node& /*node*/, const io::XmlName& name) {
            if (name.local == "file-entry") {
                inContentEntry = false;
            }
        }
        void text(std::string_view /*text*/) {}

        bool inContentEntry = false;
        bool encrypted = false;
    } finder;
    io::walkXml(manifest, finder);
    return finder.encrypted;
}

// Collects paragraphs (text:p) and headings (text:h) of office:text in document order.
class TextExtractor {
public:
    io::Visit enter(const pugi::xml_node& node, const io::XmlName& name,
                    const io::NamespaceScope& scope) {
        return inParagraph_ ? enterInline(node, name, scope) : enterBlock(name);
    }

    void leave(const pugi::xml_node& /*node*/, const io::XmlName& name) {
        // Nested paragraphs (in notes or frames) are skipped, so this closes the open one.
        if (inParagraph_ && name.ns == kText && isOneOf(name.local, {"p", "h"})) {
            inParagraph_ = false;
            // Trailing white space of a paragraph is ignored (§6.1.2): drop the pending space.
            paragraphs_.push_back({std::move(current_), {}, {}});
            current_.clear();
        }
    }

    // ODF 1.2 Part 1 §6.1.2: tab, CR, LF and space collapse to one space, and white space at the
    // start or end of a paragraph is ignored. Spaces from text:s and tabs from text:tab are
    // literal and do not collapse, which is why a space is held back until more text follows.
    void text(std::string_view text) {
        if (!inParagraph_) {
            return;
        }
        for (const char c : text) {
            if (isOdfWhitespace(c)) {
                pendingSpace_ = !current_.empty();
                continue;
            }
            flushSpace();
            current_.push_back(c);
        }
    }

    std::vector<ExtractedParagraph> finish() { return std::move(paragraphs_); }

private:
    io::Visit enterBlock(const io::XmlName& name) {
        if (name.ns == kText && isOneOf(name.local, {"p", "h"})) {
            inParagraph_ = true;
            pendingSpace_ = false;
            current_.clear();
            return io::Visit::Descend;
        }
        if (name.ns == kOffice) {
            return isOneOf(name.local, {"document-content", "body", "text"}) ? io::Visit::Descend
                                                                             : io::Visit::Skip;
        }
        if (name.ns == kText) {
            // Sections, lists (§5.3) and generated indexes hold paragraphs. Skipped by default:
            // tracked changes (the deleted text lives in text:tracked-changes, §5.5), index
            // templates (*-source) and declarations.
            return isOneOf(name.local, {"section", "list", "list-item", "list-header", "index-body",
                                        "index-title", "table-of-content", "alphabetical-index",
                                        "illustration-index", "table-index", "object-index",
                                        "user-index", "bibliography"})
                       ? io::Visit::Descend
                       : io::Visit::Skip;
        }
        if (name.ns == kTable) {
            return isOneOf(name.local, {"table", "table-row", "table-rows", "table-header-rows",
                                        "table-row-group", "table-cell", "covered-table-cell"})
                       ? io::Visit::Descend
                       : io::Visit::Skip;
        }
        return io::Visit::Skip;
    }

    io::Visit enterInline(const pugi::xml_node& node, const io::XmlName& name,
                          const io::NamespaceScope& scope) {
        if (name.ns == kText) {
            const std::string_view local = name.local;
            if (local == "s") {
                appendLiteral(std::string(
                    static_cast<std::size_t>(spaceCount(scope.attribute(node, kText, "c"))), ' '));
                return io::Visit::Skip;
            }
            if (local == "tab") {
                appendLiteral("\t");
                return io::Visit::Skip;
            }
            if (local == "line-break") {
                appendLiteral("\n");
                return io::Visit::Skip;
            }
            // §6.1.1 leaves note bodies and ruby text out of a paragraph's character content;
            // text:number is generated list numbering, tracked-change marks are empty.
            if (isOneOf(local, {"note", "ruby-text", "number", "hidden-text", "hidden-paragraph",
                                "p", "h"})) {
                return io::Visit::Skip;
            }
            // Spans, links, fields and the like show their content.
            return io::Visit::Descend;
        }
        // §6.1.1 also leaves out annotations and drawing shapes and frames (text boxes); other
        // ODF vocabularies carry no paragraph text. Foreign elements are transparent (§3.17).
        if (name.ns.starts_with(kOdfPrefix) || name.ns == kMathMl) {
            return io::Visit::Skip;
        }
        return io::Visit::Descend;
    }

    static long spaceCount(std::string_view value) {
        long count = 1;
        if (!value.empty()) {
            const auto [end, error] =
                std::from_chars(value.data(), value.data() + value.size(), count);
            if (error != std::errc{} || end != value.data() + value.size() || count < 1) {
                count = 1;
            }
        }
        return std::min(count, kMaxSpaceRun);
    }

    void appendLiteral(const std::string& text) {
        flushSpace();
        current_ += text;
    }

    void flushSpace() {
        if (pendingSpace_) {
            current_.push_back(' ');
            pendingSpace_ = false;
        }
    }

    bool inParagraph_ = false;
    bool pendingSpace_ = false;
    std::string current_;
    std::vector<ExtractedParagraph> paragraphs_;
};

} // namespace

ExtractedDocument readOdt(std::string_view bytes, const std::string& fileName) {
    const io::ZipPackage package(bytes, fileName, ".odt");
    if (!package.contains(kContentPart)) {
        package.fail({CODEBOOM_N_("{file}: not a valid {format} file ({part} is missing)"),
                      {{"part", kContentPart}}});
    }
    if (contentIsEncrypted(package)) {
        throw ImportError(
            Message{CODEBOOM_N_("{file}: cannot read the .odt file: it is password-protected; "
                                "save an unprotected copy and import that"),
                    {{"file", fileName}}});
    }
    const std::string xml = package.read(kContentPart);
    pugi::xml_document doc;
    io::parseXmlPart(doc, xml, package, kContentPart, kParseOptions);

    // A spreadsheet or presentation saved with the wrong extension has the same outer shape;
    // its table cells would otherwise come out as a stream of unrelated paragraphs.
    io::NamespaceScope scope;
    const pugi::xml_node root = doc.document_element();
    scope.enter(root, 0);
    if (!scope.resolve(root).is(kOffice, "document-content")) {
        package.fail({CODEBOOM_N_("{file}: not a valid {format} file ({part} is not an "
                                  "OpenDocument content part (its root element is <{element}>))"),
                      {{"part", kContentPart}, {"element", root.name()}}});
    }
    for (const pugi::xml_node& child : root.children()) {
        scope.enter(child, 1);
        if (scope.resolve(child).is(kOffice, "body")) {
            for (const pugi::xml_node& body : child.children()) {
                if (body.type() != pugi::node_element) {
                    continue;
                }
                scope.enter(body, 2);
                const io::XmlName bodyName = scope.resolve(body);
                scope.leave(2);
                if (bodyName.ns == kOffice && bodyName.local != "text") {
                    package.fail({CODEBOOM_N_("{file}: not a valid {format} file (it is an "
                                              "OpenDocument {kind}, not a text document)"),
                                  {{"kind", std::string(bodyName.local)}}});
                }
            }
        }
        scope.leave(1);
    }

    TextExtractor extractor;
    io::walkXml(doc, extractor);

    ExtractedDocument document;
    document.paragraphs = extractor.finish();
    document.encoding = "odt";
    io::requireValidUtf8(document, package, kContentPart);
    return document;
}

} // namespace codeboom
