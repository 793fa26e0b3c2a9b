#include "ResidentJson.h"

#include "common/JsonValues.h"

namespace riaya {

QJsonObject toJson(const Resident& resident)
{
    QJsonObject object = QJsonObject::fromVariantMap(resident.toFields());
    object.insert(QStringLiteral("id"), resident.id);
    object.insert(QStringLiteral("status"), resident.status);
    object.insert(QStringLiteral("institution_id"), jsonText(resident.institutionId));
    return object;
}

QJsonObject toJson(const Stay& stay)
{
    return { { QStringLiteral("id"), stay.id },
             { QStringLiteral("institution_id"), stay.institutionId },
             { QStringLiteral("admitted_on"), stay.admittedOn.toString(Qt::ISODate) },
             { QStringLiteral("exited_on"), stay.exitedOn.toString(Qt::ISODate) },
             { QStringLiteral("exit_kind"), stay.exitKind },
             { QStringLiteral("exit_reason"), stay.exitReason } };
}

} // namespace riaya
