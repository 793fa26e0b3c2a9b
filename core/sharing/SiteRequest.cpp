#include "SiteRequest.h"

#include "common/FieldConversion.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace riaya {

SiteRequest SiteRequest::fromFields(const QVariantMap& fields)
{
    SiteRequest request;
    request.id = fields.value(QStringLiteral("id")).toString();
    request.kind = fields.value(QStringLiteral("kind")).toString();
    request.subjectTable = fields.value(QStringLiteral("subject_table")).toString();
    request.subjectId = fields.value(QStringLiteral("subject_id")).toString();
    request.fromSite = fields.value(QStringLiteral("from_site")).toString();
    request.toSite = fields.value(QStringLiteral("to_site")).toString();
    request.reason = fields.value(QStringLiteral("reason")).toString();
    request.effectiveOn = isoDate(fields.value(QStringLiteral("effective_on")));
    request.proposed = QJsonDocument::fromJson(fields.value(QStringLiteral("proposed")).toString().toUtf8())
                           .object()
                           .toVariantMap();
    request.state = fields.value(QStringLiteral("state")).toString();
    request.decidedOn = isoDate(fields.value(QStringLiteral("decided_on")));
    request.decidedBy = fields.value(QStringLiteral("decided_by")).toString();
    request.decisionNote = fields.value(QStringLiteral("decision_note")).toString();
    request.updatedAt = fields.value(QStringLiteral("updated_at")).toString();
    return request;
}

QVariantMap SiteRequest::toFields() const
{
    return {
        { QStringLiteral("kind"), kind },
        { QStringLiteral("subject_table"), subjectTable },
        { QStringLiteral("subject_id"), subjectId },
        { QStringLiteral("from_site"), fromSite },
        { QStringLiteral("to_site"), toSite },
        { QStringLiteral("reason"), reason.trimmed() },
        { QStringLiteral("effective_on"), optionalDate(effectiveOn) },
        { QStringLiteral("proposed"),
          QString::fromUtf8(
              QJsonDocument(QJsonObject::fromVariantMap(proposed)).toJson(QJsonDocument::Compact)) },
        { QStringLiteral("state"), state },
        { QStringLiteral("decided_on"), optionalDate(decidedOn) },
        { QStringLiteral("decided_by"), optionalText(decidedBy) },
        { QStringLiteral("decision_note"), optionalText(decisionNote) },
    };
}

QString requestKindLabel(const QString& kind)
{
    if (kind == QLatin1String("transfer")) {
        return QCoreApplication::translate("riaya::SiteRequest", "transfer of a child's file");
    }
    if (kind == QLatin1String("placement_access")) {
        return QCoreApplication::translate("riaya::SiteRequest", "access to place a child");
    }
    return QCoreApplication::translate("riaya::SiteRequest", "change to an institution's details");
}

QString requestStateLabel(const QString& state)
{
    if (state == QLatin1String("accepted")) {
        return QCoreApplication::translate("riaya::SiteRequest", "accepted");
    }
    if (state == QLatin1String("refused")) {
        return QCoreApplication::translate("riaya::SiteRequest", "refused");
    }
    if (state == QLatin1String("cancelled")) {
        return QCoreApplication::translate("riaya::SiteRequest", "cancelled");
    }
    return QCoreApplication::translate("riaya::SiteRequest", "waiting for a decision");
}

} // namespace riaya
