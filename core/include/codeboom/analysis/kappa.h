#pragma once

#include <cstddef>
#include <optional>
#include <vector>

namespace codeboom {

// The 2x2 table of two coders over binary units (coded / not coded): a = both, b = X only,
// c = Y only, d = neither (analysis-definitions.md, "Intercoder agreement").
struct TwoByTwo {
    std::size_t a = 0, b = 0, c = 0, d = 0;
    std::size_t units() const { return a + b + c + d; }
    TwoByTwo& operator+=(const TwoByTwo& other);
};

// (a + d) / N; nullopt when N = 0.
std::optional<double> percentAgreement(const TwoByTwo& table);

// Cohen (1960): kappa = (Po - Pe) / (1 - Pe) with Po = (a+d)/N and
// Pe = ((a+b)(a+c) + (c+d)(b+d)) / N^2; nullopt (reported empty) when N = 0 or Pe = 1.
std::optional<double> cohenKappa(const TwoByTwo& table);

// Cohen's kappa for a k x k contingency table of counts (rows coder 1, columns coder 2), as in
// Cohen (1960: p. 45); nullopt when the table is empty or Pe = 1.
std::optional<double> cohenKappa(const std::vector<std::vector<double>>& counts);

// Fleiss (1971): `counts[i][j]` is how many raters put subject i in category j; every subject
// must have the same number of raters (at least 2). kappa = (P - Pe) / (1 - Pe); nullopt when
// Pe = 1 or there is nothing to rate.
std::optional<double> fleissKappa(const std::vector<std::vector<double>>& counts);

} // namespace codeboom
