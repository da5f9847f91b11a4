#pragma once

#include "codeboom/model/types.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace codeboom {

class Project;

// Which codings an analysis looks at (analysis-definitions.md, "Coded regions"). Every field is
// as the user typed it; selectRegions() resolves names and refuses unknown ones.
struct AnalysisFilter {
    std::vector<std::string> documents; // names or UUIDs; empty = every document
    std::vector<std::string> coders;    // names; empty = every coder
    std::optional<std::string> codes;   // a code path or UUID: that code and its subtree
    // ATTRIBUTE=VALUE: only regions intersecting turns whose speaker case has that value, or in
    // documents whose document case has it.
    std::optional<std::pair<std::string, std::string>> where;
    bool rollup = false; // descendants' codings also count for every ancestor
};

// A half-open span of code points [start, end).
struct UnitSpan {
    std::size_t start = 0;
    std::size_t end = 0;
};

// What an analysis needs of one selected document: its turns (text order) and which of them the
// --where filter admits.
struct DocumentContext {
    Document document;
    std::vector<Turn> turns;
    std::vector<UnitSpan> turnSpans;
    std::vector<bool> turnAdmitted;    // all true without --where
    bool wholeDocumentAdmitted = true; // without --where, or the document case has the value
};

// One coded region: a maximal span of one row's code in one document after uniting the selected
// codings (overlapping or touching spans merge).
struct Region {
    std::uint32_t row = 0;      // index into RegionSet::codes
    std::uint32_t document = 0; // index into RegionSet::documents
    std::uint32_t coder = 0;    // index into RegionSet::coders when split per coder, else 0
    std::size_t start = 0;
    std::size_t end = 0;
};

inline constexpr std::uint32_t kNoCoder = 0;

// Case attribute values as analysis-definitions.md and the attribute import define them: a
// speaker's case is looked up by name in its document first, then project-wide.
class CaseValues {
public:
    explicit CaseValues(const std::vector<CaseAttribute>& attributes);
    std::optional<std::string> ofSpeaker(const std::string& document, const std::string& speaker,
                                         const std::string& attribute) const;
    std::optional<std::string> ofDocument(const std::string& document,
                                          const std::string& attribute) const;
    bool knows(const std::string& attribute) const;

private:
    // key: kind, document scope, case name, attribute
    std::map<std::tuple<std::string, std::string, std::string, std::string>, std::string> values_;
    std::vector<std::string> names_;
};

// The coded regions an analysis counts, with the rows (codes in tree order) and documents.
struct RegionSet {
    std::vector<Code> codes;                // rows: tree order, the --codes subtree if given
    std::vector<DocumentContext> documents; // selected documents in document order
    std::vector<std::string> coders;        // selected coder names (all coders when none given)
    bool splitByCoder = false;
    // Sorted by row, document, coder, start; the regions of one row, document and coder are
    // disjoint and do not touch.
    std::vector<Region> regions;
    std::vector<std::size_t> rowBegin; // regions of row r: [rowBegin[r], rowBegin[r + 1])
};

// Selects and unites the codings the filter names. With splitByCoder the codings of each coder
// are united separately (for coder columns); otherwise two coders marking the same passage make
// one region. Throws InvalidArgumentError naming an unknown document, coder, code or attribute.
RegionSet selectRegions(Project& project, const AnalysisFilter& filter, bool splitByCoder = false);

// Indices [first, last) of the sorted, disjoint units that share at least one code point with
// [start, end).
std::pair<std::size_t, std::size_t> unitsIntersecting(const std::vector<UnitSpan>& units,
                                                      std::size_t start, std::size_t end);

// "rol=deelnemer" -> {"rol", "deelnemer"}; throws InvalidArgumentError without '='.
std::pair<std::string, std::string> parseWhere(std::string_view text);

} // namespace codeboom
