#include "JaroWinkler.h"

#include <algorithm>
#include <vector>

namespace riaya {

double jaroWinkler(const QString& a, const QString& b)
{
    if (a.isEmpty() && b.isEmpty()) {
        return 1.0;
    }
    if (a.isEmpty() || b.isEmpty()) {
        return 0.0;
    }
    const qsizetype window = std::max<qsizetype>(0, std::max(a.size(), b.size()) / 2 - 1);
    std::vector<bool> aMatched(static_cast<size_t>(a.size()), false);
    std::vector<bool> bMatched(static_cast<size_t>(b.size()), false);
    qsizetype matches = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const qsizetype from = std::max<qsizetype>(0, i - window);
        const qsizetype to = std::min(b.size() - 1, i + window);
        for (qsizetype j = from; j <= to; ++j) {
            if (!bMatched[static_cast<size_t>(j)] && a.at(i) == b.at(j)) {
                aMatched[static_cast<size_t>(i)] = bMatched[static_cast<size_t>(j)] = true;
                ++matches;
                break;
            }
        }
    }
    if (matches == 0) {
        return 0.0;
    }
    qsizetype transpositions = 0;
    for (qsizetype i = 0, j = 0; i < a.size(); ++i) {
        if (!aMatched[static_cast<size_t>(i)]) {
            continue;
        }
        while (!bMatched[static_cast<size_t>(j)]) {
            ++j;
        }
        transpositions += a.at(i) != b.at(j) ? 1 : 0;
        ++j;
    }
    const double m = static_cast<double>(matches);
    const double jaro = (m / static_cast<double>(a.size()) + m / static_cast<double>(b.size())
                         + (m - static_cast<double>(transpositions) / 2.0) / m)
        / 3.0;
    qsizetype prefix = 0;
    while (prefix < std::min<qsizetype>({ 4, a.size(), b.size() }) && a.at(prefix) == b.at(prefix)) {
        ++prefix;
    }
    return jaro + static_cast<double>(prefix) * 0.1 * (1.0 - jaro);
}

} // namespace riaya
