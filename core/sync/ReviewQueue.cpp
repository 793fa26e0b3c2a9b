#include "ReviewQueue.h"

#include "db/Database.h"
#include "db/SqlQuery.h"

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

} // namespace riaya
