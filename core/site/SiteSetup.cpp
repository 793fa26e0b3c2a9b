#include "SiteSetup.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/Ids.h"
#include "db/RecordAccess.h"
#include "db/SqlQuery.h"
#include "institutions/InstitutionStore.h"
#include "institutions/InstitutionValidation.h"

namespace riaya {

Status SiteSetup::initialise(Database& db, const SiteSettings& settings)
{
    if (db.isInitialised()) {
        return Error::refused(
            tr("%1 is already set up as “%2”; nothing was changed.").arg(db.path(), db.site().name));
    }
    if (settings.name.trimmed().isEmpty()) {
        return Error::invalid(tr("The site was not set up."),
                              { { QStringLiteral("site_name"), tr("The site's name is required.") } });
    }
    Institution institution;
    const bool withInstitution = settings.withInstitution && !settings.ministry;
    if (withInstitution) {
        institution.id = newRecordId();
        institution.name = settings.name.trimmed();
        institution.kind = settings.institutionKind;
        institution.residentsSex = settings.residentsSex;
        institution.capacity = settings.capacity;
        institution.region = settings.region;
        if (const auto issues = validateInstitution(institution); !issues.isEmpty()) {
            return Error::invalid(tr("The site was not set up."), issues);
        }
    }

    return committedWrite(
        db, tr("The site could not be saved to disk."), [&](RecordWriter& writer) -> Status {
            SqlQuery insert(db.connection(),
                            QStringLiteral("INSERT INTO site (id, name, kind, institution_id, created_at) "
                                           "VALUES (:id, :name, :kind, :institution, :at)"));
            insert.bind(QStringLiteral(":id"), newRecordId())
                .bind(QStringLiteral(":name"), settings.name.trimmed())
                .bind(QStringLiteral(":kind"),
                      settings.ministry ? QStringLiteral("ministry") : QStringLiteral("site"))
                .bind(QStringLiteral(":institution"), withInstitution ? QVariant(institution.id) : QVariant())
                .bind(QStringLiteral(":at"), utcNowIso());
            if (!insert.exec()) {
                return Error::internal(tr("Cannot write the site: %1").arg(insert.errorText()));
            }
            if (Status status = db.reloadSite(); !status) {
                return status;
            }
            Status audited = writer.audit().append({ QStringLiteral("init"),
                                                     QStringLiteral("site"),
                                                     db.site().id,
                                                     {},
                                                     { { QStringLiteral("name"), db.site().name },
                                                       { QStringLiteral("ministry"), settings.ministry } } });
            if (!audited) {
                return audited;
            }
            if (withInstitution) {
                if (Result<QString> created = InstitutionStore(db).create(institution); !created) {
                    return created.error();
                }
            }
            return {};
        });
}

} // namespace riaya
