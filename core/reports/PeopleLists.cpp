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

Result<ReportTable> residentsIn(Database& db, const FigureQuery& q, const QDate& today)
{
    const FigureMonth month = figureMonth(q.filter, today);
    const QDate day = std::min(month.last, today);
    QString sql
        = QStringLiteral("SELECT ") + nameSql()
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
        QStringLiteral("SELECT ") + nameSql()
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
        QStringLiteral("SELECT ") + nameSql()
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
        QStringLiteral("SELECT ") + nameSql()
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
                     QStringLiteral("SELECT ") + nameSql()
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
        QStringLiteral("SELECT ") + nameSql()
            + QStringLiteral(", i.name, r.school_level, s.average, s.decision FROM school_results AS s"
                             " JOIN residents AS r ON r.id = s.resident_id JOIN institutions AS i"
                             " ON i.id = r.institution_id WHERE s.deleted = 0 AND r.deleted = 0"
                             " AND s.decision IS NOT NULL AND s.school_year = :year AND ")
            + institutionScope(q.filter) + QStringLiteral(" ORDER BY s.decision DESC, i.name, 1"),
        q.filter, { { QStringLiteral(":year"), q.detail } });
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
        QStringLiteral("SELECT ") + nameSql()
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

} // namespace riaya::lists
