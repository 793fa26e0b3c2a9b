#include "IncidentStore.h"

#include "common/FieldConversion.h"
#include "daily/DailyValidation.h"
#include "db/Database.h"
#include "db/Ids.h"
#include "db/SqlQuery.h"
#include "institutions/InstitutionStore.h"
#include "residents/ResidentStore.h"
#include "security/GuardedAccess.h"

namespace riaya {
namespace {
const QString kIncidents = QStringLiteral("incidents");
} // namespace

Result<Incident> IncidentStore::checked(const Incident& incident, const QString& failed)
{
    Incident clean = incident;
    clean.residentIds.clear();
    for (const QString& id : incident.residentIds) {
        if (!id.trimmed().isEmpty() && !clean.residentIds.contains(id.trimmed())) {
            clean.residentIds.append(id.trimmed());
        }
    }
    QList<FieldIssue> issues = validateIncident(clean);
    if (!InstitutionStore(m_db).get(clean.institutionId)) {
        issues.prepend({ QStringLiteral("institution_id"),
                         tr("There is no institution with the id %1.").arg(clean.institutionId) });
    }
    ResidentStore residents(m_db);
    for (const QString& id : std::as_const(clean.residentIds)) {
        if (!residents.get(id)) {
            issues.append(
                { QStringLiteral("resident_ids"), tr("There is no resident with the id %1.").arg(id) });
        }
    }
    if (!issues.isEmpty()) {
        return Error::invalid(failed, issues);
    }
    return clean;
}

Result<QString> IncidentStore::record(const Incident& incident)
{
    // Access check by role goes here once users and roles exist (protection incidents are restricted).
    const QString notSaved = tr("The incident could not be saved to disk.");
    return guardedWrite(m_db, Permission::RecordIncidents, notSaved,
                        [&](RecordWriter& writer) -> Result<QString> {
                            Result<Incident> clean = checked(incident, tr("The incident was not saved."));
                            if (!clean) {
                                return clean.error();
                            }
                            // An incident is voided afterwards, by voidIncident, never recorded so.
                            clean->voidedAt.clear();
                            clean->voidedBy.clear();
                            clean->voidReason.clear();
                            QVariantMap fields = clean->toFields();
                            fields.insert(QStringLiteral("id"), clean->id);
                            return writer.insert(kIncidents, fields);
                        });
}

Status IncidentStore::update(const Incident& incident)
{
    // Access check by role goes here once users and roles exist (protection incidents are restricted).
    const QString notSaved = tr("The incident could not be saved to disk.");
    return guardedWrite(m_db, Permission::RecordIncidents, notSaved, [&](RecordWriter& writer) -> Status {
        Result<Incident> stored = get(incident.id);
        if (!stored) {
            return stored.error();
        }
        if (stored->isVoided()) {
            return Error::refused(tr("This incident was voided; it can no longer be changed."));
        }
        Incident changed = incident;
        changed.voidedAt.clear(); // voiding goes through voidIncident, with its reason
        changed.voidedBy.clear();
        changed.voidReason.clear();
        Result<Incident> clean = checked(changed, tr("The incident was not saved."));
        if (!clean) {
            return clean.error();
        }
        return writer.update(kIncidents, clean->id, clean->toFields());
    });
}

Status IncidentStore::voidIncident(const QString& id, const QString& reason)
{
    const QString notSaved = tr("The incident could not be saved to disk.");
    return guardedWrite(m_db, Permission::RecordIncidents, notSaved, [&](RecordWriter& writer) -> Status {
        Result<Incident> stored = get(id);
        if (!stored) {
            return stored.error();
        }
        if (stored->isVoided()) {
            return Error::refused(tr("This incident was already voided."));
        }
        Incident voided = *stored;
        voided.voidedAt = utcNowIso();
        voided.voidedBy = m_db.actor().username;
        voided.voidReason = reason.trimmed();
        // Only the voiding is checked: what was recorded stays as it was.
        QList<FieldIssue> issues = validateIncident(voided);
        issues.removeIf(
            [](const FieldIssue& issue) { return !issue.field.startsWith(QLatin1String("void")); });
        if (!issues.isEmpty()) {
            return Error::invalid(tr("The incident was not voided."), issues);
        }
        const QVariantMap fields = voided.toFields();
        return writer.update(
            kIncidents, id,
            { { QStringLiteral("voided_at"), fields.value(QStringLiteral("voided_at")) },
              { QStringLiteral("voided_by"), fields.value(QStringLiteral("voided_by")) },
              { QStringLiteral("void_reason"), fields.value(QStringLiteral("void_reason")) } });
    });
}

Result<Incident> IncidentStore::get(const QString& id)
{
    // Access check by role goes here once users and roles exist (protection incidents are restricted).
    return guardedGet<Incident>(m_db, Permission::ReadIncidents, kIncidents, id,
                                tr("There is no incident with the id %1.").arg(id));
}

Result<QList<Incident>> IncidentStore::list(const QString& institutionId, const QDate& from, const QDate& to)
{
    if (Status allowed = Access::require(m_db, Permission::ReadIncidents); !allowed) {
        return allowed.error();
    }
    // Access check by role goes here once users and roles exist (protection incidents are restricted).
    if (from.isValid() && to.isValid() && from > to) {
        return Error::invalid(tr("The incidents cannot be listed."),
                              { { QStringLiteral("to"), tr("The end of the period is before its start.") } });
    }
    if (Result<Institution> institution = InstitutionStore(m_db).get(institutionId); !institution) {
        return institution.error();
    }
    QString sql
        = QStringLiteral("SELECT * FROM incidents WHERE institution_id = :institution AND deleted = 0");
    if (from.isValid()) {
        sql += QStringLiteral(" AND occurred_on >= :from");
    }
    if (to.isValid()) {
        sql += QStringLiteral(" AND occurred_on <= :to");
    }
    SqlQuery query(m_db.connection(), sql + QStringLiteral(" ORDER BY occurred_on DESC, id DESC"));
    query.bind(QStringLiteral(":institution"), institutionId);
    if (from.isValid()) {
        query.bind(QStringLiteral(":from"), optionalDate(from));
    }
    if (to.isValid()) {
        query.bind(QStringLiteral(":to"), optionalDate(to));
    }
    if (!query.exec()) {
        return Error::internal(tr("Cannot read the incidents: %1").arg(query.errorText()));
    }
    QList<Incident> incidents;
    while (query.next()) {
        incidents.append(Incident::fromFields(query.row()));
    }
    return incidents;
}

} // namespace riaya
