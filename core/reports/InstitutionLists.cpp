#include "ListQueries.h"
#include "common/DateDisplay.h"
#include "daily/Incident.h"
#include "daily/SchoolResult.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "families/Family.h"
#include "families/Placement.h"
#include "families/PlacementStore.h"
#include "inspections/CorrectiveAction.h"
#include "reports/FigureLists.h"
#include "reports/InstitutionScope.h"
#include "reports/MissingMonths.h"
#include "reports/MonthReport.h"
#include "residents/Resident.h"

#include <QSet>

namespace riaya::lists {

Result<ReportTable> incidents(Database& db, const FigureQuery& q, const QDate& today)
{
    const FigureMonth month = figureMonth(q.filter, today);
    QString sql
        = QStringLiteral(
              "SELECT n.occurred_on, i.name, n.kind, n.description, n.action_taken FROM incidents AS n"
              " JOIN institutions AS i ON i.id = n.institution_id WHERE n.deleted = 0"
              " AND n.voided_at IS NULL AND n.occurred_on BETWEEN :first AND :last AND ")
        + institutionScope(q.filter);
    QVariantMap binds { { QStringLiteral(":first"), isoDay(month.first) },
                        { QStringLiteral(":last"), isoDay(month.last) } };
    if (!q.detail.isEmpty()) {
        sql += QStringLiteral(" AND n.kind = :kind");
        binds.insert(QStringLiteral(":kind"), q.detail);
    }
    return table(
        db, FigureLists::tr("Incidents in %1").arg(displayMonth(month.first)),
        { { FigureLists::tr("On"), Kind::Date },
          institutionColumn(),
          { FigureLists::tr("Kind"), Kind::Text, [](const QString& k) { return incidentKindLabel(k); } },
          { FigureLists::tr("What happened") },
          { FigureLists::tr("Action taken") } },
        sql + QStringLiteral(" ORDER BY n.occurred_on, i.name"), q.filter, binds);
}

Result<ReportTable> actions(Database& db, const FigureQuery& q, const QDate& today, bool overdue)
{
    return table(
        db,
        overdue ? FigureLists::tr("Corrective actions overdue")
                : FigureLists::tr("Corrective actions due within 30 days"),
        { institutionColumn(),
          { FigureLists::tr("Action") },
          { FigureLists::tr("Responsible") },
          { FigureLists::tr("Due on"), Kind::Date },
          { FigureLists::tr("State"), Kind::Text, [](const QString& s) { return actionStateLabel(s); } },
          { FigureLists::tr("Days overdue"), Kind::Integer } },
        QStringLiteral("SELECT i.name, a.description, a.responsible, a.due_on, a.state,"
                       " max(0, CAST(julianday(:today) - julianday(a.due_on) AS INTEGER))"
                       " FROM corrective_actions AS a JOIN institutions AS i ON i.id = a.institution_id"
                       " WHERE a.deleted = 0 AND a.state IN ('open', 'in_progress') AND ")
            + (overdue ? QStringLiteral("a.due_on < :today2")
                       : QStringLiteral("a.due_on BETWEEN :today2 AND :soon"))
            + QStringLiteral(" AND ") + institutionScope(q.filter)
            + QStringLiteral(" ORDER BY a.due_on, i.name"),
        q.filter,
        { { QStringLiteral(":today"), isoDay(today) },
          { QStringLiteral(":today2"), isoDay(today) },
          { QStringLiteral(":soon"), isoDay(today.addDays(30)) } });
}

Result<ReportTable> occupancy(Database& db, const FigureQuery& q, const QDate& today, bool byRegion)
{
    const FigureMonth month = figureMonth(q.filter, today);
    QString sql
        = QStringLiteral("SELECT i.name, i.region, i.province, i.capacity, f.residents_at_end,"
                         " CAST(f.residents_at_end AS REAL) / i.capacity FROM month_figures AS f"
                         " JOIN institutions AS i ON i.id = f.institution_id WHERE f.month = :month AND ")
        + institutionScope(q.filter);
    QVariantMap binds { { QStringLiteral(":month"), month.key } };
    if (byRegion) {
        sql += QStringLiteral(" AND coalesce(i.region, '') = :region");
        binds.insert(QStringLiteral(":region"), q.detail);
    } else if (q.detail == QLatin1String("over")) {
        sql += QStringLiteral(" AND f.residents_at_end > i.capacity");
    }
    return table(db, FigureLists::tr("Occupancy at the end of %1").arg(displayMonth(month.first)),
                 { institutionColumn(),
                   { FigureLists::tr("Region") },
                   { FigureLists::tr("Province") },
                   { FigureLists::tr("Places"), Kind::Integer },
                   { FigureLists::tr("Residents"), Kind::Integer },
                   { FigureLists::tr("Occupancy"), Kind::Percent } },
                 sql + QStringLiteral(" ORDER BY 6 DESC, 1"), q.filter, binds);
}

Result<ReportTable> inspections(Database& db, const FigureQuery& q)
{
    QString sql
        = QStringLiteral(
              "SELECT i.name, x.visited_on, x.inspector, x.score FROM (SELECT n.institution_id,"
              " n.score, n.inspector, max(n.visited_on) AS visited_on FROM inspections AS n"
              " WHERE n.deleted = 0 AND n.state = 'final' AND n.score IS NOT NULL"
              " GROUP BY n.institution_id) AS x JOIN institutions AS i ON i.id = x.institution_id WHERE ")
        + institutionScope(q.filter);
    QVariantMap binds;
    if (const QStringList band = q.detail.split(QLatin1Char('-')); band.size() == 2) {
        sql += QStringLiteral(" AND x.score >= :low AND x.score < :high");
        binds = { { QStringLiteral(":low"), band[0].toDouble() },
                  { QStringLiteral(":high"), band[1].toDouble() + 1 } };
    }
    return table(db, FigureLists::tr("Latest inspection of each institution"),
                 { institutionColumn(),
                   { FigureLists::tr("Visited on"), Kind::Date },
                   { FigureLists::tr("Inspector") },
                   { FigureLists::tr("Score"), Kind::Decimal } },
                 sql + QStringLiteral(" ORDER BY 4, 1"), q.filter, binds);
}

Result<ReportTable> inspectionsVisited(Database& db, const FigureQuery& q, const QDate& today)
{
    const FigureMonth month = figureMonth(q.filter, today);
    return table(
        db, FigureLists::tr("Inspections finalized in %1").arg(displayMonth(month.first)),
        { institutionColumn(),
          { FigureLists::tr("Visited on"), Kind::Date },
          { FigureLists::tr("Inspector") },
          { FigureLists::tr("Score"), Kind::Decimal } },
        QStringLiteral(
            "SELECT i.name, n.visited_on, n.inspector, n.score FROM inspections AS n"
            " JOIN institutions AS i ON i.id = n.institution_id WHERE n.deleted = 0"
            " AND n.state = 'final' AND n.score IS NOT NULL AND n.visited_on BETWEEN :first AND :last AND ")
            + institutionScope(q.filter) + QStringLiteral(" ORDER BY n.visited_on, i.name"),
        q.filter,
        { { QStringLiteral(":first"), isoDay(month.first) },
          { QStringLiteral(":last"), isoDay(month.last) } });
}

Result<ReportTable> families(Database& db, const FigureQuery& q)
{
    return table(db, FigureLists::tr("Foster families: %1").arg(familyStateLabel(q.detail)),
                 { { FigureLists::tr("Family") },
                   { FigureLists::tr("Region") },
                   { FigureLists::tr("Province") },
                   { FigureLists::tr("Since"), Kind::Date },
                   { FigureLists::tr("Places"), Kind::Integer } },
                 QStringLiteral("SELECT family_name, region, province, state_since, capacity FROM families"
                                " WHERE deleted = 0 AND state = :state ORDER BY family_name"),
                 {}, { { QStringLiteral(":state"), q.detail } });
}

Result<ReportTable> sitesMissing(Database& db, const FigureQuery& q, const QDate& today)
{
    const Result<QList<SiteMonth>> sites = MissingMonths::forMonth(db, q.filter, today);
    if (!sites) {
        return sites.error();
    }
    const bool silentOnly = q.detail == QLatin1String("silent");
    const FigureMonth month = figureMonth(q.filter, today);
    ReportTable list { silentOnly
                           ? FigureLists::tr("Sites silent for more than %n days", nullptr,
                                             MissingMonths::kDefaultSilentDays)
                           : FigureLists::tr("Sites and the month of %1").arg(displayMonth(month.first)),
                       { { FigureLists::tr("Site") },
                         { FigureLists::tr("Institution") },
                         { FigureLists::tr("State") },
                         { FigureLists::tr("Received on"), Kind::Date },
                         { FigureLists::tr("Days late"), Kind::Integer },
                         { FigureLists::tr("Bundles sent, not received"), Kind::Integer },
                         { FigureLists::tr("Last bundle on"), Kind::Date } },
                       {},
                       {} };
    for (const SiteMonth& site : *sites) {
        if (silentOnly && site.silentDays >= 0 && site.silentDays <= MissingMonths::kDefaultSilentDays) {
            continue;
        }
        list.rows.append({ site.siteName, site.institutionName, MissingMonths::stateLabel(site.state),
                           site.receivedOn.isValid() ? QVariant(site.receivedOn) : QVariant(), site.daysLate,
                           int(site.bundlesNotReceived),
                           site.lastReceivedOn.isValid() ? QVariant(site.lastReceivedOn) : QVariant() });
    }
    return list;
}

Result<ReportTable> monthClose(Database& db, const FigureQuery& q)
{
    const Result<QList<ApprovedMonth>> approved = MonthReport::approved(db, q.filter.institutionId);
    if (!approved) {
        return approved.error();
    }
    ReportTable list { FigureLists::tr("Months approved"),
                       { { FigureLists::tr("Month") },
                         { FigureLists::tr("Approved by") },
                         { FigureLists::tr("Approved on"), Kind::Date } },
                       {},
                       {} };
    for (const ApprovedMonth& month : *approved) {
        list.rows.append({ displayMonth(QDate::fromString(month.month + QStringLiteral("-01"), Qt::ISODate)),
                           month.approvedBy, QDate::fromString(month.approvedAt.left(10), Qt::ISODate) });
    }
    return list;
}

// Which permission a list needs beyond reading residents.

} // namespace riaya::lists
