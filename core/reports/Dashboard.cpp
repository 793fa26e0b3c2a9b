#include "Dashboard.h"

#include "backup/Backup.h"
#include "common/DateDisplay.h"
#include "daily/Incident.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "families/Family.h"
#include "families/PlacementFigures.h"
#include "institutions/InstitutionStore.h"
#include "reports/InstitutionScope.h"
#include "reports/MissingMonths.h"
#include "reports/MonthAggregates.h"
#include "reports/MonthReport.h"
#include "residents/Resident.h"
#include "security/Access.h"
#include "sync/BundleLog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <iterator>

namespace riaya {
namespace {

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

QString monthKeyOf(const QDate& day)
{
    return day.toString(QStringLiteral("yyyy-MM"));
}

FigureQuery queryOf(const QString& list, const FigureFilter& filter, const QString& detail = {})
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

Result<double> countOf(Database& db, const QString& sql, const FigureFilter& filter,
                       const QVariantMap& binds = {})
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
        = monthSums(db, filter, monthKeyOf(month.first.addMonths(-11)), month.key);
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
               const std::function<QString(const QString&)>& label = {})
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

} // namespace

const Figure* HomeFigures::figure(const QString& id) const
{
    for (const Figure& f : figures) {
        if (f.id == id) {
            return &f;
        }
    }
    return nullptr;
}

Result<HomeFigures> Dashboard::house(Database& db, const QString& institutionId, const QDate& today)
{
    if (Status allowed = Access::require(db, Permission::ReadResidents); !allowed) {
        return allowed.error();
    }
    const Result<Institution> institution = InstitutionStore(db).get(institutionId);
    if (!institution) {
        return institution.error();
    }
    if (const Result<int> refreshed = MonthAggregates::refresh(db, today); !refreshed) {
        return refreshed.error();
    }
    FigureFilter filter;
    filter.institutionId = institutionId;
    filter.month = today;
    HomeFigures home;
    home.title = institution->name;
    const Result<double> inHouse = countOf(
        db,
        QStringLiteral("SELECT count(*) FROM stays AS s JOIN institutions AS i ON i.id = s.institution_id"
                       " WHERE s.deleted = 0 AND s.admitted_on <= :today AND (s.exited_on IS NULL OR "
                       "s.exited_on > :today2)"
                       " AND "),
        filter,
        { { QStringLiteral(":today"), today.toString(Qt::ISODate) },
          { QStringLiteral(":today2"), today.toString(Qt::ISODate) } });
    if (!inHouse) {
        return inHouse.error();
    }
    home.figures.append({ QStringLiteral("residents_today"),
                          tr("Residents in the house today"),
                          *inHouse,
                          double(institution->capacity),
                          {},
                          *inHouse > institution->capacity,
                          queryOf(QStringLiteral("residents_in"), filter) });
    const Result<double> marked = countOf(
        db,
        QStringLiteral("SELECT coalesce(sum(f.days_marked), 0) FROM month_figures AS f JOIN institutions AS i"
                       " ON i.id = f.institution_id WHERE f.month = :month AND "),
        filter, { { QStringLiteral(":month"), monthKeyOf(today) } });
    if (!marked) {
        return marked.error();
    }
    const double unmarked = std::max(0.0, today.day() - *marked);
    home.figures.append({ QStringLiteral("days_unmarked"),
                          tr("Days of this month without presence marks"),
                          unmarked,
                          0,
                          {},
                          unmarked > 1,
                          queryOf(QStringLiteral("days_unmarked"), filter) });
    if (Status common = addCommonFigures(db, filter, today, home); !common) {
        return common.error();
    }
    // The month close: last month approved, exported, acknowledged.
    const QDate lastMonth = QDate(today.year(), today.month(), 1).addMonths(-1);
    QString approvedAt; // the bundle written after it carries the approval
    Figure close { QStringLiteral("month_close"),
                   tr("Close of %1").arg(displayMonth(lastMonth)),
                   0,
                   0,
                   {},
                   true,
                   queryOf(QStringLiteral("month_close"), filter) };
    if (const Result<QList<ApprovedMonth>> approved = MonthReport::approved(db, institutionId); approved) {
        for (const ApprovedMonth& month : *approved) {
            if (month.month == monthKeyOf(lastMonth)) {
                close.value = 1;
                close.warning = false;
                approvedAt = month.approvedAt;
                close.text = tr("Approved by %1 on %2")
                                 .arg(month.approvedBy,
                                      displayDate(QDate::fromString(month.approvedAt.left(10), Qt::ISODate)));
            }
        }
    }
    if (close.text.isEmpty()) {
        close.text = tr("Not approved yet");
    } else if (const Result<QList<BundleLogLine>> bundles = recentBundles(db, 50); bundles) {
        // Exported: a bundle written after the approval (it carries it); acknowledged: the
        // ministry's answer says it has that bundle's changes.
        const BundleLogLine* sent = nullptr;
        for (const BundleLogLine& line : *bundles) { // newest first
            if (!line.received && line.at >= approvedAt) {
                sent = &line;
            }
        }
        close.text += QLatin1Char('\n')
            + (!sent ? tr("not exported yet")
                   : sent->acknowledged
                   ? tr("exported on %1, acknowledged")
                         .arg(displayDate(QDate::fromString(sent->at.left(10), Qt::ISODate)))
                   : tr("exported on %1, not acknowledged yet")
                         .arg(displayDate(QDate::fromString(sent->at.left(10), Qt::ISODate))));
        close.warning = !sent || !sent->acknowledged;
    }
    home.figures.append(close);
    const QDateTime backup = std::max(Backup::lastMade(db, QStringLiteral("daily")),
                                      Backup::lastMade(db, QStringLiteral("manual")));
    home.figures.append({ QStringLiteral("last_backup"), tr("Last backup"), backup.isValid() ? 1.0 : 0.0, 0,
                          backup.isValid() ? displayDate(backup.toLocalTime().date()) : tr("None yet"),
                          !backup.isValid() || backup.daysTo(QDateTime::currentDateTimeUtc()) > 7,
                          queryOf(QString(), filter) });
    return home;
}

Result<HomeFigures> Dashboard::ministry(Database& db, const FigureFilter& filter, const QDate& today)
{
    if (Status allowed = Access::require(db, Permission::ReadResidents); !allowed) {
        return allowed.error();
    }
    if (const Result<int> refreshed = MonthAggregates::refresh(db, today); !refreshed) {
        return refreshed.error();
    }
    const FigureMonth month = figureMonth(filter, today);
    HomeFigures home;
    home.title = displayMonth(month.first);
    const Result<QList<MonthSums>> sums = monthSums(db, filter, month.key, month.key);
    if (!sums) {
        return sums.error();
    }
    const MonthSums current = sums->isEmpty() ? MonthSums {} : sums->constFirst();
    home.figures.append({ QStringLiteral("occupancy"),
                          tr("Residents against places"),
                          current.atEnd,
                          current.capacity,
                          {},
                          false,
                          queryOf(QStringLiteral("occupancy"), filter) });
    home.figures.append({ QStringLiteral("over_capacity"),
                          tr("Institutions over capacity"),
                          current.overCapacity,
                          0,
                          {},
                          current.overCapacity > 0,
                          queryOf(QStringLiteral("occupancy"), filter, QStringLiteral("over")) });
    home.figures.append({ QStringLiteral("girls"),
                          tr("Girls"),
                          current.girls,
                          0,
                          {},
                          false,
                          queryOf(QStringLiteral("residents_in"), filter, QStringLiteral("F")) });
    home.figures.append({ QStringLiteral("boys"),
                          tr("Boys"),
                          current.boys,
                          0,
                          {},
                          false,
                          queryOf(QStringLiteral("residents_in"), filter, QStringLiteral("M")) });
    if (Status common = addCommonFigures(db, filter, today, home); !common) {
        return common.error();
    }
    // The sites that have not sent the last month that has ended.
    FigureFilter lastEnded = filter;
    lastEnded.month = month.first.addMonths(month.last < today ? 0 : -1);
    if (const Result<QList<SiteMonth>> sites = MissingMonths::forMonth(db, lastEnded, today); sites) {
        const auto missing = std::count_if(sites->cbegin(), sites->cend(), [](const SiteMonth& s) {
            return s.state == SiteMonth::State::Missing;
        });
        const auto silent = std::count_if(sites->cbegin(), sites->cend(), [](const SiteMonth& s) {
            return s.silentDays < 0 || s.silentDays > MissingMonths::kDefaultSilentDays;
        });
        home.figures.append({ QStringLiteral("sites_missing"),
                              tr("Sites that have not sent %1").arg(displayMonth(lastEnded.month)),
                              double(missing),
                              double(sites->size()),
                              {},
                              missing > 0,
                              queryOf(QStringLiteral("sites_missing"), lastEnded) });
        home.figures.append(
            { QStringLiteral("sites_silent"),
              tr("Sites silent for more than %n days", nullptr, MissingMonths::kDefaultSilentDays),
              double(silent),
              double(sites->size()),
              {},
              silent > 0,
              queryOf(QStringLiteral("sites_missing"), lastEnded, QStringLiteral("silent")) });
    } else {
        return sites.error();
    }
    SqlQuery byRegion(
        db.connection(),
        QStringLiteral(
            "SELECT coalesce(i.region, ''), CAST(sum(f.residents_at_end) AS REAL) / sum(i.capacity)"
            " FROM month_figures AS f JOIN institutions AS i ON i.id = f.institution_id"
            " WHERE f.month = :month AND ")
            + institutionScope(filter) + QStringLiteral(" GROUP BY 1 ORDER BY 1"));
    byRegion.bind(QStringLiteral(":month"), month.key);
    bindInstitutionScope(byRegion, filter);
    if (Status bars = addBars(home, QStringLiteral("occupancy_by_region"), tr("Occupancy by region"),
                              byRegion, filter, QStringLiteral("occupancy_region"), true);
        !bars) {
        return bars.error();
    }
    SqlQuery byLevel(
        db.connection(),
        QStringLiteral("SELECT c.school_level, sum(c.count) FROM resident_counts AS c"
                       " JOIN institutions AS i ON i.id = c.institution_id WHERE c.status = 'present' AND ")
            + institutionScope(filter) + QStringLiteral(" GROUP BY 1 ORDER BY 1"));
    bindInstitutionScope(byLevel, filter);
    if (Status bars = addBars(home, QStringLiteral("residents_by_level"), tr("Residents by school level"),
                              byLevel, filter, QStringLiteral("residents_level"), false,
                              [](const QString& level) {
                                  return level.isEmpty() ? tr("Not in school") : schoolLevelLabel(level);
                              });
        !bars) {
        return bars.error();
    }
    SqlQuery byStatus(db.connection(),
                      QStringLiteral("SELECT c.status, sum(c.count) FROM resident_counts AS c"
                                     " JOIN institutions AS i ON i.id = c.institution_id WHERE ")
                          + institutionScope(filter) + QStringLiteral(" GROUP BY 1 ORDER BY 2 DESC"));
    bindInstitutionScope(byStatus, filter);
    if (Status bars = addBars(home, QStringLiteral("residents_by_status"), tr("Residents by status"),
                              byStatus, filter, QStringLiteral("residents_status"), false,
                              [](const QString& status) { return residentStatusLabel(status); });
        !bars) {
        return bars.error();
    }
    if (Access::allows(db, Permission::ReadIncidents)) {
        SqlQuery byKind(
            db.connection(),
            QStringLiteral("SELECT m.kind, sum(m.count) FROM month_incidents AS m"
                           " JOIN institutions AS i ON i.id = m.institution_id WHERE m.month = :month AND ")
                + institutionScope(filter) + QStringLiteral(" GROUP BY 1 ORDER BY 2 DESC"));
        byKind.bind(QStringLiteral(":month"), month.key);
        bindInstitutionScope(byKind, filter);
        if (Status bars = addBars(home, QStringLiteral("incidents_by_kind"), tr("Incidents by kind"), byKind,
                                  filter, QStringLiteral("incidents"), false,
                                  [](const QString& kind) { return incidentKindLabel(kind); });
            !bars) {
            return bars.error();
        }
    }
    if (Access::allows(db, Permission::ReadInspections)) {
        // The latest finalized inspection of each institution, its score in bands of the scale.
        SqlQuery scores(
            db.connection(),
            QStringLiteral(
                "SELECT CASE WHEN x.score < 50 THEN '0-49' WHEN x.score < 70 THEN '50-69'"
                " WHEN x.score < 85 THEN '70-84' ELSE '85-100' END, count(*) FROM"
                " (SELECT n.institution_id, n.score, max(n.visited_on) FROM inspections AS n"
                " WHERE n.deleted = 0 AND n.state = 'final' AND n.score IS NOT NULL"
                " GROUP BY n.institution_id) AS x JOIN institutions AS i ON i.id = x.institution_id"
                " WHERE ")
                + institutionScope(filter) + QStringLiteral(" GROUP BY 1 ORDER BY 1"));
        bindInstitutionScope(scores, filter);
        if (Status bars = addBars(home, QStringLiteral("inspection_scores"),
                                  tr("Latest inspection score of each institution"), scores, filter,
                                  QStringLiteral("inspections"), false);
            !bars) {
            return bars.error();
        }
        // The trend: the mean score of the inspections finalized each month, over twelve months.
        SqlQuery trendQuery(
            db.connection(),
            QStringLiteral("SELECT substr(n.visited_on, 1, 7), avg(n.score) FROM inspections AS n"
                           " JOIN institutions AS i ON i.id = n.institution_id WHERE n.deleted = 0"
                           " AND n.state = 'final' AND n.score IS NOT NULL AND n.visited_on >= :from"
                           " AND n.visited_on <= :to AND ")
                + institutionScope(filter) + QStringLiteral(" GROUP BY 1 ORDER BY 1"));
        trendQuery.bind(QStringLiteral(":from"), month.first.addMonths(-11).toString(Qt::ISODate))
            .bind(QStringLiteral(":to"), month.last.toString(Qt::ISODate));
        bindInstitutionScope(trendQuery, filter);
        const Result<QList<QPair<QString, double>>> means = pairs(trendQuery);
        if (!means) {
            return means.error();
        }
        FigureSeries scoreTrend {
            QStringLiteral("inspection_trend"), tr("Mean inspection score by month"), true, false, {}, {}, {}
        };
        for (const auto& [visited, mean] : *means) {
            scoreTrend.categories.append(
                displayMonth(QDate::fromString(visited + QStringLiteral("-01"), Qt::ISODate)));
            scoreTrend.values.append(mean);
            scoreTrend.queries.append(
                queryOf(QStringLiteral("inspections_visited"), inMonth(filter, visited)));
        }
        home.charts.append(scoreTrend);
    }
    if (Access::allows(db, Permission::ReadFamilies)) {
        // Foster care is national: families and placements belong to no institution's scope.
        const Result<PlacementFigures> care = PlacementFigures::compute(db, month.first, month.last);
        if (!care) {
            return care.error();
        }
        const PlacementFigures::Month inMonth
            = care->months.isEmpty() ? PlacementFigures::Month {} : care->months.constLast();
        int returns = 0;
        for (const PlacementFigures::Return& r : care->returns) {
            returns += r.count;
        }
        home.figures.append({ QStringLiteral("placements_active"),
                              tr("Children placed in families"),
                              double(care->activeAtEnd),
                              0,
                              {},
                              false,
                              queryOf(QStringLiteral("placements_active"), filter) });
        home.figures.append({ QStringLiteral("placements_started"),
                              tr("Placements started in %1").arg(displayMonth(month.first)),
                              double(inMonth.started),
                              0,
                              {},
                              false,
                              queryOf(QStringLiteral("placements_started"), filter) });
        home.figures.append({ QStringLiteral("placements_ended"),
                              tr("Placements ended in %1").arg(displayMonth(month.first)),
                              double(inMonth.ended),
                              0,
                              {},
                              false,
                              queryOf(QStringLiteral("placements_ended"), filter) });
        home.figures.append({ QStringLiteral("returns"),
                              tr("Returns from families in %1").arg(displayMonth(month.first)),
                              double(returns),
                              0,
                              {},
                              returns > 0,
                              queryOf(QStringLiteral("returns"), filter) });
        home.figures.append({ QStringLiteral("visits_overdue"),
                              tr("Follow-up visits overdue"),
                              double(care->overdueVisits),
                              0,
                              {},
                              care->overdueVisits > 0,
                              queryOf(QStringLiteral("visits_overdue"), filter) });
        FigureSeries states {
            QStringLiteral("families_by_state"), tr("Foster families by state"), false, false, {}, {}, {}
        };
        for (auto state = care->familiesByState.cbegin(); state != care->familiesByState.cend(); ++state) {
            states.categories.append(familyStateLabel(state.key()));
            states.values.append(state.value());
            states.queries.append(queryOf(QStringLiteral("families"), filter, state.key()));
        }
        home.charts.append(states);
    }
    return home;
}

Result<FilterChoices> Dashboard::choices(Database& db)
{
    if (Status allowed = Access::require(db, Permission::ReadResidents); !allowed) {
        return allowed.error();
    }
    FilterChoices choices;
    const std::pair<const char*, QStringList*> lists[] = {
        { "SELECT DISTINCT region FROM institutions WHERE deleted = 0 AND region <> '' ORDER BY 1",
          &choices.regions },
        { "SELECT DISTINCT province FROM institutions WHERE deleted = 0 AND province <> '' ORDER BY 1",
          &choices.provinces },
        { "SELECT DISTINCT kind FROM institutions WHERE deleted = 0 ORDER BY 1", &choices.kinds },
    };
    for (const auto& [sql, list] : lists) {
        SqlQuery query(db.connection(), QString::fromLatin1(sql));
        if (!query.exec()) {
            return Error::internal(tr("Cannot read the figures: %1").arg(query.errorText()));
        }
        while (query.next()) {
            list->append(query.value(0).toString());
        }
    }
    SqlQuery institutions(
        db.connection(), QStringLiteral("SELECT id, name FROM institutions WHERE deleted = 0 ORDER BY name"));
    if (!institutions.exec()) {
        return Error::internal(tr("Cannot read the figures: %1").arg(institutions.errorText()));
    }
    while (institutions.next()) {
        choices.institutions.append({ institutions.value(0).toString(), institutions.value(1).toString() });
    }
    return choices;
}

QJsonObject Dashboard::toJson(const HomeFigures& home)
{
    QJsonArray figures;
    for (const Figure& f : home.figures) {
        QJsonObject figure { { QStringLiteral("id"), f.id },
                             { QStringLiteral("label"), f.label },
                             { QStringLiteral("value"), f.value },
                             { QStringLiteral("list"), f.query.list } };
        if (f.outOf > 0) {
            figure.insert(QStringLiteral("out_of"), f.outOf);
            figure.insert(QStringLiteral("share"), f.share());
        }
        if (!f.text.isEmpty()) {
            figure.insert(QStringLiteral("text"), f.text);
        }
        if (f.warning) {
            figure.insert(QStringLiteral("warning"), true);
        }
        figures.append(figure);
    }
    QJsonArray charts;
    for (const FigureSeries& s : home.charts) {
        QJsonArray points;
        for (int i = 0; i < s.categories.size(); ++i) {
            points.append(QJsonObject { { QStringLiteral("category"), s.categories[i] },
                                        { QStringLiteral("value"), s.values[i] } });
        }
        charts.append(QJsonObject { { QStringLiteral("id"), s.id },
                                    { QStringLiteral("title"), s.title },
                                    { QStringLiteral("points"), points } });
    }
    return { { QStringLiteral("title"), home.title },
             { QStringLiteral("figures"), figures },
             { QStringLiteral("charts"), charts } };
}

} // namespace riaya
