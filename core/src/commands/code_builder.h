#pragma once

#include "codeboom/commands/command.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace codeboom {

// Finds and creates codes by path inside one running command, for commands that build many
// codes in one step (templates, codebook import). The project's code tree is the snapshot from
// before the command; codes created here are remembered alongside, so that a later path can
// hang below them and a second mention of a path finds the first.
class CodeBuilder {
public:
    explicit CodeBuilder(CommandContext& context);

    struct Found {
        RowId id = 0;
        bool created = false;
    };

    // The code at `names` (from the root), or nullopt.
    std::optional<RowId> find(const std::vector<std::string>& names) const;

    // The code at `names`; missing ancestors are created with palette colours, and a missing
    // code itself with `fields` (columns of `codes`, e.g. color, description, uuid) over the
    // defaults. Names are validated as CreateCode validates them.
    Found ensure(const std::vector<std::string>& names, const nlohmann::json& fields);

    // Paths (joined by " > ") of the codes created so far, in creation order.
    const std::vector<std::string>& createdPaths() const { return createdPaths_; }

private:
    std::optional<RowId> child(std::optional<RowId> parent, const std::string& name) const;
    RowId create(std::optional<RowId> parent, const std::string& name, const std::string& path,
                 const nlohmann::json& fields);

    CommandContext& context_;
    std::map<std::pair<RowId, std::string>, RowId> created_; // (parent or 0, name key) -> id
    std::map<RowId, int> nextPosition_;                      // per parent (0: top level)
    std::size_t paletteIndex_ = 0;
    std::vector<std::string> createdPaths_;
};

} // namespace codeboom
