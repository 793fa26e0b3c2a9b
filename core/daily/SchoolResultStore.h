#pragma once

#include "SchoolResult.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace riaya {

class Database;

// Term results and end-of-year decisions: one row per resident, school year and term.
class SchoolResultStore
{
    Q_DECLARE_TR_FUNCTIONS(SchoolResultStore)

public:
    explicit SchoolResultStore(Database& db)
        : m_db(db)
    { }

    // Saves the result of a term: adds it, or changes the row the resident already has for
    // that year and term (result.id is then ignored). Returns the row's id. Refused with
    // field issues (resident_id, school_year, term, average, decision): an unknown
    // resident, a year not written "2025-2026" or starting after this year, a term other
    // than 1 to 3, an average outside 0 to 20, an unknown decision.
    Result<QString> record(const SchoolResult& result);
    // A resident's results by school year, then term.
    Result<QList<SchoolResult>> resultsOf(const QString& residentId);
    // The decisions of one school year among the residents present in the institution.
    Result<SuccessRate> successRate(const QString& institutionId, const QString& schoolYear);

private:
    Database& m_db;
};

} // namespace riaya
