#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace riaya {

class Database;

// The figures the home pages and reports read, per institution and month, kept apart from the
// records they count (tables month_figures, month_incidents, year_results, resident_counts).
// Every write to stays, presence, incidents, residents and school results marks its
// institution from the record's month on (triggers into figures_stale, whatever wrote it: a
// form, an import, the demo); refresh() computes again only what is marked, so a national
// home page reads a thousand rows, not a million. The one writer of these tables.
class MonthAggregates
{
    Q_DECLARE_TR_FUNCTIONS(MonthAggregates)

public:
    // Computes again what writes marked since the last refresh, up to the month of `today`.
    // Returns how many institutions were computed. Cheap when nothing is marked.
    static Result<int> refresh(Database& db, const QDate& today = QDate::currentDate());
    // Forgets every figure and computes all of them from the records.
    static Result<int> rebuild(Database& db, const QDate& today = QDate::currentDate());
    // Whether something waits to be computed.
    static bool isStale(Database& db);
};

} // namespace riaya
