#include "RecordWriter.h"

#include "Database.h"
#include "Ids.h"
#include "Migrations.h"
#include "SqlQuery.h"
#include "security/AuditLog.h"

#include <QDateTime>
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

qint64 RecordWriter::nextVersion()
{
    if (m_lastVersion < 0) {
        SqlQuery& query = statement(QStringLiteral("SELECT coalesce(max(version), 0) FROM change_log"));
        m_lastVersion = query.exec() && query.next() ? query.value(0).toLongLong() : 0;
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

Result<QString> RecordWriter::insert(const QString& table, QVariantMap fields)
{
    if (Status status = checkColumns(table, fields); !status) {
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
    fields.insert(QStringLiteral("origin_site"), m_db.site().id);
    fields.insert(QStringLiteral("version"), version);
    fields.insert(QStringLiteral("updated_at"), now);
    fields.insert(QStringLiteral("updated_by"), m_db.actor());
    fields.insert(QStringLiteral("deleted"), 0);

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
    if (Status status = checkColumns(table, changes); !status) {
        return status;
    }
    const QVariantMap before = read(table, id);
    if (before.isEmpty() || before.value(QStringLiteral("deleted")).toInt() != 0) {
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
    after.insert(QStringLiteral("updated_by"), m_db.actor());
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

Status RecordWriter::journal(const QString& action, const QString& table, const QString& id, qint64 version,
                             const QVariantMap& before, const QVariantMap& after, const QString& at)
{
    SqlQuery& change = statement(QStringLiteral(
        "INSERT INTO change_log (entity, record_id, version) VALUES (:entity, :id, :version)"));
    change.bind(QStringLiteral(":entity"), table).bind(QStringLiteral(":id"), id);
    change.bind(QStringLiteral(":version"), version);
    if (!change.exec()) {
        return Error::internal(tr("Cannot record the change for sync: %1").arg(change.errorText()));
    }
    return m_audit->append({ action, table, id, before, after, at });
}

} // namespace riaya
