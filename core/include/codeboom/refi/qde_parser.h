#pragma once

#include "codeboom/refi/refi_model.h"

#include <string>
#include <string_view>
#include <vector>

namespace codeboom::refi {

// Parses the XML of a project (.qde). Tolerant as the research note §0.3 advises: elements are
// matched by local name (namespaces urn:QDA-XML:project:1.0, 1:0, 0:4, 0:10 or none), GUIDs with
// or without braces in any case, and elements Codeboom does not know are counted, not refused.
// Throws ImportError naming `fileName` for a <!DOCTYPE> (no DTD is ever processed: entity
// expansion is refused outright), XML that is not well-formed, or a root that is not Project.
RefiProject parseProject(std::string_view xml, const std::string& fileName);

// Parses a codebook (.qdc, root CodeBook, namespace urn:QDA-XML:codebook:1.0 or a variant).
// `sets` receives its Sets (whose MemberCode, unlike a project's, names its code by `guid`).
std::vector<RefiCode> parseCodebook(std::string_view xml, const std::string& fileName,
                                    std::size_t& codeCount, std::vector<RefiSet>& sets);

} // namespace codeboom::refi
