#pragma once

#include "common/DateParse.h"
#include "common/Result.h"
#include "reports/Dashboard.h"

#include <QVariantMap>
#include <functional>

namespace riaya {

class Database;
class SqlQuery;

// What the house's and the ministry's home pages read alike (reports/Dashboard,
// reports/MinistryFigures): the kept monthly figures summed over a filter, and the figures and
// charts made of them.
namespace figures {

// The sums of month_figures over the filter's institutions, month by month.
struct MonthSums
{
    QString month;
    double capacity = 0;
    double atEnd = 0;
    double girls = 0;
    double boys = 0;
    double admissions = 0;
    double exits = 0;
    double present = 0;
    double marks = 0;
    double daysMarked = 0;
    double incidents = 0;
    double overCapacity = 0; // institutions with more residents than places
    double institutions = 0;
};

Result<QList<MonthSums>> monthSums(Database& db, const FigureFilter& filter, const QString& from,
                                   const QString& to);
// A value per key, from a query of two columns, in the query's order.
Result<QList<QPair<QString, double>>> pairs(SqlQuery& query);
FigureQuery queryOf(const QString& list, const FigureFilter& filter, const QString& detail = {});
// The filter, for the month YYYY-MM.
FigureFilter inMonth(FigureFilter filter, const QString& month);
// The trend of one field of the sums, as a line over the months.
FigureSeries trend(const QString& id, const QString& title, const QList<MonthSums>& sums,
                   const FigureFilter& filter, const QString& list, bool percent,
                   const std::function<double(const MonthSums&)>& value);
// The first column of a count query over the filter's institutions (`sql` ends where the scope goes).
Result<double> countOf(Database& db, const QString& sql, const FigureFilter& filter,
                       const QVariantMap& binds = {});
// What the house and the ministry share: movements, presence, school success, incidents and the
// corrective actions, for the filter's institutions and month.
Status addCommonFigures(Database& db, const FigureFilter& filter, const QDate& today, HomeFigures& home);
// A bar chart from a query of (category, value), each bar opening `list` narrowed to its category.
Status addBars(HomeFigures& home, const QString& id, const QString& title, SqlQuery& query,
               const FigureFilter& filter, const QString& list, bool percent,
               const std::function<QString(const QString&)>& label = {});

} // namespace figures
} // namespace riaya
