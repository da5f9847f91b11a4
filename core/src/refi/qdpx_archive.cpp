#include "codeboom/refi/qdpx_archive.h"

#include "codeboom/error.h"

#include <zip.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

namespace codeboom::refi {

namespace {

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string mib(std::uint64_t bytes) {
    return bytes < (1u << 20) ? std::to_string(bytes) + " bytes"
                              : std::to_string(bytes >> 20) + " MiB";
}

// True when a path, taken relative to the archive (or to sources/), could name something outside
// it: absolute, a Windows drive, or any ".." step.
bool escapes(const std::string& path) {
    if (path.empty())
        return false;
    if (path.front() == '/' || path.front() == '\\' ||
        (path.size() >= 2 && path[1] == ':' && std::isalpha(static_cast<unsigned char>(path[0]))))
        return true;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find_first_of("/\\", start);
        if (end == std::string::npos)
            end = path.size();
        if (path.compare(start, end - start, "..") == 0)
            return true;
        start = end + 1;
    }
    return false;
}

// A file that begins with a local file header is a zip whose end (the central directory libzip
// reads first) is missing or cut off, e.g. an interrupted download or copy.
bool startsLikeZip(std::string_view head) {
    return head.starts_with(std::string_view("PK\x03\x04", 4));
}

std::string headOf(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::string head(4, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    return head;
}

Message truncated() {
    return {CODEBOOM_N_("{file}: it is damaged or truncated (it starts like a zip archive, but its "
                        "table of contents at the end is missing; copy or download the file "
                        "again)"),
            {}};
}

Message notZip() {
    return {CODEBOOM_N_("{file}: it is not a zip archive"), {}};
}

struct FileCloser {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};

} // namespace

QdpxArchive::QdpxArchive(const std::filesystem::path& file, QdpxLimits limits)
    : fileName_(file.filename().string()) {
    int error = 0;
    archive_ = zip_open(file.c_str(), ZIP_RDONLY, &error);
    if (!archive_) {
        if (error == ZIP_ER_NOENT || error == ZIP_ER_OPEN)
            fail({CODEBOOM_N_("{file}: the file cannot be opened (does it exist?)"), {}});
        if (error == ZIP_ER_NOZIP)
            fail(startsLikeZip(headOf(file)) ? truncated() : notZip());
        zip_error_t ze;
        zip_error_init_with_code(&ze, error);
        const std::string message = zip_error_strerror(&ze);
        zip_error_fini(&ze);
        fail({CODEBOOM_N_("{file}: damaged zip archive ({reason})"), {{"reason", message}}});
    }
    try {
        index(limits);
    } catch (...) {
        // The destructor does not run for an object whose constructor threw.
        zip_discard(archive_);
        archive_ = nullptr;
        throw;
    }
}

QdpxArchive::QdpxArchive(std::string bytes, std::string fileName, QdpxLimits limits)
    : fileName_(std::move(fileName)), bytes_(std::move(bytes)) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes_.data(), bytes_.size(), 0, &error);
    if (source)
        archive_ = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!archive_) {
        if (source)
            zip_source_free(source);
        const bool noZip = zip_error_code_zip(&error) == ZIP_ER_NOZIP;
        const std::string message = zip_error_strerror(&error);
        zip_error_fini(&error);
        if (noZip)
            fail(startsLikeZip(bytes_) ? truncated() : notZip());
        fail({CODEBOOM_N_("{file}: damaged zip archive ({reason})"), {{"reason", message}}});
    }
    zip_error_fini(&error);
    try {
        index(limits);
    } catch (...) {
        // The destructor does not run for an object whose constructor threw.
        zip_discard(archive_);
        archive_ = nullptr;
        throw;
    }
}

QdpxArchive::~QdpxArchive() {
    if (archive_)
        zip_discard(archive_);
}

void QdpxArchive::fail(Message reason) const {
    reason.values.emplace_back("file", fileName_);
    throw ImportError(std::move(reason));
}

void QdpxArchive::index(QdpxLimits limits) {
    maxEntrySize_ = limits.maxEntrySize;
    maxTotalSize_ = limits.maxTotalSize;
    const zip_int64_t count = zip_get_num_entries(archive_, 0);
    if (count < 0)
        fail({CODEBOOM_N_("{file}: damaged zip archive (the entry count cannot be read)"), {}});
    if (static_cast<std::uint64_t>(count) > limits.maxEntries)
        fail({CODEBOOM_N_("{file}: refused: the archive has {count} entries, more than the "
                          "{limit} allowed"),
              {{"count", std::to_string(count)}, {"limit", std::to_string(limits.maxEntries)}}});
    std::uint64_t total = 0;
    std::vector<std::string> qdes;
    for (zip_uint64_t i = 0; i < static_cast<zip_uint64_t>(count); ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive_, i, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_NAME))
            fail({CODEBOOM_N_("{file}: damaged zip archive (entry {index} cannot be read)"),
                  {{"index", std::to_string(i)}}});
        const std::string name = stat.name;
        if (escapes(name))
            fail({CODEBOOM_N_("{file}: refused: the entry '{entry}' points outside the archive "
                              "(an absolute path or '..')"),
                  {{"entry", name}}});
        if ((stat.valid & ZIP_STAT_SIZE) != 0) {
            if (stat.size > limits.maxEntrySize)
                fail({CODEBOOM_N_("{file}: refused: the entry '{entry}' inflates to {size}, more "
                                  "than the {limit} limit"),
                      {{"entry", name},
                       {"size", mib(stat.size)},
                       {"limit", mib(limits.maxEntrySize)}}});
            total += stat.size;
            if (total > limits.maxTotalSize)
                fail({CODEBOOM_N_("{file}: refused: the archive inflates to more than {limit}"),
                      {{"limit", mib(limits.maxTotalSize)}}});
        }
        names_[i] = name;
        byLowerName_.emplace(lower(name), i);
        if (name.find('/') == std::string::npos && lower(name).ends_with(".qde"))
            qdes.push_back(name);
    }
    if (qdes.empty())
        fail({CODEBOOM_N_("{file}: not a REFI-QDA project: there is no .qde file at the top of "
                          "the archive"),
              {}});
    if (qdes.size() == 1) {
        qdeEntry_ = qdes.front();
    } else {
        const auto it = std::find_if(qdes.begin(), qdes.end(), [](const std::string& n) {
            return lower(n) == "project.qde";
        });
        if (it == qdes.end())
            fail({CODEBOOM_N_("{file}: the archive holds several .qde files and none is "
                              "project.qde"),
                  {}});
        qdeEntry_ = *it;
    }
}

std::string QdpxArchive::read(const std::string& entry) const {
    const auto found = byLowerName_.find(lower(entry));
    if (found == byLowerName_.end())
        fail({CODEBOOM_N_("{file}: '{entry}' is missing from the archive"), {{"entry", entry}}});
    const zip_uint64_t index = found->second;
    std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(archive_, index, 0));
    if (!file)
        fail({CODEBOOM_N_("{file}: cannot read '{entry}' ({reason})"),
              {{"entry", entry}, {"reason", zip_strerror(archive_)}}});
    std::string content;
    zip_stat_t stat;
    zip_stat_init(&stat);
    std::optional<std::uint64_t> declared;
    if (zip_stat_index(archive_, index, 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE) != 0)
        declared = stat.size;
    if (declared)
        content.reserve(
            static_cast<std::size_t>(std::min<std::uint64_t>(*declared, maxEntrySize_)));
    std::array<char, 64 * 1024> chunk{};
    for (;;) {
        const zip_int64_t got = zip_fread(file.get(), chunk.data(), chunk.size());
        if (got < 0)
            fail({CODEBOOM_N_("{file}: cannot read '{entry}' ({reason})"),
                  {{"entry", entry}, {"reason", zip_file_strerror(file.get())}}});
        if (got == 0)
            break;
        const auto size = static_cast<std::uint64_t>(got);
        // The declared sizes are what index() checked against the caps; an entry that holds more
        // than it declares would slip past them (a zip bomb's trick), so it is refused at once.
        if (declared && content.size() + size > *declared)
            fail({CODEBOOM_N_("{file}: refused: '{entry}' declares {size} bytes but holds more"),
                  {{"entry", entry}, {"size", std::to_string(*declared)}}});
        if (content.size() + size > maxEntrySize_)
            fail({CODEBOOM_N_("{file}: refused: '{entry}' inflates to more than {limit}"),
                  {{"entry", entry}, {"limit", mib(maxEntrySize_)}}});
        // The total cap holds for what actually inflates, also when entries are read more than
        // once (several sources may name one file).
        inflated_ += size;
        if (inflated_ > maxTotalSize_)
            fail({CODEBOOM_N_("{file}: refused: the archive inflates to more than {limit}"),
                  {{"limit", mib(maxTotalSize_)}}});
        content.append(chunk.data(), static_cast<std::size_t>(got));
    }
    if (declared && content.size() != *declared)
        fail({CODEBOOM_N_("{file}: refused: '{entry}' declares {size} bytes but holds {held}"),
              {{"entry", entry},
               {"size", std::to_string(*declared)},
               {"held", std::to_string(content.size())}}});
    return content;
}

bool QdpxArchive::contains(const std::string& entry) const {
    return byLowerName_.count(lower(entry)) != 0;
}

std::optional<std::string> QdpxArchive::findSource(const std::string& path) const {
    std::string rest = path;
    std::replace(rest.begin(), rest.end(), '\\', '/');
    const std::string scheme = lower(rest.substr(0, std::min<std::size_t>(rest.size(), 12)));
    bool relative = false;
    if (scheme.starts_with("internal://")) {
        rest = rest.substr(11);
    } else if (scheme.starts_with("relative://")) {
        // relative:///X is resolved against basePath on the producer's disk (§8.1); some
        // producers still put the file into sources/, so look there by its name.
        rest = rest.substr(11);
        relative = true;
    } else if (scheme.starts_with("absolute://") || scheme.starts_with("file://")) {
        return std::nullopt;
    }
    if (relative) {
        const auto slash = rest.find_last_of('/');
        if (slash != std::string::npos)
            rest = rest.substr(slash + 1);
    }
    if (rest.empty())
        return std::nullopt;
    if (escapes(rest))
        throw ImportError(
            Message{CODEBOOM_N_("{file}: refused: the source path '{path}' points outside the "
                                "archive"),
                    {{"file", fileName_}, {"path", path}}});
    for (const std::string& candidate : {"sources/" + rest, rest}) {
        const auto it = byLowerName_.find(lower(candidate));
        if (it != byLowerName_.end())
            return names_.at(it->second);
    }
    return std::nullopt;
}

} // namespace codeboom::refi
