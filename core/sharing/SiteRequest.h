#pragma once

#include <QDate>
#include <QString>
#include <QVariantMap>

namespace riaya {

// A request made by one site and decided by another (docs/sharing.md): the transfer of a
// child's file to another house, access for a regional office to place a child, a change to
// an institution's details proposed to the ministry.
struct SiteRequest
{
    QString id;
    QString kind; // transfer, placement_access, institution_change
    QString subjectTable; // residents or institutions
    QString subjectId;
    QString fromSite;
    QString toSite;
    QString reason;
    QDate effectiveOn;
    QVariantMap proposed; // a transfer's receiving institution; an institution's new details
    QString state; // requested, accepted, refused, cancelled
    QDate decidedOn;
    QString decidedBy;
    QString decisionNote;
    QString updatedAt;

    // Shown with it, read from the records this database holds.
    QString subjectName;
    QString fromName;
    QString toName;

    bool isPending() const { return state == QLatin1String("requested"); }

    static SiteRequest fromFields(const QVariantMap& fields);
    QVariantMap toFields() const;
};

QString requestKindLabel(const QString& kind);
QString requestStateLabel(const QString& state);

} // namespace riaya
