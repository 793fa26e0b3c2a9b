#pragma once

#include "Placement.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace riaya {

class Database;

// Children placed with approved families, the end of each placement with its outcome, and
// the follow-up visits that keep an eye on them.
class PlacementStore
{
    Q_DECLARE_TR_FUNCTIONS(PlacementStore)

public:
    explicit PlacementStore(Database& db)
        : m_db(db)
    { }

    // Places a child and returns the placement's id. Refused, saying why, when the child
    // already has an active placement, the family is not approved or its approval has
    // expired, the family is full, a date is impossible, or the legal reference is missing.
    // A child living in an institution leaves it ("placed"); the child's status becomes
    // "placed in a family".
    Result<QString> place(const Placement& placement);
    // Ends a placement with its outcome. A return needs its reason; a return to an
    // institution names the institution, where the child is admitted again.
    Status end(const QString& placementId, const QDate& on, const QString& outcome, const QString& reason,
               const QString& institutionId = {});
    Result<QString> recordVisit(const PlacementVisit& visit);

    Result<Placement> get(const QString& id);
    struct Filter
    {
        QString residentId;
        QString familyId;
        bool activeOnly = false;
    };
    // Newest first.
    Result<QList<Placement>> list(const Filter& filter);
    Result<QList<PlacementVisit>> visits(const QString& placementId); // oldest first

    struct DueVisit
    {
        Placement placement;
        QDate lastVisit;
        QDate due;
    };
    // Active placements whose next visit is past due on that day, the longest overdue first.
    Result<QList<DueVisit>> overdueVisits(const QDate& today = QDate::currentDate());

private:
    Database& m_db;
};

} // namespace riaya
