#include "HostileSite.h"

#include "QtCatch.h"
#include "common/CanonicalJson.h"
#include "db/Ids.h"
#include "db/Migrations.h"
#include "db/SqlQuery.h"

#include <QDateTime>

using namespace riaya;

QVariantMap stampedRow(const QString& origin, QVariantMap fields)
{
    fields.insert(QStringLiteral("origin_site"), fields.value(QStringLiteral("origin_site"), origin));
    if (!fields.contains(QStringLiteral("id"))) {
        fields.insert(QStringLiteral("id"), newRecordId());
    }
    if (!fields.contains(QStringLiteral("version"))) {
        fields.insert(QStringLiteral("version"), QDateTime::currentMSecsSinceEpoch() << 16);
    }
    fields.insert(QStringLiteral("updated_at"), fields.value(QStringLiteral("updated_at"), utcNowIso()));
    fields.insert(QStringLiteral("updated_by"),
                  fields.value(QStringLiteral("updated_by"), QStringLiteral("local")));
    fields.insert(QStringLiteral("deleted"), fields.value(QStringLiteral("deleted"), 0));
    return fields;
}

QString forgeBundle(SyncNetwork& network, SyncNetwork::Site& from, const QList<ForgedRecord>& records,
                    const std::function<void(BundleManifest&)>& tweak)
{
    static int made = 0;
    BundleManifest manifest;
    manifest.bundleId = newRecordId();
    manifest.senderSite = from.db().site().id;
    manifest.senderName = from.db().site().name;
    manifest.recipientSite = network.ministry.db().site().id;
    manifest.schema = latestSchemaVersion();
    manifest.createdAt = utcNowIso();
    SqlQuery last(network.ministry.db().connection(),
                  QStringLiteral("SELECT sequence, file_hash FROM bundle_log WHERE direction = 'in' AND"
                                 " sender_site = :s AND abandoned = 0 ORDER BY sequence DESC LIMIT 1"));
    last.bind(QStringLiteral(":s"), manifest.senderSite);
    REQUIRE(last.exec());
    manifest.sequence = 1;
    if (last.next()) {
        manifest.sequence = last.value(0).toLongLong() + 1;
        manifest.previousHash = last.value(1).toString();
    }
    for (const ForgedRecord& record : records) {
        manifest.counts.insert(record.table, manifest.counts.value(record.table).toInt() + 1);
    }
    manifest.records = records.size();
    if (tweak) {
        tweak(manifest);
    }
    const QString path = from.database.dir() + QStringLiteral("/forged-%1.bundle").arg(++made);
    const auto written = BundleFile::write(path, manifest, from.keys, network.ministryKeys.publicKeys.box,
                                           [&](const BundleFile::LineSink& sink) -> Status {
                                               for (const ForgedRecord& record : records) {
                                                   const QByteArray line
                                                       = "{\"r\":" + canonicalJson(record.row) + ",\"t\":\""
                                                       + record.table.toUtf8() + "\"}";
                                                   if (Status s = sink(line); !s) {
                                                       return s;
                                                   }
                                               }
                                               return {};
                                           });
    INFO((written ? std::string() : written.error().describe().toStdString()));
    REQUIRE(written.ok());
    return path;
}
