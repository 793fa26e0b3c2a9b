#include "RecordWriter.h"

#include "Database.h"
#include "Ids.h"
#include "Migrations.h"
#include "SqlQuery.h"
#include "WriteScope.h"
#include "common/CanonicalJson.h"
#include "db/AuditLog.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>

namespace riaya {
namespace {

// Stored values come back from SQLite as text or 64-bit numbers; new ones may be other
// types holding the same value. Null and empty text are both "no value".
bool isBlank(const QVariant& value)
{
    return value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty());
}

bool sameValue(const QVariant& stored, const QVariant& wanted)
{
    if (isBlank(stored) || isBlank(wanted)) {
        return isBlank(stored) == isBlank(wanted);
    }
    return stored == wanted || stored.toString() == wanted.toString();
}

} // namespace

RecordWriter::RecordWriter(Database& db)
    : m_db(db)
    , m_audit(std::make_unique<AuditLog>(db))
{ }

RecordWriter::~RecordWriter() = default;

SqlQuery& RecordWriter::statement(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        it = m_statements.insert(sql, std::make_shared<SqlQuery>(m_db.connection(), sql));
    }
    return **it;
}

qint64 RecordWriter::latestPlausibleVersion()
{
    return (QDateTime::currentMSecsSinceEpoch() + kMaxClockAheadMs) << 16;
}

qint64 RecordWriter::nextVersion()
{
    if (m_lastVersion < 0) {
        // Never behind what this database wrote (a clock set back must not make its edits
        // lose), but never pushed ahead by a received stamp beyond the allowed drift.
        SqlQuery& query
            = statement(QStringLiteral("SELECT coalesce(max(version), 0) FROM change_log"
                                       " WHERE (imported = 0 AND :trustOwn) OR version <= :latest"));
        query.bind(QStringLiteral(":trustOwn"),
                   m_db.metaValue(QStringLiteral("clock_corrected")).isEmpty() ? 1 : 0);
        query.bind(QStringLiteral(":latest"), latestPlausibleVersion());
        m_lastVersion = query.exec() && query.next() ? query.value(0).toLongLong() : 0;
        query.raw().finish();
    }
    const qint64 physical = QDateTime::currentMSecsSinceEpoch() << 16;
    m_lastVersion = std::max(m_lastVersion + 1, physical);
    return m_lastVersion;
}

Status RecordWriter::checkColumns(const QString& table, const QVariantMap& fields)
{
    if (!syncedTables().contains(table)) {
        return Error::internal(tr("%1 is not a kind of record Riaya keeps.").arg(table));
    }
    const QSet<QString>& known = m_db.columnSet(table);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!known.contains(it.key())) {
            return Error::internal(tr("%1 has no field %2.").arg(table, it.key()));
        }
    }
    return {};
}

Status RecordWriter::checkFile()
{
    // A stat per write would show in bulk work; a deleted file is still caught at the next
    // write a moment later.
    if (m_fileChecked.isValid() && m_fileChecked.elapsed() < 200) {
        return {};
    }
    m_fileChecked.start();
    return m_db.checkFileUnchanged();
}

Result<QString> RecordWriter::insert(const QString& table, QVariantMap fields)
{
    if (Status status = checkColumns(table, fields); !status) {
        return status.error();
    }
    if (Status status = checkFile(); !status) {
        return status.error();
    }
    if (fields.value(QStringLiteral("id")).toString().isEmpty()) {
        fields.insert(QStringLiteral("id"), newRecordId());
    }
    const QString id = fields.take(QStringLiteral("id")).toString();
    const QVariantMap content = fields; // what the audit keeps: the record without its stamps
    const qint64 version = nextVersion();
    const QString now = utcNowIso();
    fields.insert(QStringLiteral("id"), id);
    fields.insert(QStringLiteral("origin_site"), m_insertOrigin.isEmpty() ? m_db.site().id : m_insertOrigin);
    fields.insert(QStringLiteral("version"), version);
    fields.insert(QStringLiteral("updated_at"), now);
    fields.insert(QStringLiteral("updated_by"), m_db.actor().username);
    fields.insert(QStringLiteral("deleted"), 0);
    if (Status allowed = checkScope(table, {}, fields); !allowed) {
        return allowed.error();
    }

    // Positional parameters: binding by name costs a string search per value.
    QStringList names;
    names.reserve(fields.size());
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        names << it.key();
    }
    SqlQuery& query
        = statement(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                        .arg(table, names.join(QLatin1Char(',')),
                             QStringList(names.size(), QStringLiteral("?")).join(QLatin1Char(','))));
    int position = 0;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        query.raw().bindValue(position++, it.value());
    }
    if (!query.exec()) {
        return Error::internal(tr("Cannot save the new record in %1: %2").arg(table, query.errorText()));
    }
    if (Status status = journal(QStringLiteral("insert"), table, id, version, {}, content, now); !status) {
        return status.error();
    }
    return id;
}

Status RecordWriter::update(const QString& table, const QString& id, const QVariantMap& changes)
{
    return write(table, id, changes, false);
}

Status RecordWriter::restore(const QString& table, const QString& id, QVariantMap changes)
{
    changes.insert(QStringLiteral("deleted"), 0);
    return write(table, id, changes, true);
}

Status RecordWriter::write(const QString& table, const QString& id, const QVariantMap& changes,
                           bool tombstone)
{
    if (Status status = checkColumns(table, changes); !status) {
        return status;
    }
    if (Status status = checkFile(); !status) {
        return status;
    }
    const QVariantMap before = read(table, id);
    if (before.isEmpty() || (before.value(QStringLiteral("deleted")).toInt() != 0) != tombstone) {
        return Error::notFound(tr("There is no record %1 in %2.").arg(id, table));
    }
    QVariantMap after = before;
    QVariantMap oldValues;
    QVariantMap newValues;
    QStringList assignments;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (it.key() == QLatin1String("id") || sameValue(before.value(it.key()), it.value())) {
            continue;
        }
        after.insert(it.key(), it.value());
        oldValues.insert(it.key(), before.value(it.key()));
        newValues.insert(it.key(), it.value());
        assignments << QStringLiteral("%1 = :%1").arg(it.key());
    }
    if (assignments.isEmpty()) {
        return {}; // nothing changed: no new version, no journal entry
    }
    const qint64 version = nextVersion();
    const QString now = utcNowIso();
    after.insert(QStringLiteral("version"), version);
    after.insert(QStringLiteral("updated_at"), now);
    after.insert(QStringLiteral("updated_by"), m_db.actor().username);
    if (Status allowed = checkScope(table, before, after); !allowed) {
        return allowed;
    }
    for (const char* stamp : { "version", "updated_at", "updated_by" }) {
        assignments << QStringLiteral("%1 = :%1").arg(QLatin1String(stamp));
    }
    assignments.removeDuplicates();
    SqlQuery& query = statement(
        QStringLiteral("UPDATE %1 SET %2 WHERE id = :id").arg(table, assignments.join(QLatin1Char(','))));
    for (const QString& assignment : std::as_const(assignments)) {
        const QString column = assignment.section(QLatin1Char(' '), 0, 0);
        query.bind(QLatin1Char(':') + column, after.value(column));
    }
    query.bind(QStringLiteral(":id"), id);
    if (!query.exec()) {
        return Error::internal(tr("Cannot save the change to %1: %2").arg(table, query.errorText()));
    }
    return journal(QStringLiteral("update"), table, id, version, oldValues, newValues, now);
}

Status RecordWriter::markDeleted(const QString& table, const QString& id)
{
    return update(table, id, { { QStringLiteral("deleted"), 1 } });
}

Result<RecordWriter::Merge> RecordWriter::applyIncoming(const QString& table, const QVariantMap& received,
                                                        const QString& bundleId, const QString& sender)
{
    QVariantMap row = received; // shared, copied only if a merge below changes it
    if (Status status = checkColumns(table, row); !status) {
        return Error::invalid(
            tr("A record of %1 has fields this version of Riaya does not know.").arg(table));
    }
    const QString id = row.value(QStringLiteral("id")).toString();
    const qint64 version = row.value(QStringLiteral("version")).toLongLong();
    if (id.isEmpty() || version <= 0 || row.value(QStringLiteral("origin_site")).toString().isEmpty()) {
        return Error::invalid(tr("A record of %1 has no id, version or origin.").arg(table));
    }
    // A clock years ahead must not win every later conflict: such a version is held for a
    // person, new or not, and never moves this database's clock.
    const bool futureStamp = version > latestPlausibleVersion();
    const QStringList& columns = m_db.columns(table);
    QStringList names;
    for (const QString& column : columns) {
        if (row.contains(column)) {
            names << column;
        }
    }
    auto bindRow = [&](SqlQuery& query) {
        int position = 0;
        for (const QString& column : std::as_const(names)) {
            query.raw().bindValue(position++, row.value(column));
        }
        return position;
    };
    auto keepConflict
        = [&](const QVariantMap& kept, const QVariantMap& lost, const QString& reason) -> Status {
        SqlQuery& insert = statement(
            QStringLiteral("INSERT INTO conflicts (entity, record_id, kept, lost, bundle_id, reason)"
                           " VALUES (:entity, :id, :kept, :lost, :bundle, :reason)"));
        insert.bind(QStringLiteral(":entity"), table).bind(QStringLiteral(":id"), id);
        insert.bind(QStringLiteral(":kept"), QString::fromUtf8(canonicalJson(kept)));
        insert.bind(QStringLiteral(":lost"), QString::fromUtf8(canonicalJson(lost)));
        insert.bind(QStringLiteral(":bundle"), bundleId).bind(QStringLiteral(":reason"), reason);
        return insert.exec() ? Status() : Status(Error::internal(insert.errorText()));
    };
    if (futureStamp) {
        const QVariantMap local = read(table, id);
        if (!local.isEmpty()
            && local.value(QStringLiteral("origin_site")) != row.value(QStringLiteral("origin_site"))) {
            return Error::invalid(
                tr("The record %1 of %2 belongs to another site; its owner cannot change.").arg(id, table));
        }
        Status kept = keepConflict(local, row, QStringLiteral("future_stamp"));
        return kept ? Result<Merge>(Merge::Held) : Result<Merge>(kept.error());
    }
    // Most records of a bundle are new here: try the insert first, and read what is stored
    // only when the id is taken (a first import at the ministry was a third reads).
    SqlQuery& insertNew
        = statement(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO NOTHING")
                        .arg(table, names.join(QLatin1Char(',')),
                             QStringList(names.size(), QStringLiteral("?")).join(QLatin1Char(','))));
    bindRow(insertNew);
    if (!insertNew.exec()) {
        return Error::invalid(
            tr("The record %1 of %2 could not be applied: %3").arg(id, table, insertNew.errorText()));
    }
    if (insertNew.raw().numRowsAffected() == 1) {
        m_lastVersion = std::max(nextVersionFloor(), version); // our clock never falls behind what we hold
        if (Status logged = logChange(table, id, version, true, sender); !logged) {
            return logged.error();
        }
        return Merge::Inserted;
    }
    const QVariantMap local = read(table, id);
    if (local.isEmpty()) {
        return Error::internal(tr("A record of %1 is neither new nor readable.").arg(table));
    }
    // The owner is the site that made the record: a site that sends another's id with its own
    // origin would otherwise take the record over.
    if (local.value(QStringLiteral("origin_site")).toString()
        != row.value(QStringLiteral("origin_site")).toString()) {
        return Error::invalid(tr("The record %1 of %2 belongs to %3; a record sent as %4's cannot change its "
                                 "owner.")
                                  .arg(id, table, local.value(QStringLiteral("origin_site")).toString(),
                                       row.value(QStringLiteral("origin_site")).toString()));
    }
    if (const QVariant into = local.value(QStringLiteral("merged_into")); !into.isNull() && into.isValid()) {
        // A file merged here into another stays merged, whatever its site sends later.
        row.insert(QStringLiteral("merged_into"), into);
        row.insert(QStringLiteral("deleted"), 1);
    }
    auto differs = [&] {
        return std::any_of(columns.cbegin(), columns.cend(),
                           [&](const QString& c) { return !sameValue(local.value(c), row.value(c)); });
    };
    if (!differs()) {
        return Merge::Unchanged;
    }
    const qint64 localVersion = local.value(QStringLiteral("version")).toLongLong();
    const bool incomingWins = std::pair(version, row.value(QStringLiteral("origin_site")).toString())
        > std::pair(localVersion, local.value(QStringLiteral("origin_site")).toString());
    // The same record changed at two places since their last exchange: the version held
    // here was written here, not received.
    SqlQuery& origin = statement(QStringLiteral("SELECT imported FROM change_log WHERE record_id = :id"
                                                " AND version = :version LIMIT 1"));
    origin.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":version"), localVersion);
    const bool writtenHere = origin.exec() && origin.next() && origin.value(0).toInt() == 0;
    origin.raw().finish();
    if (!incomingWins) {
        if (!writtenHere || heldBefore(id, version)) {
            return Merge::Unchanged; // an older copy of what is here already (bundles out of order)
        }
        Status kept = keepConflict(local, row, QStringLiteral("older"));
        return kept ? Result<Merge>(Merge::Conflict) : Result<Merge>(kept.error());
    }
    SqlQuery& write = statement(
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
            .arg(table,
                 QStringList(names)
                     .replaceInStrings(QRegularExpression(QStringLiteral("$")), QStringLiteral(" = ?"))
                     .join(QLatin1Char(','))));
    write.raw().bindValue(bindRow(write), id);
    if (!write.exec()) {
        return Error::invalid(
            tr("The record %1 of %2 could not be applied: %3").arg(id, table, write.errorText()));
    }
    m_lastVersion = std::max(nextVersionFloor(), version); // our clock never falls behind what we hold
    if (writtenHere) {
        // Changed at two places: the newer wins, the other stays visible.
        if (Status kept = keepConflict(row, local, QStringLiteral("newer")); !kept) {
            return kept.error();
        }
    }
    // The record carries who changed it, when and where; the import as a whole is audited by
    // its caller, once per bundle (an entry per record made imports 2x slower: docs/performance.md).
    if (Status logged = logChange(table, id, version, true, sender); !logged) {
        return logged.error();
    }
    return Merge::Updated;
}

bool RecordWriter::heldBefore(const QString& id, qint64 version)
{
    SqlQuery& query = statement(
        QStringLiteral("SELECT 1 FROM change_log WHERE record_id = :id AND version = :version LIMIT 1"));
    query.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":version"), version);
    const bool held = query.exec() && query.next();
    query.raw().finish();
    return held;
}

Status RecordWriter::acceptHeld(const QString& table, QVariantMap row)
{
    if (Status status = checkColumns(table, row); !status) {
        return status;
    }
    const QString id = row.value(QStringLiteral("id")).toString();
    const QVariantMap local = read(table, id);
    if (!local.isEmpty()) {
        // Stamped now by update(); the owner stays.
        for (const char* stamp : { "id", "origin_site", "version", "updated_at", "updated_by" }) {
            row.remove(QLatin1String(stamp));
        }
        return update(table, id, row);
    }
    const qint64 version = nextVersion();
    const QString now = utcNowIso();
    row.insert(QStringLiteral("version"), version);
    row.insert(QStringLiteral("updated_at"), now);
    QStringList names = row.keys();
    SqlQuery insert(m_db.connection(),
                    QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                        .arg(table, names.join(QLatin1Char(',')),
                             QStringList(names.size(), QStringLiteral("?")).join(QLatin1Char(','))));
    for (int i = 0; i < names.size(); ++i) {
        insert.raw().bindValue(i, row.value(names.at(i)));
    }
    if (!insert.exec()) {
        return Error::invalid(
            tr("The held record %1 of %2 cannot be saved: %3").arg(id, table, insert.errorText()));
    }
    return journal(QStringLiteral("accept-held"), table, id, version, {}, row, now);
}

Status RecordWriter::forgetFutureStamps()
{
    if (!m_db.setMetaValue(QStringLiteral("clock_corrected"), utcNowIso())) {
        return Error::internal(tr("Cannot record that this computer's clock was corrected."));
    }
    m_lastVersion = -1; // counted again, without the wrong stamps
    return {};
}

qint64 RecordWriter::nextVersionFloor()
{
    if (m_lastVersion < 0) {
        nextVersion();
    }
    return m_lastVersion;
}

QVariantMap RecordWriter::read(const QString& table, const QString& id)
{
    QVariantMap row;
    if (!syncedTables().contains(table)) {
        return row;
    }
    SqlQuery& query = statement(QStringLiteral("SELECT * FROM %1 WHERE id = :id").arg(table));
    query.bind(QStringLiteral(":id"), id);
    if (query.exec() && query.next()) {
        const QStringList& names = m_db.columns(table);
        for (int i = 0; i < names.size(); ++i) {
            row.insert(names.at(i), query.value(i));
        }
    }
    query.raw().finish();
    return row;
}

Status RecordWriter::logChange(const QString& table, const QString& id, qint64 version, bool imported,
                               const QString& fromSite)
{
    // fromSite: whose bundle brought it. The ministry's demo writes as each house: that is the
    // house's change, imported as if from its bundle, and never relayed back to it.
    SqlQuery& change
        = statement(QStringLiteral("INSERT INTO change_log (entity, record_id, version, imported, from_site)"
                                   " VALUES (:entity, :id, :version, :imported, :from)"));
    change.bind(QStringLiteral(":entity"), table).bind(QStringLiteral(":id"), id);
    change.bind(QStringLiteral(":version"), version);
    change.bind(QStringLiteral(":imported"), imported ? 1 : 0);
    change.bind(QStringLiteral(":from"), fromSite.isEmpty() ? QVariant() : QVariant(fromSite));
    return change.exec()
        ? Status()
        : Status(Error::internal(tr("Cannot record the change for sync: %1").arg(change.errorText())));
}

Status RecordWriter::journal(const QString& action, const QString& table, const QString& id, qint64 version,
                             const QVariantMap& before, const QVariantMap& after, const QString& at)
{
    if (Status logged = logChange(table, id, version, !m_insertOrigin.isEmpty(), m_insertOrigin); !logged) {
        return logged;
    }
    // The history says a password changed, never what it became.
    auto redacted = [](QVariantMap values) {
        if (values.contains(QStringLiteral("password_hash"))) {
            values.insert(QStringLiteral("password_hash"), QStringLiteral("(secret)"));
        }
        return values;
    };
    return m_audit->append({ action, table, id, redacted(before), redacted(after), at });
}

} // namespace riaya
