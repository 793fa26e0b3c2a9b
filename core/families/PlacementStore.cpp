#include "PlacementStore.h"

#include "FamilyStore.h"
#include "common/FieldConversion.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "institutions/InstitutionStore.h"
#include "residents/ResidentStore.h"
#include "residents/StayStore.h"
#include "security/GuardedAccess.h"

#include <algorithm>

namespace riaya {
namespace {

const QString kPlacements = QStringLiteral("placements");
const QString kVisits = QStringLiteral("placement_visits");
const QString kResidents = QStringLiteral("residents");
constexpr int kMaxText = 4000;

// A refused move of the child's stay, as the placement's issues: its own, or its message
// given on `field`.
QList<FieldIssue> issuesOf(const Error& error, const QString& field)
{
    return error.issues.isEmpty() ? QList<FieldIssue> { { field, error.message } } : error.issues;
}

} // namespace

Result<QString> PlacementStore::place(const Placement& placement)
{
    const QString notSaved = tr("The placement could not be saved to disk.");
    return guardedWrite(
        m_db, Permission::ManageFamilies, notSaved, [&](RecordWriter& writer) -> Result<QString> {
            const QString failed = tr("The child was not placed.");
            const Result<Resident> resident = ResidentStore(m_db).get(placement.residentId);
            if (!resident) {
                return Error::invalid(failed,
                                      { { QStringLiteral("resident_id"), resident.error().message } });
            }
            const Result<Family> family = FamilyStore(m_db).get(placement.familyId);
            if (!family) {
                return Error::invalid(failed, { { QStringLiteral("family_id"), family.error().message } });
            }
            QList<FieldIssue> issues;
            const Result<QList<Placement>> current = list({ placement.residentId, {}, true });
            if (!current) {
                return current.error();
            }
            if (!current->isEmpty()) {
                const Result<Family> other = FamilyStore(m_db).get(current->constFirst().familyId);
                issues.append(
                    { QStringLiteral("resident_id"),
                      tr("%1 is already placed with the family %2 since %3; end that placement first.")
                          .arg(resident->displayName(), other ? other->familyName : QString(),
                               current->constFirst().startedOn.toString(Qt::ISODate)) });
            }
            const QDate start = placement.startedOn;
            if (!start.isValid() || start > QDate::currentDate() || start < resident->birthDate) {
                issues.append({ QStringLiteral("started_on"),
                                tr("The placement starts on a day between the child's birth and today.") });
            }
            if (family->state != QLatin1String("approved")) {
                issues.append({ QStringLiteral("family_id"),
                                tr("The family %1 is not approved (it is at “%2”); only approved "
                                   "families receive children.")
                                    .arg(family->familyName, familyStateLabel(family->state)) });
            } else if (start.isValid() && !family->mayReceiveChildrenOn(start)) {
                issues.append(
                    { QStringLiteral("family_id"),
                      tr("The approval of the family %1 expired on %2; renew it before placing a child.")
                          .arg(family->familyName, family->approvalRenewalOn.toString(Qt::ISODate)) });
            }
            const Result<QList<Placement>> living = list({ {}, placement.familyId, true });
            if (!living) {
                return living.error();
            }
            if (living->size() >= family->capacity) {
                issues.append({ QStringLiteral("family_id"),
                                tr("The family %1 is full: %n child(ren) for its capacity of %2.", nullptr,
                                   int(living->size()))
                                    .arg(family->familyName)
                                    .arg(family->capacity) });
            }
            if (!legalBases().contains(placement.legalBasis)) {
                issues.append(
                    { QStringLiteral("legal_basis"), tr("The legal basis is kafala or placement_order.") });
            }
            if (placement.legalReference.trimmed().isEmpty()) {
                issues.append({ QStringLiteral("legal_reference"),
                                tr("Give the reference of the kafala decision or of the placement order.") });
            }
            if (placement.reviewOn.isValid() && start.isValid() && placement.reviewOn <= start) {
                issues.append({ QStringLiteral("review_on"), tr("The review date comes after the start.") });
            }
            const VisitPlan& plan = placement.visitPlan;
            if (plan.firstMonths < 0 || plan.firstMonths > 24 || plan.firstInterval < 1
                || plan.firstInterval > 12 || plan.laterInterval < 1 || plan.laterInterval > 12) {
                issues.append({ QStringLiteral("visit_plan"), tr("Visits come every 1 to 12 months.") });
            }
            if (!issues.isEmpty()) {
                return Error::invalid(failed, issues);
            }
            Placement clean = placement;
            clean.endedOn = {};
            clean.outcome.clear();
            clean.endReason.clear();
            const QString reason = tr("Placed with the family %1 (%2)")
                                       .arg(family->familyName, clean.legalReference.trimmed());
            Status moved;
            if (resident->status == QLatin1String("present")) {
                clean.fromInstitutionId = resident->institutionId;
                moved = StayStore(m_db).endStayForPlacement(clean.residentId, start, reason);
            } else {
                moved = writer.update(kResidents, clean.residentId,
                                      { { QStringLiteral("status"), QStringLiteral("placed") } });
            }
            if (!moved) {
                return Error::invalid(failed, issuesOf(moved.error(), QStringLiteral("started_on")));
            }
            return writer.insert(kPlacements, clean.toFields());
        });
}

Status PlacementStore::end(const QString& placementId, const QDate& on, const QString& outcome,
                           const QString& reason, const QString& institutionId)
{
    const QString notSaved = tr("The placement could not be saved to disk.");
    return guardedWrite(m_db, Permission::ManageFamilies, notSaved, [&](RecordWriter& writer) -> Status {
        const QString failed = tr("The placement was not ended.");
        Result<Placement> placement = get(placementId);
        if (!placement) {
            return placement.error();
        }
        if (!placement->isActive()) {
            return Error::refused(
                failed + QLatin1Char(' ')
                + tr("It ended on %1 already.").arg(placement->endedOn.toString(Qt::ISODate)));
        }
        QList<FieldIssue> issues;
        if (!on.isValid() || on < placement->startedOn || on > QDate::currentDate()) {
            issues.append({ QStringLiteral("ended_on"),
                            tr("The placement ends between its start (%1) and today.")
                                .arg(placement->startedOn.toString(Qt::ISODate)) });
        }
        if (!placementOutcomes().contains(outcome)) {
            issues.append(
                { QStringLiteral("outcome"),
                  tr("The outcome is one of: %1.").arg(placementOutcomes().join(QStringLiteral(", "))) });
        }
        if ((isReturn(outcome) || outcome == QLatin1String("other")) && reason.trimmed().isEmpty()) {
            issues.append({ QStringLiteral("end_reason"),
                            tr("Say why the child returned; the ministry follows the reasons.") });
        }
        if (reason.size() > kMaxText) {
            issues.append({ QStringLiteral("end_reason"),
                            tr("The reason is longer than %1 characters.").arg(kMaxText) });
        }
        if (outcome == QLatin1String("returned_to_institution") && institutionId.isEmpty()) {
            issues.append(
                { QStringLiteral("institution_id"), tr("Name the institution the child returns to.") });
        }
        if (!issues.isEmpty()) {
            return Error::invalid(failed, issues);
        }
        Status status = writer.update(kPlacements, placementId,
                                      { { QStringLiteral("ended_on"), optionalDate(on) },
                                        { QStringLiteral("outcome"), outcome },
                                        { QStringLiteral("end_reason"), optionalText(reason) } });
        if (!status) {
            return status;
        }
        if (outcome == QLatin1String("returned_to_institution")) {
            const Result<QString> stay
                = StayStore(m_db).admitAfterPlacement(placement->residentId, institutionId, on, reason);
            if (!stay) {
                return Error::invalid(failed, issuesOf(stay.error(), QStringLiteral("institution_id")));
            }
        } else {
            status = writer.update(kResidents, placement->residentId,
                                   { { QStringLiteral("status"), QStringLiteral("left") } });
            if (!status) {
                return status;
            }
        }
        return {};
    });
}

Result<QString> PlacementStore::recordVisit(const PlacementVisit& visit)
{
    const QString notSaved = tr("The visit could not be saved to disk.");
    return guardedWrite(
        m_db, Permission::ManageFamilies, notSaved, [&](RecordWriter& writer) -> Result<QString> {
            const QString failed = tr("The visit was not saved.");
            const Result<Placement> placement = get(visit.placementId);
            if (!placement) {
                return placement.error();
            }
            QList<FieldIssue> issues;
            const QDate last = placement->isActive() ? QDate::currentDate() : placement->endedOn;
            if (!visit.visitedOn.isValid() || visit.visitedOn < placement->startedOn
                || visit.visitedOn > last) {
                issues.append(
                    { QStringLiteral("visited_on"),
                      tr("The visit is dated between the placement's start (%1) and %2.")
                          .arg(placement->startedOn.toString(Qt::ISODate), last.toString(Qt::ISODate)) });
            }
            if (visit.socialWorker.trimmed().isEmpty()) {
                issues.append({ QStringLiteral("social_worker"), tr("Name the social worker who visited.") });
            }
            if (!wellbeingLevels().contains(visit.wellbeing)) {
                issues.append(
                    { QStringLiteral("wellbeing"), tr("The child's wellbeing is good, fair or poor.") });
            }
            for (const QString* text : { &visit.school, &visit.health, &visit.concerns, &visit.nextSteps }) {
                if (text->size() > kMaxText) {
                    issues.append({ QStringLiteral("concerns"),
                                    tr("A note is longer than %1 characters.").arg(kMaxText) });
                    break;
                }
            }
            if (!issues.isEmpty()) {
                return Error::invalid(failed, issues);
            }
            return writer.insert(kVisits, visit.toFields());
        });
}

Result<Placement> PlacementStore::get(const QString& id)
{
    return guardedGet<Placement>(m_db, Permission::ReadFamilies, kPlacements, id,
                                 tr("There is no placement with the id %1.").arg(id));
}

Result<QList<Placement>> PlacementStore::list(const Filter& filter)
{
    if (Status allowed = Access::require(m_db, Permission::ReadFamilies); !allowed) {
        return allowed.error();
    }
    QString sql = QStringLiteral("SELECT * FROM placements WHERE deleted = 0");
    if (!filter.residentId.isEmpty()) {
        sql += QStringLiteral(" AND resident_id = :resident");
    }
    if (!filter.familyId.isEmpty()) {
        sql += QStringLiteral(" AND family_id = :family");
    }
    if (filter.activeOnly) {
        sql += QStringLiteral(" AND ended_on IS NULL");
    }
    SqlQuery query(m_db.connection(), sql + QStringLiteral(" ORDER BY started_on DESC, id DESC"));
    if (!filter.residentId.isEmpty()) {
        query.bind(QStringLiteral(":resident"), filter.residentId);
    }
    if (!filter.familyId.isEmpty()) {
        query.bind(QStringLiteral(":family"), filter.familyId);
    }
    if (!query.exec()) {
        return Error::internal(tr("Cannot read the placements: %1").arg(query.errorText()));
    }
    QList<Placement> placements;
    while (query.next()) {
        placements.append(Placement::fromFields(query.row()));
    }
    return placements;
}

Result<QList<PlacementVisit>> PlacementStore::visits(const QString& placementId)
{
    if (Status allowed = Access::require(m_db, Permission::ReadFamilies); !allowed) {
        return allowed.error();
    }
    SqlQuery query(m_db.connection(),
                   QStringLiteral("SELECT * FROM placement_visits WHERE placement_id = :placement"
                                  " AND deleted = 0 ORDER BY visited_on, updated_at"));
    query.bind(QStringLiteral(":placement"), placementId);
    if (!query.exec()) {
        return Error::internal(tr("Cannot read the placements: %1").arg(query.errorText()));
    }
    QList<PlacementVisit> visits;
    while (query.next()) {
        visits.append(PlacementVisit::fromFields(query.row()));
    }
    return visits;
}

Result<QList<PlacementStore::DueVisit>> PlacementStore::overdueVisits(const QDate& today)
{
    if (Status allowed = Access::require(m_db, Permission::ReadFamilies); !allowed) {
        return allowed.error();
    }
    SqlQuery query(
        m_db.connection(),
        QStringLiteral(
            "SELECT p.*, (SELECT max(visited_on) FROM placement_visits v WHERE v.placement_id = p.id"
            " AND v.deleted = 0) AS last_visit FROM placements p"
            " WHERE p.deleted = 0 AND p.ended_on IS NULL"));
    if (!query.exec()) {
        return Error::internal(tr("Cannot read the placements: %1").arg(query.errorText()));
    }
    QList<DueVisit> due;
    while (query.next()) {
        const QVariantMap row = query.row();
        const Placement placement = Placement::fromFields(row);
        const QDate last = isoDate(row.value(QStringLiteral("last_visit")));
        const QDate next = placement.nextVisitDue(last);
        if (next < today) {
            due.append({ placement, last, next });
        }
    }
    std::sort(due.begin(), due.end(), [](const DueVisit& a, const DueVisit& b) { return a.due < b.due; });
    return due;
}

} // namespace riaya
