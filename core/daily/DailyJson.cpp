#include "DailyJson.h"

#include "common/JsonValues.h"

#include <QJsonArray>

namespace riaya {

QJsonObject toJson(const PresenceMark& mark)
{
    return { { QStringLiteral("resident_id"), mark.residentId },
             { QStringLiteral("name"), mark.residentName },
             { QStringLiteral("day"), mark.day.toString(Qt::ISODate) },
             { QStringLiteral("state"), jsonText(mark.state) },
             { QStringLiteral("note"), jsonText(mark.note) } };
}

QJsonObject toJson(const SchoolResult& result)
{
    return { { QStringLiteral("id"), result.id },
             { QStringLiteral("resident_id"), result.residentId },
             { QStringLiteral("school_year"), result.schoolYear },
             { QStringLiteral("term"), result.term },
             { QStringLiteral("average"), result.average ? QJsonValue(*result.average) : QJsonValue() },
             { QStringLiteral("decision"), jsonText(result.decision) } };
}

QJsonObject toJson(const Incident& incident)
{
    return { { QStringLiteral("id"), incident.id },
             { QStringLiteral("institution_id"), incident.institutionId },
             { QStringLiteral("occurred_on"), incident.occurredOn.toString(Qt::ISODate) },
             { QStringLiteral("kind"), incident.kind },
             { QStringLiteral("description"), incident.description },
             { QStringLiteral("action_taken"), jsonText(incident.actionTaken) },
             { QStringLiteral("reported_to"), jsonText(incident.reportedTo) },
             { QStringLiteral("resident_ids"), QJsonArray::fromStringList(incident.residentIds) },
             { QStringLiteral("voided_at"), jsonText(incident.voidedAt) },
             { QStringLiteral("voided_by"), jsonText(incident.voidedBy) },
             { QStringLiteral("void_reason"), jsonText(incident.voidReason) } };
}

} // namespace riaya
