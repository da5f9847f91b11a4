#pragma once

#include "codeboom/analysis/kappa.h"
#include "codeboom/analysis/krippendorff.h"
#include "codeboom/analysis/regions.h"
#include "codeboom/model/types.h"

#include <optional>
#include <string>
#include <vector>

namespace codeboom {

class Project;

enum class AgreementUnit { Character, Turn, Paragraph, Segment };

std::string unitName(AgreementUnit unit);
// "character", "turn", "paragraph" or "segment"; throws InvalidArgumentError otherwise.
AgreementUnit parseAgreementUnit(const std::string& name);

struct AgreementOptions {
    std::vector<std::string> coders; // two or more coder names
    AgreementUnit unit = AgreementUnit::Character;
    double overlap = 0.9; // segment unit: |intersection| / |union| needed for a match
    // Codes to report (each on its own); empty = every code one of the coders used.
    std::vector<RowId> codes;
    // Count a sub-code's regions for its ancestors too.
    bool rollup = false;
    // Documents compared; empty = every document one of the coders coded.
    std::vector<RowId> documents;
};

// One figure and the table behind it. `code` / `document` are "*" for the pooled rows.
struct AgreementRow {
    std::string code;
    std::string codeUuid;
    std::string document;
    std::size_t units = 0;
    // Two coders: the 2x2 table (segment unit: a = matched pairs, b, c unmatched, d unused).
    TwoByTwo table;
    // Any number of coders: the binary coincidence matrix and the units all coders agree on.
    BinaryCoincidences coincidences;
    std::size_t unanimous = 0;
    std::optional<double> percent;
    std::optional<double> kappa; // Cohen's for two coders, Fleiss' for more
    std::optional<double> alpha; // Krippendorff's nominal alpha
};

struct AgreementReport {
    AgreementUnit unit = AgreementUnit::Character;
    std::vector<std::string> coders;
    double overlap = 0.9;
    std::string project; // file name, for the statement exports carry
    std::string date;    // when it was computed (UTC, ISO 8601)
    // Per code and document, then per code pooled over documents (document "*"), then the
    // pooled row over every code and document (code "*"); codes in tree order.
    std::vector<AgreementRow> rows;
};

// Intercoder agreement exactly as analysis-definitions.md defines it ("Intercoder agreement").
// Throws InvalidArgumentError for an unknown coder, fewer than two coders, or the segment unit
// with more than two coders (matching is defined pairwise only).
AgreementReport computeAgreement(Project& project, const AgreementOptions& options);

// Segment matching: regions of X and Y (of one code in one document) match one-to-one when
// |intersection| / |union| >= threshold, largest overlap first. Returns a, b, c (d = 0).
TwoByTwo matchSegments(const std::vector<Span>& x, const std::vector<Span>& y, double threshold);

} // namespace codeboom
