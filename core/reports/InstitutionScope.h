#pragma once

#include "reports/Dashboard.h"

namespace riaya {

class SqlQuery;

// The institutions a filter covers, as SQL over `institutions AS i`, for the figures and the
// lists behind them. Each name is bound once (SQLite's driver binds a repeated name once).
QString institutionScope(const FigureFilter& filter);
void bindInstitutionScope(SqlQuery& query, const FigureFilter& filter);

// The month of the filter's day (the current month when none), as YYYY-MM, its first and last day.
struct FigureMonth
{
    QString key;
    QDate first;
    QDate last;
};
FigureMonth figureMonth(const FigureFilter& filter, const QDate& today);

// The school year a day falls in ("2025-2026": from September to August).
QString schoolYearOf(const QDate& day);

} // namespace riaya
