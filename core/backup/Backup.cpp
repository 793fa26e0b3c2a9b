#include "Backup.h"

#include "common/CanonicalJson.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/Ids.h"
#include "security/Access.h"
#include "security/AuditQuery.h"
#include "security/KeyStore.h"
#include "security/Wipe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtEndian>
#include <sodium.h>

namespace riaya {
namespace {

const QByteArray kMagic("RIAYAK\x00\x01", 8);
constexpr qint64 kChunk = 1 << 20;
constexpr qint64 kMaxHeader = 64 * 1024;
constexpr int kAbytes = crypto_secretstream_xchacha20poly1305_ABYTES;

unsigned char* u(QByteArray& data)
{
    return reinterpret_cast<unsigned char*>(data.data());
}
const unsigned char* u(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QByteArray be32(quint32 value)
{
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(value, out.data());
    return out;
}

QString b64(const QByteArray& data)
{
    return QString::fromLatin1(data.toBase64());
}

QByteArray unb64(const QVariant& value)
{
    return QByteArray::fromBase64(value.toString().toLatin1());
}

struct Header
{
    QVariantMap fields;
    QByteArray raw;
    qint64 payloadOffset = 0;
};

Result<Header> readHeaderOf(QFile& file)
{
    const QByteArray prefix = file.read(kMagic.size() + 4);
    if (prefix.size() != kMagic.size() + 4 || !prefix.startsWith(kMagic)) {
        return Error::invalid(Backup::tr("%1 is not a Riaya backup.").arg(native(file.fileName())));
    }
    const qint64 length = qFromBigEndian<quint32>(prefix.constData() + kMagic.size());
    if (length < 2 || length > kMaxHeader) {
        return Error::invalid(
            Backup::tr("%1 is damaged: its header cannot be read.").arg(native(file.fileName())));
    }
    Header header;
    header.raw = file.read(length);
    QJsonParseError error;
    header.fields = QJsonDocument::fromJson(header.raw, &error).object().toVariantMap();
    if (header.raw.size() != length || error.error != QJsonParseError::NoError || header.fields.isEmpty()) {
        return Error::invalid(
            Backup::tr("%1 is damaged: its header cannot be read.").arg(native(file.fileName())));
    }
    header.payloadOffset = kMagic.size() + 4 + length;
    return header;
}

BackupInfo infoOf(const QString& path, const QVariantMap& h)
{
    BackupInfo info;
    info.path = path;
    info.siteId = h.value(QStringLiteral("site_id")).toString();
    info.siteName = h.value(QStringLiteral("site_name")).toString();
    info.kind = h.value(QStringLiteral("kind")).toString();
    info.createdAt
        = QDateTime::fromString(h.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    info.schema = h.value(QStringLiteral("schema")).toInt();
    info.bytes = QFileInfo(path).size();
    return info;
}

// Encrypts `plain` into `out`, the header authenticated with the first chunk.
bool encrypt(QFile& plain, QSaveFile& out, const QByteArray& header,
             crypto_secretstream_xchacha20poly1305_state& stream)
{
    bool first = true;
    for (;;) {
        const QByteArray chunk = plain.read(kChunk);
        const bool last = plain.atEnd();
        QByteArray cipher(chunk.size() + kAbytes, Qt::Uninitialized);
        unsigned long long length = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &stream, u(cipher), &length, u(chunk), static_cast<unsigned long long>(chunk.size()),
            first ? u(header) : nullptr, first ? static_cast<unsigned long long>(header.size()) : 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                 : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        if (out.write(be32(static_cast<quint32>(length))) != 4 || out.write(cipher) != cipher.size()) {
            return false;
        }
        first = false;
        if (last) {
            return true;
        }
    }
}

QString snapshotInto(const QString& databasePath, const QString& target)
{
    const QString name = QStringLiteral("riaya-backup-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString problem;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        connection.setDatabaseName(databasePath);
        connection.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!connection.open()) {
            problem = connection.lastError().text();
        } else {
            QSqlQuery vacuum(connection);
            vacuum.prepare(QStringLiteral("VACUUM INTO :path"));
            vacuum.bindValue(QStringLiteral(":path"), target);
            if (!vacuum.exec()) {
                problem = vacuum.lastError().text();
            }
        }
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

void removeOldest(const QString& folder, const QString& siteId, const QString& kind, int keep)
{
    QList<BackupInfo> same;
    for (const BackupInfo& info : Backup::list(folder)) {
        if (info.siteId == siteId && info.kind == kind) {
            same << info;
        }
    }
    for (qsizetype i = keep; i < same.size(); ++i) { // newest first
        QFile::remove(same.at(i).path);
    }
}

} // namespace

QString Backup::folderFor(Database& db)
{
    const QString folder = db.metaValue(QStringLiteral("backup_folder"));
    return folder.isEmpty() ? QFileInfo(db.path()).absoluteDir().filePath(QStringLiteral("backups")) : folder;
}

int Backup::keepFor(Database& db)
{
    bool ok = false;
    const int keep = db.metaValue(QStringLiteral("backup_keep")).toInt(&ok);
    return ok && keep > 0 ? keep : kDefaultKeep;
}

Status Backup::setFolder(Database& db, const QString& folder)
{
    if (Status allowed = Access::require(db, Permission::Backup); !allowed) {
        return allowed;
    }
    if (folder.trimmed().isEmpty()) {
        return Error::invalid(tr("Choose a folder for the backups."));
    }
    if (!db.setMetaValue(QStringLiteral("backup_folder"), QDir(folder).absolutePath())) {
        return Error::internal(tr("The backup settings could not be saved to disk."));
    }
    return {};
}

Status Backup::setKeep(Database& db, int keep)
{
    if (Status allowed = Access::require(db, Permission::Backup); !allowed) {
        return allowed;
    }
    if (keep < 1 || keep > kMaxKeep) {
        return Error::invalid(tr("Keep from 1 to %1 backups of each kind.").arg(kMaxKeep));
    }
    if (!db.setMetaValue(QStringLiteral("backup_keep"), QString::number(keep))) {
        return Error::internal(tr("The backup settings could not be saved to disk."));
    }
    return {};
}

QDateTime Backup::lastMade(Database& db, const QString& kind)
{
    return QDateTime::fromString(db.metaValue(QStringLiteral("last_backup:") + kind), Qt::ISODateWithMs);
}

Result<BackupInfo> Backup::create(Database& db, const QString& folder, const QString& kind, int keep)
{
    if (kind == QLatin1String("manual")) {
        if (Status allowed = Access::require(db, Permission::Backup); !allowed) {
            return allowed.error();
        }
    }
    const Result<SealedSecret> box = KeyStore(db).sealedSecret("box");
    if (!box) {
        return Error::refused(
            tr("Backups are encrypted with the site's keys: create them first (on the Sync screen, or "
               "with “riaya-cli keys create”)."));
    }
    if (!QDir().mkpath(folder)) {
        return Error::invalid(tr("Cannot make the backup folder %1.").arg(native(folder)));
    }
    BackupInfo info;
    // The chain is checked at every backup; a broken one is reported, and the backup is still made.
    if (const Result<AuditReport> audit = AuditQuery::verify(db); audit && !audit->intact) {
        info.auditIntact = false;
        info.auditProblem = audit->problem;
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"));
    const QString name = QStringLiteral("riaya-%1-%2-%3.backup").arg(db.site().id.left(8), kind, stamp);
    // The plain snapshot stays beside the database (never on the stick, where a pulled stick
    // or a crash would leave it readable); only the encrypted file goes to the folder.
    const QString snapshot = db.path() + QStringLiteral(".backup-partial");
    QFile::remove(snapshot);
    struct Cleanup
    {
        QString path;
        ~Cleanup() { QFile::remove(path); }
    } cleanup { snapshot };
    // On a connection of its own: a consistent snapshot (WAL), whatever the main one has open.
    if (const QString problem = snapshotInto(db.path(), snapshot); !problem.isEmpty()) {
        return Error::invalid(tr("Cannot copy the database into %1: %2").arg(native(folder), problem));
    }
    QFile plain(snapshot);
    if (!plain.open(QIODevice::ReadOnly)) {
        return Error::invalid(tr("Cannot read %1: %2").arg(native(snapshot), plain.errorString()));
    }

    QByteArray key(crypto_secretstream_xchacha20poly1305_KEYBYTES, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_keygen(u(key));
    QByteArray sealedKey(crypto_box_SEALBYTES + key.size(), Qt::Uninitialized);
    crypto_box_seal(u(sealedKey), u(key), static_cast<unsigned long long>(key.size()), u(box->publicKey));
    crypto_secretstream_xchacha20poly1305_state stream;
    QByteArray streamHeader(crypto_secretstream_xchacha20poly1305_HEADERBYTES, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(&stream, u(streamHeader), u(key));
    sodium_memzero(key.data(), static_cast<size_t>(key.size()));
    const QString createdAt = utcNowIso();
    const QByteArray header
        = canonicalJson(QVariantMap { { QStringLiteral("format"), 1 },
                                      { QStringLiteral("site_id"), db.site().id },
                                      { QStringLiteral("site_name"), db.site().name },
                                      { QStringLiteral("kind"), kind },
                                      { QStringLiteral("created_at"), createdAt },
                                      { QStringLiteral("schema"), db.schemaVersion() },
                                      { QStringLiteral("bytes"), plain.size() },
                                      { QStringLiteral("sealed_key"), b64(sealedKey) },
                                      { QStringLiteral("stream_header"), b64(streamHeader) },
                                      { QStringLiteral("box_public"), b64(box->publicKey) },
                                      { QStringLiteral("box_sealed"), b64(box->sealed) },
                                      { QStringLiteral("box_salt"), b64(box->salt) },
                                      { QStringLiteral("box_ops"), box->opsLimit },
                                      { QStringLiteral("box_mem"), box->memLimit } });
    const QString path = QDir(folder).filePath(name);
    QSaveFile out(path);
    const bool written = out.open(QIODevice::WriteOnly) && out.write(kMagic) == kMagic.size()
        && out.write(be32(static_cast<quint32>(header.size()))) == 4 && out.write(header) == header.size()
        && encrypt(plain, out, header, stream) && out.commit();
    if (!written) {
        out.cancelWriting();
        return Error::invalid(tr("Cannot write the backup %1: %2").arg(native(path), out.errorString()));
    }
    removeOldest(folder, db.site().id, kind, keep);
    db.setMetaValue(QStringLiteral("last_backup:") + kind, createdAt);
    const BackupInfo written_ = infoOf(path, QJsonDocument::fromJson(header).object().toVariantMap());
    info.path = written_.path;
    info.siteId = written_.siteId;
    info.siteName = written_.siteName;
    info.kind = kind;
    info.createdAt = written_.createdAt;
    info.schema = written_.schema;
    info.bytes = written_.bytes;
    return info;
}

Result<BackupInfo> Backup::readHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::notFound(tr("Cannot read %1: %2").arg(native(path), file.errorString()));
    }
    const Result<Header> header = readHeaderOf(file);
    if (!header) {
        return header.error();
    }
    return infoOf(path, header->fields);
}

QList<BackupInfo> Backup::list(const QString& folder)
{
    QList<BackupInfo> backups;
    for (const QFileInfo& entry : QDir(folder).entryInfoList({ QStringLiteral("*.backup") }, QDir::Files)) {
        if (const Result<BackupInfo> info = readHeader(entry.absoluteFilePath()); info) {
            backups << *info;
        }
    }
    std::sort(backups.begin(), backups.end(),
              [](const BackupInfo& a, const BackupInfo& b) { return a.createdAt > b.createdAt; });
    return backups;
}

Result<QString> Backup::restore(const QString& backupPath, const QString& databasePath,
                                const QByteArray& passphrase)
{
    QFile in(backupPath);
    if (!in.open(QIODevice::ReadOnly)) {
        return Error::notFound(tr("Cannot read %1: %2").arg(native(backupPath), in.errorString()));
    }
    const Result<Header> header = readHeaderOf(in);
    if (!header) {
        return header.error();
    }
    const QVariantMap& h = header->fields;
    const SealedSecret box { "box",
                             unb64(h.value(QStringLiteral("box_public"))),
                             unb64(h.value(QStringLiteral("box_sealed"))),
                             unb64(h.value(QStringLiteral("box_salt"))),
                             h.value(QStringLiteral("box_ops")).toLongLong(),
                             h.value(QStringLiteral("box_mem")).toLongLong() };
    Result<QByteArray> boxSecret = KeyStore::openSealed(box, passphrase);
    if (!boxSecret) {
        return Error { boxSecret.error().kind,
                       tr("%1: %2").arg(native(backupPath), boxSecret.error().message),
                       {} };
    }
    WipeOnExit wipeBoxSecret(*boxSecret);
    QByteArray key(crypto_secretstream_xchacha20poly1305_KEYBYTES, Qt::Uninitialized);
    const QByteArray sealedKey = unb64(h.value(QStringLiteral("sealed_key")));
    const QByteArray streamHeader = unb64(h.value(QStringLiteral("stream_header")));
    crypto_secretstream_xchacha20poly1305_state stream;
    const bool opened = box.publicKey.size() == crypto_box_PUBLICKEYBYTES
        && sealedKey.size() == crypto_box_SEALBYTES + key.size()
        && streamHeader.size() == crypto_secretstream_xchacha20poly1305_HEADERBYTES
        && crypto_box_seal_open(u(key), u(sealedKey), static_cast<unsigned long long>(sealedKey.size()),
                                u(box.publicKey), u(*boxSecret))
            == 0
        && crypto_secretstream_xchacha20poly1305_init_pull(&stream, u(streamHeader), u(key)) == 0;
    sodium_memzero(key.data(), static_cast<size_t>(key.size()));
    if (!opened) {
        return Error::invalid(
            tr("%1 is damaged: it cannot be opened with this site's keys.").arg(native(backupPath)));
    }

    // Decrypted next to the database (so the final move is a rename), checked, then swapped in.
    const QString restoring = databasePath + QStringLiteral(".restoring");
    QFile::remove(restoring);
    struct Cleanup
    {
        QString path;
        ~Cleanup()
        {
            for (const char* suffix : { "", "-wal", "-shm", ".lock" }) {
                QFile::remove(path + QLatin1String(suffix));
            }
            // An older backup is migrated when checked, leaving a plain copy beside it.
            const QFileInfo file(path);
            for (const QString& copy : file.dir().entryList(
                     { file.fileName() + QStringLiteral(".before-schema-*") }, QDir::Files)) {
                QFile::remove(file.dir().filePath(copy));
            }
        }
    } cleanup { restoring };
    {
        QFile out(restoring);
        if (!out.open(QIODevice::WriteOnly)) {
            return Error::invalid(tr("Cannot write %1: %2").arg(native(restoring), out.errorString()));
        }
        bool first = true;
        bool final = false;
        while (!final) {
            const QByteArray length = in.read(4);
            const qint64 size = length.size() == 4 ? qFromBigEndian<quint32>(length.constData()) : -1;
            const QByteArray cipher
                = size > kAbytes && size <= kChunk + kAbytes ? in.read(size) : QByteArray();
            if (cipher.size() != size || size < 0) {
                return Error::invalid(tr("%1 is damaged or truncated.").arg(native(backupPath)));
            }
            QByteArray plain(cipher.size() - kAbytes, Qt::Uninitialized);
            unsigned long long plainLength = 0;
            unsigned char tag = 0;
            if (crypto_secretstream_xchacha20poly1305_pull(
                    &stream, u(plain), &plainLength, &tag, u(cipher),
                    static_cast<unsigned long long>(cipher.size()), first ? u(header->raw) : nullptr,
                    first ? static_cast<unsigned long long>(header->raw.size()) : 0)
                != 0) {
                return Error::invalid(tr("%1 is damaged: its content was changed.").arg(native(backupPath)));
            }
            first = false;
            final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
            if (out.write(plain.constData(), static_cast<qint64>(plainLength))
                != static_cast<qint64>(plainLength)) {
                return Error::invalid(tr("Cannot write %1: %2").arg(native(restoring), out.errorString()));
            }
        }
        if (!in.atEnd() || !out.flush()) {
            return Error::invalid(tr("%1 is damaged: it goes on after its end.").arg(native(backupPath)));
        }
    }
    // Open it as Riaya would (integrity check, schema, migrations) before anything is replaced.
    {
        auto restored = Database::open(restoring);
        if (!restored) {
            return Error::invalid(tr("%1 does not hold a usable database: %2")
                                      .arg(native(backupPath), restored.error().message));
        }
        if ((*restored)->site().id != h.value(QStringLiteral("site_id")).toString()) {
            return Error::invalid(
                tr("%1 is damaged: its database belongs to another site.").arg(native(backupPath)));
        }
    }
    if (QFile::exists(databasePath)) {
        // A damaged current database cannot say whose it is; a readable one must be this site's.
        auto current = Database::open(databasePath);
        if (current && (*current)->site().id != h.value(QStringLiteral("site_id")).toString()) {
            return Error::refused(
                tr("%1 is a backup of “%2”, not of this database; nothing was replaced.")
                    .arg(native(backupPath), h.value(QStringLiteral("site_name")).toString()));
        }
    }
    // Held through the swap, so no Riaya opens the file in between; refused when open elsewhere.
    QLockFile lock(databasePath + QStringLiteral(".lock"));
    lock.setStaleLockTime(0); // as Database::open: stale only when its process is gone
    // A window that asked for this restore may take a few seconds to let go of the file.
    if (!lock.tryLock(15000)) {
        return Error::refused(tr("The database %1 is open in Riaya or a command: close it first; nothing "
                                 "was replaced.")
                                  .arg(native(databasePath)));
    }
    const QString aside = databasePath + QStringLiteral(".before-restore-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (QFile::exists(databasePath) && !QFile::rename(databasePath, aside)) {
        return Error::invalid(
            tr("Cannot keep the current database aside as %1; nothing was replaced.").arg(native(aside)));
    }
    for (const char* suffix : { "-wal", "-shm" }) {
        QFile::rename(databasePath + QLatin1String(suffix), aside + QLatin1String(suffix));
    }
    if (!QFile::rename(restoring, databasePath)) {
        QFile::rename(aside, databasePath);
        return Error::invalid(tr("Cannot put the backup in place of %1; the database was left as it was.")
                                  .arg(native(databasePath)));
    }
    return QFile::exists(aside) ? aside : QString();
}

} // namespace riaya
