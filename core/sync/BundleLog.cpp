#include "BundleLog.h"

#include "BundleFile.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "db/SqlQuery.h"

namespace riaya {

const QStringList& siteTables()
{
    static const QStringList tables = [] {
        QStringList list = syncedTables();
        list.removeAll(QStringLiteral("users"));
        list.removeAll(QStringLiteral("revocations"));
        list.removeAll(QStringLiteral("inspection_templates"));
        return list;
    }();
    return tables;
}

const QStringList& ministryTables()
{
    static const QStringList tables = [] {
        QStringList list = syncedTables();
        list.removeAll(QStringLiteral("users"));
        return list;
    }();
    return tables;
}

const QStringList& acceptedTables(const Database& db)
{
    return db.site().isMinistry ? siteTables() : ministryTables();
}

QString ackKey(const QString& site)
{
    return QStringLiteral("acked_by:") + site;
}

QString clockKey(const QString& site)
{
    return QStringLiteral("clock_ahead:") + site;
}

Status recordBundle(Database& db, const BundleManifest& manifest, const QString& direction,
                    const QString& fileHash, const QString& at)
{
    SqlQuery log(
        db.connection(),
        QStringLiteral("INSERT INTO bundle_log (bundle_id, direction, sender_site, recipient_site, sequence,"
                       " file_hash, last_change, records, at) VALUES (:id, :direction, :from, :to, :seq,"
                       " :hash, :last, :records, :at)"));
    log.bind(QStringLiteral(":id"), manifest.bundleId)
        .bind(QStringLiteral(":direction"), direction)
        .bind(QStringLiteral(":from"), manifest.senderSite)
        .bind(QStringLiteral(":to"), manifest.recipientSite)
        .bind(QStringLiteral(":seq"), manifest.sequence)
        .bind(QStringLiteral(":hash"), fileHash)
        .bind(QStringLiteral(":last"), manifest.toChange)
        .bind(QStringLiteral(":records"), manifest.records)
        .bind(QStringLiteral(":at"), at);
    return log.exec() ? Status() : Status(Error::internal(log.errorText()));
}

Result<QList<BundleLogLine>> recentBundles(Database& db, int limit)
{
    SqlQuery log(
        db.connection(),
        QStringLiteral(
            "SELECT b.direction, b.sequence, coalesce(t.name, b.recipient_site, ''), b.records, b.at,"
            " b.last_change <= coalesce((SELECT value FROM meta WHERE key = 'acked_by:' || "
            "b.recipient_site), -1)"
            " FROM bundle_log b LEFT JOIN trusted_sites t ON t.site_id ="
            " CASE b.direction WHEN 'in' THEN b.sender_site ELSE b.recipient_site END"
            " ORDER BY b.at DESC LIMIT :limit"));
    log.bind(QStringLiteral(":limit"), limit);
    if (!log.exec()) {
        return Error::internal(log.errorText());
    }
    QList<BundleLogLine> lines;
    while (log.next()) {
        lines.append({ log.value(0).toString() == QLatin1String("in"), log.value(1).toLongLong(),
                       log.value(2).toString(), log.value(3).toLongLong(), log.value(4).toString(),
                       log.value(5).toBool() });
    }
    return lines;
}

} // namespace riaya
