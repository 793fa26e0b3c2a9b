#pragma once

#include <QByteArray>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

namespace riaya {

// The current bundle format (docs/bundle-format.md; BundleFile writes it, reads 1 to 3).
inline constexpr int kBundleFormat = 3;

// What a bundle says of itself: the clear header, and the private part that travels
// encrypted as the first line of the payload (format 3).
struct BundleManifest
{
    int format = kBundleFormat;
    int schema = 0; // the sender's database schema: a newer one is refused, an older one upgraded
    QString bundleId;
    QString senderSite;
    QString senderName; // private (in the encrypted part) from format 3
    QString recipientSite;
    qint64 sequence = 0;
    QString previousHash; // file hash of the sender's previous bundle to this recipient
    QString createdAt;
    qint64 fromChange = 0; // the sender's change log: (from, to]
    qint64 toChange = 0;
    // The recipient's change log up to which the sender holds every change (an
    // acknowledgement), or -1. The recipient's next bundle starts after it.
    qint64 ackedChange = -1;
    QVariantMap counts; // records per table; private from format 3
    qint64 records = 0; // signed in the trailer from format 3
    qint64 plainBytes = 0; // the payload once decrypted and decompressed; signed in the trailer
    QByteArray sealedKey;
    QByteArray streamHeader;
    // Private: the sender's signed audit heads (security/AuditAnchor), and what the ministry
    // tells a site about its clock (milliseconds ahead of the ministry's, 0 when fine).
    QVariantList auditAnchors;
    qint64 clockAheadMs = 0;
    // The statements that vouch for the sender's keys after a rotation (KeyRotation), a JSON
    // array as text; empty, and absent from the header, when its keys were never rotated.
    QByteArray keyRotation;

    // The clear header, and the private part that travels encrypted as the payload's first line.
    QVariantMap toMap() const;
    static BundleManifest fromMap(const QVariantMap& map);
    QVariantMap privateMap() const;
    void takePrivateMap(const QVariantMap& map);
};

} // namespace riaya
