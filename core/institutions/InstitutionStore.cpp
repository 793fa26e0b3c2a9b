#include "InstitutionStore.h"

#include "institutions/InstitutionValidation.h"
#include "db/Database.h"
#include "db/RecordWriter.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "security/Access.h"

namespace riaya {

Result<QString> InstitutionStore::create(const Institution& institution)
{
    if (Status allowed = Access::require(m_db, Permission::ManageInstitutions); !allowed) {
        return allowed.error();
    }
    if (const auto issues = validateInstitution(institution); !issues.isEmpty()) {
        return Error::invalid(tr("The institution was not saved."), issues);
    }
    Transaction tx(m_db.connection());
    QVariantMap fields = institution.toFields();
    fields.insert(QStringLiteral("id"), institution.id);
    Result<QString> id = m_db.writer().insert(QStringLiteral("institutions"), fields);
    if (id && !tx.commit()) {
        return Error::internal(tr("The institution could not be saved to disk."));
    }
    return id;
}

Status InstitutionStore::update(const Institution& institution)
{
    if (Status allowed = Access::require(m_db, Permission::ManageInstitutions); !allowed) {
        return allowed;
    }
    if (const auto issues = validateInstitution(institution); !issues.isEmpty()) {
        return Error::invalid(tr("The institution was not saved."), issues);
    }
    if (institution.capacity < presentCount(institution.id)) {
        return Error::invalid(tr("The institution was not saved."),
                              { { QStringLiteral("capacity"),
                                  tr("%n residents are present; the capacity cannot be lower.", nullptr,
                                     presentCount(institution.id)) } });
    }
    Transaction tx(m_db.connection());
    Status status
        = m_db.writer().update(QStringLiteral("institutions"), institution.id, institution.toFields());
    if (status && !tx.commit()) {
        return Error::internal(tr("The institution could not be saved to disk."));
    }
    return status;
}

Result<Institution> InstitutionStore::get(const QString& id)
{
    const QVariantMap row = m_db.writer().read(QStringLiteral("institutions"), id);
    if (row.isEmpty() || row.value(QStringLiteral("deleted")).toInt() != 0) {
        return Error::notFound(tr("There is no institution with the id %1.").arg(id));
    }
    return Institution::fromFields(row);
}

Result<QList<Institution>> InstitutionStore::list()
{
    SqlQuery query(m_db.connection(),
                   QStringLiteral("SELECT * FROM institutions WHERE deleted = 0 ORDER BY name, id"));
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
