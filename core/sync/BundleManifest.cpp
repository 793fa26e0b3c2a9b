#include "BundleManifest.h"

#include "common/CanonicalJson.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace riaya {
namespace {

// Format 1 bundles carry no schema version: they were all written by schema 2.
constexpr int kFormat1Schema = 2;

} // namespace

QVariantMap BundleManifest::toMap() const
{
    QVariantMap map { { QStringLiteral("format"), format },
                      { QStringLiteral("bundle_id"), bundleId },
                      { QStringLiteral("sender_site"), senderSite },
                      { QStringLiteral("recipient_site"), recipientSite },
                      { QStringLiteral("sequence"), sequence },
                      { QStringLiteral("previous_hash"), previousHash },
                      { QStringLiteral("created_at"), createdAt },
                      { QStringLiteral("from_change"), fromChange },
                      { QStringLiteral("to_change"), toChange },
                      { QStringLiteral("acked_change"), ackedChange },
                      { QStringLiteral("sealed_key"), QString::fromLatin1(sealedKey.toBase64()) },
                      { QStringLiteral("stream_header"), QString::fromLatin1(streamHeader.toBase64()) } };
    if (format >= 2) {
        map.insert(QStringLiteral("schema"), schema);
    }
    if (format < 3) { // a lost stick should not say who sent what: private from format 3
        map.insert(QStringLiteral("sender_name"), senderName);
        map.insert(QStringLiteral("counts"), QString::fromUtf8(canonicalJson(counts)));
        map.insert(QStringLiteral("records"), records);
    }
    if (!keyRotation.isEmpty()) {
        map.insert(QStringLiteral("key_rotation"), QString::fromUtf8(keyRotation));
    }
    return map;
}

QVariantMap BundleManifest::privateMap() const
{
    return { { QStringLiteral("sender_name"), senderName },
             { QStringLiteral("counts"), counts },
             { QStringLiteral("audit_anchors"), auditAnchors },
             { QStringLiteral("clock_ahead_ms"), clockAheadMs } };
}

void BundleManifest::takePrivateMap(const QVariantMap& map)
{
    senderName = map.value(QStringLiteral("sender_name")).toString();
    counts = map.value(QStringLiteral("counts")).toMap();
    auditAnchors = map.value(QStringLiteral("audit_anchors")).toList();
    clockAheadMs = map.value(QStringLiteral("clock_ahead_ms")).toLongLong();
}

BundleManifest BundleManifest::fromMap(const QVariantMap& map)
{
    BundleManifest m;
    m.format = map.value(QStringLiteral("format")).toInt();
    m.schema = m.format == 1 ? kFormat1Schema : map.value(QStringLiteral("schema")).toInt();
    m.bundleId = map.value(QStringLiteral("bundle_id")).toString();
    m.senderSite = map.value(QStringLiteral("sender_site")).toString();
    m.senderName = map.value(QStringLiteral("sender_name")).toString();
    m.recipientSite = map.value(QStringLiteral("recipient_site")).toString();
    m.sequence = map.value(QStringLiteral("sequence")).toLongLong();
    m.previousHash = map.value(QStringLiteral("previous_hash")).toString();
    m.createdAt = map.value(QStringLiteral("created_at")).toString();
    m.fromChange = map.value(QStringLiteral("from_change")).toLongLong();
    m.toChange = map.value(QStringLiteral("to_change")).toLongLong();
    m.ackedChange = map.value(QStringLiteral("acked_change"), -1).toLongLong();
    m.counts = QJsonDocument::fromJson(map.value(QStringLiteral("counts")).toString().toUtf8())
                   .object()
                   .toVariantMap();
    m.records = map.value(QStringLiteral("records")).toLongLong();
    m.sealedKey = QByteArray::fromBase64(map.value(QStringLiteral("sealed_key")).toString().toLatin1());
    m.streamHeader = QByteArray::fromBase64(map.value(QStringLiteral("stream_header")).toString().toLatin1());
    m.keyRotation = map.value(QStringLiteral("key_rotation")).toString().toUtf8();
    return m;
}

} // namespace riaya
