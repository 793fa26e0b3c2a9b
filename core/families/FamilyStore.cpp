#include "FamilyStore.h"

#include "FamilyValidation.h"
#include "common/FieldConversion.h"
#include "db/Database.h"
#include "db/Ids.h"
#include "db/SqlQuery.h"
#include "residents/ResidentMatch.h"
#include "security/GuardedAccess.h"

#include <QRegularExpression>

namespace riaya {
namespace {

const QString kFamilies = QStringLiteral("families");
const QString kEvents = QStringLiteral("family_events");
const QString kStudies = QStringLiteral("home_studies");

} // namespace

QString FamilyStore::decidedBy() const
{
    return m_db.actor().username;
}

Result<QString> FamilyStore::add(const Family& family, const QDate& on, const QString& reason)
{
    const QString notSaved = tr("The family could not be saved to disk.");
    return guardedWrite(
        m_db, Permission::ManageFamilies, notSaved, [&](RecordWriter& writer) -> Result<QString> {
            QList<FieldIssue> problems = validateFamily(family);
            if (!on.isValid() || on > QDate::currentDate()) {
                problems.append(
                    { QStringLiteral("state_since"), tr("The enquiry cannot be dated in the future.") });
            }
            if (!problems.isEmpty()) {
                return Error::invalid(tr("The family was not registered."), problems);
            }
            QVariantMap fields = family.toFields();
            fields.insert(QStringLiteral("state"), QStringLiteral("enquiry"));
            fields.insert(QStringLiteral("state_since"), optionalDate(on));
            Result<QString> id = writer.insert(kFamilies, fields);
            if (!id) {
                return id;
            }
            Result<QString> event = writer.insert(
                kEvents,
                { { QStringLiteral("family_id"), *id },
                  { QStringLiteral("state"), QStringLiteral("enquiry") },
                  { QStringLiteral("on_date"), optionalDate(on) },
                  { QStringLiteral("decided_by"), decidedBy() },
                  { QStringLiteral("reason"), reason.isEmpty() ? tr("First enquiry") : reason } });
            if (!event) {
                return event.error();
            }
            return id;
        });
}

Status FamilyStore::update(const Family& family)
{
    const QString notSaved = tr("The family could not be saved to disk.");
    return guardedWrite(m_db, Permission::ManageFamilies, notSaved, [&](RecordWriter& writer) -> Status {
        if (Result<Family> stored = get(family.id); !stored) {
            return stored.error();
        }
        if (QList<FieldIssue> problems = validateFamily(family); !problems.isEmpty()) {
            return Error::invalid(tr("The family was not saved."), problems);
        }
        return writer.update(kFamilies, family.id, family.toFields());
    });
}

QStringList FamilyStore::nextStates(const QString& state)
{
    if (state == QLatin1String("enquiry")) {
        return { QStringLiteral("application"), QStringLiteral("closed") };
    }
    if (state == QLatin1String("application")) {
        return { QStringLiteral("home_study"), QStringLiteral("closed") };
    }
    if (state == QLatin1String("home_study")) {
        return { QStringLiteral("approved"), QStringLiteral("application"), QStringLiteral("closed") };
    }
    if (state == QLatin1String("approved")) {
        return { QStringLiteral("approved"), QStringLiteral("suspended"),
                 QStringLiteral("closed") }; // approved again: renewal
    }
    if (state == QLatin1String("suspended")) {
        return { QStringLiteral("approved"), QStringLiteral("closed") };
    }
    return { QStringLiteral("enquiry") }; // a closed file reopened
}

Status FamilyStore::changeState(const QString& familyId, const QString& state, const QDate& on,
                                const QString& reason, const QString& approvalNumber, const QDate& renewalOn)
{
    const QString notSaved = tr("The family could not be saved to disk.");
    return guardedWrite(m_db, Permission::ManageFamilies, notSaved, [&](RecordWriter& writer) -> Status {
        const QString failed = tr("The family's state was not changed.");
        Result<Family> family = get(familyId);
        if (!family) {
            return family.error();
        }
        if (!nextStates(family->state).contains(state)) {
            QStringList allowed;
            for (const QString& next : nextStates(family->state)) {
                allowed << familyStateLabel(next);
            }
            return Error::invalid(
                failed,
                { { QStringLiteral("state"),
                    tr("From “%1” a family can move to: %2.")
                        .arg(familyStateLabel(family->state), allowed.join(QStringLiteral(", "))) } });
        }
        QList<FieldIssue> problems;
        if (!on.isValid() || on > QDate::currentDate() || on < family->stateSince) {
            problems.append({ QStringLiteral("on_date"),
                              tr("The decision is dated from %1 (the current state's date) to today.")
                                  .arg(family->stateSince.toString(Qt::ISODate)) });
        }
        if (reason.trimmed().isEmpty() || reason.size() > kMaxFamilyText) {
            problems.append({ QStringLiteral("reason"), tr("Give the reason for the decision.") });
        }
        QVariantMap changes { { QStringLiteral("state"), state },
                              { QStringLiteral("state_since"), optionalDate(on) } };
        if (state == QLatin1String("approved")) {
            const Result<QList<HomeStudy>> studies = homeStudies(familyId);
            const bool favourable = studies && !studies->isEmpty()
                && studies->constLast().recommendation.startsWith(QLatin1String("approve"));
            if (!favourable && family->state == QLatin1String("home_study")) {
                problems.append(
                    { QStringLiteral("home_studies"),
                      tr("Approval needs a home study whose latest recommendation is to approve.") });
            }
            const QString number
                = approvalNumber.trimmed().isEmpty() ? family->approvalNumber : approvalNumber.trimmed();
            if (number.isEmpty()) {
                problems.append({ QStringLiteral("approval_number"), tr("Give the approval number.") });
            }
            const QDate renewal = renewalOn.isValid() ? renewalOn : family->approvalRenewalOn;
            if (!renewal.isValid() || renewal <= on) {
                problems.append({ QStringLiteral("approval_renewal_on"),
                                  tr("The approval's renewal date must come after the decision.") });
            }
            changes.insert(QStringLiteral("approval_number"), number);
            changes.insert(QStringLiteral("approval_renewal_on"), optionalDate(renewal));
        }
        if (state == QLatin1String("closed")) {
            SqlQuery active(m_db.connection(),
                            QStringLiteral("SELECT count(*) FROM placements WHERE family_id = :family"
                                           " AND ended_on IS NULL AND deleted = 0"));
            active.bind(QStringLiteral(":family"), familyId);
            if (!active.exec() || !active.next()) {
                return Error::internal(active.errorText());
            }
            if (const int n = active.value(0).toInt(); n > 0) {
                problems.append({ QStringLiteral("placements"),
                                  tr("%n child(ren) still live with this family; end the placements first.",
                                     nullptr, n) });
            }
        }
        if (!problems.isEmpty()) {
            return Error::invalid(failed, problems);
        }
        Status status = writer.update(kFamilies, familyId, changes);
        if (!status) {
            return status;
        }
        Result<QString> event = writer.insert(kEvents,
                                              { { QStringLiteral("family_id"), familyId },
                                                { QStringLiteral("state"), state },
                                                { QStringLiteral("on_date"), optionalDate(on) },
                                                { QStringLiteral("decided_by"), decidedBy() },
                                                { QStringLiteral("reason"), reason.trimmed() } });
        if (!event) {
            return event.error();
        }
        return {};
    });
}

Result<QString> FamilyStore::addHomeStudy(const HomeStudy& study)
{
    const QString notSaved = tr("The home study could not be saved to disk.");
    return guardedWrite(
        m_db, Permission::ManageFamilies, notSaved, [&](RecordWriter& writer) -> Result<QString> {
            const Result<Family> family = get(study.familyId);
            if (!family) {
                return family.error();
            }
            QList<FieldIssue> problems;
            if (!study.doneOn.isValid() || study.doneOn > QDate::currentDate()) {
                problems.append(
                    { QStringLiteral("done_on"), tr("The home study's date cannot be in the future.") });
            }
            if (study.socialWorker.trimmed().isEmpty()) {
                problems.append(
                    { QStringLiteral("social_worker"), tr("Name the social worker who made the study.") });
            }
            if (study.assessment.trimmed().isEmpty() || study.assessment.size() > kMaxFamilyText) {
                problems.append(
                    { QStringLiteral("assessment"),
                      tr("Write the assessment, in at most %1 characters.").arg(kMaxFamilyText) });
            }
            if (!recommendations().contains(study.recommendation)) {
                problems.append({ QStringLiteral("recommendation"),
                                  tr("The recommendation is one of: %1.")
                                      .arg(recommendations().join(QStringLiteral(", "))) });
            }
            if (!problems.isEmpty()) {
                return Error::invalid(tr("The home study was not saved."), problems);
            }
            return writer.insert(kStudies,
                                 { { QStringLiteral("family_id"), study.familyId },
                                   { QStringLiteral("done_on"), optionalDate(study.doneOn) },
                                   { QStringLiteral("social_worker"), study.socialWorker.trimmed() },
                                   { QStringLiteral("assessment"), study.assessment.trimmed() },
                                   { QStringLiteral("recommendation"), study.recommendation } });
        });
}

Result<Family> FamilyStore::get(const QString& id)
{
    return guardedGet<Family>(m_db, Permission::ReadFamilies, kFamilies, id,
                              tr("There is no family with the id %1.").arg(id));
}

Result<QList<Family>> FamilyStore::search(const QString& text, const QString& state, int limit)
{
    if (Status allowed = Access::require(m_db, Permission::ReadFamilies); !allowed) {
        return allowed.error();
    }
    const QString match = residentMatchExpression(text);
    QString sql = QStringLiteral("SELECT f.* FROM families f");
    if (!match.isEmpty()) {
        sql += QStringLiteral(" JOIN family_search ON family_search.rowid = f.rowid");
    }
    sql += QStringLiteral(" WHERE f.deleted = 0");
    if (!match.isEmpty()) {
        sql += QStringLiteral(" AND family_search MATCH :match");
    }
    if (!state.isEmpty()) {
        sql += QStringLiteral(" AND f.state = :state");
    }
    SqlQuery query(m_db.connection(), sql + QStringLiteral(" ORDER BY f.family_name, f.id LIMIT :limit"));
    if (!match.isEmpty()) {
        query.bind(QStringLiteral(":match"), match);
    }
    if (!state.isEmpty()) {
        query.bind(QStringLiteral(":state"), state);
    }
    query.bind(QStringLiteral(":limit"), limit);
    if (!query.exec()) {
        return Error::internal(tr("Cannot read the families: %1").arg(query.errorText()));
    }
    QList<Family> families;
    while (query.next()) {
        families.append(Family::fromFields(query.row()));
    }
    return families;
}

Result<QList<FamilyEvent>> FamilyStore::history(const QString& familyId)
{
    if (Status allowed = Access::require(m_db, Permission::ReadFamilies); !allowed) {
        return allowed.error();
    }
    SqlQuery query(m_db.connection(),
                   QStringLiteral("SELECT * FROM family_events WHERE family_id = :family AND deleted = 0"
                                  " ORDER BY on_date, updated_at"));
    query.bind(QStringLiteral(":family"), familyId);
    if (!query.exec()) {
        return Error::internal(tr("Cannot read the families: %1").arg(query.errorText()));
    }
    QList<FamilyEvent> events;
    while (query.next()) {
        const QVariantMap row = query.row();
        events.append({ row.value(QStringLiteral("id")).toString(), familyId,
                        row.value(QStringLiteral("state")).toString(),
                        isoDate(row.value(QStringLiteral("on_date"))),
                        row.value(QStringLiteral("decided_by")).toString(),
                        row.value(QStringLiteral("reason")).toString() });
    }
    return events;
}

Result<QList<HomeStudy>> FamilyStore::homeStudies(const QString& familyId)
{
    if (Status allowed = Access::require(m_db, Permission::ReadFamilies); !allowed) {
        return allowed.error();
    }
    SqlQuery query(m_db.connection(),
                   QStringLiteral("SELECT * FROM home_studies WHERE family_id = :family AND deleted = 0"
                                  " ORDER BY done_on, updated_at"));
    query.bind(QStringLiteral(":family"), familyId);
    if (!query.exec()) {
        return Error::internal(tr("Cannot read the families: %1").arg(query.errorText()));
    }
    QList<HomeStudy> studies;
    while (query.next()) {
        const QVariantMap row = query.row();
        studies.append({ row.value(QStringLiteral("id")).toString(), familyId,
                         isoDate(row.value(QStringLiteral("done_on"))),
                         row.value(QStringLiteral("social_worker")).toString(),
                         row.value(QStringLiteral("assessment")).toString(),
                         row.value(QStringLiteral("recommendation")).toString() });
    }
    return studies;
}

} // namespace riaya
