#pragma once

#include "codeboom/message.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>

struct zip;

namespace codeboom::refi {

// Caps on what a .qdpx may ask us to inflate: a zip bomb or a million-entry archive is refused
// before anything is read (pitfall 22 in the research note). REFI-QDA 1.5 §8.5 allows internal
// files up to 2 GiB; Codeboom stores transcripts, which stay far below 512 MiB.
struct QdpxLimits {
    std::uint64_t maxEntries = 100'000;
    std::uint64_t maxEntrySize = std::uint64_t{512} << 20;
    std::uint64_t maxTotalSize = std::uint64_t{2} << 30;
};

// A .qdpx opened read-only. The constructor checks every entry name (no absolute paths, no "..":
// nothing is ever extracted to disk, but a path that tries to leave the archive marks a hostile
// file) and the caps, and finds the project XML. Every failure is an ImportError naming the file.
class QdpxArchive {
public:
    QdpxArchive(const std::filesystem::path& file, QdpxLimits limits = {});
    // From bytes in memory (tests build archives with makeZip).
    QdpxArchive(std::string bytes, std::string fileName, QdpxLimits limits = {});
    ~QdpxArchive();
    QdpxArchive(const QdpxArchive&) = delete;
    QdpxArchive& operator=(const QdpxArchive&) = delete;

    const std::string& fileName() const { return fileName_; }
    // The single *.qde at the archive's root (ATLAS.ti names it after the project; when there are
    // several, project.qde wins).
    const std::string& qdeEntry() const { return qdeEntry_; }
    // The entry's bytes. Refused (ImportError) when it holds more or fewer bytes than it declares,
    // or when what has been inflated in all passes the caps.
    std::string read(const std::string& entry) const;
    // True when the archive holds `entry` (the name compared ignoring case).
    bool contains(const std::string& entry) const;

    // The entry a source path names: internal://X, relative:///X, or a bare X (qc writes those),
    // looked up in sources/ or Sources/ (NVivo for Windows) and then at the root, ignoring case.
    // nullopt when the file is not in the archive (absolute:// paths never are). Throws
    // ImportError for a path that climbs out of the archive (internal://../..).
    std::optional<std::string> findSource(const std::string& path) const;

private:
    void index(QdpxLimits limits);
    // `reason` is the whole sentence, "{file}: ...": this fills in {file}.
    [[noreturn]] void fail(Message reason) const;

    std::string fileName_;
    std::string bytes_; // backing store when opened from memory
    zip* archive_ = nullptr;
    std::uint64_t maxEntrySize_ = 0;
    std::uint64_t maxTotalSize_ = 0;
    // Bytes inflated by read() so far, against maxTotalSize_: the declared sizes index() sums
    // may lie, and one entry may be read several times.
    mutable std::uint64_t inflated_ = 0;
    std::map<std::string, std::uint64_t> byLowerName_; // lower-case name -> entry index
    std::map<std::uint64_t, std::string> names_;
    std::string qdeEntry_;
};

} // namespace codeboom::refi
