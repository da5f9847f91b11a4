#pragma once

#include "codeboom/model/types.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace codeboom {

class NameKeyMaker;

// A snapshot of the code tree in display order (depth first, siblings by position), with each
// code's path. Paths are resolved the way names are compared: case-insensitively, Dutch-aware.
class CodeTree {
public:
    CodeTree() = default;
    CodeTree(std::vector<Code> codes, const NameKeyMaker& keys);

    const std::vector<Code>& codes() const { return codes_; }
    const Code* find(RowId id) const;
    const Code* findByUuid(std::string_view uuid) const;
    const Code* findByPath(std::string_view path) const;
    // A path or a UUID; throws InvalidArgumentError naming what was not found.
    const Code& resolve(std::string_view pathOrUuid) const;
    std::vector<const Code*> children(std::optional<RowId> parent) const;
    // The code and everything below it, in display order.
    std::vector<const Code*> subtree(RowId id) const;
    bool isAncestor(RowId ancestor, RowId code) const;
    std::optional<RowId> siblingWithKey(std::optional<RowId> parent, std::string_view key) const;

private:
    std::vector<Code> codes_;
    std::vector<std::string> keys_; // name key per code, same order
    std::unordered_map<RowId, std::size_t> byId_;
    const NameKeyMaker* keyMaker_ = nullptr;
};

// Splits "A > B > C" into its names (trimmed); throws InvalidArgumentError on an empty part.
std::vector<std::string> splitCodePath(std::string_view path);

// Throws InvalidArgumentError when a code name is empty, too long, has control characters or
// contains the path separator " > ".
void validateCodeName(std::string_view name);

// The colour of the index-th code created without one: a qualitative palette of distinct,
// print-safe hues, so that neighbouring codes differ.
std::string paletteColor(std::size_t index);

} // namespace codeboom
