#pragma once

#include "BundleManifest.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVariantMap>
#include <functional>

namespace riaya {

struct PublicKeys;
struct UnlockedKeys;

// The bundle file format, version 3 (docs/bundle-format.md; versions 1 and 2 are still read):
//   "RIAYAB" 0x00 0x03 | header length (u32 BE) | header (canonical JSON manifest)
//   | payload: chunks of [length (u32 BE) | secretstream ciphertext], the last tagged FINAL
//   | trailer: plain payload bytes (u64 BE) | records (u64 BE) | BLAKE2b-256 of the payload
//     bytes (32) | Ed25519 signature (64) over BLAKE2b-512("riaya-bundle/3" | header length
//     | header | plain payload bytes | records | payload hash)
// The payload is zstd-compressed JSON lines, encrypted with a fresh XChaCha20-Poly1305
// secretstream key sealed (crypto_box_seal) to the recipient: first the private part of the
// manifest {"m": {...}}, then one {"t": table, "r": row} per record.

// What a reader accepts at most, whatever a (signed) manifest declares.
inline constexpr qint64 kMaxPlainBytes = qint64(2) << 30; // 2 GiB of records once decompressed
inline constexpr qint64 kMaxInflation = 200; // plain bytes per byte of file

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

    // Opens the payload of a verified bundle with the recipient's keys, fills the manifest's
    // private part (format 3) and hands each record to `consume`, in order; memory stays
    // bounded by the chunk size, and reading stops the moment the stream holds more bytes or
    // records than the signed trailer declares.
    using RecordSink = std::function<Status(const QString& table, const QVariantMap& row)>;
    static Status readRecords(const QString& path, BundleManifest& manifest, const UnlockedKeys& recipient,
                              const RecordSink& consume);
};

} // namespace riaya
