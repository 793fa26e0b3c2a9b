#include "ActionStore.h"

#include "InspectionStore.h"
#include "common/FieldConversion.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "security/GuardedAccess.h"

namespace riaya {
namespace {

const QString kActions = QStringLiteral("corrective_actions");
constexpr int kMaxText = 4000;

} // namespace

Result<QString> ActionStore::raise(const CorrectiveAction& action)
{
    const QString notSaved = tr("The corrective action could not be saved to disk.");
    return guardedWrite(
        m_db, Permission::ConductInspections, notSaved, [&](RecordWriter& writer) -> Result<QString> {
            const QString failed = tr("The corrective action was not saved.");
            const Result<Inspection> inspection = InspectionStore(m_db).newestVersion(action.inspectionId);
            if (!inspection) {
                return Error::invalid(failed,
                                      { { QStringLiteral("inspection_id"), inspection.error().message } });
            }
            QList<FieldIssue> issues;
            if (!inspection->finding(action.findingId)) {
                issues.append({ QStringLiteral("finding_id"),
                                tr("The inspection has no finding %1; write the finding first.")
                                    .arg(action.findingId) });
            }
            if (action.description.trimmed().isEmpty() || action.description.size() > kMaxText) {
                issues.append({ QStringLiteral("description"),
                                tr("Describe what must be done, in at most %1 characters.").arg(kMaxText) });
            }
            if (action.responsible.trimmed().isEmpty()) {
                issues.append(
                    { QStringLiteral("responsible"), tr("Name who is responsible for the action.") });
            }
            if (!action.dueOn.isValid()) {
                issues.append({ QStringLiteral("due_on"), tr("Give the date by which the action is due.") });
            } else if (action.dueOn < inspection->visitedOn) {
                issues.append({ QStringLiteral("due_on"),
                                tr("The action cannot be due before the inspection (%1).")
                                    .arg(inspection->visitedOn.toString(Qt::ISODate)) });
            }
            if (!issues.isEmpty()) {
                return Error::invalid(failed, issues);
            }
            CorrectiveAction clean = action;
            clean.inspectionId = inspection->rootId;
            clean.institutionId = inspection->institutionId;
            clean.state = QStringLiteral("open");
            clean.stateNote.clear();
            clean.verifiedIn.clear();
            clean.stateChangedOn = QDate::currentDate();
            return writer.insert(kActions, clean.toFields());
        });
}

Status ActionStore::setState(const QString& id, const QString& state, const QString& note,
                             const QString& verifiedIn, const QDate& on)
{
    const QString notSaved = tr("The corrective action could not be saved to disk.");
    return guardedWrite(m_db, Permission::ConductInspections, notSaved, [&](RecordWriter& writer) -> Status {
        const QString failed = tr("The corrective action was not changed.");
        Result<CorrectiveAction> stored = get(id);
        if (!stored) {
            return stored.error();
        }
        if (stored->state == QLatin1String("verified")) {
            return Error::refused(failed + QLatin1Char(' ')
                                  + tr("It was verified already; raise a new action if more is needed."));
        }
        if (!actionStates().contains(state)) {
            return Error::invalid(
                failed,
                { { QStringLiteral("state"),
                    tr("An action is open, in_progress, done or verified, not “%1”.").arg(state) } });
        }
        if (note.size() > kMaxText) {
            return Error::invalid(failed,
                                  { { QStringLiteral("state_note"),
                                      tr("The note is longer than %1 characters.").arg(kMaxText) } });
        }
        QString verifiedRoot;
        if (!verifiedIn.isEmpty()) {
            const Result<Inspection> followUp = InspectionStore(m_db).newestVersion(verifiedIn);
            if (state != QLatin1String("verified")) {
                return Error::invalid(
                    failed,
                    { { QStringLiteral("verified_in"),
                        tr("A follow-up inspection verifies actions; it does not set them %1.")
                            .arg(actionStateLabel(state)) } });
            }
            if (!followUp) {
                return Error::invalid(failed,
                                      { { QStringLiteral("verified_in"), followUp.error().message } });
            }
            if (followUp->followsUp != stored->inspectionId) {
                return Error::invalid(
                    failed,
                    { { QStringLiteral("verified_in"),
                        tr("That inspection is not a follow-up of the one that raised the action.") } });
            }
            verifiedRoot = followUp->rootId;
        }
        if (!on.isValid() || on > QDate::currentDate()) {
            return Error::invalid(
                failed, { { QStringLiteral("state_changed_on"), tr("The date cannot be in the future.") } });
        }
        CorrectiveAction changed = *stored;
        changed.state = state;
        changed.stateNote = note;
        changed.stateChangedOn = on;
        changed.verifiedIn = verifiedRoot;
        return writer.update(kActions, id, changed.toFields());
    });
}

Status ActionStore::recordProgress(const QString& id, const QString& state, const QString& note,
                                   const QString& evidence, const QDate& on)
{
    const QString notSaved = tr("The corrective action could not be saved to disk.");
    return guardedWrite(
        m_db, Permission::ReportActionProgress, notSaved, [&](RecordWriter& writer) -> Status {
            const QString failed = tr("The progress was not recorded.");
            Result<CorrectiveAction> stored = get(id);
            if (!stored) {
                return stored.error();
            }
            if (stored->state == QLatin1String("verified")) {
                return Error::refused(failed + QLatin1Char(' ') + tr("The action was verified already."));
            }
            QList<FieldIssue> issues;
            if (state != QLatin1String("open") && state != QLatin1String("in_progress")
                && state != QLatin1String("done")) {
                issues.append({ QStringLiteral("state"),
                                tr("Progress is open, in_progress or done; an inspector verifies, not “%1”.")
                                    .arg(state) });
            }
            for (const auto& [field, text] : { std::pair(QStringLiteral("state_note"), note),
                                               std::pair(QStringLiteral("evidence"), evidence) }) {
                if (text.size() > kMaxText) {
                    issues.append({ field, tr("The text is longer than %1 characters.").arg(kMaxText) });
                }
            }
            if (!on.isValid() || on > QDate::currentDate()) {
                issues.append(
                    { QStringLiteral("state_changed_on"), tr("The date cannot be in the future.") });
            }
            if (!issues.isEmpty()) {
                return Error::invalid(failed, issues);
            }
            // Only the progress fields: the house may change those of an inspector's action.
            return writer.update(kActions, id,
                                 { { QStringLiteral("state"), state },
                                   { QStringLiteral("state_note"), optionalText(note) },
                                   { QStringLiteral("evidence"), optionalText(evidence) },
                                   { QStringLiteral("state_changed_on"), optionalDate(on) } });
        });
}

Result<CorrectiveAction> ActionStore::get(const QString& id)
{
    return guardedGet<CorrectiveAction>(m_db, Permission::ReadInspections, kActions, id,
                                        tr("There is no corrective action with the id %1.").arg(id));
}

Result<QList<CorrectiveAction>> ActionStore::list(const Filter& filter)
{
    if (Status allowed = Access::require(m_db, Permission::ReadInspections); !allowed) {
        return allowed.error();
    }
    QString root;
    if (!filter.inspectionId.isEmpty()) {
        const Result<Inspection> inspection = InspectionStore(m_db).get(filter.inspectionId);
        if (!inspection) {
            return inspection.error();
        }
        root = inspection->rootId;
    }
    QString sql = QStringLiteral("SELECT * FROM corrective_actions WHERE deleted = 0");
    if (!filter.institutionId.isEmpty()) {
        sql += QStringLiteral(" AND institution_id = :institution");
    }
    if (!root.isEmpty()) {
        sql += QStringLiteral(" AND inspection_id = :inspection");
    }
    if (filter.overdueOnly || filter.unfinishedOnly) {
        sql += QStringLiteral(" AND state IN ('open', 'in_progress')");
    }
    if (filter.overdueOnly) {
        sql += QStringLiteral(" AND due_on < :today");
    }
    SqlQuery query(m_db.connection(), sql + QStringLiteral(" ORDER BY due_on, id"));
    if (!filter.institutionId.isEmpty()) {
        query.bind(QStringLiteral(":institution"), filter.institutionId);
    }
    if (!root.isEmpty()) {
        query.bind(QStringLiteral(":inspection"), root);
    }
    if (filter.overdueOnly) {
        query.bind(QStringLiteral(":today"), optionalDate(QDate::currentDate()));
    }
    if (!query.exec()) {
        return Error::internal(tr("Cannot read the corrective actions: %1").arg(query.errorText()));
    }
    QList<CorrectiveAction> actions;
    while (query.next()) {
        actions.append(CorrectiveAction::fromFields(query.row()));
    }
    return actions;
}

} // namespace riaya
