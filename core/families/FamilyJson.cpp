#include "FamilyJson.h"

#include "common/JsonValues.h"

namespace riaya {

QJsonObject toJson(const FamilyMember& member)
{
    return { { QStringLiteral("name"), member.name },
             { QStringLiteral("relationship"), member.relationship },
             { QStringLiteral("birth_year"), member.birthYear ? QJsonValue(member.birthYear) : QJsonValue() },
             { QStringLiteral("head"), member.head } };
}

QJsonObject toJson(const Family& family)
{
    return { { QStringLiteral("id"), family.id },
             { QStringLiteral("family_name"), family.familyName },
             { QStringLiteral("family_name_latin"), jsonText(family.familyNameLatin) },
             { QStringLiteral("members"), toJsonArray(family.members) },
             { QStringLiteral("region"), jsonText(family.region) },
             { QStringLiteral("province"), jsonText(family.province) },
             { QStringLiteral("address"), jsonText(family.address) },
             { QStringLiteral("phone"), jsonText(family.phone) },
             { QStringLiteral("occupation"), jsonText(family.occupation) },
             { QStringLiteral("income_band"), jsonText(family.incomeBand) },
             { QStringLiteral("documents"), QJsonArray::fromStringList(family.documents) },
             { QStringLiteral("state"), family.state },
             { QStringLiteral("state_since"), jsonDate(family.stateSince) },
             { QStringLiteral("approval_number"), jsonText(family.approvalNumber) },
             { QStringLiteral("approval_renewal_on"), jsonDate(family.approvalRenewalOn) },
             { QStringLiteral("capacity"), family.capacity } };
}

QJsonObject toJson(const FamilyEvent& event)
{
    return { { QStringLiteral("state"), event.state },
             { QStringLiteral("on"), jsonDate(event.on) },
             { QStringLiteral("decided_by"), event.decidedBy },
             { QStringLiteral("reason"), event.reason } };
}

QJsonObject toJson(const HomeStudy& study)
{
    return { { QStringLiteral("done_on"), jsonDate(study.doneOn) },
             { QStringLiteral("social_worker"), study.socialWorker },
             { QStringLiteral("assessment"), study.assessment },
             { QStringLiteral("recommendation"), study.recommendation } };
}

QJsonObject toJson(const Placement& placement)
{
    return { { QStringLiteral("id"), placement.id },
             { QStringLiteral("resident_id"), placement.residentId },
             { QStringLiteral("family_id"), placement.familyId },
             { QStringLiteral("started_on"), jsonDate(placement.startedOn) },
             { QStringLiteral("legal_basis"), placement.legalBasis },
             { QStringLiteral("legal_reference"), placement.legalReference },
             { QStringLiteral("review_on"), jsonDate(placement.reviewOn) },
             { QStringLiteral("from_institution_id"), jsonText(placement.fromInstitutionId) },
             { QStringLiteral("ended_on"), jsonDate(placement.endedOn) },
             { QStringLiteral("outcome"), jsonText(placement.outcome) },
             { QStringLiteral("end_reason"), jsonText(placement.endReason) } };
}

QJsonObject toJson(const PlacementVisit& visit)
{
    return { { QStringLiteral("id"), visit.id },
             { QStringLiteral("placement_id"), visit.placementId },
             { QStringLiteral("visited_on"), jsonDate(visit.visitedOn) },
             { QStringLiteral("social_worker"), visit.socialWorker },
             { QStringLiteral("wellbeing"), visit.wellbeing },
             { QStringLiteral("school"), jsonText(visit.school) },
             { QStringLiteral("health"), jsonText(visit.health) },
             { QStringLiteral("concerns"), jsonText(visit.concerns) },
             { QStringLiteral("next_steps"), jsonText(visit.nextSteps) } };
}

} // namespace riaya
