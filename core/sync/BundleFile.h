#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVariantMap>
#include <functional>

namespace riaya {

struct PublicKeys;
struct UnlockedKeys;

// The bundle file format, version 2 (docs/bundle-format.md; version 1 is still read):
//   "RIAYAB" 0x00 0x02 | header length (u32 BE) | header (canonical JSON manifest)
//   | payload: chunks of [length (u32 BE) | secretstream ciphertext], the last tagged FINAL
//   | trailer: BLAKE2b-256 of the payload bytes (32) | Ed25519 signature (64) over
//     BLAKE2b-512("riaya-bundle/2" | header length | header | payload hash)
// The payload is zstd-compressed JSON lines {"t": table, "r": row}, encrypted with a fresh
// XChaCha20-Poly1305 secretstream key sealed (crypto_box_seal) to the recipient.
inline constexpr int kBundleFormat = 2;

struct BundleManifest
{
    int format = kBundleFormat;
    int schema = 0; // the sender's database schema: a newer one is refused, an older one upgraded
    QString bundleId;
    QString senderSite;
    QString senderName;
    QString recipientSite;
    qint64 sequence = 0;
    QString previousHash; // file hash of the sender's previous bundle to this recipient
    QString createdAt;
    qint64 fromChange = 0; // the sender's change log: (from, to]
    qint64 toChange = 0;
    // The recipient's change log up to which the sender holds every change (an
    // acknowledgement), or -1. The recipient's next bundle starts after it.
    qint64 ackedChange = -1;
    QVariantMap counts; // records per table
    qint64 records = 0;
    QByteArray sealedKey;
    QByteArray streamHeader;
    // The statements that vouch for the sender's keys after a rotation (KeyRotation), a JSON
    // array as text; empty, and absent from the header, when its keys were never rotated.
    QByteArray keyRotation;

    QVariantMap toMap() const;
    static BundleManifest fromMap(const QVariantMap& map);
};

inline constexpr qint64 kMaxHeaderBytes = 64 * 1024;
inline constexpr qint64 kChunkBytes = 64 * 1024;

class BundleFile
{
    Q_DECLARE_TR_FUNCTIONS(BundleFile)

public:
    // Writes a bundle atomically: nothing appears under `path` unless it is complete.
    // `produce` is called with a sink to which it writes the payload's lines.
    using LineSink = std::function<Status(const QByteArray& line)>;
    static Result<QString> write(const QString& path, BundleManifest manifest, const UnlockedKeys& sender,
                                 const QByteArray& recipientBoxKey,
                                 const std::function<Status(const LineSink&)>& produce);

    // Checks a bundle without opening its payload: format, size limits, payload hash and
    // the sender's signature. `signerKey` finds the signing key to verify with from the
    // manifest (its sender, and the statements of a key rotation it may carry).
    // Returns the manifest and the file's hash.
    struct Verified
    {
        BundleManifest manifest;
        QString fileHash;
    };
    static Result<Verified>
    verify(const QString& path,
           const std::function<Result<QByteArray>(const BundleManifest& manifest)>& signerKey);
    // The same, where the signing key depends on the sender site id alone.
    static Result<Verified>
    verify(const QString& path,
           const std::function<Result<QByteArray>(const QString& senderSite)>& senderKey);

    // Opens the payload of a verified bundle with the recipient's keys and hands each
    // record to `consume`, in order; memory stays bounded by the chunk size.
    using RecordSink = std::function<Status(const QString& table, const QVariantMap& row)>;
    static Status readRecords(const QString& path, const BundleManifest& manifest,
                              const UnlockedKeys& recipient, const RecordSink& consume);
};

} // namespace riaya
