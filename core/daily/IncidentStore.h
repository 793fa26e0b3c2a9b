#pragma once

#include "Incident.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace riaya {

class Database;

// The incident register of each institution.
class IncidentStore
{
    Q_DECLARE_TR_FUNCTIONS(IncidentStore)

public:
    explicit IncidentStore(Database& db)
        : m_db(db)
    { }

    // Records an incident and returns its id. Refused with field issues (institution_id,
    // occurred_on, kind, description, action_taken, reported_to, resident_ids): an unknown
    // institution or resident, a date in the future or before 2000, an unknown kind, a
    // missing description or one over 4000 characters. Repeated resident ids are kept once.
    Result<QString> record(const Incident& incident);
    // Saves the changed fields of a recorded incident, checked as record() checks them. A
    // voided incident is refused: it stays as it was when voided.
    Status update(const Incident& incident);
    // Voids an incident written down by mistake: it stays in the register with the time, the
    // person and the reason (required, at most 1000 characters), is left out of the counts,
    // and can no longer be changed. Needs the permission to record incidents.
    Status voidIncident(const QString& id, const QString& reason);
    Result<Incident> get(const QString& id);
    // The institution's incidents between two days (both included; an invalid date leaves
    // that end open), newest first; voided ones included (Incident::isVoided).
    Result<QList<Incident>> list(const QString& institutionId, const QDate& from = {}, const QDate& to = {});

private:
    Result<Incident> checked(const Incident& incident, const QString& failed);

    Database& m_db;
};

} // namespace riaya
