#pragma once

#include "common/Result.h"
#include "residents/Resident.h"

#include <QCoreApplication>
#include <QList>
#include <memory>

namespace riaya {

class Database;
class SqlQuery;

struct DuplicateCandidate
{
    Resident resident;
    double score = 0; // 0..1: residents/ResidentLikeness
};

// Finds residents who are probably the same child as a new or edited record: candidates
// share a first-name and a family-name skeleton in the search index and are born within a
// year of each other; each is scored by residentLikeness (names in their own script, birth
// date, parents, identifiers). It only proposes: merging is a person's decision.
class DuplicateFinder
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)

public:
    explicit DuplicateFinder(Database& db);
    ~DuplicateFinder();

    // Best first; at most `limit`; the record itself (same id) is never proposed, nor,
    // when `otherThanOrigin` is given, a record written at that site.
    Result<QList<DuplicateCandidate>> candidatesFor(const Resident& resident, int limit = 5,
                                                    const QString& otherThanOrigin = {},
                                                    double threshold = kThreshold);

    // How alike two residents are, from 0 to 1 (residentLikeness(a, b).score).
    static double similarity(const Resident& a, const Resident& b);
    // Below this, a candidate is not shown to staff registering a child.
    static constexpr double kThreshold = 0.80;
    // Between sites, at the ministry, stronger likeness is asked for: across a country many
    // children share a name and a birth year, while the same child's two files usually share
    // the birth certificate's date (measured: docs/performance.md).
    static constexpr double kCrossSiteThreshold = 0.90;

private:
    Database& m_db;
    std::unique_ptr<SqlQuery> m_query; // prepared once per finder: an import asks thousands of times
};

} // namespace riaya
