#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace riaya {

// What an institution must put right after a finding, by when, and how far it has got.
struct CorrectiveAction
{
    QString id;
    QString inspectionId; // the root id of the inspection that raised it
    QString institutionId;
    QString findingId;
    QString description;
    QString responsible; // the person or post who answers for it
    QDate dueOn;
    QString state = QStringLiteral("open"); // open, in_progress, done, verified
    QString stateNote;
    QString evidence; // what shows the work done, as the house describes it
    QDate stateChangedOn;
    QString verifiedIn; // the follow-up inspection that verified it
    QString originSite; // the site that raised it, which alone changes more than its progress (read only)

    bool isOverdue(const QDate& today = QDate::currentDate()) const
    {
        return (state == QLatin1String("open") || state == QLatin1String("in_progress")) && dueOn < today;
    }

    QVariantMap toFields() const;
    static CorrectiveAction fromFields(const QVariantMap& fields);
};

const QStringList& actionStates();
QString actionStateLabel(const QString& state);

} // namespace riaya
