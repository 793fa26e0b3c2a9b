#include "BundleExchange.h"

#include "BundleLog.h"
#include "KeyRotation.h"
#include "Relay.h"
#include "TrustStore.h"
#include "common/CanonicalJson.h"
#include "db/Database.h"
#include "db/Ids.h"
#include "db/Migrations.h"
#include "db/RecordWriter.h"
#include "db/SqlQuery.h"
#include "security/Access.h"
#include "security/AuditAnchors.h"
#include "security/KeyStore.h"

#include <QDir>

namespace riaya {
namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Which changes an export carries. A site sends what was written there; the ministry sends
// the reference data it holds, wherever it was written (the institution list of every site),
// and relays the rest (sync/Relay).
QString changesSql(const Database& db)
{
    return db.site().isMinistry
        ? QStringLiteral("entity = :t AND seq > :from AND seq <= :to")
        : QStringLiteral("entity = :t AND seq > :from AND seq <= :to AND imported = 0");
}

// The ministry sends only reference tables this way: a thousand institutions, against a
// change log of a million rows whose range since an old acknowledgement is most of it, so
// each row is looked up in the log by its id instead of the range being read
// (docs/performance.md, "Relay").
QString ministryChangedSql(const QString& select, const QString& table)
{
    return QStringLiteral(
               "SELECT %1 FROM %2 t WHERE EXISTS (SELECT 1 FROM change_log c WHERE c.record_id = t.id"
               " AND c.entity = :t AND c.seq > :from AND c.seq <= :to)")
        .arg(select, table);
}

// How many records of one table changed. Table names come from the fixed list of synced tables.
QString changedCountSql(const Database& db, const QString& table)
{
    return db.site().isMinistry
        ? ministryChangedSql(QStringLiteral("count(*)"), table)
        : QStringLiteral("SELECT count(DISTINCT record_id) FROM change_log WHERE ") + changesSql(db);
}

// The changed records of one table, as a query over its rows.
QString changedRowsSql(const Database& db, const QString& table)
{
    return db.site().isMinistry
        ? ministryChangedSql(QStringLiteral("*"), table) + QStringLiteral(" ORDER BY id")
        : QStringLiteral(
              "SELECT * FROM %1 WHERE id IN (SELECT record_id FROM change_log WHERE %2) ORDER BY id")
              .arg(table, changesSql(db));
}

} // namespace

Result<ExportReport> BundleExchange::exportTo(const QString& path, const QString& recipientSite,
                                              const UnlockedKeys& keys)
{
    if (Status allowed = Access::require(m_db, Permission::ExportBundles); !allowed) {
        return allowed.error();
    }
    TrustStore trust(m_db);
    const Result<TrustedSite> recipient
        = recipientSite.isEmpty() ? trust.ministry() : trust.find(recipientSite);
    if (!recipient) {
        return recipient.error();
    }
    if (recipient->revoked) {
        return Error::refused(tr("The site “%1” is revoked; nothing is sent to it.").arg(recipient->name));
    }
    BundleManifest manifest;
    manifest.bundleId = newRecordId();
    manifest.senderSite = m_db.site().id;
    manifest.senderName = m_db.site().name;
    manifest.recipientSite = recipient->siteId;
    manifest.createdAt = utcNowIso();
    manifest.schema = latestSchemaVersion();
    SqlQuery previous(m_db.connection(),
                      QStringLiteral("SELECT sequence, file_hash FROM bundle_log WHERE direction = 'out'"
                                     " AND recipient_site = :to ORDER BY sequence DESC LIMIT 1"));
    previous.bind(QStringLiteral(":to"), recipient->siteId);
    if (!previous.exec()) {
        return Error::internal(previous.errorText());
    }
    manifest.sequence = 1;
    if (previous.next()) {
        manifest.sequence = previous.value(0).toLongLong() + 1;
        manifest.previousHash = previous.value(1).toString();
    }
    // A bundle carries every change the recipient has not acknowledged, so a lost bundle
    // loses nothing: the next one is a superset, and overlapping imports are no-ops.
    manifest.fromChange = m_db.metaValue(ackKey(recipient->siteId)).toLongLong();
    SqlQuery last(m_db.connection(), QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log"));
    if (!last.exec() || !last.next()) {
        return Error::internal(last.errorText());
    }
    manifest.toChange = last.value(0).toLongLong();
    SqlQuery received(m_db.connection(),
                      QStringLiteral("SELECT coalesce(max(last_change), -1) FROM bundle_log"
                                     " WHERE direction = 'in' AND sender_site = :from"));
    received.bind(QStringLiteral(":from"), recipient->siteId);
    if (!received.exec() || !received.next()) {
        return Error::internal(received.errorText());
    }
    manifest.ackedChange = received.value(0).toLongLong();
    if (m_db.site().isMinistry) {
        manifest.clockAheadMs = m_db.metaValue(clockKey(recipient->siteId)).toLongLong();
    }
    // Every export signs the audit head and carries the heads signed so far (the ministry's,
    // the recipient's heads it holds, countersigned), so history cannot be rewritten unseen.
    AuditAnchors anchors(m_db);
    if (Status signedHead = anchors.signHead(keys); !signedHead) {
        return signedHead.error();
    }
    const Result<QVariantList> carried = anchors.forBundle(recipient->siteId, keys);
    if (!carried) {
        return carried.error();
    }
    manifest.auditAnchors = *carried;
    // The ministry relays what concerns the recipient besides the reference data it holds.
    std::optional<Relay> relay;
    QMap<QString, qint64> relayed;
    if (m_db.site().isMinistry) {
        relay.emplace(m_db, recipient->siteId, manifest.fromChange, manifest.toChange);
        const Result<QMap<QString, qint64>> collected = relay->collect();
        if (!collected) {
            return collected.error();
        }
        relayed = *collected;
    }
    auto isRelayed = [&](const QString& table) { return relay && !referenceTables().contains(table); };
    const QStringList& tables = m_db.site().isMinistry ? ministryTables() : siteTables();
    for (const QString& table : tables) {
        if (isRelayed(table)) {
            if (const qint64 n = relayed.value(table); n > 0) {
                manifest.counts.insert(table, n);
                manifest.records += n;
            }
            continue;
        }
        SqlQuery count(m_db.connection(), changedCountSql(m_db, table));
        count.bind(QStringLiteral(":t"), table).bind(QStringLiteral(":from"), manifest.fromChange);
        count.bind(QStringLiteral(":to"), manifest.toChange);
        if (!count.exec() || !count.next()) {
            return Error::internal(count.errorText());
        }
        if (const qint64 n = count.value(0).toLongLong(); n > 0) {
            manifest.counts.insert(table, n);
            manifest.records += n;
        }
    }
    const Result<QString> fileHash = BundleFile::write(
        path, manifest, keys, recipient->keys.box, [&](const BundleFile::LineSink& sink) -> Status {
            for (const QString& table : tables) { // parents before children
                if (!manifest.counts.contains(table)) {
                    continue;
                }
                SqlQuery rows(m_db.connection(),
                              isRelayed(table) ? relay->rowsSql(table) : changedRowsSql(m_db, table));
                if (!isRelayed(table)) {
                    rows.bind(QStringLiteral(":t"), table)
                        .bind(QStringLiteral(":from"), manifest.fromChange)
                        .bind(QStringLiteral(":to"), manifest.toChange);
                }
                if (!rows.exec()) {
                    return Error::internal(rows.errorText());
                }
                while (rows.next()) {
                    const QByteArray line
                        = "{\"r\":" + canonicalJson(rows.row()) + ",\"t\":\"" + table.toLatin1() + "\"}";
                    if (Status status = sink(line); !status) {
                        return status;
                    }
                }
            }
            return {};
        });
    if (!fileHash) {
        return fileHash.error();
    }
    m_db.writer().forgetScope(); // once sent, the institution's details are the ministry's
    if (Status logged = recordBundle(m_db, manifest, QStringLiteral("out"), *fileHash, manifest.createdAt);
        !logged) {
        return Error::internal(
            tr("The bundle %1 was written but not recorded: %2").arg(native(path), logged.error().message));
    }
    return ExportReport { manifest, *fileHash };
}

Result<BundleFile::Verified> BundleExchange::verify(const QString& path)
{
    TrustStore trust(m_db);
    QString senderName;
    // The ministry's new keys, when the bundle carries the rotation of the key trusted here;
    // trusted only once the whole bundle has been verified with them.
    std::optional<std::pair<TrustedSite, PublicKeys>> rotated;
    Result<BundleFile::Verified> verified
        = BundleFile::verify(path, [&](const BundleManifest& manifest) -> Result<QByteArray> {
              const Result<TrustedSite> site = trust.find(manifest.senderSite);
              if (!site) {
                  return site.error();
              }
              senderName = site->name; // as enrolled, not as the file says
              if (site->revoked) {
                  return Error::refused(tr("the key of “%1” was revoked.").arg(site->name));
              }
              const Result<PublicKeys> keys = KeyRotation::keysFor(*site, manifest.keyRotation);
              if (!keys) {
                  return keys.error();
              }
              if (keys->sign != site->keys.sign) {
                  rotated.emplace(*site, *keys);
              }
              return keys->sign;
          });
    if (verified && verified->manifest.senderName.isEmpty()) {
        verified->manifest.senderName = senderName; // private from format 3
    }
    if (verified && verified->manifest.recipientSite != m_db.site().id) {
        return Error::invalid(tr("%1 is addressed to another site (%2), not to this one.")
                                  .arg(native(path), verified->manifest.recipientSite));
    }
    if (verified && verified->manifest.schema > latestSchemaVersion()) {
        return Error::refused(tr("%1 was made by a newer version of Riaya (database version %2; this one "
                                 "knows %3). Update Riaya to import it; nothing was applied.")
                                  .arg(native(path))
                                  .arg(verified->manifest.schema)
                                  .arg(latestSchemaVersion()));
    }
    if (verified && rotated) {
        if (Status followed = KeyRotation(m_db).follow(rotated->first, rotated->second); !followed) {
            return followed.error();
        }
    }
    return verified;
}

} // namespace riaya
