#include "InspectionStore.h"

#include "InspectionTemplate.h"
#include "TemplateStore.h"
#include "db/Database.h"
#include "db/Ids.h"
#include "db/SqlQuery.h"
#include "institutions/InstitutionStore.h"
#include "security/GuardedAccess.h"

namespace riaya {
namespace {

const QString kInspections = QStringLiteral("inspections");
constexpr int kMaxText = 4000;
const QDate kEarliestVisit(2000, 1, 1);

} // namespace

Result<QString> InspectionStore::start(const QString& institutionId, const QString& templateId,
                                       const QDate& visitedOn, const QString& inspector,
                                       const QString& followsUp)
{
    const QString notSaved = tr("The inspection could not be saved to disk.");
    return guardedWrite(
        m_db, Permission::ConductInspections, notSaved, [&](RecordWriter& writer) -> Result<QString> {
            QList<FieldIssue> issues;
            if (!InstitutionStore(m_db).get(institutionId)) {
                issues.append({ QStringLiteral("institution_id"),
                                tr("There is no institution with the id %1.").arg(institutionId) });
            }
            const Result<InspectionTemplate> standards = TemplateStore(m_db).get(templateId);
            if (!standards) {
                issues.append({ QStringLiteral("template_id"), standards.error().message });
            }
            if (!visitedOn.isValid() || visitedOn < kEarliestVisit || visitedOn > QDate::currentDate()) {
                issues.append({ QStringLiteral("visited_on"),
                                tr("The date of the visit must be a day from 2000 to today.") });
            }
            if (inspector.trimmed().isEmpty()) {
                issues.append({ QStringLiteral("inspector"), tr("Give the inspector's name.") });
            }
            QString followedRoot;
            if (!followsUp.isEmpty()) {
                const Result<Inspection> earlier = newestVersion(followsUp);
                if (!earlier) {
                    issues.append({ QStringLiteral("follows_up"), earlier.error().message });
                } else if (earlier->institutionId != institutionId) {
                    issues.append({ QStringLiteral("follows_up"),
                                    tr("The inspection followed up was of another institution.") });
                } else if (!earlier->isFinal()) {
                    issues.append(
                        { QStringLiteral("follows_up"),
                          tr("Only a finalized inspection can be followed up; finalize it first.") });
                } else if (visitedOn.isValid() && visitedOn < earlier->visitedOn) {
                    issues.append({ QStringLiteral("visited_on"),
                                    tr("A follow-up cannot be dated before the inspection it follows (%1).")
                                        .arg(earlier->visitedOn.toString(Qt::ISODate)) });
                } else {
                    followedRoot = earlier->rootId;
                }
            }
            if (!issues.isEmpty()) {
                return Error::invalid(tr("The inspection was not started."), issues);
            }
            Inspection draft;
            draft.id = newRecordId();
            draft.rootId = draft.id;
            draft.institutionId = institutionId;
            draft.templateId = templateId;
            draft.visitedOn = visitedOn;
            draft.inspector = inspector;
            draft.followsUp = followedRoot;
            QVariantMap fields = draft.toFields();
            fields.insert(QStringLiteral("id"), draft.id);
            return writer.insert(kInspections, fields);
        });
}

Result<Inspection> InspectionStore::draft(const QString& id, const QString& failed)
{
    if (Status allowed = Access::require(m_db, Permission::ConductInspections); !allowed) {
        return allowed.error();
    }
    Result<Inspection> stored = get(id);
    if (stored && stored->isFinal()) {
        return Error::refused(failed + QLatin1Char(' ')
                              + tr("The inspection is finalized and cannot change; correct it with a new "
                                   "version and its reason."));
    }
    return stored;
}

QList<FieldIssue> InspectionStore::answerIssues(const Inspection& inspection,
                                                const InspectionTemplate& standards)
{
    QList<FieldIssue> issues;
    for (auto it = inspection.answers.cbegin(); it != inspection.answers.cend(); ++it) {
        const TemplateItem* item = standards.item(it.key());
        if (!item) {
            issues.append(
                { QStringLiteral("answers"), tr("The standards document has no item %1.").arg(it.key()) });
        } else if (!it->value.isEmpty() && !item->acceptedAnswers().contains(it->value)) {
            issues.append(
                { it.key(),
                  item->scoring == TemplateItem::Scoring::Scale
                      ? tr("Item %1 is scored from 0 to %2 (or not applicable), not “%3”.")
                            .arg(it.key())
                            .arg(item->max)
                            .arg(it->value)
                      : tr("Item %1 is compliant, partly, not compliant or not applicable, not “%2”.")
                            .arg(it.key(), it->value) });
        }
        if (it->note.size() > kMaxText || it->evidence.size() > kMaxText) {
            issues.append(
                { it.key(),
                  tr("The note of item %1 is longer than %2 characters.").arg(it.key()).arg(kMaxText) });
        }
    }
    for (const Finding& finding : inspection.findings) {
        if (finding.text.trimmed().isEmpty() || finding.text.size() > kMaxText) {
            issues.append({ QStringLiteral("findings"),
                            tr("Each finding needs a text of at most %1 characters.").arg(kMaxText) });
        }
        if (!findingSeverities().contains(finding.severity)) {
            issues.append({ QStringLiteral("findings"),
                            tr("A finding is minor, major or critical, not “%1”.").arg(finding.severity) });
        }
        if (!finding.itemKey.isEmpty() && !standards.item(finding.itemKey)) {
            issues.append({ QStringLiteral("findings"),
                            tr("The standards document has no item %1.").arg(finding.itemKey) });
        }
    }
    return issues;
}

Status InspectionStore::write(Inspection inspection, const InspectionTemplate& standards,
                              const QString& failed)
{
    if (QList<FieldIssue> issues = answerIssues(inspection, standards); !issues.isEmpty()) {
        return Error::invalid(failed, issues);
    }
    for (auto it = inspection.answers.begin(); it != inspection.answers.end();) {
        it = it->value.isEmpty() && it->note.trimmed().isEmpty() && it->evidence.trimmed().isEmpty()
            ? inspection.answers.erase(it)
            : std::next(it);
    }
    for (Finding& finding : inspection.findings) {
        if (finding.id.isEmpty()) {
            finding.id = newRecordId();
        }
    }
    inspection.score = computeScores(standards, inspection.answers).total.percent();
    return committedWrite(m_db, tr("The inspection could not be saved to disk."), [&](RecordWriter& writer) {
        return writer.update(kInspections, inspection.id, inspection.toFields());
    });
}

Status InspectionStore::saveDraft(const Inspection& draft)
{
    const QString failed = tr("The inspection was not saved.");
    Result<Inspection> stored = this->draft(draft.id, failed);
    if (!stored) {
        return stored.error();
    }
    QList<FieldIssue> issues;
    if (!draft.visitedOn.isValid() || draft.visitedOn < kEarliestVisit
        || draft.visitedOn > QDate::currentDate()) {
        issues.append(
            { QStringLiteral("visited_on"), tr("The date of the visit must be a day from 2000 to today.") });
    }
    if (draft.inspector.trimmed().isEmpty()) {
        issues.append({ QStringLiteral("inspector"), tr("Give the inspector's name.") });
    }
    if (!issues.isEmpty()) {
        return Error::invalid(failed, issues);
    }
    const Result<InspectionTemplate> standards = templateOf(*stored);
    if (!standards) {
        return standards.error();
    }
    Inspection changed = *stored; // what the caller may not change stays as stored
    changed.visitedOn = draft.visitedOn;
    changed.inspector = draft.inspector.trimmed();
    changed.answers = draft.answers;
    changed.findings = draft.findings;
    return write(changed, *standards, failed);
}

Status InspectionStore::finalize(const QString& id)
{
    const QString failed = tr("The inspection was not finalized.");
    Result<Inspection> stored = draft(id, failed);
    if (!stored) {
        return stored.error();
    }
    const Result<InspectionTemplate> standards = templateOf(*stored);
    if (!standards) {
        return standards.error();
    }
    QStringList unanswered;
    for (const TemplateItem* item : standards->items()) {
        if (stored->answers.value(item->key).value.isEmpty()) {
            unanswered << item->key;
        }
    }
    if (!unanswered.isEmpty()) {
        return Error::invalid(
            failed,
            { { QStringLiteral("answers"),
                tr("%n item(s) have no answer yet: %1. Answer them, or mark them "
                   "not applicable.",
                   nullptr, int(unanswered.size()))
                    .arg(unanswered.mid(0, 8).join(QStringLiteral(", "))
                         + (unanswered.size() > 8 ? QStringLiteral(", …") : QString())) } });
    }
    stored->state = QStringLiteral("final");
    stored->finalizedAt = utcNowIso();
    return write(*stored, *standards, failed);
}

Result<QString> InspectionStore::correct(const QString& id, const QString& reason)
{
    const QString notSaved = tr("The inspection could not be saved to disk.");
    return guardedWrite(
        m_db, Permission::ConductInspections, notSaved, [&](RecordWriter& writer) -> Result<QString> {
            const QString failed = tr("No correction was started.");
            Result<Inspection> stored = get(id);
            if (!stored) {
                return stored.error();
            }
            if (!stored->isFinal()) {
                return Error::refused(failed + QLatin1Char(' ')
                                      + tr("The inspection is still a draft: change it directly."));
            }
            Result<Inspection> newest = newestVersion(stored->rootId);
            if (!newest) {
                return newest.error();
            }
            if (newest->id != stored->id) {
                return Error::refused(
                    failed + QLatin1Char(' ')
                    + tr("A newer version of this inspection exists (of %1); correct that one.")
                          .arg(newest->visitedOn.toString(Qt::ISODate)));
            }
            if (reason.trimmed().isEmpty() || reason.size() > kMaxText) {
                return Error::invalid(
                    failed,
                    { { QStringLiteral("correction_reason"), tr("Say why the inspection is corrected.") } });
            }
            Inspection correction = *stored;
            correction.id = newRecordId();
            correction.state = QStringLiteral("draft");
            correction.supersedes = stored->id;
            correction.correctionReason = reason.trimmed();
            correction.finalizedAt.clear();
            QVariantMap fields = correction.toFields();
            fields.insert(QStringLiteral("id"), correction.id);
            return writer.insert(kInspections, fields);
        });
}

Status InspectionStore::discard(const QString& id)
{
    Result<Inspection> stored = draft(id, tr("The draft was not thrown away."));
    if (!stored) {
        return stored.error();
    }
    return committedWrite(m_db, tr("The inspection could not be saved to disk."),
                          [&](RecordWriter& writer) { return writer.markDeleted(kInspections, id); });
}

Result<Inspection> InspectionStore::get(const QString& id)
{
    return guardedGet<Inspection>(m_db, Permission::ReadInspections, kInspections, id,
                                  tr("There is no inspection with the id %1.").arg(id));
}

Result<Inspection> InspectionStore::newestVersion(const QString& id)
{
    Result<Inspection> given = get(id);
    if (!given) {
        return given;
    }
    // Versions follow each other through `supersedes`; the newest is the one nothing supersedes.
    SqlQuery query(m_db.connection(),
                   QStringLiteral("SELECT * FROM inspections AS i WHERE root_id = :root AND deleted = 0"
                                  " AND NOT EXISTS (SELECT 1 FROM inspections AS n WHERE n.supersedes = i.id"
                                  " AND n.deleted = 0) ORDER BY updated_at DESC LIMIT 1"));
    query.bind(QStringLiteral(":root"), given->rootId);
    if (!query.exec()) {
        return Error::internal(tr("Cannot read the inspections: %1").arg(query.errorText()));
    }
    return query.next() ? Inspection::fromFields(query.row()) : given;
}

Result<QList<Inspection>> InspectionStore::list(const QString& institutionId)
{
    if (Status allowed = Access::require(m_db, Permission::ReadInspections); !allowed) {
        return allowed.error();
    }
    SqlQuery query(
        m_db.connection(),
        QStringLiteral("SELECT * FROM inspections AS i WHERE deleted = 0%1"
                       " AND NOT EXISTS (SELECT 1 FROM inspections AS n WHERE n.supersedes = i.id"
                       " AND n.deleted = 0) ORDER BY visited_on DESC, updated_at DESC")
            .arg(institutionId.isEmpty() ? QString() : QStringLiteral(" AND institution_id = :institution")));
    if (!institutionId.isEmpty()) {
        query.bind(QStringLiteral(":institution"), institutionId);
    }
    if (!query.exec()) {
        return Error::internal(tr("Cannot read the inspections: %1").arg(query.errorText()));
    }
    QList<Inspection> inspections;
    while (query.next()) {
        inspections.append(Inspection::fromFields(query.row()));
    }
    return inspections;
}

Result<InspectionTemplate> InspectionStore::templateOf(const Inspection& inspection)
{
    Result<InspectionTemplate> standards = TemplateStore(m_db).get(inspection.templateId);
    if (!standards) {
        return Error::notFound(tr("The standards document of this inspection (%1) is not in this database; "
                                  "import the ministry's latest bundle.")
                                   .arg(inspection.templateId));
    }
    return standards;
}

} // namespace riaya
