#include "PlacementFigures.h"

#include "Family.h"
#include "PlacementStore.h"
#include "common/FieldConversion.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "security/Access.h"

namespace riaya {

Result<PlacementFigures> PlacementFigures::compute(Database& db, const QDate& from, const QDate& to)
{
    if (Status allowed = Access::require(db, Permission::ReadFamilies); !allowed) {
        return allowed.error();
    }
    if (!from.isValid() || !to.isValid() || from > to) {
        return Error::invalid(tr("The figures need a first month before the last."));
    }
    PlacementFigures figures;
    figures.from = QDate(from.year(), from.month(), 1);
    figures.to = QDate(to.year(), to.month(), 1).addMonths(1).addDays(-1);
    const QVariant first = optionalDate(figures.from);
    const QVariant last = optionalDate(figures.to);
    const auto fail = [](const SqlQuery& query) {
        return Error::internal(tr("Cannot read the placements: %1").arg(query.errorText()));
    };

    for (QDate month = figures.from; month <= figures.to; month = month.addMonths(1)) {
        figures.months.append({ month.toString(QStringLiteral("yyyy-MM")), 0, 0 });
    }
    const auto monthIndex = [&](const QString& day) {
        const QDate date = QDate::fromString(day, Qt::ISODate);
        return (date.year() - figures.from.year()) * 12 + date.month() - figures.from.month();
    };
    SqlQuery flows(
        db.connection(),
        QStringLiteral("SELECT started_on, ended_on FROM placements WHERE deleted = 0 AND"
                       " ((started_on BETWEEN :from AND :to) OR (ended_on BETWEEN :from AND :to))"));
    flows.bind(QStringLiteral(":from"), first).bind(QStringLiteral(":to"), last);
    if (!flows.exec()) {
        return fail(flows);
    }
    while (flows.next()) {
        const QString started = flows.value(0).toString();
        const QString ended = flows.value(1).toString();
        if (started >= first.toString() && started <= last.toString()) {
            ++figures.months[monthIndex(started)].started;
        }
        if (!ended.isEmpty() && ended >= first.toString() && ended <= last.toString()) {
            ++figures.months[monthIndex(ended)].ended;
        }
    }

    SqlQuery active(db.connection(),
                    QStringLiteral("SELECT count(*) FROM placements WHERE deleted = 0 AND started_on <= :to"
                                   " AND (ended_on IS NULL OR ended_on > :to)"));
    active.bind(QStringLiteral(":to"), last);
    if (!active.exec() || !active.next()) {
        return fail(active);
    }
    figures.activeAtEnd = active.value(0).toInt();

    SqlQuery returns(
        db.connection(),
        QStringLiteral(
            "SELECT outcome, coalesce(end_reason, ''), count(*) AS n FROM placements WHERE deleted = 0"
            " AND outcome IN ('returned_to_origin_family', 'returned_to_institution')"
            " AND ended_on BETWEEN :from AND :to GROUP BY 1, 2 ORDER BY n DESC, 1, 2"));
    returns.bind(QStringLiteral(":from"), first).bind(QStringLiteral(":to"), last);
    if (!returns.exec()) {
        return fail(returns);
    }
    while (returns.next()) {
        figures.returns.append(
            { returns.value(0).toString(), returns.value(1).toString(), returns.value(2).toInt() });
    }

    for (const QString& state : familyStates()) {
        figures.familiesByState.insert(state, 0);
    }
    SqlQuery families(
        db.connection(),
        QStringLiteral("SELECT state, count(*) FROM families WHERE deleted = 0 GROUP BY state"));
    if (!families.exec()) {
        return fail(families);
    }
    while (families.next()) {
        figures.familiesByState.insert(families.value(0).toString(), families.value(1).toInt());
    }

    const Result<QList<PlacementStore::DueVisit>> overdue = PlacementStore(db).overdueVisits();
    if (!overdue) {
        return overdue.error();
    }
    figures.overdueVisits = int(overdue->size());
    return figures;
}

} // namespace riaya
