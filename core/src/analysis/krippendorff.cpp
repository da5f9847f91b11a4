#include "codeboom/analysis/krippendorff.h"

#include <map>

namespace codeboom {

std::optional<double> krippendorffAlpha(const ReliabilityData& data, AlphaMetric metric) {
    // Coincidence matrix o[c][k] (Krippendorff 2011, section C): each pairable unit u with m_u
    // values contributes its m_u(m_u - 1) ordered pairs of values, each weighted 1/(m_u - 1).
    std::map<double, std::map<double, double>> o;
    for (const auto& unit : data) {
        std::vector<double> values;
        for (const auto& value : unit)
            if (value)
                values.push_back(*value);
        if (values.size() < 2)
            continue;
        const double weight = 1.0 / static_cast<double>(values.size() - 1);
        for (std::size_t i = 0; i < values.size(); ++i)
            for (std::size_t j = 0; j < values.size(); ++j)
                if (i != j)
                    o[values[i]][values[j]] += weight;
    }
    std::map<double, double> marginal;
    double n = 0;
    for (const auto& [c, row] : o)
        for (const auto& [k, count] : row) {
            marginal[c] += count;
            n += count;
        }
    if (n <= 1)
        return std::nullopt;
    const auto delta = [metric](double c, double k) {
        return metric == AlphaMetric::Nominal ? (c == k ? 0.0 : 1.0) : (c - k) * (c - k);
    };
    double observed = 0;
    for (const auto& [c, row] : o)
        for (const auto& [k, count] : row)
            observed += count * delta(c, k);
    double expected = 0;
    for (const auto& [c, nc] : marginal)
        for (const auto& [k, nk] : marginal)
            expected += nc * nk * delta(c, k);
    // alpha = 1 - Do/De with Do = observed/n and De = expected/(n(n-1)).
    if (expected <= 0)
        return std::nullopt;
    return 1.0 - (n - 1) * observed / expected;
}

BinaryCoincidences& BinaryCoincidences::operator+=(const BinaryCoincidences& other) {
    o00 += other.o00;
    o01 += other.o01;
    o11 += other.o11;
    return *this;
}

BinaryCoincidences coincidencesOf(const TwoByTwo& t) {
    return {2.0 * static_cast<double>(t.d), static_cast<double>(t.b + t.c),
            2.0 * static_cast<double>(t.a)};
}

BinaryCoincidences coincidencesOf(const std::vector<std::size_t>& codedBy, std::size_t coders) {
    BinaryCoincidences o;
    if (coders < 2)
        return o;
    const double m = static_cast<double>(coders);
    for (std::size_t k = 0; k < codedBy.size() && k <= coders; ++k) {
        const double units = static_cast<double>(codedBy[k]);
        const double ones = static_cast<double>(k), zeros = m - ones;
        o.o11 += units * ones * (ones - 1) / (m - 1);
        o.o00 += units * zeros * (zeros - 1) / (m - 1);
        o.o01 += units * ones * zeros / (m - 1);
    }
    return o;
}

std::optional<double> binaryAlpha(const BinaryCoincidences& o) {
    const double n0 = o.o00 + o.o01, n1 = o.o11 + o.o01, n = n0 + n1;
    if (n0 * n1 <= 0)
        return std::nullopt;
    return 1.0 - (n - 1) * o.o01 / (n0 * n1);
}

std::optional<double> binaryFleissKappa(const BinaryCoincidences& o) {
    const double n0 = o.o00 + o.o01, n1 = o.o11 + o.o01, n = n0 + n1;
    if (n <= 0 || n0 * n1 <= 0)
        return std::nullopt;
    const double p = (o.o00 + o.o11) / n;
    const double pe = (n0 / n) * (n0 / n) + (n1 / n) * (n1 / n);
    return (p - pe) / (1 - pe);
}

} // namespace codeboom
