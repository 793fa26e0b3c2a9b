#include "Database.h"

#include "Migrations.h"
#include "RecordWriter.h"
#include "SqlQuery.h"
#include "Transaction.h"
#include "common/Logging.h"
#include "text/SqlFunctions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>
#include <sodium.h>
#include <sys/stat.h>

namespace riaya {
namespace {

constexpr int kApplicationId = 0x52494159; // "RIAY" in the SQLite header

QString lockPath(const QString& dbPath)
{
    return dbPath + QStringLiteral(".lock");
}

Status runQuickCheck(const QSqlDatabase& db, const QString& path)
{
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()
        || check.value(0).toString() != QLatin1String("ok")) {
        const QString detail
            = check.lastError().isValid() ? check.lastError().text() : check.value(0).toString();
        return Error::invalid(Database::tr("The database %1 is damaged (%2). Restore it from a backup.")
                                  .arg(QDir::toNativeSeparators(path), detail));
    }
    return {};
}

Error lockError(const QString& path, QLockFile& lock)
{
    if (lock.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString app;
        lock.getLockInfo(&pid, &host, &app);
        return Error::refused(
            Database::tr("The database %1 is already open in another Riaya window or command "
                         "(process %2 on %3). Close it first; only one may write at a time.")
                .arg(QDir::toNativeSeparators(path))
                .arg(pid)
                .arg(host));
    }
    return Error::refused(Database::tr("Cannot lock the database %1: the folder is not writable "
                                       "or the disk is full.")
                              .arg(QDir::toNativeSeparators(path)));
}

} // namespace

Database::Database(QString path, QString connectionName, std::unique_ptr<QLockFile> lock)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_lock(std::move(lock))
    , m_actor { QStringLiteral("local"), {}, true }
{ }

Database::~Database()
{
    m_writer.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode, IntegrityCheck check)
{
    if (sodium_init() < 0) {
        return Error::internal(tr("The cryptography library could not start."));
    }
    const QString native = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (mode == OpenMode::ExistingOnly && !info.exists()) {
        return Error::notFound(
            tr("There is no database at %1. Create one with “riaya-cli --db %1 init”.").arg(native));
    }
    if (info.exists() && !info.isFile()) {
        return Error::invalid(tr("%1 is not a file.").arg(native));
    }
    if (!info.absoluteDir().exists()) {
        return Error::notFound(tr("The folder of %1 does not exist.").arg(native));
    }

    auto lock = std::make_unique<QLockFile>(lockPath(info.absoluteFilePath()));
    lock->setStaleLockTime(0); // stale only when the process that held it is gone
    if (!lock->tryLock(0)) {
        return lockError(path, *lock);
    }

    const QString connectionName
        = QStringLiteral("riaya-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(
        new Database(info.absoluteFilePath(), connectionName, std::move(lock)));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            return Error::invalid(tr("Cannot open the database %1: %2").arg(native, db.lastError().text()));
        }
        if (!registerSearchFunctions(db)) {
            return Error::internal(tr("The SQLite driver of this installation cannot run Riaya's search."));
        }
    }
    if (Status status = database->checkAndMigrate(check); !status) {
        return status.error();
    }
    struct stat file
    {
    };
    if (::stat(QFile::encodeName(database->m_path).constData(), &file) == 0) {
        database->m_device = static_cast<quint64>(file.st_dev);
        database->m_inode = static_cast<quint64>(file.st_ino);
    }
    if (Status status = database->reloadSite(); !status) {
        return status.error();
    }
    return database;
}

Status Database::checkAndMigrate(IntegrityCheck check)
{
    const QString native = QDir::toNativeSeparators(m_path);
    QSqlDatabase db = connection();
    QString readError;
    auto pragmaInt = [&](const QString& sql, bool* ok) {
        QSqlQuery query(db);
        *ok = query.exec(sql) && query.next();
        if (!*ok) {
            readError = query.lastError().isValid() ? query.lastError().text()
                                                    : tr("the file is not an SQLite database");
        }
        return *ok ? query.value(0).toInt() : 0;
    };

    // Read the header before writing anything, so a foreign or newer file is left untouched.
    bool ok = false;
    const int appId = pragmaInt(QStringLiteral("PRAGMA application_id"), &ok);
    if (!ok) {
        return Error::invalid(tr("%1 is not a Riaya database, or it is damaged: %2").arg(native, readError));
    }
    bool readable = true;
    const int version = pragmaInt(QStringLiteral("PRAGMA user_version"), &ok);
    readable = readable && ok;
    const int tableCount = pragmaInt(QStringLiteral("SELECT count(*) FROM sqlite_schema"), &ok);
    readable = readable && ok;
    if (!readable) {
        return Error::invalid(
            tr("The database %1 is damaged (%2). Restore it from a backup.").arg(native, readError));
    }
    if (appId != kApplicationId && (appId != 0 || tableCount > 0)) {
        return Error::invalid(tr("%1 is not a Riaya database.").arg(native));
    }
    if (version > latestSchemaVersion()) {
        return Error::refused(tr("%1 was written by a newer version of Riaya (schema %2; this version knows "
                                 "schema %3). Update Riaya to open it; the file was not changed.")
                                  .arg(native)
                                  .arg(version)
                                  .arg(latestSchemaVersion()));
    }
    if (tableCount > 0 && check == IntegrityCheck::AtOpen) {
        if (Status status = runQuickCheck(db, m_path); !status) {
            return status;
        }
    }

    QString error;
    if (!SqlQuery::execute(db, QStringLiteral("PRAGMA journal_mode = WAL"), &error)
        || !SqlQuery::execute(db, QStringLiteral("PRAGMA synchronous = FULL"), &error)
        || !SqlQuery::execute(db, QStringLiteral("PRAGMA foreign_keys = ON"), &error)
        // 64 MiB of page cache: large imports and demo batches stay in memory until commit.
        || !SqlQuery::execute(db, QStringLiteral("PRAGMA cache_size = -65536"), &error)
        // Statement journals in memory: every insert that fires a trigger wrote one to a
        // temporary file (a quarter of an import's time). The WAL keeps the durability.
        || !SqlQuery::execute(db, QStringLiteral("PRAGMA temp_store = MEMORY"), &error)) {
        return Error::internal(tr("Cannot prepare the database %1: %2").arg(native, error));
    }

    // A copy before the schema changes, beside the file: a migration that goes wrong on some
    // laptop in the field must not cost the data (one copy, the latest, is kept).
    if (version > 0 && version < latestSchemaVersion()) {
        const QString copy = m_path + QStringLiteral(".before-schema-%1").arg(latestSchemaVersion());
        QFile::remove(copy);
        if (!SqlQuery::execute(db,
                               QStringLiteral("VACUUM INTO '%1'")
                                   .arg(QString(copy).replace(QLatin1Char('\''), QStringLiteral("''"))),
                               &error)) {
            return Error::internal(
                tr("Cannot copy %1 before updating it: %2. It was left as it was.").arg(native, error));
        }
    }
    for (const Migration& migration : allMigrations()) {
        if (migration.version <= version) {
            continue;
        }
        Transaction tx(db);
        bool applied = tx.isActive();
        for (const QString& statement : migration.statements) {
            applied = applied && SqlQuery::execute(db, statement, &error);
        }
        applied = applied
            && SqlQuery::execute(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId), &error)
            && SqlQuery::execute(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version),
                                 &error);
        if (!applied || !tx.commit()) {
            return Error::internal(
                tr("Cannot update the database %1 to schema %2: %3. It was left as it was.")
                    .arg(native)
                    .arg(migration.version)
                    .arg(error));
        }
        qCInfo(lcDb) << "migrated" << m_path << "to schema" << migration.version << migration.description;
    }
    m_schemaVersion = latestSchemaVersion();
    return {};
}

Status Database::quickCheck(const QString& path)
{
    const QString name = QStringLiteral("riaya-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        status = db.open()
            ? runQuickCheck(db, path)
            : Status(Error::invalid(tr("Cannot open the database %1: %2")
                                        .arg(QDir::toNativeSeparators(path), db.lastError().text())));
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}

Status Database::checkFileUnchanged() const
{
    struct stat file
    {
    };
    const bool there = ::stat(QFile::encodeName(m_path).constData(), &file) == 0;
    if (there && static_cast<quint64>(file.st_dev) == m_device
        && static_cast<quint64>(file.st_ino) == m_inode) {
        return {};
    }
    return Error::refused(
        (there
             ? tr(
                 "The database file %1 was replaced by another file while Riaya had it open. Nothing more is "
                 "written to it: close Riaya, then restore the latest backup or put the file back.")
             : tr("The database file %1 was deleted while Riaya had it open. Nothing more is written to it: "
                  "close Riaya, then restore the latest backup or put the file back."))
            .arg(QDir::toNativeSeparators(m_path)));
}

Status Database::reloadSite()
{
    SqlQuery query(connection(), QStringLiteral("SELECT id, name, kind, institution_id FROM site LIMIT 1"));
    if (!query.exec()) {
        return Error::internal(tr("Cannot read the site of %1: %2").arg(m_path, query.errorText()));
    }
    m_site = {};
    if (query.next()) {
        m_site.id = query.value(0).toString();
        m_site.name = query.value(1).toString();
        m_site.isMinistry = query.value(2).toString() == QLatin1String("ministry");
        m_site.institutionId = query.value(3).toString();
    }
    // A database with accounts of its own serves nobody until someone signs in.
    SqlQuery accounts(connection(),
                      QStringLiteral("SELECT EXISTS (SELECT 1 FROM users WHERE password_hash IS NOT NULL"
                                     " AND deleted = 0)"));
    if (accounts.exec() && accounts.next() && accounts.value(0).toBool()) {
        m_actor = Actor { QString(), {}, false };
    }
    return {};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

const QStringList& Database::columns(const QString& table)
{
    auto it = m_columns.find(table);
    if (it == m_columns.end()) {
        QStringList names;
        QSqlQuery query(connection());
        if (query.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table))) {
            while (query.next()) {
                names << query.value(0).toString();
            }
        }
        it = m_columns.insert(table, names);
    }
    return *it;
}

const QSet<QString>& Database::columnSet(const QString& table)
{
    auto it = m_columnSets.find(table);
    if (it == m_columnSets.end()) {
        const QStringList& names = columns(table);
        it = m_columnSets.insert(table, QSet<QString>(names.cbegin(), names.cend()));
    }
    return *it;
}

RecordWriter& Database::writer()
{
    if (!m_writer) {
        m_writer = std::make_unique<RecordWriter>(*this);
    }
    return *m_writer;
}

QString Database::metaValue(const QString& key) const
{
    SqlQuery query(connection(), QStringLiteral("SELECT value FROM meta WHERE key = :key"));
    query.bind(QStringLiteral(":key"), key);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool Database::setMetaValue(const QString& key, const QString& value)
{
    SqlQuery query(connection(),
                   QStringLiteral("INSERT INTO meta (key, value) VALUES (:key, :value) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), value);
    return query.exec();
}

} // namespace riaya
