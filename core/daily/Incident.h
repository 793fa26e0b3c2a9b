#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace riaya {

// Something that happened in an institution and was written down: what, when, what was
// done about it, who was told, and the residents it concerned.
struct Incident
{
    QString id;
    QString institutionId;
    QDate occurredOn;
    QString kind; // one of incidentKinds()
    QString description;
    QString actionTaken;
    QString reportedTo;
    QStringList residentIds; // stored as a JSON array of ids
    // A mistaken incident is voided, never deleted: it stays in the register, with when, by
    // whom and why, and is left out of every count. Empty while the incident stands.
    QString voidedAt; // UTC ISO-8601
    QString voidedBy;
    QString voidReason;

    bool isVoided() const { return !voidedAt.isEmpty(); }

    // The stored fields (not id).
    QVariantMap toFields() const;
    static Incident fromFields(const QVariantMap& fields);
};

// The kinds of incident, as stored: health, conduct, absence, property, safety, protection, other.
const QStringList& incidentKinds();
// A kind in the user's language.
QString incidentKindLabel(const QString& kind);

} // namespace riaya
