#include "FigureQueries.h"

#include "common/DateDisplay.h"
#include "common/DateParse.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "reports/InstitutionScope.h"
#include "security/Access.h"

#include <algorithm>
#include <iterator>

namespace riaya::figures {
namespace {

// The latest school year with decisions, up to the one `today` is in.
Result<QPair<QString, QList<double>>> schoolResults(Database& db, const FigureFilter& filter,
                                                    const QDate& today)
{
    SqlQuery query(db.connection(),
                   QStringLiteral("SELECT y.school_year, sum(y.passed), sum(y.repeated), sum(y.dropped_out)"
                                  " FROM year_results AS y JOIN institutions AS i ON i.id = y.institution_id"
                                  " WHERE y.school_year <= :year AND ")
                       + institutionScope(filter) + QStringLiteral(" GROUP BY 1 ORDER BY 1 DESC LIMIT 1"));
    query.bind(QStringLiteral(":year"), schoolYearOf(today));
    bindInstitutionScope(query, filter);
    if (!query.exec()) {
        return Error::internal(Dashboard::tr("Cannot read the figures: %1").arg(query.errorText()));
    }
    if (!query.next()) {
        return QPair<QString, QList<double>> {};
    }
    return QPair<QString, QList<double>> { query.value(0).toString(),
                                           { query.value(1).toDouble(), query.value(2).toDouble(),
                                             query.value(3).toDouble() } };
}

} // namespace

Result<QList<MonthSums>> monthSums(Database& db, const FigureFilter& filter, const QString& from,
                                   const QString& to)
{
    SqlQuery query(
        db.connection(),
        QStringLiteral("SELECT f.month, sum(i.capacity), sum(f.residents_at_end), sum(f.girls_at_end),"
                       " sum(f.boys_at_end), sum(f.admissions),"
                       " sum(f.exits_left + f.exits_transferred + f.exits_placed), sum(f.presence_present),"
                       " sum(f.presence_present + f.presence_absent + f.presence_leave + f.presence_sick),"
                       " sum(f.days_marked), sum(f.incidents), sum(f.residents_at_end > i.capacity),"
                       " count(*) FROM month_figures AS f JOIN institutions AS i ON i.id = f.institution_id"
                       " WHERE f.month BETWEEN :from AND :to AND ")
            + institutionScope(filter) + QStringLiteral(" GROUP BY f.month ORDER BY f.month"));
    query.bind(QStringLiteral(":from"), from).bind(QStringLiteral(":to"), to);
    bindInstitutionScope(query, filter);
    if (!query.exec()) {
        return Error::internal(Dashboard::tr("Cannot read the figures: %1").arg(query.errorText()));
    }
    QList<MonthSums> sums;
    while (query.next()) {
        MonthSums s;
        s.month = query.value(0).toString();
        double* fields[]
            = { &s.capacity, &s.atEnd, &s.girls,      &s.boys,      &s.admissions,   &s.exits,
                &s.present,  &s.marks, &s.daysMarked, &s.incidents, &s.overCapacity, &s.institutions };
        for (int column = 1; column <= 12; ++column) {
            *fields[column - 1] = query.value(column).toDouble();
        }
        sums.append(s);
    }
    return sums;
}

// A value per key, from a query of two columns, in the query's order.
Result<QList<QPair<QString, double>>> pairs(SqlQuery& query)
{
    if (!query.exec()) {
        return Error::internal(Dashboard::tr("Cannot read the figures: %1").arg(query.errorText()));
    }
    QList<QPair<QString, double>> values;
    while (query.next()) {
        values.append({ query.value(0).toString(), query.value(1).toDouble() });
    }
    return values;
}

FigureQuery queryOf(const QString& list, const FigureFilter& filter, const QString& detail)
{
    return { list, filter, detail };
}

FigureFilter inMonth(FigureFilter filter, const QString& month)
{
    filter.month = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    return filter;
}

// The trend of one field of the sums, as a line over the months.
FigureSeries trend(const QString& id, const QString& title, const QList<MonthSums>& sums,
                   const FigureFilter& filter, const QString& list, bool percent,
                   const std::function<double(const MonthSums&)>& value)
{
    FigureSeries series { id, title, true, percent, {}, {}, {} };
    for (const MonthSums& month : sums) {
        series.categories.append(
            displayMonth(QDate::fromString(month.month + QStringLiteral("-01"), Qt::ISODate)));
        series.values.append(value(month));
        series.queries.append(queryOf(list, inMonth(filter, month.month)));
    }
    return series;
}

Result<double> countOf(Database& db, const QString& sql, const FigureFilter& filter, const QVariantMap& binds)
{
    SqlQuery query(db.connection(), sql + institutionScope(filter));
    for (auto bind = binds.cbegin(); bind != binds.cend(); ++bind) {
        query.bind(bind.key(), bind.value());
    }
    bindInstitutionScope(query, filter);
    if (!query.exec() || !query.next()) {
        return Error::internal(Dashboard::tr("Cannot read the figures: %1").arg(query.errorText()));
    }
    return query.value(0).toDouble();
}

// What the house and the ministry share: movements, presence, school success, incidents and the
// corrective actions, for the filter's institutions and month.
Status addCommonFigures(Database& db, const FigureFilter& filter, const QDate& today, HomeFigures& home)
{
    const FigureMonth month = figureMonth(filter, today);
    const Result<QList<MonthSums>> sums
        = monthSums(db, filter, monthKey(month.first.addMonths(-11)), month.key);
    if (!sums) {
        return sums.error();
    }
    const MonthSums current
        = !sums->isEmpty() && sums->constLast().month == month.key ? sums->constLast() : MonthSums {};
    const QString monthName = displayMonth(month.first);
    home.figures.append({ QStringLiteral("admissions"),
                          Dashboard::tr("Admissions in %1").arg(monthName),
                          current.admissions,
                          0,
                          {},
                          false,
                          queryOf(QStringLiteral("admissions"), filter) });
    home.figures.append({ QStringLiteral("exits"),
                          Dashboard::tr("Exits in %1").arg(monthName),
                          current.exits,
                          0,
                          {},
                          false,
                          queryOf(QStringLiteral("exits"), filter) });
    home.figures.append({ QStringLiteral("presence_rate"), Dashboard::tr("Presence in %1").arg(monthName),
                          current.present, current.marks,
                          current.marks > 0 ? QString() : Dashboard::tr("No marks yet"), false,
                          queryOf(QStringLiteral("presence"), filter) });
    const Result<QPair<QString, QList<double>>> results = schoolResults(db, filter, today);
    if (!results) {
        return results.error();
    }
    if (!results->first.isEmpty()) {
        const QList<double>& r = results->second;
        home.figures.append({ QStringLiteral("school_success"),
                              Dashboard::tr("School success, %1").arg(results->first),
                              r[0],
                              r[0] + r[1] + r[2],
                              {},
                              false,
                              queryOf(QStringLiteral("results"), filter, results->first) });
    }
    if (Access::allows(db, Permission::ReadIncidents)) {
        home.figures.append({ QStringLiteral("incidents"),
                              Dashboard::tr("Incidents in %1").arg(monthName),
                              current.incidents,
                              0,
                              {},
                              false,
                              queryOf(QStringLiteral("incidents"), filter) });
    }
    if (Access::allows(db, Permission::ReadInspections)) {
        const QVariantMap today_ { { QStringLiteral(":today"), today.toString(Qt::ISODate) } };
        const Result<double> overdue = countOf(
            db,
            QStringLiteral(
                "SELECT count(*) FROM corrective_actions AS a JOIN institutions AS i ON i.id = "
                "a.institution_id"
                " WHERE a.deleted = 0 AND a.state IN ('open', 'in_progress') AND a.due_on < :today AND "),
            filter, today_);
        const Result<double> due
            = countOf(db,
                      QStringLiteral(
                          "SELECT count(*) FROM corrective_actions AS a JOIN institutions AS i ON i.id = "
                          "a.institution_id"
                          " WHERE a.deleted = 0 AND a.state IN ('open', 'in_progress') AND a.due_on >= :today"
                          " AND a.due_on <= :soon AND "),
                      filter,
                      { { QStringLiteral(":today"), today.toString(Qt::ISODate) },
                        { QStringLiteral(":soon"), today.addDays(30).toString(Qt::ISODate) } });
        if (!overdue || !due) {
            return overdue ? due.error() : overdue.error();
        }
        home.figures.append({ QStringLiteral("actions_overdue"),
                              Dashboard::tr("Corrective actions overdue"),
                              *overdue,
                              0,
                              {},
                              *overdue > 0,
                              queryOf(QStringLiteral("actions_overdue"), filter) });
        home.figures.append({ QStringLiteral("actions_due"),
                              Dashboard::tr("Corrective actions due within 30 days"),
                              *due,
                              0,
                              {},
                              false,
                              queryOf(QStringLiteral("actions_due"), filter) });
    }
    // The months without a single mark have no rate: they are left out of the line.
    QList<MonthSums> marked;
    std::copy_if(sums->cbegin(), sums->cend(), std::back_inserter(marked),
                 [](const MonthSums& m) { return m.marks > 0; });
    home.charts.append(trend(QStringLiteral("presence_trend"), Dashboard::tr("Presence rate by month"),
                             marked, filter, QStringLiteral("presence"), true,
                             [](const MonthSums& m) { return m.present / m.marks; }));
    home.charts.append(trend(QStringLiteral("admissions_trend"), Dashboard::tr("Admissions by month"), *sums,
                             filter, QStringLiteral("admissions"), false,
                             [](const MonthSums& m) { return m.admissions; }));
    home.charts.append(trend(QStringLiteral("exits_trend"), Dashboard::tr("Exits by month"), *sums, filter,
                             QStringLiteral("exits"), false, [](const MonthSums& m) { return m.exits; }));
    return {};
}

// A bar chart from a query of (category, value), each bar opening `list` narrowed to its category.
Status addBars(HomeFigures& home, const QString& id, const QString& title, SqlQuery& query,
               const FigureFilter& filter, const QString& list, bool percent,
               const std::function<QString(const QString&)>& label)
{
    const Result<QList<QPair<QString, double>>> values = pairs(query);
    if (!values) {
        return values.error();
    }
    FigureSeries series { id, title, false, percent, {}, {}, {} };
    for (const auto& [key, value] : *values) {
        series.categories.append(label ? label(key) : key);
        series.values.append(value);
        series.queries.append(queryOf(list, filter, key));
    }
    home.charts.append(series);
    return {};
}

} // namespace riaya::figures
