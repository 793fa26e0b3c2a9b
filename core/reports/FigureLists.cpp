#include "FigureLists.h"

#include "common/DateDisplay.h"
#include "daily/Incident.h"
#include "daily/SchoolResult.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "families/Family.h"
#include "families/Placement.h"
#include "families/PlacementStore.h"
#include "inspections/CorrectiveAction.h"
#include "reports/InstitutionScope.h"
#include "reports/MissingMonths.h"
#include "reports/MonthReport.h"
#include "residents/Resident.h"
#include "security/Access.h"

#include <QSet>
#include <functional>
#include <optional>

namespace riaya {
namespace {

using Kind = ReportColumn::Kind;
using Label = std::function<QString(const QString&)>;

// A column of a list: its heading, its kind, and how a stored code reads in words.
struct Column
{
    QString heading;
    Kind kind = Kind::Text;
    Label label = {};
};

QVariant cell(const QVariant& value, const Column& column)
{
    if (value.isNull()) {
        return {};
    }
    switch (column.kind) {
    case Kind::Date:
        return QDate::fromString(value.toString().left(10), Qt::ISODate);
    case Kind::Integer:
        return value.toInt();
    case Kind::Decimal:
    case Kind::Percent:
        return value.toDouble();
    case Kind::Text:
        break;
    }
    return column.label ? column.label(value.toString()) : value.toString();
}

// Runs a query whose columns are the list's, binding the filter's scope and `binds`.
Result<ReportTable> table(Database& db, const QString& title, const QList<Column>& columns,
                          const QString& sql, const FigureFilter& filter, const QVariantMap& binds = {})
{
    SqlQuery query(db.connection(), sql);
    for (auto bind = binds.cbegin(); bind != binds.cend(); ++bind) {
        query.bind(bind.key(), bind.value());
    }
    bindInstitutionScope(query, filter);
    if (!query.exec()) {
        return Error::internal(FigureLists::tr("Cannot read the list: %1").arg(query.errorText()));
    }
    ReportTable list;
    list.title = title;
    for (const Column& column : columns) {
        list.columns.append({ column.heading, column.kind });
    }
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < columns.size(); ++i) {
            row.append(cell(query.value(i), columns[i]));
        }
        list.rows.append(row);
    }
    return list;
}

QString isoDay(const QDate& day)
{
    return day.toString(Qt::ISODate);
}

const QString kName = QStringLiteral("r.last_name || ' ' || r.first_name");

Column nameColumn()
{
    return { FigureLists::tr("Name") };
}
Column institutionColumn()
{
    return { FigureLists::tr("Institution") };
}
Column sexColumn()
{
    return { FigureLists::tr("Sex"), Kind::Text, [](const QString& sex) { return residentSexLabel(sex); } };
}

Result<ReportTable> residentsIn(Database& db, const FigureQuery& q, const QDate& today)
{
    const FigureMonth month = figureMonth(q.filter, today);
    const QDate day = std::min(month.last, today);
    QString sql
        = QStringLiteral("SELECT ") + kName
        + QStringLiteral(
              ", r.sex, r.birth_date, i.name, r.school_level, s.admitted_on FROM stays AS s"
              " JOIN residents AS r ON r.id = s.resident_id JOIN institutions AS i ON i.id = s.institution_id"
              " WHERE s.deleted = 0 AND s.admitted_on <= :day AND (s.exited_on IS NULL OR s.exited_on > "
              ":day2)"
              " AND ")
        + institutionScope(q.filter);
    QVariantMap binds { { QStringLiteral(":day"), isoDay(day) }, { QStringLiteral(":day2"), isoDay(day) } };
    if (!q.detail.isEmpty()) {
        sql += QStringLiteral(" AND r.sex = :sex");
        binds.insert(QStringLiteral(":sex"), q.detail);
    }
    return table(db, FigureLists::tr("Residents on %1").arg(displayDate(day)),
                 { nameColumn(),
                   sexColumn(),
                   { FigureLists::tr("Born on"), Kind::Date },
                   institutionColumn(),
                   { FigureLists::tr("School level"), Kind::Text,
                     [](const QString& l) { return schoolLevelLabel(l); } },
                   { FigureLists::tr("Admitted on"), Kind::Date } },
                 sql + QStringLiteral(" ORDER BY i.name, r.last_name, r.first_name"), q.filter, binds);
}

Result<ReportTable> residentsOfLevel(Database& db, const FigureQuery& q)
{
    return table(
        db, FigureLists::tr("Residents at school level %1").arg(schoolLevelLabel(q.detail)),
        { nameColumn(), sexColumn(), { FigureLists::tr("Born on"), Kind::Date }, institutionColumn() },
        QStringLiteral("SELECT ") + kName
            + QStringLiteral(", r.sex, r.birth_date, i.name FROM residents AS r JOIN institutions AS i"
                             " ON i.id = r.institution_id WHERE r.deleted = 0 AND r.status = 'present'"
                             " AND coalesce(r.school_level, '') = :level AND ")
            + institutionScope(q.filter) + QStringLiteral(" ORDER BY i.name, r.last_name"),
        q.filter, { { QStringLiteral(":level"), q.detail } });
}

Result<ReportTable> residentsOfStatus(Database& db, const FigureQuery& q)
{
    return table(
        db, FigureLists::tr("Residents: %1").arg(residentStatusLabel(q.detail)),
        { nameColumn(), sexColumn(), { FigureLists::tr("Born on"), Kind::Date }, institutionColumn() },
        QStringLiteral("SELECT ") + kName
            + QStringLiteral(", r.sex, r.birth_date, i.name FROM residents AS r JOIN institutions AS i"
                             " ON i.id = r.institution_id WHERE r.deleted = 0 AND r.status = :status AND ")
            + institutionScope(q.filter) + QStringLiteral(" ORDER BY i.name, r.last_name"),
        q.filter, { { QStringLiteral(":status"), q.detail } });
}

Result<ReportTable> movements(Database& db, const FigureQuery& q, const QDate& today, bool admissions)
{
    const FigureMonth month = figureMonth(q.filter, today);
    const QString on = admissions ? QStringLiteral("s.admitted_on") : QStringLiteral("s.exited_on");
    return table(
        db,
        admissions ? FigureLists::tr("Admissions in %1").arg(displayMonth(month.first))
                   : FigureLists::tr("Exits in %1").arg(displayMonth(month.first)),
        { nameColumn(),
          sexColumn(),
          institutionColumn(),
          { FigureLists::tr("Admitted on"), Kind::Date },
          { FigureLists::tr("Left on"), Kind::Date },
          { FigureLists::tr("How"), Kind::Text,
            [](const QString& kind) { return residentStatusLabel(kind); } },
          { FigureLists::tr("Reason") } },
        QStringLiteral("SELECT ") + kName
            + QStringLiteral(", r.sex, i.name, s.admitted_on, s.exited_on, s.exit_kind,"
                             " coalesce(s.exit_reason, s.admission_reason) FROM stays AS s"
                             " JOIN residents AS r ON r.id = s.resident_id"
                             " JOIN institutions AS i ON i.id = s.institution_id WHERE s.deleted = 0 AND ")
            + on + QStringLiteral(" BETWEEN :first AND :last AND ") + institutionScope(q.filter)
            + QStringLiteral(" ORDER BY ") + on + QStringLiteral(", i.name"),
        q.filter,
        { { QStringLiteral(":first"), isoDay(month.first) },
          { QStringLiteral(":last"), isoDay(month.last) } });
}

// Per resident in a house, per institution otherwise.
Result<ReportTable> presence(Database& db, const FigureQuery& q, const QDate& today)
{
    const FigureMonth month = figureMonth(q.filter, today);
    const QList<Column> counts { { FigureLists::tr("Present"), Kind::Integer },
                                 { FigureLists::tr("Absent"), Kind::Integer },
                                 { FigureLists::tr("On leave"), Kind::Integer },
                                 { FigureLists::tr("Sick"), Kind::Integer },
                                 { FigureLists::tr("Presence rate"), Kind::Percent } };
    const QVariantMap binds { { QStringLiteral(":first"), isoDay(month.first) },
                              { QStringLiteral(":last"), isoDay(month.last) } };
    const QString title = FigureLists::tr("Presence in %1").arg(displayMonth(month.first));
    if (!q.filter.institutionId.isEmpty()) {
        return table(db, title, QList<Column> { nameColumn() } + counts,
                     QStringLiteral("SELECT ") + kName
                         + QStringLiteral(
                             ", sum(p.state = 'present'), sum(p.state = 'absent'), sum(p.state = 'leave'),"
                             " sum(p.state = 'sick'), avg(p.state = 'present') FROM presence AS p"
                             " JOIN residents AS r ON r.id = p.resident_id"
                             " JOIN institutions AS i ON i.id = p.institution_id"
                             " WHERE p.deleted = 0 AND p.day BETWEEN :first AND :last AND ")
                         + institutionScope(q.filter)
                         + QStringLiteral(" GROUP BY p.resident_id ORDER BY 6, 1"),
                     q.filter, binds);
    }
    return table(
        db, title, QList<Column> { institutionColumn() } + counts,
        QStringLiteral(
            "SELECT i.name, f.presence_present, f.presence_absent, f.presence_leave, f.presence_sick,"
            " CAST(f.presence_present AS REAL) / nullif(f.presence_present + f.presence_absent"
            " + f.presence_leave + f.presence_sick, 0) FROM month_figures AS f"
            " JOIN institutions AS i ON i.id = f.institution_id WHERE f.month = :month AND ")
            + institutionScope(q.filter) + QStringLiteral(" ORDER BY 6, 1"),
        q.filter, { { QStringLiteral(":month"), month.key } });
}

Result<ReportTable> daysUnmarked(Database& db, const FigureQuery& q, const QDate& today)
{
    const FigureMonth month = figureMonth(q.filter, today);
    SqlQuery marked(db.connection(),
                    QStringLiteral("SELECT DISTINCT p.day FROM presence AS p JOIN institutions AS i"
                                   " ON i.id = p.institution_id WHERE p.deleted = 0"
                                   " AND p.day BETWEEN :first AND :last AND ")
                        + institutionScope(q.filter));
    marked.bind(QStringLiteral(":first"), isoDay(month.first))
        .bind(QStringLiteral(":last"), isoDay(month.last));
    bindInstitutionScope(marked, q.filter);
    if (!marked.exec()) {
        return Error::internal(FigureLists::tr("Cannot read the list: %1").arg(marked.errorText()));
    }
    QSet<QString> days;
    while (marked.next()) {
        days.insert(marked.value(0).toString());
    }
    ReportTable list { FigureLists::tr("Days of %1 without presence marks").arg(displayMonth(month.first)),
                       { { FigureLists::tr("Day"), Kind::Date } },
                       {},
                       {} };
    for (QDate day = month.first; day <= std::min(month.last, today); day = day.addDays(1)) {
        if (!days.contains(isoDay(day))) {
            list.rows.append({ day });
        }
    }
    return list;
}

Result<ReportTable> results(Database& db, const FigureQuery& q)
{
    return table(
        db, FigureLists::tr("School decisions, %1").arg(q.detail),
        { nameColumn(),
          institutionColumn(),
          { FigureLists::tr("School level"), Kind::Text,
            [](const QString& l) { return schoolLevelLabel(l); } },
          { FigureLists::tr("Average"), Kind::Decimal },
          { FigureLists::tr("Decision"), Kind::Text,
            [](const QString& d) { return schoolDecisionLabel(d); } } },
        QStringLiteral("SELECT ") + kName
            + QStringLiteral(", i.name, r.school_level, s.average, s.decision FROM school_results AS s"
                             " JOIN residents AS r ON r.id = s.resident_id JOIN institutions AS i"
                             " ON i.id = r.institution_id WHERE s.deleted = 0 AND r.deleted = 0"
                             " AND s.decision IS NOT NULL AND s.school_year = :year AND ")
            + institutionScope(q.filter) + QStringLiteral(" ORDER BY s.decision DESC, i.name, 1"),
        q.filter, { { QStringLiteral(":year"), q.detail } });
}

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

Result<ReportTable> placements(Database& db, const FigureQuery& q, const QDate& today)
{
    const FigureMonth month = figureMonth(q.filter, today);
    QString where;
    QString title;
    if (q.list == QLatin1String("placements_started")) {
        where = QStringLiteral("p.started_on BETWEEN :first AND :last");
        title = FigureLists::tr("Placements started in %1").arg(displayMonth(month.first));
    } else if (q.list == QLatin1String("placements_ended")) {
        where = QStringLiteral("p.ended_on BETWEEN :first AND :last");
        title = FigureLists::tr("Placements ended in %1").arg(displayMonth(month.first));
    } else if (q.list == QLatin1String("returns")) {
        where = QStringLiteral(
            "p.ended_on BETWEEN :first AND :last AND p.outcome IN ('returned_to_origin_family',"
            " 'returned_to_institution')");
        title = FigureLists::tr("Returns from families in %1").arg(displayMonth(month.first));
    } else {
        where = QStringLiteral("p.started_on <= :last AND (p.ended_on IS NULL OR p.ended_on > :first)");
        title
            = FigureLists::tr("Children placed in families at the end of %1").arg(displayMonth(month.first));
    }
    return table(
        db, title,
        { nameColumn(),
          { FigureLists::tr("Family") },
          { FigureLists::tr("Started on"), Kind::Date },
          { FigureLists::tr("Ended on"), Kind::Date },
          { FigureLists::tr("Outcome"), Kind::Text,
            [](const QString& o) { return placementOutcomeLabel(o); } },
          { FigureLists::tr("Reason") } },
        QStringLiteral("SELECT ") + kName
            + QStringLiteral(
                ", f.family_name, p.started_on, p.ended_on, p.outcome, p.end_reason FROM placements AS p"
                " JOIN residents AS r ON r.id = p.resident_id JOIN families AS f ON f.id = p.family_id"
                " WHERE p.deleted = 0 AND ")
            + where + QStringLiteral(" ORDER BY p.started_on"),
        {},
        { { QStringLiteral(":first"), isoDay(month.first) },
          { QStringLiteral(":last"), isoDay(month.last) } });
}

Result<ReportTable> overdueVisits(Database& db, const QDate& today)
{
    const Result<QList<PlacementStore::DueVisit>> due = PlacementStore(db).overdueVisits(today);
    if (!due) {
        return due.error();
    }
    ReportTable list { FigureLists::tr("Follow-up visits overdue"),
                       { { FigureLists::tr("Placement") },
                         { FigureLists::tr("Last visit"), Kind::Date },
                         { FigureLists::tr("Due on"), Kind::Date },
                         { FigureLists::tr("Days overdue"), Kind::Integer } },
                       {},
                       {} };
    for (const PlacementStore::DueVisit& visit : *due) {
        list.rows.append({ visit.placement.id,
                           visit.lastVisit.isValid() ? QVariant(visit.lastVisit) : QVariant(), visit.due,
                           int(visit.due.daysTo(today)) });
    }
    return list;
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
std::optional<Permission> permissionFor(const QString& list)
{
    if (list == QLatin1String("incidents")) {
        return Permission::ReadIncidents;
    }
    if (list.startsWith(QLatin1String("actions")) || list.startsWith(QLatin1String("inspections"))) {
        return Permission::ReadInspections;
    }
    if (list == QLatin1String("families") || list.startsWith(QLatin1String("placements"))
        || list == QLatin1String("returns") || list == QLatin1String("visits_overdue")) {
        return Permission::ReadFamilies;
    }
    return std::nullopt;
}

} // namespace

const QStringList& FigureLists::lists()
{
    static const QStringList names {
        QStringLiteral("residents_in"),      QStringLiteral("residents_level"),
        QStringLiteral("admissions"),        QStringLiteral("exits"),
        QStringLiteral("presence"),          QStringLiteral("days_unmarked"),
        QStringLiteral("results"),           QStringLiteral("incidents"),
        QStringLiteral("actions_overdue"),   QStringLiteral("actions_due"),
        QStringLiteral("occupancy"),         QStringLiteral("occupancy_region"),
        QStringLiteral("inspections"),       QStringLiteral("families"),
        QStringLiteral("placements_active"), QStringLiteral("placements_started"),
        QStringLiteral("placements_ended"),  QStringLiteral("returns"),
        QStringLiteral("visits_overdue"),    QStringLiteral("sites_missing"),
        QStringLiteral("month_close")
    };
    return names;
}

Result<ReportTable> FigureLists::open(Database& db, const FigureQuery& q, const QDate& today)
{
    if (!lists().contains(q.list)) {
        return Error::invalid(tr("There is no list %1.").arg(q.list));
    }
    if (Status allowed = Access::require(db, Permission::ReadResidents); !allowed) {
        return allowed.error();
    }
    if (const std::optional<Permission> needed = permissionFor(q.list)) {
        if (Status allowed = Access::require(db, *needed); !allowed) {
            return allowed.error();
        }
    }
    const QString& l = q.list;
    if (l == QLatin1String("residents_in")) {
        return residentsIn(db, q, today);
    }
    if (l == QLatin1String("residents_level")) {
        return residentsOfLevel(db, q);
    }
    if (l == QLatin1String("admissions") || l == QLatin1String("exits")) {
        return movements(db, q, today, l == QLatin1String("admissions"));
    }
    if (l == QLatin1String("presence")) {
        return presence(db, q, today);
    }
    if (l == QLatin1String("days_unmarked")) {
        return daysUnmarked(db, q, today);
    }
    if (l == QLatin1String("results")) {
        return results(db, q);
    }
    if (l == QLatin1String("incidents")) {
        return incidents(db, q, today);
    }
    if (l.startsWith(QLatin1String("actions"))) {
        return actions(db, q, today, l == QLatin1String("actions_overdue"));
    }
    if (l.startsWith(QLatin1String("occupancy"))) {
        return occupancy(db, q, today, l == QLatin1String("occupancy_region"));
    }
    if (l == QLatin1String("inspections")) {
        return inspections(db, q);
    }
    if (l == QLatin1String("inspections_visited")) {
        return inspectionsVisited(db, q, today);
    }
    if (l == QLatin1String("residents_status")) {
        return residentsOfStatus(db, q);
    }
    if (l == QLatin1String("families")) {
        return families(db, q);
    }
    if (l == QLatin1String("visits_overdue")) {
        return overdueVisits(db, today);
    }
    if (l == QLatin1String("sites_missing")) {
        return sitesMissing(db, q, today);
    }
    if (l == QLatin1String("month_close")) {
        return monthClose(db, q);
    }
    return placements(db, q, today);
}

} // namespace riaya
