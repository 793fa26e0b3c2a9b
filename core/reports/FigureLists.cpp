#include "FigureLists.h"

#include "ListQueries.h"
#include "security/Access.h"

#include <optional>

namespace riaya {
namespace {

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
    using namespace lists;
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
