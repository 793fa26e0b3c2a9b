#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace riaya {

class Database;

struct BackupInfo
{
    QString path;
    QString siteId;
    QString siteName;
    QString kind; // manual, daily, import
    QDateTime createdAt;
    int schema = 0;
    qint64 bytes = 0;
    bool auditIntact = true; // the hash chain, verified at each backup
    QString auditProblem;
};

// Backups that nobody has to think about: a consistent copy of the database (VACUUM INTO),
// encrypted (XChaCha20-Poly1305 secretstream) with a key sealed to the site's own X25519 key,
// whose private half travels in the file sealed under the passphrase, so the passphrase
// alone opens a backup even when the database is lost. Written atomically to a folder that
// can be a USB stick; the oldest of each kind beyond `keep` are removed.
//   "RIAYAK" 0x00 0x01 | header length (u32 BE) | header (canonical JSON)
//   | chunks of [length (u32 BE) | ciphertext], the first authenticating the header, the
//     last tagged FINAL
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    static constexpr int kDefaultKeep = 7;

    static Result<BackupInfo> create(Database& db, const QString& folder, const QString& kind,
                                     int keep = kDefaultKeep);
    // The backups of a folder, newest first (damaged files are left out).
    static QList<BackupInfo> list(const QString& folder);
    static Result<BackupInfo> readHeader(const QString& path);
    // Checks the backup whole (decrypts it, opens it as a Riaya database of the same site)
    // before anything is replaced, then keeps the current database aside and puts the backup
    // in its place. Returns where the previous database was kept. The database must not be
    // open anywhere.
    static Result<QString> restore(const QString& backupPath, const QString& databasePath,
                                   const QByteArray& passphrase);

    // Where this database's backups go, and how many of each kind are kept (meta settings).
    static QString folderFor(Database& db);
    static int keepFor(Database& db);
    // Changing them is for those who may make backups; the folder is kept as an absolute path.
    static Status setFolder(Database& db, const QString& folder);
    static Status setKeep(Database& db, int keep); // 1 to kMaxKeep
    static constexpr int kMaxKeep = 365;
    // When the last backup of a kind was made here; invalid when never.
    static QDateTime lastMade(Database& db, const QString& kind);
};

} // namespace riaya
