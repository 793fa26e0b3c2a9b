#include "BundleFile.h"

#include "RecordLine.h"
#include "common/CanonicalJson.h"
#include "common/Logging.h"
#include "security/KeyStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtEndian>
#include <memory>
#include <sodium.h>
#include <zstd.h>

namespace riaya {
namespace {

const QByteArray kMagic("RIAYAB\x00", 7);
constexpr char kOldestFormat = 1;
constexpr qint64 kPrefixBytes = 8 + 4;
constexpr qint64 kDigestBytes = 32;
// Format 3 signs the plain payload size and the record count in front of the payload hash.
constexpr qint64 kSizesBytes = 8 + 8;

qint64 trailerBytes(int format)
{
    return (format >= 3 ? kSizesBytes : 0) + kDigestBytes + crypto_sign_BYTES;
}
constexpr qint64 kMaxCipherChunk = kChunkBytes + crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr qsizetype kMaxLineBytes = 4 * 1024 * 1024;

unsigned char* u(QByteArray& data)
{
    return reinterpret_cast<unsigned char*>(data.data());
}
const unsigned char* u(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

QByteArray be32(quint32 value)
{
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(value, out.data());
    return out;
}

QByteArray be64(quint64 value)
{
    QByteArray out(8, Qt::Uninitialized);
    qToBigEndian(value, out.data());
    return out;
}

// What the sender signs: a BLAKE2b-512 prehash of a domain tag naming the format (so the
// unsigned format byte cannot be changed), the header, and the trailer before the signature
// (the sizes, from format 3, and the payload hash).
QByteArray signedMessage(int format, const QByteArray& header, const QByteArray& trailer)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES_MAX);
    const QByteArray tag = "riaya-bundle/" + QByteArray::number(format);
    const QByteArray length = be32(static_cast<quint32>(header.size()));
    for (const QByteArray* part : { &tag, &length, &header, &trailer }) {
        crypto_generichash_update(&state, u(*part), static_cast<unsigned long long>(part->size()));
    }
    QByteArray out(crypto_generichash_BYTES_MAX, Qt::Uninitialized);
    crypto_generichash_final(&state, u(out), static_cast<size_t>(out.size()));
    return out;
}

class Hasher
{
public:
    Hasher() { crypto_generichash_init(&m_state, nullptr, 0, 32); }
    void add(const QByteArray& data)
    {
        crypto_generichash_update(&m_state, u(data), static_cast<unsigned long long>(data.size()));
    }
    QByteArray final()
    {
        QByteArray out(32, Qt::Uninitialized);
        crypto_generichash_final(&m_state, u(out), 32);
        return out;
    }

private:
    crypto_generichash_state m_state;
};

struct ZstdCCtxDeleter
{
    void operator()(ZSTD_CCtx* c) const { ZSTD_freeCCtx(c); }
};
struct ZstdDCtxDeleter
{
    void operator()(ZSTD_DCtx* d) const { ZSTD_freeDCtx(d); }
};

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Result<QString> BundleFile::write(const QString& path, BundleManifest manifest, const UnlockedKeys& sender,
                                  const QByteArray& recipientBoxKey,
                                  const std::function<Status(const LineSink&)>& produce)
{
    if (recipientBoxKey.size() != crypto_box_PUBLICKEYBYTES) {
        return Error::invalid(tr("The recipient has no valid encryption key."));
    }
    QByteArray key(crypto_secretstream_xchacha20poly1305_KEYBYTES, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_keygen(u(key));
    manifest.format = kBundleFormat;
    manifest.keyRotation = sender.keyRotation; // so a site can follow the sender's new keys
    manifest.sealedKey = QByteArray(crypto_box_SEALBYTES + key.size(), Qt::Uninitialized);
    crypto_box_seal(u(manifest.sealedKey), u(key), static_cast<unsigned long long>(key.size()),
                    u(recipientBoxKey));
    crypto_secretstream_xchacha20poly1305_state stream;
    manifest.streamHeader = QByteArray(crypto_secretstream_xchacha20poly1305_HEADERBYTES, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(&stream, u(manifest.streamHeader), u(key));
    sodium_memzero(key.data(), static_cast<size_t>(key.size()));
    const QByteArray header = canonicalJson(manifest.toMap());

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::invalid(tr("Cannot write %1: %2").arg(native(path), file.errorString()));
    }
    Hasher fileHash;
    Hasher payloadHash;
    qint64 plainBytes = 0;
    auto put = [&](const QByteArray& bytes, bool payload) {
        fileHash.add(bytes);
        if (payload) {
            payloadHash.add(bytes);
        }
        return file.write(bytes) == bytes.size();
    };
    bool ok = put(kMagic + QByteArray(1, char(kBundleFormat)), false)
        && put(be32(static_cast<quint32>(header.size())), false) && put(header, false);

    std::unique_ptr<ZSTD_CCtx, ZstdCCtxDeleter> zstd(ZSTD_createCCtx());
    ZSTD_CCtx_setParameter(zstd.get(), ZSTD_c_compressionLevel, 3);
    QByteArray plain; // compressed bytes waiting to fill a chunk
    auto pushChunk = [&](const QByteArray& chunk, unsigned char tag) {
        QByteArray cipher(chunk.size() + crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
        unsigned long long length = 0;
        crypto_secretstream_xchacha20poly1305_push(&stream, u(cipher), &length, u(chunk),
                                                   static_cast<unsigned long long>(chunk.size()), nullptr, 0,
                                                   tag);
        return put(be32(static_cast<quint32>(length)), true) && put(cipher, true);
    };
    auto compress = [&](const QByteArray& input, ZSTD_EndDirective mode) -> bool {
        ZSTD_inBuffer in { input.constData(), static_cast<size_t>(input.size()), 0 };
        QByteArray out(static_cast<qsizetype>(ZSTD_CStreamOutSize()), Qt::Uninitialized);
        for (;;) {
            ZSTD_outBuffer outBuffer { out.data(), static_cast<size_t>(out.size()), 0 };
            const size_t remaining = ZSTD_compressStream2(zstd.get(), &outBuffer, &in, mode);
            if (ZSTD_isError(remaining)) {
                return false;
            }
            plain.append(out.constData(), static_cast<qsizetype>(outBuffer.pos));
            while (plain.size() >= kChunkBytes) {
                if (!pushChunk(plain.left(kChunkBytes), crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)) {
                    return false;
                }
                plain.remove(0, kChunkBytes);
            }
            const bool done = mode == ZSTD_e_end ? remaining == 0 : in.pos == in.size;
            if (done) {
                return true;
            }
        }
    };
    auto putLine = [&](const QByteArray& line) -> Status {
        plainBytes += line.size() + 1;
        if (!compress(line + '\n', ZSTD_e_continue)) {
            return Error::internal(tr("Cannot compress or write the bundle %1.").arg(native(path)));
        }
        return {};
    };
    qint64 lines = 0;
    Status produced = ok
        ? putLine("{\"m\":" + canonicalJson(manifest.privateMap()) + '}')
        : Status(Error::invalid(tr("Cannot write %1: %2").arg(native(path), file.errorString())));
    if (produced) {
        produced = produce([&](const QByteArray& line) -> Status {
            ++lines;
            return putLine(line);
        });
    }
    if (!produced) {
        file.cancelWriting();
        return produced.error();
    }
    if (lines != manifest.records) {
        file.cancelWriting();
        return Error::internal(
            tr("The bundle was to hold %1 records but %2 were written.").arg(manifest.records).arg(lines));
    }
    ok = compress({}, ZSTD_e_end) && pushChunk(plain, crypto_secretstream_xchacha20poly1305_TAG_FINAL);
    const QByteArray trailer
        = be64(static_cast<quint64>(plainBytes)) + be64(static_cast<quint64>(lines)) + payloadHash.final();
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    const QByteArray message = signedMessage(manifest.format, header, trailer);
    crypto_sign_detached(u(signature), nullptr, u(message), static_cast<unsigned long long>(message.size()),
                         u(sender.signSecret));
    ok = ok && put(trailer, false) && put(signature, false);
    const QString digest = QString::fromLatin1(fileHash.final().toHex());
    if (!ok || !file.commit()) {
        return Error::invalid(tr("Cannot write %1: %2").arg(native(path), file.errorString()));
    }
    return digest;
}

Result<BundleFile::Verified>
BundleFile::verify(const QString& path, const std::function<Result<QByteArray>(const QString&)>& senderKey)
{
    return verify(path,
                  std::function<Result<QByteArray>(const BundleManifest&)>(
                      [&](const BundleManifest& manifest) { return senderKey(manifest.senderSite); }));
}

Result<BundleFile::Verified>
BundleFile::verify(const QString& path,
                   const std::function<Result<QByteArray>(const BundleManifest&)>& signerKey)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::notFound(tr("Cannot read %1: %2").arg(native(path), file.errorString()));
    }
    const qint64 size = file.size();
    const QByteArray prefix = file.read(kPrefixBytes);
    if (prefix.size() < kPrefixBytes || !prefix.startsWith(kMagic)) {
        return Error::invalid(tr("%1 is not a Riaya bundle.").arg(native(path)));
    }
    const int format = prefix.at(7);
    if (format > kBundleFormat) {
        return Error::refused(
            tr("%1 was made by a newer version of Riaya (bundle format %2). Update Riaya to "
               "import it; nothing was applied.")
                .arg(native(path))
                .arg(format));
    }
    if (format < kOldestFormat) {
        return Error::invalid(tr("%1 is not a Riaya bundle.").arg(native(path)));
    }
    const qint64 headerLength = qFromBigEndian<quint32>(prefix.constData() + 8);
    const qint64 trailerSize = trailerBytes(format);
    if (headerLength < 2 || headerLength > kMaxHeaderBytes
        || kPrefixBytes + headerLength + trailerSize > size) {
        return Error::invalid(
            tr("%1 is damaged or truncated: its header does not fit in the file.").arg(native(path)));
    }
    const QByteArray header = file.read(headerLength);
    QJsonParseError parseError;
    const QVariantMap map = QJsonDocument::fromJson(header, &parseError).object().toVariantMap();
    if (parseError.error != QJsonParseError::NoError || map.isEmpty()) {
        return Error::invalid(tr("%1 is damaged: its header cannot be read.").arg(native(path)));
    }
    Verified verified { BundleManifest::fromMap(map), {} };
    if (verified.manifest.format != format) {
        return Error::invalid(
            tr("%1 is damaged: its header and its first bytes name different formats.").arg(native(path)));
    }
    const Result<QByteArray> key = signerKey(verified.manifest);
    if (!key) {
        return Error::invalid(tr("%1 comes from a site this database does not trust: %2")
                                  .arg(native(path), key.error().message));
    }

    Hasher fileHash;
    fileHash.add(prefix);
    fileHash.add(header);
    Hasher payloadHash;
    qint64 payloadLeft = size - kPrefixBytes - headerLength - trailerSize;
    while (payloadLeft > 0) {
        const QByteArray block = file.read(std::min<qint64>(payloadLeft, 1 << 20));
        if (block.isEmpty()) {
            return Error::invalid(tr("%1 is truncated.").arg(native(path)));
        }
        payloadHash.add(block);
        fileHash.add(block);
        payloadLeft -= block.size();
    }
    const QByteArray trailer = file.read(trailerSize);
    fileHash.add(trailer);
    const qint64 signedBytes = trailerSize - crypto_sign_BYTES;
    if (trailer.size() != trailerSize
        || trailer.mid(signedBytes - kDigestBytes, kDigestBytes) != payloadHash.final()) {
        return Error::invalid(
            tr("%1 is damaged or truncated: its content does not match its hash.").arg(native(path)));
    }
    const QByteArray message = signedMessage(format, header, trailer.left(signedBytes));
    if (key->size() != crypto_sign_PUBLICKEYBYTES
        || crypto_sign_verify_detached(u(trailer) + signedBytes, u(message),
                                       static_cast<unsigned long long>(message.size()), u(*key))
            != 0) {
        return Error::invalid(
            tr("%1 does not carry a valid signature of its sender: it was changed or forged.")
                .arg(native(path)));
    }
    if (format >= 3) {
        // Signed, but a site can sign anything: the declared sizes are bounded before a byte
        // is decompressed, and reading stops where they end.
        const quint64 plainBytes = qFromBigEndian<quint64>(trailer.constData());
        const quint64 records = qFromBigEndian<quint64>(trailer.constData() + 8);
        if (plainBytes > quint64(kMaxPlainBytes) || plainBytes > quint64(size) * kMaxInflation
            || records > plainBytes / 2) {
            return Error::invalid(tr("%1 declares %2 bytes of records in a file of %3 bytes, more than "
                                     "Riaya accepts; nothing was applied.")
                                      .arg(native(path))
                                      .arg(plainBytes)
                                      .arg(size));
        }
        verified.manifest.plainBytes = static_cast<qint64>(plainBytes);
        verified.manifest.records = static_cast<qint64>(records);
    }
    verified.fileHash = QString::fromLatin1(fileHash.final().toHex());
    return verified;
}

Status BundleFile::readRecords(const QString& path, BundleManifest& manifest, const UnlockedKeys& recipient,
                               const RecordSink& consume)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::notFound(tr("Cannot read %1: %2").arg(native(path), file.errorString()));
    }
    const QByteArray prefix = file.read(kPrefixBytes);
    const qint64 headerLength
        = prefix.size() == kPrefixBytes ? qFromBigEndian<quint32>(prefix.constData() + 8) : 0;
    const qint64 payloadEnd = file.size() - trailerBytes(manifest.format);
    if (headerLength <= 0 || !file.seek(kPrefixBytes + headerLength)) {
        return Error::invalid(tr("%1 is damaged.").arg(native(path)));
    }
    QByteArray key(crypto_secretstream_xchacha20poly1305_KEYBYTES, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_state stream;
    if (manifest.sealedKey.size() != crypto_box_SEALBYTES + key.size()
        || crypto_box_seal_open(u(key), u(manifest.sealedKey),
                                static_cast<unsigned long long>(manifest.sealedKey.size()),
                                u(recipient.publicKeys.box), u(recipient.boxSecret))
            != 0) {
        return Error::invalid(
            tr("%1 is not addressed to this site: its key does not open with this site's keys.")
                .arg(native(path)));
    }
    const bool started = manifest.streamHeader.size() == crypto_secretstream_xchacha20poly1305_HEADERBYTES
        && crypto_secretstream_xchacha20poly1305_init_pull(&stream, u(manifest.streamHeader), u(key)) == 0;
    sodium_memzero(key.data(), static_cast<size_t>(key.size()));
    if (!started) {
        return Error::invalid(tr("%1 is damaged.").arg(native(path)));
    }

    std::unique_ptr<ZSTD_DCtx, ZstdDCtxDeleter> zstd(ZSTD_createDCtx());
    QByteArray pending; // a line not yet complete
    RecordLineReader lines;
    qint64 records = 0;
    qint64 plainBytes = 0;
    bool privatePart = manifest.format >= 3; // the first line, still to come
    const auto tooMuch = [&] {
        return Error::invalid(
            tr("%1 holds more than its signed manifest declares; it was refused.").arg(native(path)));
    };
    auto takeLines = [&]() -> Status {
        qsizetype start = 0;
        for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n', start)) {
            const qsizetype lineStart = std::exchange(start, end + 1);
            if (privatePart) {
                const QJsonObject object
                    = QJsonDocument::fromJson(pending.mid(lineStart, end - lineStart)).object();
                if (!object.value(QStringLiteral("m")).isObject()) {
                    return Error::invalid(
                        tr("%1 is damaged: its private manifest is missing.").arg(native(path)));
                }
                manifest.takePrivateMap(object.value(QStringLiteral("m")).toObject().toVariantMap());
                privatePart = false;
                continue;
            }
            std::optional<RecordLineReader::Record> record
                = lines.read(pending.constData() + lineStart, end - lineStart);
            if (!record) {
                return Error::invalid(tr("%1 holds a record that cannot be read.").arg(native(path)));
            }
            if (++records > manifest.records && manifest.format >= 3) {
                return tooMuch();
            }
            if (Status status = consume(record->table, record->row); !status) {
                return status;
            }
        }
        pending.remove(0, start);
        if (pending.size() > kMaxLineBytes) {
            return Error::invalid(tr("%1 holds a record larger than Riaya accepts.").arg(native(path)));
        }
        return {};
    };
    bool final = false;
    QByteArray out(static_cast<qsizetype>(ZSTD_DStreamOutSize()), Qt::Uninitialized);
    while (!final) {
        const QByteArray lengthBytes = file.read(4);
        const qint64 length = lengthBytes.size() == 4 ? qFromBigEndian<quint32>(lengthBytes.constData()) : -1;
        if (length < static_cast<qint64>(crypto_secretstream_xchacha20poly1305_ABYTES)
            || length > kMaxCipherChunk || file.pos() + length > payloadEnd) {
            return Error::invalid(tr("%1 is damaged or truncated.").arg(native(path)));
        }
        const QByteArray cipher = file.read(length);
        QByteArray chunk(length - crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
        unsigned long long chunkLength = 0;
        unsigned char tag = 0;
        if (cipher.size() != length
            || crypto_secretstream_xchacha20poly1305_pull(&stream, u(chunk), &chunkLength, &tag, u(cipher),
                                                          static_cast<unsigned long long>(cipher.size()),
                                                          nullptr, 0)
                != 0) {
            return Error::invalid(tr("%1 is damaged: a part of it does not decrypt.").arg(native(path)));
        }
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        ZSTD_inBuffer in { chunk.constData(), static_cast<size_t>(chunkLength), 0 };
        while (in.pos < in.size) {
            ZSTD_outBuffer outBuffer { out.data(), static_cast<size_t>(out.size()), 0 };
            if (ZSTD_isError(ZSTD_decompressStream(zstd.get(), &outBuffer, &in))) {
                return Error::invalid(
                    tr("%1 is damaged: its content does not decompress.").arg(native(path)));
            }
            pending.append(out.constData(), static_cast<qsizetype>(outBuffer.pos));
            plainBytes += static_cast<qint64>(outBuffer.pos);
            if (manifest.format >= 3 && plainBytes > manifest.plainBytes) {
                return tooMuch();
            }
            if (Status status = takeLines(); !status) {
                return status;
            }
        }
    }
    if (file.pos() != payloadEnd || !pending.isEmpty() || records != manifest.records || privatePart
        || (manifest.format >= 3 && plainBytes != manifest.plainBytes)) {
        return Error::invalid(
            tr("%1 is damaged: it does not hold the records its manifest lists.").arg(native(path)));
    }
    return {};
}

} // namespace riaya
