#include "StayStore.h"

#include "ResidentStore.h"
#include "common/FieldConversion.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "institutions/InstitutionStore.h"
#include "security/GuardedAccess.h"

namespace riaya {
namespace {
const QString kStays = QStringLiteral("stays");
const QString kResidents = QStringLiteral("residents");
} // namespace

Result<QList<Stay>> StayStore::staysOf(const QString& residentId)
{
    if (Status allowed = Access::require(m_db, Permission::ReadResidents); !allowed) {
        return allowed.error();
    }
    SqlQuery query(
        m_db.connection(),
        QStringLiteral("SELECT * FROM stays WHERE ") + kRecordsOfFile
            + QStringLiteral(" AND deleted = 0 ORDER BY admitted_on, exited_on IS NULL, exited_on, id"));
    query.bind(QStringLiteral(":resident"), residentId).bind(QStringLiteral(":merged_into"), residentId);
    if (!query.exec()) {
        return Error::internal(tr("Cannot read the stays: %1").arg(query.errorText()));
    }
    QList<Stay> stays;
    while (query.next()) {
        stays.append(Stay::fromFields(query.row()));
    }
    return stays;
}

Result<QString> StayStore::openStay(const QString& residentId, const QString& institutionId, const QDate& on,
                                    const QString& reason)
{
    Result<Resident> resident = ResidentStore(m_db).get(residentId);
    if (!resident) {
        return resident.error();
    }
    InstitutionStore institutions(m_db);
    Result<Institution> institution = institutions.get(institutionId);
    if (!institution) {
        return institution.error();
    }
    const QString failed = tr("The admission was not saved.");
    if (!on.isValid()) {
        return Error::invalid(failed,
                              { { QStringLiteral("admitted_on"), tr("The admission date is required.") } });
    }
    if (on > QDate::currentDate()) {
        return Error::invalid(
            failed, { { QStringLiteral("admitted_on"), tr("The admission date cannot be in the future.") } });
    }
    if (on < resident->birthDate) {
        return Error::invalid(failed,
                              { { QStringLiteral("admitted_on"),
                                  tr("The admission date is before the resident's birth date.") } });
    }
    if (resident->status == QLatin1String("present")) {
        return Error::invalid(
            failed,
            { { QString(),
                tr("%1 is already admitted; record an exit or a transfer.").arg(resident->displayName()) } });
    }
    Result<QList<Stay>> stays = staysOf(residentId);
    if (!stays) {
        return stays.error();
    }
    if (!stays->isEmpty() && stays->last().exitedOn.isValid() && on < stays->last().exitedOn) {
        return Error::invalid(failed,
                              { { QStringLiteral("admitted_on"),
                                  tr("The admission date is before the end of the previous stay (%1).")
                                      .arg(stays->last().exitedOn.toString(Qt::ISODate)) } });
    }
    const int present = institutions.presentCount(institutionId);
    if (present >= institution->capacity) {
        return Error::invalid(failed,
                              { { QString(),
                                  tr("%1 is full: %2 residents present for %3 places.")
                                      .arg(institution->name)
                                      .arg(present)
                                      .arg(institution->capacity) } });
    }
    Result<QString> stayId
        = m_db.writer().insert(kStays,
                               { { QStringLiteral("resident_id"), residentId },
                                 { QStringLiteral("institution_id"), institutionId },
                                 { QStringLiteral("admitted_on"), optionalDate(on) },
                                 { QStringLiteral("admission_reason"), optionalText(reason) } });
    if (!stayId) {
        return stayId;
    }
    Status status = m_db.writer().update(kResidents, residentId,
                                         { { QStringLiteral("status"), QStringLiteral("present") },
                                           { QStringLiteral("institution_id"), institutionId } });
    if (!status) {
        return status.error();
    }
    return stayId;
}

Status StayStore::closeStay(const QString& residentId, const QDate& on, const QString& kind,
                            const QString& reason, const QString& newStatus)
{
    const QString failed = tr("The exit was not saved.");
    Result<QList<Stay>> stays = staysOf(residentId);
    if (!stays) {
        return stays.error();
    }
    if (stays->isEmpty() || !stays->last().isOpen()) {
        return Error::invalid(failed, { { QString(), tr("The resident is not admitted anywhere.") } });
    }
    const Stay& open = stays->last();
    if (!on.isValid()) {
        return Error::invalid(failed, { { QStringLiteral("exited_on"), tr("The exit date is required.") } });
    }
    if (on < open.admittedOn) {
        return Error::invalid(failed,
                              { { QStringLiteral("exited_on"),
                                  tr("The exit date is before the admission date (%1).")
                                      .arg(open.admittedOn.toString(Qt::ISODate)) } });
    }
    if (on > QDate::currentDate()) {
        return Error::invalid(
            failed, { { QStringLiteral("exited_on"), tr("The exit date cannot be in the future.") } });
    }
    if (reason.trimmed().isEmpty()) {
        return Error::invalid(failed,
                              { { QStringLiteral("exit_reason"), tr("Give the reason for the exit.") } });
    }
    Status status = m_db.writer().update(kStays, open.id,
                                         { { QStringLiteral("exited_on"), optionalDate(on) },
                                           { QStringLiteral("exit_kind"), kind },
                                           { QStringLiteral("exit_reason"), optionalText(reason) } });
    if (!status) {
        return status;
    }
    return m_db.writer().update(
        kResidents, residentId,
        { { QStringLiteral("status"), newStatus }, { QStringLiteral("institution_id"), QVariant() } });
}

Result<QString> StayStore::admit(const QString& residentId, const QString& institutionId, const QDate& on,
                                 const QString& reason)
{
    return guardedWrite(m_db, Permission::EditResidents, tr("The admission could not be saved to disk."),
                        [&](RecordWriter&) { return openStay(residentId, institutionId, on, reason); });
}

Status StayStore::exit(const QString& residentId, const QDate& on, const QString& reason)
{
    return guardedWrite(
        m_db, Permission::EditResidents, tr("The exit could not be saved to disk."), [&](RecordWriter&) {
            return closeStay(residentId, on, QStringLiteral("left"), reason, QStringLiteral("left"));
        });
}

Result<QString> StayStore::transfer(const QString& residentId, const QString& toInstitutionId,
                                    const QDate& on, const QString& reason)
{
    const QString notSaved = tr("The transfer could not be saved to disk.");
    return guardedWrite(m_db, Permission::EditResidents, notSaved, [&](RecordWriter&) -> Result<QString> {
        Result<Resident> resident = ResidentStore(m_db).get(residentId);
        if (!resident) {
            return resident.error();
        }
        if (resident->institutionId == toInstitutionId) {
            return Error::invalid(
                tr("The transfer was not saved."),
                { { QStringLiteral("institution_id"), tr("The resident is already in this institution.") } });
        }
        Status closed
            = closeStay(residentId, on, QStringLiteral("transferred"), reason, QStringLiteral("left"));
        if (!closed) {
            return closed.error();
        }
        return openStay(residentId, toInstitutionId, on, reason);
    });
}

Status StayStore::endStayForPlacement(const QString& residentId, const QDate& on, const QString& reason)
{
    return closeStay(residentId, on, QStringLiteral("placed"), reason, QStringLiteral("placed"));
}

Result<QString> StayStore::admitAfterPlacement(const QString& residentId, const QString& institutionId,
                                               const QDate& on, const QString& reason)
{
    return openStay(residentId, institutionId, on, reason);
}

} // namespace riaya
