#include "Placement.h"

#include "common/FieldConversion.h"
#include "common/Labels.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace riaya {
QString VisitPlan::toJson() const
{
    const QJsonObject object { { QStringLiteral("first_months"), firstMonths },
                               { QStringLiteral("first_interval"), firstInterval },
                               { QStringLiteral("later_interval"), laterInterval } };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

VisitPlan VisitPlan::fromJson(const QString& json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    VisitPlan plan;
    plan.firstMonths = object.value(QStringLiteral("first_months")).toInt(plan.firstMonths);
    plan.firstInterval = object.value(QStringLiteral("first_interval")).toInt(plan.firstInterval);
    plan.laterInterval = object.value(QStringLiteral("later_interval")).toInt(plan.laterInterval);
    return plan;
}

QDate Placement::nextVisitDue(const QDate& lastVisit) const
{
    const QDate from = lastVisit.isValid() ? lastVisit : startedOn;
    // Still in the first period: the closer rhythm; after it, the later one.
    const bool early = from < startedOn.addMonths(visitPlan.firstMonths);
    return from.addMonths(early ? visitPlan.firstInterval : visitPlan.laterInterval);
}

QVariantMap Placement::toFields() const
{
    return {
        { QStringLiteral("resident_id"), residentId },
        { QStringLiteral("family_id"), familyId },
        { QStringLiteral("started_on"), optionalDate(startedOn) },
        { QStringLiteral("legal_basis"), legalBasis },
        { QStringLiteral("legal_reference"), legalReference.trimmed() },
        { QStringLiteral("review_on"), optionalDate(reviewOn) },
        { QStringLiteral("visit_plan"), visitPlan.toJson() },
        { QStringLiteral("from_institution_id"), optionalText(fromInstitutionId) },
        { QStringLiteral("ended_on"), optionalDate(endedOn) },
        { QStringLiteral("outcome"), optionalText(outcome) },
        { QStringLiteral("end_reason"), optionalText(endReason) },
    };
}

Placement Placement::fromFields(const QVariantMap& fields)
{
    const auto text = [&](const char* name) { return fields.value(QLatin1String(name)).toString(); };
    Placement p;
    p.id = text("id");
    p.residentId = text("resident_id");
    p.familyId = text("family_id");
    p.startedOn = isoDate(fields.value(QStringLiteral("started_on")));
    p.legalBasis = text("legal_basis");
    p.legalReference = text("legal_reference");
    p.reviewOn = isoDate(fields.value(QStringLiteral("review_on")));
    p.visitPlan = VisitPlan::fromJson(text("visit_plan"));
    p.fromInstitutionId = text("from_institution_id");
    p.endedOn = isoDate(fields.value(QStringLiteral("ended_on")));
    p.outcome = text("outcome");
    p.endReason = text("end_reason");
    return p;
}

QVariantMap PlacementVisit::toFields() const
{
    return {
        { QStringLiteral("placement_id"), placementId },
        { QStringLiteral("visited_on"), optionalDate(visitedOn) },
        { QStringLiteral("social_worker"), socialWorker.trimmed() },
        { QStringLiteral("wellbeing"), wellbeing },
        { QStringLiteral("school"), optionalText(school) },
        { QStringLiteral("health"), optionalText(health) },
        { QStringLiteral("concerns"), optionalText(concerns) },
        { QStringLiteral("next_steps"), optionalText(nextSteps) },
    };
}

PlacementVisit PlacementVisit::fromFields(const QVariantMap& fields)
{
    const auto text = [&](const char* name) { return fields.value(QLatin1String(name)).toString(); };
    return { text("id"),
             text("placement_id"),
             isoDate(fields.value(QStringLiteral("visited_on"))),
             text("social_worker"),
             text("wellbeing"),
             text("school"),
             text("health"),
             text("concerns"),
             text("next_steps") };
}

const QStringList& legalBases()
{
    static const QStringList bases { QStringLiteral("kafala"), QStringLiteral("placement_order") };
    return bases;
}

QString legalBasisLabel(const QString& basis)
{
    static const char* const labels[] = { QT_TRANSLATE_NOOP("LegalBasis", "Kafala decision"),
                                          QT_TRANSLATE_NOOP("LegalBasis", "Placement order") };
    return translatedLabel(legalBases(), labels, "LegalBasis", basis);
}

const QStringList& placementOutcomes()
{
    static const QStringList outcomes { QStringLiteral("returned_to_origin_family"),
                                        QStringLiteral("made_permanent"),
                                        QStringLiteral("returned_to_institution"), QStringLiteral("aged_out"),
                                        QStringLiteral("other") };
    return outcomes;
}

QString placementOutcomeLabel(const QString& outcome)
{
    static const char* const labels[] = {
        QT_TRANSLATE_NOOP("PlacementOutcome", "Returned to the family of origin"),
        QT_TRANSLATE_NOOP("PlacementOutcome", "Kafala or adoption made permanent"),
        QT_TRANSLATE_NOOP("PlacementOutcome", "Returned to an institution"),
        QT_TRANSLATE_NOOP("PlacementOutcome", "Came of age"),
        QT_TRANSLATE_NOOP("PlacementOutcome", "Other"),
    };
    return translatedLabel(placementOutcomes(), labels, "PlacementOutcome", outcome);
}

bool isReturn(const QString& outcome)
{
    return outcome == QLatin1String("returned_to_origin_family")
        || outcome == QLatin1String("returned_to_institution");
}

const QStringList& wellbeingLevels()
{
    static const QStringList levels { QStringLiteral("good"), QStringLiteral("fair"),
                                      QStringLiteral("poor") };
    return levels;
}

QString wellbeingLabel(const QString& level)
{
    static const char* const labels[]
        = { QT_TRANSLATE_NOOP("Wellbeing", "Good"), QT_TRANSLATE_NOOP("Wellbeing", "Fair"),
            QT_TRANSLATE_NOOP("Wellbeing", "Poor") };
    return translatedLabel(wellbeingLevels(), labels, "Wellbeing", level);
}

} // namespace riaya
