#include "Incident.h"

#include "common/FieldConversion.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace riaya {

QVariantMap Incident::toFields() const
{
    const QJsonArray ids = QJsonArray::fromStringList(residentIds);
    return { { QStringLiteral("institution_id"), institutionId },
             { QStringLiteral("occurred_on"), optionalDate(occurredOn) },
             { QStringLiteral("kind"), kind },
             { QStringLiteral("description"), description.trimmed() },
             { QStringLiteral("action_taken"), optionalText(actionTaken) },
             { QStringLiteral("reported_to"), optionalText(reportedTo) },
             { QStringLiteral("resident_ids"),
               QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)) },
             { QStringLiteral("voided_at"), optionalText(voidedAt) },
             { QStringLiteral("voided_by"), optionalText(voidedBy) },
             { QStringLiteral("void_reason"), optionalText(voidReason) } };
}

Incident Incident::fromFields(const QVariantMap& f)
{
    auto text = [&f](const char* key) { return f.value(QLatin1String(key)).toString(); };
    Incident i;
    i.id = text("id");
    i.institutionId = text("institution_id");
    i.occurredOn = isoDate(f.value(QStringLiteral("occurred_on")));
    i.kind = text("kind");
    i.description = text("description");
    i.actionTaken = text("action_taken");
    i.reportedTo = text("reported_to");
    i.voidedAt = text("voided_at");
    i.voidedBy = text("voided_by");
    i.voidReason = text("void_reason");
    QJsonParseError error {};
    const QJsonDocument ids = QJsonDocument::fromJson(text("resident_ids").toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !ids.isArray()) {
        qCWarning(lcDaily) << "incident" << i.id << "has unreadable resident ids:" << text("resident_ids");
    }
    for (const QJsonValue& id : ids.array()) {
        i.residentIds.append(id.toString());
    }
    return i;
}

const QStringList& incidentKinds()
{
    static const QStringList kinds { QStringLiteral("health"),  QStringLiteral("conduct"),
                                     QStringLiteral("absence"), QStringLiteral("property"),
                                     QStringLiteral("safety"),  QStringLiteral("protection"),
                                     QStringLiteral("other") };
    return kinds;
}

QString incidentKindLabel(const QString& kind)
{
    static const char* const labels[] = {
        QT_TRANSLATE_NOOP("IncidentKind", "Health (illness, injury, care)"),
        QT_TRANSLATE_NOOP("IncidentKind", "Conduct (fight, breach of the rules)"),
        QT_TRANSLATE_NOOP("IncidentKind", "Absence without leave or running away"),
        QT_TRANSLATE_NOOP("IncidentKind", "Property (damage, loss, theft)"),
        QT_TRANSLATE_NOOP("IncidentKind", "Safety of the premises (fire, accident)"),
        QT_TRANSLATE_NOOP("IncidentKind", "Child protection (abuse, neglect, danger)"),
        QT_TRANSLATE_NOOP("IncidentKind", "Other incident"),
    };
    const auto index = incidentKinds().indexOf(kind);
    return index < 0 ? kind : QCoreApplication::translate("IncidentKind", labels[index]);
}

} // namespace riaya
