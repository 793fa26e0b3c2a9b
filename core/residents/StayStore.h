#pragma once

#include "Stay.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace riaya {

class Database;

// Admissions, exits and transfers. Each keeps the resident's status and institution in
// step with their stays and refuses what cannot be true: two open stays, an exit before
// the admission, a full institution.
class StayStore
{
    Q_DECLARE_TR_FUNCTIONS(StayStore)

public:
    explicit StayStore(Database& db)
        : m_db(db)
    { }

    Result<QString> admit(const QString& residentId, const QString& institutionId, const QDate& on,
                          const QString& reason);
    Status exit(const QString& residentId, const QDate& on, const QString& reason);
    // Ends the stay in the current institution and opens one in the other, the same day.
    Result<QString> transfer(const QString& residentId, const QString& toInstitutionId, const QDate& on,
                             const QString& reason);
    Result<QList<Stay>> staysOf(const QString& residentId);

    // For placements in a family (families/PlacementStore, which checks its own permission and
    // holds the transaction): the stay ends as "placed"; a child coming back is admitted.
    Status endStayForPlacement(const QString& residentId, const QDate& on, const QString& reason);
    Result<QString> admitAfterPlacement(const QString& residentId, const QString& institutionId,
                                        const QDate& on, const QString& reason);

private:
    Result<QString> openStay(const QString& residentId, const QString& institutionId, const QDate& on,
                             const QString& reason);
    Status closeStay(const QString& residentId, const QDate& on, const QString& kind, const QString& reason,
                     const QString& newStatus);

    Database& m_db;
};

} // namespace riaya
