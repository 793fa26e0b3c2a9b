#include "InstitutionStore.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "institutions/InstitutionValidation.h"
#include "security/GuardedAccess.h"

namespace riaya {
namespace {
const QString kInstitutions = QStringLiteral("institutions");
} // namespace

Result<QString> InstitutionStore::create(const Institution& institution)
{
    const QString notSaved = tr("The institution could not be saved to disk.");
    return guardedWrite(m_db, Permission::ManageInstitutions, notSaved,
                        [&](RecordWriter& writer) -> Result<QString> {
                            if (const auto issues = validateInstitution(institution); !issues.isEmpty()) {
                                return Error::invalid(tr("The institution was not saved."), issues);
                            }
                            QVariantMap fields = institution.toFields();
                            fields.insert(QStringLiteral("id"), institution.id);
                            return writer.insert(kInstitutions, fields);
                        });
}

Status InstitutionStore::update(const Institution& institution)
{
    const QString notSaved = tr("The institution could not be saved to disk.");
    return guardedWrite(m_db, Permission::ManageInstitutions, notSaved, [&](RecordWriter& writer) -> Status {
        if (const auto issues = validateInstitution(institution); !issues.isEmpty()) {
            return Error::invalid(tr("The institution was not saved."), issues);
        }
        if (institution.capacity < presentCount(institution.id)) {
            return Error::invalid(tr("The institution was not saved."),
                                  { { QStringLiteral("capacity"),
                                      tr("%n residents are present; the capacity cannot be lower.", nullptr,
                                         presentCount(institution.id)) } });
        }
        return writer.update(kInstitutions, institution.id, institution.toFields());
    });
}

Result<Institution> InstitutionStore::get(const QString& id)
{
    return recordById<Institution>(m_db, kInstitutions, id,
                                   tr("There is no institution with the id %1.").arg(id));
}

Result<QList<Institution>> InstitutionStore::list(RunBy runBy)
{
    const QString where = runBy == RunBy::ThisSite ? QStringLiteral(" AND origin_site = :me")
        : runBy == RunBy::OtherSites               ? QStringLiteral(" AND origin_site <> :me")
                                                   : QString();
    SqlQuery query(
        m_db.connection(),
        QStringLiteral("SELECT * FROM institutions WHERE deleted = 0%1 ORDER BY name, id").arg(where));
    if (runBy != RunBy::Anyone) {
        query.bind(QStringLiteral(":me"), m_db.site().id);
    }
    if (!query.exec()) {
        return Error::internal(tr("Cannot read the institutions: %1").arg(query.errorText()));
    }
    QList<Institution> institutions;
    while (query.next()) {
        institutions.append(Institution::fromFields(query.row()));
    }
    return institutions;
}

int InstitutionStore::presentCount(const QString& institutionId)
{
    SqlQuery query(m_db.connection(),
                   QStringLiteral("SELECT count(*) FROM residents WHERE institution_id = :id "
                                  "AND status = 'present' AND deleted = 0"));
    query.bind(QStringLiteral(":id"), institutionId);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

} // namespace riaya
