#pragma once

#include "common/Result.h"
#include "reports/Dashboard.h"
#include "reports/ReportTable.h"

#include <QCoreApplication>
#include <QDate>

namespace riaya {

class Database;

// The two monthly reports, as documents any writer (PDF, XLSX, CSV) lays out, in the
// language in use (a LanguageScope chooses another).
class MonthlyReports
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReports)

public:
    // The house's report for a month that has ended, the one its close approves: the title
    // block (house, month, who approved and when), the figures, presence per resident,
    // admissions and exits, school decisions, incidents and corrective actions.
    static Result<ReportDocument> house(Database& db, const QString& institutionId, const QDate& month);
    // The national report: a row per institution with the same figures and totals per
    // region, the sites that have not sent the month, the corrective actions overdue and the
    // foster care figures. The filter's region, province or type narrow it.
    static Result<ReportDocument> national(Database& db, const FigureFilter& filter,
                                           const QDate& today = QDate::currentDate());
};

} // namespace riaya
