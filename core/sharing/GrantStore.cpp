#include "GrantStore.h"

#include "RequestStore.h"
#include "common/JsonValues.h"
#include "db/Database.h"
#include "db/RecordWriter.h"
#include "db/SqlQuery.h"
#include "security/GuardedAccess.h"

namespace riaya {
namespace {

const QString kGrants = QStringLiteral("grants");

} // namespace

const QStringList& inspectionKinds()
{
    static const QStringList kinds { QStringLiteral("inspections"), QStringLiteral("corrective_actions") };
    return kinds;
}

Result<QString> GrantStore::assignInspector(const QString& siteId, const QString& institutionId,
                                            const QString& reason, const QDate& until)
{
    const QString notSaved = tr("The assignment could not be saved to disk.");
    return guardedWrite(
        m_db, Permission::ManageInstitutions, notSaved, [&](RecordWriter& writer) -> Result<QString> {
            const QString failed = tr("The inspector's site was not assigned.");
            if (!m_db.site().isMinistry) {
                return Error::refused(failed + QLatin1Char(' ')
                                      + tr("Only the ministry assigns institutions to inspectors."));
            }
            SqlQuery known(
                m_db.connection(),
                QStringLiteral("SELECT (SELECT count(*) FROM trusted_sites WHERE site_id = :site"
                               " AND revoked_at IS NULL), (SELECT count(*) FROM institutions WHERE id = :inst"
                               " AND deleted = 0)"));
            known.bind(QStringLiteral(":site"), siteId).bind(QStringLiteral(":inst"), institutionId);
            if (!known.exec() || !known.next()) {
                return Error::internal(known.errorText());
            }
            QList<FieldIssue> issues;
            if (known.value(0).toInt() == 0) {
                issues.append(
                    { QStringLiteral("grantee_site"), tr("No enrolled site has the id %1.").arg(siteId) });
            }
            if (known.value(1).toInt() == 0) {
                issues.append(
                    { QStringLiteral("subject_id"), tr("There is no institution %1.").arg(institutionId) });
            }
            if (until.isValid() && until < QDate::currentDate()) {
                issues.append({ QStringLiteral("until"), tr("The end of the assignment is already past.") });
            }
            if (!issues.isEmpty()) {
                return Error::invalid(failed, issues);
            }
            return writer.insert(kGrants,
                                 { { QStringLiteral("subject_table"), QStringLiteral("institutions") },
                                   { QStringLiteral("subject_id"), institutionId },
                                   { QStringLiteral("grantee_site"), siteId },
                                   { QStringLiteral("kinds"), storedTextList(inspectionKinds()) },
                                   { QStringLiteral("fields"), QStringLiteral("[]") },
                                   { QStringLiteral("until"),
                                     until.isValid() ? QVariant(until.toString(Qt::ISODate)) : QVariant() },
                                   { QStringLiteral("reason"),
                                     reason.trimmed().isEmpty() ? tr("inspection") : reason.trimmed() } });
        });
}

Status GrantStore::end(const QString& id)
{
    const Permission needed
        = m_db.site().isMinistry ? Permission::ManageInstitutions : Permission::EditResidents;
    return guardedWrite(
        m_db, needed, tr("The grant could not be saved to disk."), [&](RecordWriter& writer) -> Status {
            const QVariantMap row = writer.read(kGrants, id);
            if (row.isEmpty() || row.value(QStringLiteral("deleted")).toInt() != 0) {
                return Error::notFound(tr("There is no grant %1.").arg(id));
            }
            if (row.value(QStringLiteral("origin_site")).toString() != m_db.site().id) {
                return Error::refused(
                    tr("The grant %1 was made by another site; only that site ends it.").arg(id));
            }
            Status ended = writer.markDeleted(kGrants, id);
            writer.forgetScope();
            return ended;
        });
}

Result<QList<SiteGrant>> GrantStore::list()
{
    if (Status allowed = Access::require(m_db, Permission::ReadResidents); !allowed) {
        return allowed.error();
    }
    SqlQuery query(
        m_db.connection(),
        QStringLiteral(
            "SELECT g.*, coalesce(r.last_name || ' ' || r.first_name, i.name, g.subject_id) AS subject_name"
            " FROM grants g LEFT JOIN residents r ON r.id = g.subject_id"
            " LEFT JOIN institutions i ON i.id = g.subject_id"
            " WHERE :all OR g.origin_site = :me OR g.grantee_site = :me"
            " ORDER BY g.deleted, g.updated_at DESC"));
    query.bind(QStringLiteral(":all"), m_db.site().isMinistry ? 1 : 0)
        .bind(QStringLiteral(":me"), m_db.site().id);
    if (!query.exec()) {
        return Error::internal(query.errorText());
    }
    QList<SiteGrant> grants;
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    while (query.next()) {
        const QVariantMap row = query.row();
        SiteGrant grant;
        grant.id = row.value(QStringLiteral("id")).toString();
        grant.subjectTable = row.value(QStringLiteral("subject_table")).toString();
        grant.subjectId = row.value(QStringLiteral("subject_id")).toString();
        grant.subjectName = row.value(QStringLiteral("subject_name")).toString();
        grant.granteeSite = row.value(QStringLiteral("grantee_site")).toString();
        grant.grantedBy = row.value(QStringLiteral("origin_site")).toString();
        grant.kinds = textListFromStored(row.value(QStringLiteral("kinds")).toString());
        grant.fields = textListFromStored(row.value(QStringLiteral("fields")).toString());
        grant.until = QDate::fromString(row.value(QStringLiteral("until")).toString(), Qt::ISODate);
        grant.reason = row.value(QStringLiteral("reason")).toString();
        grant.active = row.value(QStringLiteral("deleted")).toInt() == 0
            && (!grant.until.isValid() || grant.until.toString(Qt::ISODate) >= today);
        grants.append(grant);
    }
    for (SiteGrant& grant : grants) {
        grant.granteeName = RequestStore::siteName(m_db, grant.granteeSite);
    }
    return grants;
}

} // namespace riaya
