#pragma once

#include "common/Result.h"
#include "domain/Resident.h"

#include <QCoreApplication>
#include <QList>

namespace riaya {

class Database;

struct DuplicateCandidate
{
    Resident resident;
    double score = 0; // 0..1: how alike the names, birth dates and fathers' names are
};

// Finds residents who are probably the same child as a new or edited record: the same or
// a similar name in either script (skeleton candidates from the search index, ranked by
// Jaro-Winkler) and a birth date within a year. It only proposes: merging is a person's
// decision.
class DuplicateFinder
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)

public:
    explicit DuplicateFinder(Database& db)
        : m_db(db)
    {
    }

    // Best first; at most `limit`; the record itself (same id) is never proposed.
    Result<QList<DuplicateCandidate>> candidatesFor(const Resident& resident, int limit = 5);

    // How alike two residents are, from 0 to 1.
    static double similarity(const Resident& a, const Resident& b);
    // Below this, a candidate is not shown.
    static constexpr double kThreshold = 0.80;

private:
    Database& m_db;
};

} // namespace riaya
