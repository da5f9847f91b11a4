#include "codeboom/analysis/kappa.h"

#include <cmath>

namespace codeboom {

namespace {

// Pe at (or within rounding of) 1 leaves kappa without a denominator; the definitions say to
// report it as undefined rather than as 0, 1 or NaN.
std::optional<double> kappaOf(double po, double pe) {
    if (std::abs(1.0 - pe) < 1e-12)
        return std::nullopt;
    return (po - pe) / (1.0 - pe);
}

} // namespace

TwoByTwo& TwoByTwo::operator+=(const TwoByTwo& other) {
    a += other.a;
    b += other.b;
    c += other.c;
    d += other.d;
    return *this;
}

std::optional<double> percentAgreement(const TwoByTwo& t) {
    if (t.units() == 0)
        return std::nullopt;
    return static_cast<double>(t.a + t.d) / static_cast<double>(t.units());
}

std::optional<double> cohenKappa(const TwoByTwo& t) {
    if (t.units() == 0)
        return std::nullopt;
    const double n = static_cast<double>(t.units());
    const double a = static_cast<double>(t.a), b = static_cast<double>(t.b),
                 c = static_cast<double>(t.c), d = static_cast<double>(t.d);
    return kappaOf((a + d) / n, ((a + b) * (a + c) + (c + d) * (b + d)) / (n * n));
}

std::optional<double> cohenKappa(const std::vector<std::vector<double>>& counts) {
    const std::size_t k = counts.size();
    double n = 0, agree = 0;
    std::vector<double> rows(k, 0.0), columns(k, 0.0);
    for (std::size_t i = 0; i < k; ++i)
        for (std::size_t j = 0; j < counts[i].size() && j < k; ++j) {
            n += counts[i][j];
            rows[i] += counts[i][j];
            columns[j] += counts[i][j];
            if (i == j)
                agree += counts[i][j];
        }
    if (n <= 0)
        return std::nullopt;
    double pe = 0;
    for (std::size_t i = 0; i < k; ++i)
        pe += rows[i] * columns[i] / (n * n);
    return kappaOf(agree / n, pe);
}

std::optional<double> fleissKappa(const std::vector<std::vector<double>>& counts) {
    if (counts.empty())
        return std::nullopt;
    const std::size_t categories = counts.front().size();
    double raters = 0;
    for (const double v : counts.front())
        raters += v;
    if (raters < 2)
        return std::nullopt;
    std::vector<double> totals(categories, 0.0);
    double meanP = 0;
    for (const auto& subject : counts) {
        double pairs = 0;
        for (std::size_t j = 0; j < categories && j < subject.size(); ++j) {
            pairs += subject[j] * (subject[j] - 1);
            totals[j] += subject[j];
        }
        meanP += pairs / (raters * (raters - 1));
    }
    const double subjects = static_cast<double>(counts.size());
    meanP /= subjects;
    double pe = 0;
    for (const double total : totals) {
        const double p = total / (subjects * raters);
        pe += p * p;
    }
    return kappaOf(meanP, pe);
}

} // namespace codeboom
