#include "ReviewQueue.h"

#include "db/Database.h"
#include "db/Ids.h"
#include "db/RecordWriter.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "security/AuditLog.h"

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
    SqlQuery query(m_db.connection(),
                   QStringLiteral("SELECT id, entity, record_id, kept, lost, reason, bundle_id"
                                  " FROM conflicts WHERE resolved_at IS NULL ORDER BY id"));
    if (!query.exec()) {
        return Error::internal(tr("Cannot read the conflicts: %1").arg(query.errorText()));
    }
    QList<ConflictEntry> entries;
    while (query.next()) {
        entries.append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                         parse(query.value(3)), parse(query.value(4)), query.value(5).toString(),
                         query.value(6).toString() });
    }
    return entries;
}

Result<QList<DuplicateEntry>> ReviewQueue::duplicates()
{
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
    if (takeLost) {
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

Status ReviewQueue::markDifferentChildren(qint64 id)
{
    Transaction tx(m_db.connection());
    SqlQuery resolve(m_db.connection(),
                     QStringLiteral("UPDATE duplicate_candidates SET resolved_at = :at"
                                    " WHERE id = :id AND resolved_at IS NULL"));
    resolve.bind(QStringLiteral(":at"), utcNowIso()).bind(QStringLiteral(":id"), id);
    if (!resolve.exec()) {
        return Error::internal(resolve.errorText());
    }
    if (resolve.raw().numRowsAffected() != 1) {
        return Error::notFound(tr("There is no open probable duplicate %1.").arg(id));
    }
    Status audited = m_db.writer().audit().append({ QStringLiteral("different-children"),
                                                    QStringLiteral("duplicate_candidates"),
                                                    QString::number(id),
                                                    {},
                                                    {} });
    if (!audited || !tx.commit()) {
        return audited ? Status(Error::internal(tr("The decision could not be saved to disk."))) : audited;
    }
    return {};
}

} // namespace riaya
