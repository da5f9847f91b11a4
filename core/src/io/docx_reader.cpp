#include "codeboom/io/readers.h"

#include "io/zip_entry.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace codeboom {
namespace {

// ECMA-376 transitional and ISO/IEC 29500 strict spell the WordprocessingML namespace differently.
constexpr std::string_view kWml = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view kWmlStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
constexpr std::string_view kMarkupCompatibility =
    "http://schemas.openxmlformats.org/markup-compatibility/2006";
constexpr std::string_view kRelationships =
    "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr std::string_view kOfficeDocumentType =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
constexpr std::string_view kOfficeDocumentTypeStrict =
    "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";
const std::string kDefaultMainPart = "word/document.xml";

// Whitespace-only text nodes must survive parsing: <w:t xml:space="preserve"> </w:t> is a space.
constexpr unsigned int kParseOptions = pugi::parse_default | pugi::parse_ws_pcdata;

bool isWml(const io::XmlName& name) {
    return name.ns == kWml || name.ns == kWmlStrict;
}

bool isOneOf(std::string_view value, std::initializer_list<std::string_view> candidates) {
    return std::find(candidates.begin(), candidates.end(), value) != candidates.end();
}

// The main document part is whatever the package relationship of type officeDocument points to
// (ECMA-376 Part 2 §9.3, Part 1 §11.3.10); Word always names it word/document.xml, a few other
// producers do not.
std::string mainPartName(const io::ZipPackage& package) {
    const std::string relsName = "_rels/.rels";
    if (!package.contains(relsName)) {
        return kDefaultMainPart;
    }
    const std::string xml = package.read(relsName);
    pugi::xml_document rels;
    if (!rels.load_buffer(xml.data(), xml.size())) {
        return kDefaultMainPart;
    }
    io::NamespaceScope scope;
    const pugi::xml_node root = rels.document_element();
    scope.enter(root, 0);
    for (const pugi::xml_node& relationship : root.children()) {
        scope.enter(relationship, 1);
        const bool matches = scope.resolve(relationship).is(kRelationships, "Relationship");
        const std::string_view type = relationship.attribute("Type").value();
        std::string_view target = relationship.attribute("Target").value();
        const bool external =
            std::string_view(relationship.attribute("TargetMode").value()) == "External";
        scope.leave(1);
        if (!matches || external ||
            (type != kOfficeDocumentType && type != kOfficeDocumentTypeStrict)) {
            continue;
        }
        while (target.starts_with('/') || target.starts_with("./")) {
            target.remove_prefix(target.starts_with('/') ? 1 : 2);
        }
        if (!target.empty() && package.contains(std::string(target))) {
            return std::string(target);
        }
    }
    return kDefaultMainPart;
}

// Collects the text of body paragraphs as Word shows them with all tracked changes accepted.
class BodyExtractor {
public:
    io::Visit enter(const pugi::xml_node& node, const io::XmlName& name,
                    const io::NamespaceScope& scope) {
        if (name.ns == kMarkupCompatibility) {
            // Markup compatibility (ECMA-376 Part 3 §10.2): a consumer that does not understand
            // what a Choice requires takes the Fallback; taking one branch avoids doubled text.
            return isOneOf(name.local, {"AlternateContent", "Fallback"}) ? io::Visit::Descend
                                                                         : io::Visit::Skip;
        }
        if (!isWml(name)) {
            return io::Visit::Skip;
        }
        return inParagraph_ ? enterInline(node, name, scope) : enterBlock(name);
    }

    void leave(const pugi::xml_node& /*node*/, const io::XmlName& name) {
        if (!isWml(name)) {
            return;
        }
        if (name.local == "t") {
            inText_ = false;
        } else if (name.local == "p" && inParagraph_) {
            finishParagraph();
        }
    }

    void text(std::string_view text) {
        if (inParagraph_ && inText_ && inFieldResult()) {
            current_.append(text);
        }
    }

    std::vector<ExtractedParagraph> finish() {
        if (!carried_.empty()) {
            paragraphs_.push_back({std::move(carried_), {}, {}});
        }
        return std::move(paragraphs_);
    }

private:
    io::Visit enterBlock(const io::XmlName& name) {
        if (name.local == "p") {
            inParagraph_ = true;
            markDeleted_ = false;
            current_.clear();
            return io::Visit::Descend;
        }
        // Tables (§17.4), content controls (§17.5.2) and custom XML (§17.5.1) hold block-level
        // paragraphs; tracked deletions (w:del, w:moveFrom) are what acceptance removes.
        return isOneOf(name.local, {"document", "body", "tbl", "tr", "tc", "sdt", "sdtContent",
                                    "customXml", "smartTag", "ins", "moveTo"})
                   ? io::Visit::Descend
                   : io::Visit::Skip;
    }

    io::Visit enterInline(const pugi::xml_node& node, const io::XmlName& name,
                          const io::NamespaceScope& scope) {
        const std::string_view local = name.local;
        if (local == "t") {
            inText_ = true;
            return io::Visit::Descend;
        }
        if (local == "pPr") {
            markDeleted_ = paragraphMarkDeleted(node, scope);
            return io::Visit::Skip;
        }
        if (local == "tab" || local == "ptab") {
            append("\t");
        } else if (local == "br" || local == "cr") {
            append("\n");
        } else if (local == "noBreakHyphen") {
            append("-");
        } else if (local == "fldChar") {
            updateField(scope.attribute(node, name.ns, "fldCharType"));
        }
        // Runs and the wrappers that may hold them (§17.3.2, §17.16.19 fldSimple, §17.13.5
        // tracked changes). Everything else is skipped: deletions and their w:delText, field
        // instructions (w:instrText), symbols, footnote and comment references, drawings and
        // text boxes, which sit outside the paragraph's flow.
        return isOneOf(local, {"r", "hyperlink", "smartTag", "customXml", "sdt", "sdtContent",
                               "fldSimple", "ins", "moveTo", "dir", "bdo"})
                   ? io::Visit::Descend
                   : io::Visit::Skip;
    }

    // A paragraph whose mark is a tracked deletion (§17.13.5.15, w:pPr/w:rPr/w:del) merges with
    // the next paragraph once the deletion is accepted.
    static bool paragraphMarkDeleted(const pugi::xml_node& paragraphProperties,
                                     const io::NamespaceScope& scope) {
        for (const pugi::xml_node& child : paragraphProperties.children()) {
            const io::XmlName childName = scope.resolve(child);
            if (!isWml(childName) || childName.local != "rPr") {
                continue;
            }
            for (const pugi::xml_node& property : child.children()) {
                const io::XmlName propertyName = scope.resolve(property);
                if (isWml(propertyName) && isOneOf(propertyName.local, {"del", "moveFrom"})) {
                    return true;
                }
            }
        }
        return false;
    }

    // Complex fields (§17.16.18): between begin and separate is the instruction, between
    // separate and end the result that Word displays. Fields nest and may span paragraphs.
    void updateField(std::string_view type) {
        if (type == "begin") {
            fieldInInstruction_.push_back(true);
        } else if (type == "separate" && !fieldInInstruction_.empty()) {
            fieldInInstruction_.back() = false;
        } else if (type == "end" && !fieldInInstruction_.empty()) {
            fieldInInstruction_.pop_back();
        }
    }

    bool inFieldResult() const {
        return std::none_of(fieldInInstruction_.begin(), fieldInInstruction_.end(),
                            [](bool inInstruction) { return inInstruction; });
    }

    void append(std::string_view text) {
        if (inFieldResult()) {
            current_.append(text);
        }
    }

    void finishParagraph() {
        inParagraph_ = false;
        inText_ = false;
        if (markDeleted_) {
            carried_ += current_;
            return;
        }
        paragraphs_.push_back({carried_ + current_, {}, {}});
        carried_.clear();
    }

    bool inParagraph_ = false;
    bool inText_ = false;
    bool markDeleted_ = false;
    std::string current_;
    std::string carried_;
    std::vector<bool> fieldInInstruction_;
    std::vector<ExtractedParagraph> paragraphs_;
};

} // namespace

ExtractedDocument readDocx(std::string_view bytes, const std::string& fileName) {
    const io::ZipPackage package(bytes, fileName, ".docx");
    const std::string partName = mainPartName(package);
    const std::string xml = package.read(partName);

    pugi::xml_document doc;
    io::parseXmlPart(doc, xml, package, partName, kParseOptions);

    io::NamespaceScope scope;
    const pugi::xml_node root = doc.document_element();
    scope.enter(root, 0);
    const io::XmlName rootName = scope.resolve(root);
    if (!isWml(rootName) || rootName.local != "document") {
        package.fail({CODEBOOM_N_("{file}: not a valid {format} file ({part} is not a "
                                  "WordprocessingML document (its root element is <{element}>))"),
                      {{"part", partName}, {"element", root.name()}}});
    }

    BodyExtractor extractor;
    io::walkXml(doc, extractor);

    ExtractedDocument document;
    document.paragraphs = extractor.finish();
    document.encoding = "docx";
    io::requireValidUtf8(document, package, partName);
    return document;
}

} // namespace codeboom
