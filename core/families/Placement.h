#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace riaya {

// How often a placement is visited: every `firstInterval` months during the first
// `firstMonths`, then every `laterInterval` months (by default monthly for six months,
// then quarterly).
struct VisitPlan
{
    int firstMonths = 6;
    int firstInterval = 1;
    int laterInterval = 3;

    QString toJson() const;
    static VisitPlan fromJson(const QString& json);
};

// A child living with an approved family, from the decision to the end and its outcome.
struct Placement
{
    QString id;
    QString residentId;
    QString familyId;
    QDate startedOn;
    QString legalBasis = QStringLiteral("kafala"); // kafala, placement_order
    QString legalReference; // the decision's or order's number
    QDate reviewOn;
    VisitPlan visitPlan;
    QString fromInstitutionId; // where the child lived before, if in an institution
    QDate endedOn;
    QString outcome; // one of placementOutcomes() once ended
    QString endReason;

    bool isActive() const { return !endedOn.isValid(); }
    // When the next visit is due, given the last one (or none).
    QDate nextVisitDue(const QDate& lastVisit) const;

    QVariantMap toFields() const;
    static Placement fromFields(const QVariantMap& fields);
};

// What a social worker saw at a follow-up visit.
struct PlacementVisit
{
    QString id;
    QString placementId;
    QDate visitedOn;
    QString socialWorker;
    QString wellbeing = QStringLiteral("good"); // good, fair, poor
    QString school;
    QString health;
    QString concerns;
    QString nextSteps;

    QVariantMap toFields() const;
    static PlacementVisit fromFields(const QVariantMap& fields);
};

const QStringList& legalBases();
QString legalBasisLabel(const QString& basis);
const QStringList& placementOutcomes();
QString placementOutcomeLabel(const QString& outcome);
bool isReturn(const QString& outcome);
const QStringList& wellbeingLevels();
QString wellbeingLabel(const QString& level);

} // namespace riaya
