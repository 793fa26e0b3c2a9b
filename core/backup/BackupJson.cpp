#include "BackupJson.h"

namespace riaya {

QJsonObject toJson(const BackupInfo& backup)
{
    return { { QStringLiteral("path"), backup.path },
             { QStringLiteral("site_id"), backup.siteId },
             { QStringLiteral("kind"), backup.kind },
             { QStringLiteral("created_at"), backup.createdAt.toString(Qt::ISODateWithMs) },
             { QStringLiteral("schema"), backup.schema },
             { QStringLiteral("bytes"), backup.bytes } };
}

} // namespace riaya
