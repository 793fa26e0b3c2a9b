#include "SchoolResultStore.h"

#include "daily/DailyValidation.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "institutions/InstitutionStore.h"
#include "residents/ResidentStore.h"
#include "security/GuardedAccess.h"

namespace riaya {
namespace {
const QString kResults = QStringLiteral("school_results");
} // namespace

Result<QString> SchoolResultStore::record(const SchoolResult& result)
{
    const QString notSaved = tr("The school result could not be saved to disk.");
    return guardedWrite(
        m_db, Permission::RecordSchoolResults, notSaved, [&](RecordWriter& writer) -> Result<QString> {
            QList<FieldIssue> issues = validateSchoolResult(result);
            if (!ResidentStore(m_db).get(result.residentId)) {
                issues.prepend({ QStringLiteral("resident_id"),
                                 tr("There is no resident with the id %1.").arg(result.residentId) });
            }
            if (!issues.isEmpty()) {
                return Error::invalid(tr("The school result was not saved."), issues);
            }
            SqlQuery existing(m_db.connection(),
                              QStringLiteral("SELECT id FROM school_results WHERE resident_id = :resident"
                                             " AND school_year = :year AND term = :term AND deleted = 0"));
            existing.bind(QStringLiteral(":resident"), result.residentId);
            existing.bind(QStringLiteral(":year"), result.schoolYear.trimmed())
                .bind(QStringLiteral(":term"), result.term);
            if (!existing.exec()) {
                return Error::internal(tr("Cannot read the school results: %1").arg(existing.errorText()));
            }
            const QString existingId = existing.next() ? existing.value(0).toString() : QString();
            existing.raw().finish();

            if (existingId.isEmpty()) {
                QVariantMap fields = result.toFields();
                fields.insert(QStringLiteral("id"), result.id);
                return writer.insert(kResults, fields);
            }
            if (Status status = writer.update(kResults, existingId, result.toFields()); !status) {
                return status.error();
            }
            return existingId;
        });
}

Result<QList<SchoolResult>> SchoolResultStore::resultsOf(const QString& residentId)
{
    if (Status allowed = Access::require(m_db, Permission::ReadResidents); !allowed) {
        return allowed.error();
    }
    if (Result<Resident> resident = ResidentStore(m_db).get(residentId); !resident) {
        return resident.error();
    }
    SqlQuery query(m_db.connection(),
                   QStringLiteral("SELECT * FROM school_results WHERE ") + kRecordsOfFile
                       + QStringLiteral(" AND deleted = 0 ORDER BY school_year, term"));
    query.bind(QStringLiteral(":resident"), residentId).bind(QStringLiteral(":merged_into"), residentId);
    if (!query.exec()) {
        return Error::internal(tr("Cannot read the school results: %1").arg(query.errorText()));
    }
    QList<SchoolResult> results;
    while (query.next()) {
        results.append(SchoolResult::fromFields(query.row()));
    }
    return results;
}

Result<SuccessRate> SchoolResultStore::successRate(const QString& institutionId, const QString& schoolYear)
{
    if (Status allowed = Access::require(m_db, Permission::ReadResidents); !allowed) {
        return allowed.error();
    }
    SchoolResult probe; // only the year is checked
    probe.schoolYear = schoolYear;
    probe.term = 1;
    if (const auto issues = validateSchoolResult(probe); !issues.isEmpty()) {
        return Error::invalid(tr("The success rate cannot be counted."), issues);
    }
    if (Result<Institution> institution = InstitutionStore(m_db).get(institutionId); !institution) {
        return institution.error();
    }
    // Each resident once, by the decision of their latest term that has one.
    SqlQuery query(m_db.connection(),
                   QStringLiteral("SELECT sr.decision, count(*) FROM school_results sr"
                                  " JOIN residents r ON r.id = sr.resident_id"
                                  " WHERE r.institution_id = :institution AND r.status = 'present'"
                                  "  AND r.deleted = 0 AND sr.deleted = 0 AND sr.school_year = :year"
                                  "  AND sr.decision IS NOT NULL"
                                  "  AND sr.term = (SELECT max(later.term) FROM school_results later"
                                  "   WHERE later.resident_id = sr.resident_id"
                                  "   AND later.school_year = sr.school_year AND later.deleted = 0"
                                  "   AND later.decision IS NOT NULL)"
                                  " GROUP BY sr.decision"));
    query.bind(QStringLiteral(":institution"), institutionId)
        .bind(QStringLiteral(":year"), schoolYear.trimmed());
    if (!query.exec()) {
        return Error::internal(tr("Cannot count the school decisions: %1").arg(query.errorText()));
    }
    SuccessRate rate;
    while (query.next()) {
        const QString decision = query.value(0).toString();
        const int count = query.value(1).toInt();
        if (decision == QLatin1String("passed")) {
            rate.passed = count;
        } else if (decision == QLatin1String("repeated")) {
            rate.repeated = count;
        } else if (decision == QLatin1String("dropped_out")) {
            rate.droppedOut = count;
        }
    }
    return rate;
}

} // namespace riaya
