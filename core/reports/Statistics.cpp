#include "Statistics.h"

#include "db/Database.h"
#include "db/Migrations.h"
#include "db/SqlQuery.h"

namespace riaya {

Result<QJsonObject> Statistics::collect(Database& db)
{
    QJsonObject counts;
    for (const QString& table : syncedTables()) {
        // Table names come from the fixed list of synced tables, never from input.
        SqlQuery query(db.connection(),
                       QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(table));
        if (!query.exec() || !query.next()) {
            return Error::internal(tr("Cannot count %1: %2").arg(table, query.errorText()));
        }
        counts.insert(table, query.value(0).toLongLong());
    }
    QJsonObject byStatus;
    SqlQuery statuses(
        db.connection(),
        QStringLiteral("SELECT status, count(*) FROM residents WHERE deleted = 0 GROUP BY status"));
    if (!statuses.exec()) {
        return Error::internal(tr("Cannot count residents: %1").arg(statuses.errorText()));
    }
    while (statuses.next()) {
        byStatus.insert(statuses.value(0).toString(), statuses.value(1).toLongLong());
    }
    return QJsonObject { { QStringLiteral("site"), db.site().name },
                         { QStringLiteral("schema"), db.schemaVersion() },
                         { QStringLiteral("records"), counts },
                         { QStringLiteral("residents_by_status"), byStatus } };
}

} // namespace riaya
