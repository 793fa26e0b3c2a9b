#include "ReviewJson.h"

namespace riaya {

QJsonObject toJson(const ConflictEntry& conflict)
{
    return { { QStringLiteral("id"), conflict.id },
             { QStringLiteral("entity"), conflict.entity },
             { QStringLiteral("record_id"), conflict.recordId },
             { QStringLiteral("reason"), conflict.reason },
             { QStringLiteral("bundle_id"), conflict.bundleId },
             { QStringLiteral("sender_site"), conflict.senderSite },
             { QStringLiteral("clock_ahead_ms"), conflict.clockAheadMs },
             { QStringLiteral("kept"), QJsonObject::fromVariantMap(conflict.kept) },
             { QStringLiteral("lost"), QJsonObject::fromVariantMap(conflict.lost) } };
}

QJsonObject toJson(const DuplicateEntry& pair)
{
    QJsonObject json { { QStringLiteral("id"), pair.id },
                       { QStringLiteral("resident_id"), pair.residentId },
                       { QStringLiteral("other_id"), pair.otherId },
                       { QStringLiteral("score"), pair.score },
                       { QStringLiteral("bundle_id"), pair.bundleId } };
    if (!pair.decision.isEmpty()) {
        json.insert(QStringLiteral("decision"), pair.decision);
        json.insert(QStringLiteral("decided_at"), pair.decidedAt);
    }
    return json;
}

} // namespace riaya
