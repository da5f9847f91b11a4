#include "io/zip_entry.h"

#include "codeboom/error.h"

#include "io/utf8_check.h"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

namespace codeboom::io {
namespace {

// The compound-file signature (MS-CFB §2.2). Word and LibreOffice store password-protected
// documents in this container instead of a zip, and it is also the old binary .doc format.
constexpr std::string_view kOleSignature = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

constexpr std::string_view kXmlNamespace = "http://www.w3.org/XML/1998/namespace";

class ZipError {
public:
    ZipError() { zip_error_init(&error_); }
    ~ZipError() { zip_error_fini(&error_); }
    ZipError(const ZipError&) = delete;
    ZipError& operator=(const ZipError&) = delete;

    zip_error_t* get() { return &error_; }
    int code() { return zip_error_code_zip(&error_); }
    std::string message() { return zip_error_strerror(&error_); }

private:
    zip_error_t error_;
};

struct FileCloser {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};

std::string describeSize(std::uint64_t bytes) {
    return std::to_string(bytes / (1024 * 1024)) + " MiB";
}

std::pair<std::string_view, std::string_view> splitQualifiedName(std::string_view name) {
    const auto colon = name.find(':');
    if (colon == std::string_view::npos) {
        return {std::string_view{}, name};
    }
    return {name.substr(0, colon), name.substr(colon + 1)};
}

} // namespace

void ZipPackage::ArchiveCloser::operator()(zip_t* archive) const {
    // Opened read-only: nothing to write back, so discard rather than close.
    zip_discard(archive);
}

ZipPackage::ZipPackage(std::string_view bytes, std::string fileName, std::string formatLabel)
    : fileName_(std::move(fileName)), formatLabel_(std::move(formatLabel)) {
    if (bytes.empty()) {
        fail({CODEBOOM_N_("{file}: not a valid {format} file (the file is empty)"), {}});
    }
    if (bytes.starts_with(kOleSignature)) {
        fail({CODEBOOM_N_("{file}: not a valid {format} file (it is an OLE compound file, not a "
                          "zip archive: either password-protected or saved in an old binary "
                          "format; save it again as an unprotected {format} file)"),
              {}});
    }
    ZipError error;
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, error.get());
    if (source == nullptr) {
        fail({CODEBOOM_N_("{file}: not a valid {format} file (cannot read the zip archive: "
                          "{reason})"),
              {{"reason", error.message()}}});
    }
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, error.get());
    if (archive == nullptr) {
        // On failure the source still belongs to us (libzip's zip_open_from_source contract).
        zip_source_free(source);
        if (error.code() == ZIP_ER_NOZIP) {
            fail({CODEBOOM_N_("{file}: not a valid {format} file (not a zip archive)"), {}});
        }
        fail({CODEBOOM_N_("{file}: not a valid {format} file (damaged zip archive: {reason})"),
              {{"reason", error.message()}}});
    }
    archive_.reset(archive);
}

void ZipPackage::fail(Message reason) const {
    reason.values.emplace_back("file", fileName_);
    reason.values.emplace_back("format", formatLabel_);
    throw ImportError(std::move(reason));
}

std::int64_t ZipPackage::locate(const std::string& entryName) const {
    std::int64_t index = zip_name_locate(archive_.get(), entryName.c_str(), 0);
    if (index < 0) {
        // OPC part names compare case-insensitively (ECMA-376 Part 2 §9.1.1.1); exact match first
        // keeps ODF's case-sensitive names unambiguous.
        index = zip_name_locate(archive_.get(), entryName.c_str(), ZIP_FL_NOCASE);
    }
    return index;
}

bool ZipPackage::contains(const std::string& entryName) const {
    return locate(entryName) >= 0;
}

std::string ZipPackage::read(const std::string& entryName) const {
    const std::int64_t found = locate(entryName);
    if (found < 0) {
        fail({CODEBOOM_N_("{file}: not a valid {format} file ({part} is missing)"),
              {{"part", entryName}}});
    }
    const auto index = static_cast<zip_uint64_t>(found);
    const Message encrypted{CODEBOOM_N_("{file}: cannot read the {format} file: {part} is "
                                        "encrypted; save an unprotected copy and import that"),
                            {{"file", fileName_}, {"format", formatLabel_}, {"part", entryName}}};

    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive_.get(), index, 0, &stat) != 0) {
        fail({CODEBOOM_N_("{file}: not a valid {format} file (cannot read {part}: {reason})"),
              {{"part", entryName}, {"reason", zip_strerror(archive_.get())}}});
    }
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && stat.encryption_method != ZIP_EM_NONE) {
        throw ImportError(encrypted);
    }
    if ((stat.valid & ZIP_STAT_SIZE) != 0 && stat.size > kMaxZipEntrySize) {
        fail({CODEBOOM_N_("{file}: not a valid {format} file ({part} inflates to {size}, more "
                          "than the {limit} limit)"),
              {{"part", entryName},
               {"size", describeSize(stat.size)},
               {"limit", describeSize(kMaxZipEntrySize)}}});
    }

    std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(archive_.get(), index, 0));
    if (!file) {
        const int code = zip_error_code_zip(zip_get_error(archive_.get()));
        if (code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD || code == ZIP_ER_ENCRNOTSUPP) {
            throw ImportError(encrypted);
        }
        fail({CODEBOOM_N_("{file}: not a valid {format} file (cannot open {part}: {reason})"),
              {{"part", entryName}, {"reason", zip_strerror(archive_.get())}}});
    }

    std::string content;
    if ((stat.valid & ZIP_STAT_SIZE) != 0) {
        content.reserve(static_cast<std::size_t>(stat.size));
    }
    // The declared size may lie, so the limit is enforced on what actually inflates as well.
    std::array<char, 64 * 1024> chunk{};
    for (;;) {
        const zip_int64_t got = zip_fread(file.get(), chunk.data(), chunk.size());
        if (got < 0) {
            fail({CODEBOOM_N_("{file}: not a valid {format} file (cannot read {part}: {reason})"),
                  {{"part", entryName}, {"reason", zip_file_strerror(file.get())}}});
        }
        if (got == 0) {
            break;
        }
        if (content.size() + static_cast<std::size_t>(got) > kMaxZipEntrySize) {
            fail({CODEBOOM_N_("{file}: not a valid {format} file ({part} inflates to more than "
                              "the {limit} limit)"),
                  {{"part", entryName}, {"limit", describeSize(kMaxZipEntrySize)}}});
        }
        content.append(chunk.data(), static_cast<std::size_t>(got));
    }
    return content;
}

void parseXmlPart(pugi::xml_document& doc, const std::string& xml, const ZipPackage& package,
                  const std::string& entryName, unsigned int parseOptions) {
    const pugi::xml_parse_result result =
        doc.load_buffer(xml.data(), xml.size(), parseOptions, pugi::encoding_auto);
    if (!result) {
        package.fail({CODEBOOM_N_("{file}: not a valid {format} file ({part} is not well-formed "
                                  "XML: {reason} at byte {offset})"),
                      {{"part", entryName},
                       {"reason", result.description()},
                       {"offset", std::to_string(result.offset)}}});
    }
}

void requireValidUtf8(const ExtractedDocument& document, const ZipPackage& package,
                      const std::string& entryName) {
    for (const ExtractedParagraph& paragraph : document.paragraphs) {
        if (!isValidUtf8(paragraph.text)) {
            package.fail({CODEBOOM_N_("{file}: not a valid {format} file ({part} contains text "
                                      "that is not valid UTF-8)"),
                          {{"part", entryName}}});
        }
    }
}

void NamespaceScope::enter(const pugi::xml_node& element, std::size_t depth) {
    for (const pugi::xml_attribute& attribute : element.attributes()) {
        const std::string_view name = attribute.name();
        if (name == "xmlns") {
            bindings_.push_back({std::string_view{}, attribute.value(), depth});
        } else if (name.starts_with("xmlns:")) {
            bindings_.push_back({name.substr(6), attribute.value(), depth});
        }
    }
}

void NamespaceScope::leave(std::size_t depth) {
    while (!bindings_.empty() && bindings_.back().depth >= depth) {
        bindings_.pop_back();
    }
}

std::string_view NamespaceScope::uriFor(std::string_view prefix) const {
    const auto binding = std::find_if(bindings_.rbegin(), bindings_.rend(),
                                      [&](const Binding& b) { return b.prefix == prefix; });
    if (binding != bindings_.rend()) {
        return binding->uri;
    }
    return prefix == "xml" ? kXmlNamespace : std::string_view{};
}

XmlName NamespaceScope::resolve(const pugi::xml_node& element) const {
    const auto [prefix, local] = splitQualifiedName(element.name());
    return {uriFor(prefix), local};
}

std::string_view NamespaceScope::attribute(const pugi::xml_node& element,
                                           std::string_view nameSpace,
                                           std::string_view localName) const {
    for (const pugi::xml_attribute& attribute : element.attributes()) {
        const auto [prefix, local] = splitQualifiedName(attribute.name());
        if (local != localName || prefix == "xmlns") {
            continue;
        }
        // Unprefixed attributes belong to no namespace (Namespaces in XML 1.0 §6.2).
        const std::string_view uri = prefix.empty() ? std::string_view{} : uriFor(prefix);
        if (uri == nameSpace) {
            return attribute.value();
        }
    }
    return {};
}

} // namespace codeboom::io
