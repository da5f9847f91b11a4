#include "zip_builder.h"

#include <zip.h>

#include <memory>
#include <stdexcept>

namespace codeboom::test {
namespace {

struct SourceFree {
    void operator()(zip_source_t* source) const { zip_source_free(source); }
};

struct ErrorFini {
    void operator()(zip_error_t* error) const { zip_error_fini(error); }
};

[[noreturn]] void fail(const std::string& what, const char* reason) {
    throw std::runtime_error("makeZip: " + what + ": " + reason);
}

} // namespace

std::string makeZip(const std::vector<std::pair<std::string, std::string>>& entries) {
    zip_error_t errorStorage;
    zip_error_init(&errorStorage);
    const std::unique_ptr<zip_error_t, ErrorFini> error(&errorStorage);

    const std::unique_ptr<zip_source_t, SourceFree> buffer(
        zip_source_buffer_create(nullptr, 0, 0, error.get()));
    if (!buffer) {
        fail("zip_source_buffer_create", zip_error_strerror(error.get()));
    }
    zip_t* archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, error.get());
    if (archive == nullptr) {
        fail("zip_open_from_source", zip_error_strerror(error.get()));
    }
    // The archive drops its reference to the buffer when closed; keep ours to read the
    // finished archive back.
    zip_source_keep(buffer.get());

    for (const auto& [name, content] : entries) {
        zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
        if (source == nullptr ||
            zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
            const std::string reason = zip_strerror(archive);
            if (source != nullptr) {
                zip_source_free(source);
            }
            zip_discard(archive);
            fail("adding " + name, reason.c_str());
        }
    }
    if (zip_close(archive) < 0) {
        const std::string reason = zip_strerror(archive);
        zip_discard(archive);
        fail("zip_close", reason.c_str());
    }

    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(buffer.get(), &stat) < 0 || zip_source_open(buffer.get()) < 0) {
        fail("reading the archive back", zip_error_strerror(zip_source_error(buffer.get())));
    }
    std::string bytes(static_cast<std::size_t>(stat.size), '\0');
    const zip_int64_t read = zip_source_read(buffer.get(), bytes.data(), bytes.size());
    zip_source_close(buffer.get());
    if (read < 0 || static_cast<std::size_t>(read) != bytes.size()) {
        fail("reading the archive back", "short read");
    }
    return bytes;
}

std::string zipEntry(const std::filesystem::path& archive, const std::string& name) {
    int error = 0;
    zip_t* zip = zip_open(archive.c_str(), ZIP_RDONLY, &error);
    if (!zip)
        return "(not a zip)";
    std::string bytes = "(no entry)";
    if (zip_file_t* file = zip_fopen(zip, name.c_str(), 0)) {
        bytes.clear();
        char buffer[4096];
        zip_int64_t n = 0;
        while ((n = zip_fread(file, buffer, sizeof buffer)) > 0)
            bytes.append(buffer, static_cast<std::size_t>(n));
        zip_fclose(file);
    }
    zip_close(zip);
    return bytes;
}

} // namespace codeboom::test
