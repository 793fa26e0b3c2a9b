#include "RequestStore.h"

#include "common/JsonValues.h"
#include "db/Database.h"
#include "db/RecordWriter.h"
#include "db/SqlQuery.h"
#include "db/WriteScope.h"
#include "institutions/InstitutionStore.h"
#include "institutions/InstitutionValidation.h"
#include "residents/ResidentStore.h"
#include "residents/StayStore.h"
#include "security/GuardedAccess.h"
#include "sync/Withdrawal.h"

namespace riaya {
namespace {

const QString kRequests = QStringLiteral("requests");

// What a regional office given access to place a child may write of the child's file: its
// placements and their visits, the end of the stay the placement ends, the child's status.
const QStringList& placementKinds()
{
    static const QStringList kinds { QStringLiteral("placements"), QStringLiteral("placement_visits"),
                                     QStringLiteral("stays") };
    return kinds;
}

const QStringList& placementFields()
{
    static const QStringList fields { QStringLiteral("residents.status"),
                                      QStringLiteral("residents.institution_id"),
                                      QStringLiteral("stays.exited_on"), QStringLiteral("stays.exit_kind"),
                                      QStringLiteral("stays.exit_reason") };
    return fields;
}

QString firstValue(Database& db, const QString& sql, const QString& id)
{
    SqlQuery query(db.connection(), sql);
    query.bind(QStringLiteral(":id"), id);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

} // namespace

QString RequestStore::siteName(Database& db, const QString& siteId)
{
    if (siteId == db.site().id) {
        return db.site().name;
    }
    QString name
        = firstValue(db, QStringLiteral("SELECT name FROM trusted_sites WHERE site_id = :id"), siteId);
    if (name.isEmpty()) {
        name = firstValue(
            db,
            QStringLiteral(
                "SELECT name FROM institutions WHERE origin_site = :id AND deleted = 0 ORDER BY name"),
            siteId);
    }
    return name.isEmpty() ? siteId : name;
}

Result<QString> RequestStore::requestTransfer(const QString& residentId, const QString& toInstitutionId,
                                              const QString& reason, const QDate& on)
{
    const QString notSaved = tr("The transfer request could not be saved to disk.");
    return guardedWrite(
        m_db, Permission::EditResidents, notSaved, [&](RecordWriter& writer) -> Result<QString> {
            const QString failed = tr("The transfer was not asked for.");
            const Result<Resident> resident = ResidentStore(m_db).get(residentId);
            if (!resident) {
                return resident.error();
            }
            const QString toSite = firstValue(
                m_db, QStringLiteral("SELECT origin_site FROM institutions WHERE id = :id AND deleted = 0"),
                toInstitutionId);
            QList<FieldIssue> issues;
            if (toSite.isEmpty()) {
                issues.append({ QStringLiteral("institution_id"),
                                tr("There is no institution %1.").arg(toInstitutionId) });
            } else if (toSite == m_db.site().id) {
                issues.append({ QStringLiteral("institution_id"),
                                tr("This institution is run here: record a transfer between your own "
                                   "institutions instead.") });
            }
            if (reason.trimmed().isEmpty()) {
                issues.append({ QStringLiteral("reason"), tr("Give the reason for the transfer.") });
            }
            if (!on.isValid()) {
                issues.append({ QStringLiteral("effective_on"), tr("The day of the transfer is required.") });
            }
            if (!issues.isEmpty()) {
                return Error::invalid(failed, issues);
            }
            SqlQuery waiting(
                m_db.connection(),
                QStringLiteral("SELECT count(*) FROM requests WHERE subject_id = :id AND kind = 'transfer'"
                               " AND state = 'requested' AND deleted = 0"));
            waiting.bind(QStringLiteral(":id"), residentId);
            if (!waiting.exec() || !waiting.next()) {
                return Error::internal(waiting.errorText());
            }
            if (waiting.value(0).toInt() > 0) {
                return Error::refused(
                    failed + QLatin1Char(' ')
                    + tr("A transfer of %1 is already waiting for a decision.").arg(resident->displayName()));
            }
            SiteRequest request;
            request.kind = QStringLiteral("transfer");
            request.subjectTable = QStringLiteral("residents");
            request.subjectId = residentId;
            request.fromSite = m_db.site().id;
            request.toSite = toSite;
            request.reason = reason;
            request.effectiveOn = on;
            request.proposed = { { QStringLiteral("institution_id"), toInstitutionId } };
            request.state = QStringLiteral("requested");
            return writer.insert(kRequests, request.toFields());
        });
}

Result<QString> RequestStore::requestPlacementAccess(const QString& residentId,
                                                     const QString& houseInstitutionId, const QString& reason)
{
    const QString notSaved = tr("The request for access could not be saved to disk.");
    return guardedWrite(
        m_db, Permission::ManageFamilies, notSaved, [&](RecordWriter& writer) -> Result<QString> {
            const QString failed = tr("The access was not asked for.");
            const Result<QString> holder = WriteScope(m_db, {}).holderOf(residentId);
            if (!holder) {
                return holder.error();
            }
            // The file is not here before the house grants access: the house is named by its institution.
            const QString house = !holder->isEmpty()
                ? *holder
                : firstValue(m_db,
                             QStringLiteral("SELECT origin_site FROM institutions"
                                            " WHERE id = :id AND deleted = 0"),
                             houseInstitutionId);
            if (house.isEmpty()) {
                return Error::invalid(
                    failed,
                    { { QStringLiteral("institution_id"),
                        tr("The child's file is not here yet: name the institution of the house "
                           "that holds it.") } });
            }
            if (house == m_db.site().id) {
                return Error::refused(failed + QLatin1Char(' ')
                                      + tr("This site holds the child's file already."));
            }
            if (reason.trimmed().isEmpty()) {
                return Error::invalid(
                    failed, { { QStringLiteral("reason"), tr("Give the reason for the request.") } });
            }
            SiteRequest request;
            request.kind = QStringLiteral("placement_access");
            request.subjectTable = QStringLiteral("residents");
            request.subjectId = residentId;
            request.fromSite = m_db.site().id;
            request.toSite = house;
            request.reason = reason;
            request.state = QStringLiteral("requested");
            return writer.insert(kRequests, request.toFields());
        });
}

Result<QString> RequestStore::proposeInstitutionChange(const Institution& changed, const QString& reason)
{
    const QString notSaved = tr("The proposal could not be saved to disk.");
    return guardedWrite(
        m_db, Permission::ManageInstitutions, notSaved, [&](RecordWriter& writer) -> Result<QString> {
            const QString failed = tr("The change was not proposed.");
            const QVariantMap stored = writer.read(QStringLiteral("institutions"), changed.id);
            if (stored.isEmpty()) {
                return Error::notFound(failed + QLatin1Char(' ')
                                       + tr("There is no institution %1.").arg(changed.id));
            }
            if (stored.value(QStringLiteral("origin_site")).toString() != m_db.site().id) {
                return Error::refused(failed + QLatin1Char(' ')
                                      + tr("A site proposes changes to the institutions it runs only."));
            }
            const QString ministry
                = firstValue(m_db, QStringLiteral("SELECT site_id FROM trusted_sites WHERE role = :id"),
                             QStringLiteral("ministry"));
            if (ministry.isEmpty()) {
                return Error::refused(
                    failed + QLatin1Char(' ')
                    + tr("This site trusts no ministry yet: load the ministry's profile first."));
            }
            QList<FieldIssue> issues = validateInstitution(changed);
            if (reason.trimmed().isEmpty()) {
                issues.append({ QStringLiteral("reason"), tr("Say why the details change.") });
            }
            if (!issues.isEmpty()) {
                return Error::invalid(failed, issues);
            }
            QVariantMap proposed;
            const QVariantMap fields = changed.toFields();
            for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
                if (stored.value(it.key()).toString() != it.value().toString()) {
                    proposed.insert(it.key(), it.value());
                }
            }
            if (proposed.isEmpty()) {
                return Error::invalid(
                    failed, { { QString(), tr("Nothing differs from the details the ministry holds.") } });
            }
            SiteRequest request;
            request.kind = QStringLiteral("institution_change");
            request.subjectTable = QStringLiteral("institutions");
            request.subjectId = changed.id;
            request.fromSite = m_db.site().id;
            request.toSite = ministry;
            request.reason = reason;
            request.proposed = proposed;
            request.state = QStringLiteral("requested");
            return writer.insert(kRequests, request.toFields());
        });
}

Permission RequestStore::decidedWith(const SiteRequest& request)
{
    return request.kind == QLatin1String("institution_change") ? Permission::ManageInstitutions
                                                               : Permission::EditResidents;
}

Result<SiteRequest> RequestStore::get(const QString& id)
{
    if (Status allowed = Access::require(m_db, Permission::ReadResidents); !allowed) {
        return allowed.error();
    }
    const QVariantMap row = m_db.writer().read(kRequests, id);
    if (row.isEmpty() || row.value(QStringLiteral("deleted")).toInt() != 0) {
        return Error::notFound(tr("There is no request %1.").arg(id));
    }
    SiteRequest request = SiteRequest::fromFields(row);
    request.fromName = siteName(m_db, request.fromSite);
    request.toName = siteName(m_db, request.toSite);
    if (request.subjectTable == QLatin1String("residents")) {
        const Result<Resident> resident = ResidentStore(m_db).get(request.subjectId);
        request.subjectName = resident ? resident->displayName() : request.subjectId;
    } else {
        request.subjectName = firstValue(m_db, QStringLiteral("SELECT name FROM institutions WHERE id = :id"),
                                         request.subjectId);
    }
    return request;
}

Result<SiteRequest> RequestStore::pending(const QString& id, bool mine)
{
    const Result<SiteRequest> request = get(id);
    if (!request) {
        return request;
    }
    if ((mine ? request->fromSite : request->toSite) != m_db.site().id) {
        return Error::refused(
            mine ? tr("The request %1 was made by another site; only that site cancels it.").arg(id)
                 : tr("The request %1 is addressed to another site (%2); only that site decides "
                      "it.")
                       .arg(id, request->toName));
    }
    if (!request->isPending()) {
        return Error::refused(tr("The request %1 was decided already (%2); a decision is final.")
                                  .arg(id, requestStateLabel(request->state)));
    }
    return request;
}

Status RequestStore::decide(const SiteRequest& request, const QString& state, const QString& note)
{
    Status written
        = m_db.writer().update(kRequests, request.id,
                               { { QStringLiteral("state"), state },
                                 { QStringLiteral("decided_on"), QDate::currentDate().toString(Qt::ISODate) },
                                 { QStringLiteral("decided_by"), m_db.actor().username },
                                 { QStringLiteral("decision_note"),
                                   note.trimmed().isEmpty() ? QVariant() : QVariant(note.trimmed()) } });
    m_db.writer().forgetScope();
    return written;
}

Status RequestStore::accept(const QString& id, const QString& note, const QString& institutionId,
                            const QDate& until)
{
    const Result<SiteRequest> request = pending(id, false);
    if (!request) {
        return request.error();
    }
    const QString notSaved = tr("The decision could not be saved to disk.");
    return guardedWrite(m_db, decidedWith(*request), notSaved, [&](RecordWriter& writer) -> Status {
        if (Status decided = decide(*request, QStringLiteral("accepted"), note); !decided) {
            return decided;
        }
        if (request->kind == QLatin1String("institution_change")) {
            const Result<Institution> stored = InstitutionStore(m_db).get(request->subjectId);
            if (!stored) {
                return stored.error();
            }
            QVariantMap fields = stored->toFields();
            for (auto it = request->proposed.cbegin(); it != request->proposed.cend(); ++it) {
                if (fields.contains(it.key())) {
                    fields.insert(it.key(), it.value());
                }
            }
            Institution changed = Institution::fromFields(fields);
            changed.id = stored->id;
            return InstitutionStore(m_db).update(changed); // checked again: validation, capacity
        }
        if (request->kind == QLatin1String("placement_access")) {
            const Result<QString> grant
                = writer.insert(QStringLiteral("grants"),
                                { { QStringLiteral("subject_table"), QStringLiteral("residents") },
                                  { QStringLiteral("subject_id"), request->subjectId },
                                  { QStringLiteral("grantee_site"), request->fromSite },
                                  { QStringLiteral("kinds"), storedTextList(placementKinds()) },
                                  { QStringLiteral("fields"), storedTextList(placementFields()) },
                                  { QStringLiteral("until"),
                                    until.isValid() ? QVariant(until.toString(Qt::ISODate)) : QVariant() },
                                  { QStringLiteral("reason"), request->reason },
                                  { QStringLiteral("request_id"), request->id } });
            return grant ? Status() : Status(grant.error());
        }
        const QString into = institutionId.isEmpty()
            ? request->proposed.value(QStringLiteral("institution_id")).toString()
            : institutionId;
        const QString runBy
            = firstValue(m_db, QStringLiteral("SELECT origin_site FROM institutions WHERE id = :id"), into);
        if (runBy != m_db.site().id) {
            return Error::invalid(tr("The transfer was not accepted."),
                                  { { QStringLiteral("institution_id"),
                                      tr("Choose one of the institutions this site runs.") } });
        }
        // The file is held here from now on: the stay there ends the day of the transfer and
        // one here begins, so both houses read the same dates.
        const Result<QList<Stay>> stays = StayStore(m_db).staysOf(request->subjectId);
        if (!stays) {
            return stays.error();
        }
        const Result<QString> moved = !stays->isEmpty() && stays->last().isOpen()
            ? StayStore(m_db).transfer(request->subjectId, into, request->effectiveOn, request->reason)
            : StayStore(m_db).admit(request->subjectId, into, request->effectiveOn, request->reason);
        return moved ? Status() : Status(moved.error());
    });
}

Status RequestStore::refuse(const QString& id, const QString& note)
{
    const Result<SiteRequest> request = pending(id, false);
    if (!request) {
        return request.error();
    }
    if (note.trimmed().isEmpty()) {
        return Error::invalid(
            tr("The request was not refused."),
            { { QStringLiteral("decision_note"), tr("Say why, for the site that asked.") } });
    }
    return guardedWrite(m_db, decidedWith(*request), tr("The decision could not be saved to disk."),
                        [&](RecordWriter&) -> Status {
                            if (Status decided = decide(*request, QStringLiteral("refused"), note);
                                !decided) {
                                return decided;
                            }
                            const Result<int> withdrawn = withdrawUnconcerned(m_db);
                            return withdrawn ? Status() : Status(withdrawn.error());
                        });
}

Status RequestStore::cancel(const QString& id)
{
    const Result<SiteRequest> request = pending(id, true);
    if (!request) {
        return request.error();
    }
    return guardedWrite(m_db, Permission::ReadResidents, tr("The request could not be saved to disk."),
                        [&](RecordWriter&) { return decide(*request, QStringLiteral("cancelled"), {}); });
}

Result<QList<SiteRequest>> RequestStore::list(Which which, bool pendingOnly)
{
    if (Status allowed = Access::require(m_db, Permission::ReadResidents); !allowed) {
        return allowed.error();
    }
    QString where = QStringLiteral("deleted = 0");
    if (which == Which::Incoming) {
        where += QStringLiteral(" AND to_site = :me");
    } else if (which == Which::Outgoing) {
        where += QStringLiteral(" AND from_site = :me");
    }
    if (pendingOnly) {
        where += QStringLiteral(" AND state = 'requested'");
    }
    SqlQuery query(
        m_db.connection(),
        QStringLiteral("SELECT id FROM requests WHERE %1 ORDER BY state <> 'requested', updated_at DESC")
            .arg(where));
    if (which != Which::All) {
        query.bind(QStringLiteral(":me"), m_db.site().id);
    }
    if (!query.exec()) {
        return Error::internal(query.errorText());
    }
    QStringList ids;
    while (query.next()) {
        ids << query.value(0).toString();
    }
    QList<SiteRequest> requests;
    for (const QString& id : std::as_const(ids)) {
        const Result<SiteRequest> request = get(id);
        if (!request) {
            return request.error();
        }
        requests.append(*request);
    }
    return requests;
}

} // namespace riaya
