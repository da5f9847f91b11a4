#pragma once

#include "codeboom/io/extracted.h"
#include "codeboom/message.h"

#include <pugixml.hpp>
#include <zip.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace codeboom::io {

// Largest uncompressed entry we agree to inflate. A transcript's document.xml is a few MiB; the
// cap keeps a zip bomb (a tiny archive declaring or inflating to gigabytes) from exhausting memory.
inline constexpr std::uint64_t kMaxZipEntrySize = std::uint64_t{256} * 1024 * 1024;

// A zip-based package (Office Open XML, OpenDocument) opened read-only from memory. Every failure
// becomes an ImportError phrased "<file>: not a valid <format> file (<reason>)", as a Message.
class ZipPackage {
public:
    // `formatLabel` names the expected format in messages, e.g. ".docx".
    ZipPackage(std::string_view bytes, std::string fileName, std::string formatLabel);

    bool contains(const std::string& entryName) const;

    // The entry's uncompressed bytes; throws ImportError when the entry is missing, encrypted,
    // larger than kMaxZipEntrySize or damaged.
    std::string read(const std::string& entryName) const;

    // Throws `reason` as an ImportError, with {file} and {format} filled in: its message is the
    // whole sentence, "{file}: not a valid {format} file (...)", so that it translates as one.
    [[noreturn]] void fail(Message reason) const;

private:
    struct ArchiveCloser {
        void operator()(zip_t* archive) const;
    };

    std::int64_t locate(const std::string& entryName) const;

    std::string fileName_;
    std::string formatLabel_;
    std::unique_ptr<zip_t, ArchiveCloser> archive_;
};

// Parses one XML part of the package into `doc`; malformed XML throws ImportError naming the
// part, pugixml's description and the byte offset. No DTD is processed, so a hostile part can
// neither pull in external entities nor expand entity bombs.
void parseXmlPart(pugi::xml_document& doc, const std::string& xml, const ZipPackage& package,
                  const std::string& entryName, unsigned int parseOptions);

// pugixml passes the bytes of a UTF-8 part through unchecked; XML 1.0 §4.3.3 makes an encoding
// error fatal, so text that is not valid UTF-8 rejects the file instead of reaching the project.
void requireValidUtf8(const ExtractedDocument& document, const ZipPackage& package,
                      const std::string& entryName);

struct XmlName {
    std::string_view ns;
    std::string_view local;

    bool is(std::string_view nameSpace, std::string_view localName) const {
        return ns == nameSpace && local == localName;
    }
};

// The xmlns declarations in scope while walking a tree (Namespaces in XML 1.0 §6), so readers
// match (namespace URI, local name) rather than whatever prefix a producer chose.
class NamespaceScope {
public:
    // Records the declarations made on `element`, which sits at `depth`.
    void enter(const pugi::xml_node& element, std::size_t depth);
    // Forgets the declarations made at `depth` and deeper.
    void leave(std::size_t depth);

    XmlName resolve(const pugi::xml_node& element) const;
    // The value of the attribute (nameSpace, localName) on `element`, or an empty view.
    std::string_view attribute(const pugi::xml_node& element, std::string_view nameSpace,
                               std::string_view localName) const;

private:
    std::string_view uriFor(std::string_view prefix) const;

    struct Binding {
        std::string_view prefix;
        std::string_view uri;
        std::size_t depth;
    };
    std::vector<Binding> bindings_;
};

enum class Visit { Descend, Skip };

// Walks the tree under `root` in document order without recursion (element nesting depth comes
// from the file and must not be able to overflow the stack). The visitor provides
//   Visit enter(const pugi::xml_node&, const XmlName&, const NamespaceScope&);
//   void leave(const pugi::xml_node&, const XmlName&);  // only for elements it descended into
//   void text(std::string_view);                        // PCDATA and CDATA
template <typename Visitor> void walkXml(const pugi::xml_node& root, Visitor& visitor) {
    NamespaceScope scope;
    std::size_t depth = 0;
    pugi::xml_node node = root.first_child();
    while (node) {
        if (node.type() == pugi::node_element) {
            scope.enter(node, depth);
            const XmlName name = scope.resolve(node);
            if (visitor.enter(node, name, scope) == Visit::Descend) {
                if (node.first_child()) {
                    node = node.first_child();
                    ++depth;
                    continue;
                }
                visitor.leave(node, name);
            }
            scope.leave(depth);
        } else if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
            visitor.text(std::string_view{node.value()});
        }
        while (!node.next_sibling()) {
            node = node.parent();
            if (!node || node == root) {
                return;
            }
            --depth;
            visitor.leave(node, scope.resolve(node));
            scope.leave(depth);
        }
        node = node.next_sibling();
    }
}

} // namespace codeboom::io
