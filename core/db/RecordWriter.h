#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QVariantMap>
#include <memory>

namespace riaya {

class AuditLog;
class Database;
class SqlQuery;
class WriteScope;

// The one path by which synced records are written. It stamps each write (id, origin
// site, version, updated_at, updated_by), records it in the change log for sync and in the
// hash-chained audit log. Callers validate first and hold a Transaction around a write.
class RecordWriter
{
    Q_DECLARE_TR_FUNCTIONS(RecordWriter)

public:
    explicit RecordWriter(Database& db);
    ~RecordWriter();

    // Inserts a new record; an id is made unless the fields carry one. Returns the id.
    Result<QString> insert(const QString& table, QVariantMap fields);
    // Changes some fields of a live record; fields that did not change are not written.
    Status update(const QString& table, const QString& id, const QVariantMap& changes);
    // Deletes by tombstone, so the deletion travels to the ministry like any change.
    Status markDeleted(const QString& table, const QString& id);
    // Brings a tombstone back with some changes (a merge undone), stamped, journalled and
    // audited as an update. Refused for a record that is live or does not exist.
    Status restore(const QString& table, const QString& id, QVariantMap changes);

    // A record received from another site, with its own stamps. The higher version wins;
    // equal versions are decided by origin site, so every database decides the same way.
    // A losing version that differs is kept in `conflicts` for a person to review. A record
    // stamped beyond this database's clock plus kMaxClockAheadMs is held there instead
    // (Held), new or not, and never wins. A record whose stored copy has another origin is
    // refused: the owner of a record never changes.
    enum class Merge
    {
        Inserted,
        Updated,
        Unchanged,
        Conflict,
        Held
    };
    // `sender` is the site whose bundle brought it, kept with the change so the ministry never
    // relays a site's own changes back to it.
    Result<Merge> applyIncoming(const QString& table, const QVariantMap& row, const QString& bundleId,
                                const QString& sender);
    // A held record a person accepted: written as received, owner kept, but stamped now.
    Status acceptHeld(const QString& table, QVariantMap row);

    // How far ahead of this database's wall clock a received stamp may be and still count as
    // honest; nothing received moves this clock further (docs/bundle-format.md, "Clocks").
    static constexpr qint64 kMaxClockAheadMs = 6LL * 3600 * 1000;
    // The latest version that clock allows now.
    static qint64 latestPlausibleVersion();
    // The ministry found this laptop's clock ahead and it reads right again: the versions it
    // stamped beyond the drift were wrong, so its clock stops counting from them.
    Status forgetFutureStamps();

    // The record as stored, or an empty map when there is none.
    QVariantMap read(const QString& table, const QString& id);

    // A hybrid logical clock: milliseconds in the high bits, a counter in the low 16, never
    // going backwards on this database whatever the wall clock does.
    qint64 nextVersion();

    // The audit log this writer appends to, for operations that are not record writes.
    AuditLog& audit() { return *m_audit; }

    // The site inserts are stamped as made at: this database's own unless set (InsertOrigin).
    // Only the ministry's demo sets it, to write each house's records as that house's site
    // made and sent them (docs/architecture.md, "The demo's story").
    void setInsertOrigin(const QString& site) { m_insertOrigin = site; }
    // Requests or grants changed, a bundle was sent, a ministry is trusted: who may write what
    // is looked up again.
    void forgetScope();

private:
    SqlQuery& statement(const QString& sql);
    Status write(const QString& table, const QString& id, const QVariantMap& changes, bool tombstone);
    qint64 nextVersionFloor();
    Status checkColumns(const QString& table, const QVariantMap& fields);
    Status checkFile();
    Status logChange(const QString& table, const QString& id, qint64 version, bool imported,
                     const QString& fromSite);
    Status checkScope(const QString& table, const QVariantMap& before, const QVariantMap& after);
    bool heldBefore(const QString& id, qint64 version);
    Status journal(const QString& action, const QString& table, const QString& id, qint64 version,
                   const QVariantMap& before, const QVariantMap& after, const QString& at);

    Database& m_db;
    QHash<QString, std::shared_ptr<SqlQuery>> m_statements;
    std::unique_ptr<AuditLog> m_audit;
    qint64 m_lastVersion = -1;
    QElapsedTimer m_fileChecked;
    QString m_insertOrigin; // empty: this database's site
    std::unique_ptr<WriteScope> m_scope; // at a site: what it may write of others' records
};

// Inserts made while it lives are stamped with another site as their origin; the writer's
// own site again when it goes, whatever path leaves the scope.
class InsertOrigin
{
public:
    InsertOrigin(RecordWriter& writer, const QString& site)
        : m_writer(writer)
    {
        m_writer.setInsertOrigin(site);
    }
    ~InsertOrigin() { m_writer.setInsertOrigin({}); }
    InsertOrigin(const InsertOrigin&) = delete;
    InsertOrigin& operator=(const InsertOrigin&) = delete;

private:
    RecordWriter& m_writer;
};

} // namespace riaya
