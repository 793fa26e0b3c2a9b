#include "Dashboard.h"
#include "FigureQueries.h"
#include "common/DateDisplay.h"
#include "daily/Incident.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "families/Family.h"
#include "families/PlacementFigures.h"
#include "reports/InstitutionScope.h"
#include "reports/MissingMonths.h"
#include "reports/MonthAggregates.h"
#include "residents/Resident.h"
#include "security/Access.h"

#include <algorithm>

namespace riaya {

using namespace figures;

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

} // namespace riaya
