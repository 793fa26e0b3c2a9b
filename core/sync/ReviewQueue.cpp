#include "ReviewQueue.h"

#include "db/Database.h"
#include "db/Ids.h"
#include "db/RecordWriter.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "security/Access.h"
#include "db/AuditLog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace riaya {
namespace {
QVariantMap parse(const QVariant& json)
{
    return QJsonDocument::fromJson(json.toString().toUtf8()).object().toVariantMap();
}
} // namespace

Result<QList<ConflictEntry>> ReviewQueue::conflicts()
{
    if (Status allowed = Access::require(m_db, Permission::ReviewImports); !allowed) {
        return allowed.error();
    }
    SqlQuery query(m_db.connection(),
                   QStringLiteral("SELECT c.id, c.entity, c.record_id, c.kept, c.lost, c.reason, c.bundle_id,"
                                  " b.sender_site, b.at FROM conflicts AS c LEFT JOIN bundle_log AS b"
                                  " ON b.bundle_id = c.bundle_id WHERE c.resolved_at IS NULL ORDER BY c.id"));
    if (!query.exec()) {
        return Error::internal(tr("Cannot read the conflicts: %1").arg(query.errorText()));
    }
    QList<ConflictEntry> entries;
    while (query.next()) {
        ConflictEntry entry { query.value(0).toLongLong(), query.value(1).toString(),
                              query.value(2).toString(),   parse(query.value(3)),
                              parse(query.value(4)),       query.value(5).toString(),
                              query.value(6).toString(),   query.value(7).toString() };
        if (entry.reason == QLatin1String("future_stamp")) {
            const qint64 stampMs = entry.lost.value(QStringLiteral("version")).toLongLong() >> 16;
            entry.clockAheadMs = stampMs
                - QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
        }
        entries.append(entry);
    }
    return entries;
}

Result<QList<DuplicateEntry>> ReviewQueue::duplicates()
{
    if (Status allowed = Access::require(m_db, Permission::ReviewImports); !allowed) {
        return allowed.error();
    }
    SqlQuery query(m_db.connection(),
                   QStringLiteral("SELECT id, resident_id, other_id, score, bundle_id"
                                  " FROM duplicate_candidates WHERE resolved_at IS NULL"
                                  " ORDER BY score DESC, id"));
    if (!query.exec()) {
        return Error::internal(tr("Cannot read the probable duplicates: %1").arg(query.errorText()));
    }
    QList<DuplicateEntry> entries;
    while (query.next()) {
        entries.append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toDouble(), query.value(4).toString() });
    }
    return entries;
}

Status ReviewQueue::resolveConflict(qint64 id, bool takeLost)
{
    const Result<QList<ConflictEntry>> open = conflicts();
    if (!open) {
        return open.error();
    }
    const auto it
        = std::find_if(open->cbegin(), open->cend(), [id](const ConflictEntry& e) { return e.id == id; });
    if (it == open->cend()) {
        return Error::notFound(tr("There is no open conflict %1.").arg(id));
    }
    Transaction tx(m_db.connection());
    if (takeLost && it->reason == QLatin1String("future_stamp")) {
        // Stamped by a clock far ahead: taken as it was sent, but stamped at this clock.
        if (Status status = m_db.writer().acceptHeld(it->entity, it->lost); !status) {
            return status;
        }
    } else if (takeLost) {
        QVariantMap fields = it->lost;
        for (const char* stamp : { "id", "origin_site", "version", "updated_at", "updated_by" }) {
            fields.remove(QLatin1String(stamp));
        }
        if (Status status = m_db.writer().update(it->entity, it->recordId, fields); !status) {
            return status;
        }
    }
    SqlQuery resolve(m_db.connection(),
                     QStringLiteral("UPDATE conflicts SET resolved_at = :at WHERE id = :id"));
    resolve.bind(QStringLiteral(":at"), utcNowIso()).bind(QStringLiteral(":id"), id);
    Status audited = resolve.exec()
        ? m_db.writer().audit().append(
            { QStringLiteral("resolve-conflict"),
              it->entity,
              it->recordId,
              {},
              { { QStringLiteral("took"), takeLost ? QStringLiteral("lost") : QStringLiteral("kept") } } })
        : Status(Error::internal(resolve.errorText()));
    if (!audited || !tx.commit()) {
        return audited ? Status(Error::internal(tr("The decision could not be saved to disk."))) : audited;
    }
    return {};
}

Result<DuplicateEntry> ReviewQueue::openDuplicate(qint64 id)
{
    const Result<QList<DuplicateEntry>> open = duplicates();
    if (!open) {
        return open.error();
    }
    const auto it
        = std::find_if(open->cbegin(), open->cend(), [id](const DuplicateEntry& e) { return e.id == id; });
    if (it == open->cend()) {
        return Error::notFound(tr("There is no open probable duplicate %1.").arg(id));
    }
    return *it;
}

Status ReviewQueue::closeDuplicate(qint64 id, const QString& decision, const QVariantMap& details)
{
    SqlQuery resolve(m_db.connection(),
                     QStringLiteral("UPDATE duplicate_candidates SET resolved_at = :at, decision = :decision"
                                    " WHERE id = :id AND resolved_at IS NULL"));
    resolve.bind(QStringLiteral(":at"), utcNowIso())
        .bind(QStringLiteral(":decision"), decision)
        .bind(QStringLiteral(":id"), id);
    if (!resolve.exec()) {
        return Error::internal(resolve.errorText());
    }
    return m_db.writer().audit().append({ decision == QLatin1String("merged")
                                              ? QStringLiteral("merge-residents")
                                              : QStringLiteral("different-children"),
                                          QStringLiteral("duplicate_candidates"),
                                          QString::number(id),
                                          {},
                                          details });
}

Status ReviewQueue::markDifferentChildren(qint64 id)
{
    if (const Result<DuplicateEntry> pair = openDuplicate(id); !pair) {
        return pair.error();
    }
    Transaction tx(m_db.connection());
    Status closed = closeDuplicate(id, QStringLiteral("different"), {});
    if (!closed || !tx.commit()) {
        return closed ? Status(Error::internal(tr("The decision could not be saved to disk."))) : closed;
    }
    return {};
}

Status ReviewQueue::mergeDuplicates(qint64 id, const QString& keepId)
{
    const Result<DuplicateEntry> pair = openDuplicate(id);
    if (!pair) {
        return pair.error();
    }
    if (keepId != pair->residentId && keepId != pair->otherId) {
        return Error::invalid(tr("The file to keep must be one of the pair %1.").arg(id));
    }
    const QString dropId = keepId == pair->residentId ? pair->otherId : pair->residentId;
    RecordWriter& writer = m_db.writer();
    const QVariantMap keep = writer.read(QStringLiteral("residents"), keepId);
    const QVariantMap drop = writer.read(QStringLiteral("residents"), dropId);
    if (keep.value(QStringLiteral("deleted")).toInt() != 0
        || drop.value(QStringLiteral("deleted")).toInt() != 0) {
        return Error::refused(tr("One of these files was already removed or merged; nothing was changed."));
    }
    // The kept file's own details win; the other fills only what it lacks.
    static const QStringList stamps { QStringLiteral("id"),         QStringLiteral("origin_site"),
                                      QStringLiteral("version"),    QStringLiteral("updated_at"),
                                      QStringLiteral("updated_by"), QStringLiteral("deleted"),
                                      QStringLiteral("status"),     QStringLiteral("institution_id"),
                                      QStringLiteral("merged_into") };
    QVariantMap filled;
    for (auto it = drop.cbegin(); it != drop.cend(); ++it) {
        if (!stamps.contains(it.key()) && keep.value(it.key()).toString().isEmpty()
            && !it.value().toString().isEmpty()) {
            filled.insert(it.key(), it.value());
        }
    }
    Transaction tx(m_db.connection());
    Status merged = filled.isEmpty() ? Status() : writer.update(QStringLiteral("residents"), keepId, filled);
    if (merged) {
        merged = writer.update(QStringLiteral("residents"), dropId,
                               { { QStringLiteral("merged_into"), keepId } });
    }
    if (merged) {
        merged = writer.markDeleted(QStringLiteral("residents"), dropId);
    }
    if (merged) {
        merged = closeDuplicate(id, QStringLiteral("merged"),
                                { { QStringLiteral("kept"), keepId }, { QStringLiteral("merged"), dropId } });
    }
    if (!merged || !tx.commit()) {
        return merged ? Status(Error::internal(tr("The merge could not be saved to disk."))) : merged;
    }
    return {};
}

} // namespace riaya
