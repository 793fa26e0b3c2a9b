#pragma once

#include "common/Result.h"
#include "db/Actor.h"

#include <QCoreApplication>
#include <QHash>
#include <QLockFile>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <memory>

namespace riaya {

class RecordWriter;

// Who this database belongs to, from the site table.
struct SiteInfo
{
    QString id;
    QString name;
    bool isMinistry = false;
    QString institutionId; // a site's own institution, empty for the ministry and inspectors
};

// One open Riaya database file: SQLite in WAL mode with full synchronous writes, foreign
// keys on, checked at open, migrated to the current schema, and held by one writer.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenMode
    {
        ExistingOnly,
        CreateIfMissing
    };
    // Deferred leaves the integrity check to quickCheck() on another thread, so a window
    // can show at once even on a large database.
    enum class IntegrityCheck
    {
        AtOpen,
        Deferred
    };

    static Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode = OpenMode::ExistingOnly,
                                                  IntegrityCheck check = IntegrityCheck::AtOpen);
    // SQLite's quick_check on a connection of its own; safe to call from any thread.
    static Status quickCheck(const QString& path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }

    // The site row, once `init` has written it.
    bool isInitialised() const { return !m_site.id.isEmpty(); }
    const SiteInfo& site() const { return m_site; }
    Status reloadSite();

    // Who is working: stamped as updated_by and in the audit log, and asked for by every
    // permission check (security/Access). At open: the local operator when the database has
    // no user accounts, else nobody until someone signs in (security/UserStore).
    const Actor& actor() const { return m_actor; }
    void setActor(const Actor& actor) { m_actor = actor; }

    // Column names of a table, read from the schema, so writes can check what they are given.
    const QStringList& columns(const QString& table);
    const QSet<QString>& columnSet(const QString& table);

    RecordWriter& writer();

    // Refused when the file was deleted or replaced since it was opened: SQLite would go on
    // writing to a file nobody will find again.
    Status checkFileUnchanged() const;

    QString metaValue(const QString& key) const;
    bool setMetaValue(const QString& key, const QString& value);

private:
    Database(QString path, QString connectionName, std::unique_ptr<QLockFile> lock);
    Status checkAndMigrate(IntegrityCheck check);

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
    int m_schemaVersion = 0;
    quint64 m_device = 0;
    quint64 m_inode = 0;
    SiteInfo m_site;
    Actor m_actor;
    QHash<QString, QStringList> m_columns;
    QHash<QString, QSet<QString>> m_columnSets;
    std::unique_ptr<RecordWriter> m_writer;
};

} // namespace riaya
