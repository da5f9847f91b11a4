#pragma once

#include "codeboom/analysis/kappa.h"

#include <optional>
#include <vector>

namespace codeboom {

enum class AlphaMetric { Nominal, Interval };

// A units x observers reliability matrix; nullopt marks a missing value.
using ReliabilityData = std::vector<std::vector<std::optional<double>>>;

// Krippendorff's alpha by the coincidence-matrix method of Krippendorff (2011), "Computing
// Krippendorff's Alpha-Reliability": units with fewer than two values are not pairable and are
// ignored; alpha = 1 - Do/De. nullopt when De = 0 (no variation) or nothing is pairable.
std::optional<double> krippendorffAlpha(const ReliabilityData& data, AlphaMetric metric);

// The binary coincidence matrix of coded (1) / not coded (0) values: o00, o01 (= o10), o11,
// counted the way Krippendorff (2011) does (each unit's m(m-1) ordered pairs weighted 1/(m-1)).
// For two coders o11 = 2a, o00 = 2d, o01 = b + c.
struct BinaryCoincidences {
    double o00 = 0, o01 = 0, o11 = 0;
    double total() const { return o00 + 2 * o01 + o11; }
    BinaryCoincidences& operator+=(const BinaryCoincidences& other);
};

BinaryCoincidences coincidencesOf(const TwoByTwo& table);
// `codedBy[k]` = number of units that exactly k of the `coders` coders coded.
BinaryCoincidences coincidencesOf(const std::vector<std::size_t>& codedBy, std::size_t coders);

// Nominal alpha from a binary coincidence matrix: 1 - (n - 1) o01 / (n0 n1), with n0, n1 the
// marginals and n their sum; nullopt when n0 n1 = 0.
std::optional<double> binaryAlpha(const BinaryCoincidences& o);

// Fleiss' kappa from the same matrix when every unit was rated by all `coders` coders:
// P = (o00 + o11) / n and Pe = (n0/n)^2 + (n1/n)^2 (Fleiss 1971, rewritten in coincidences).
std::optional<double> binaryFleissKappa(const BinaryCoincidences& o);

} // namespace codeboom
