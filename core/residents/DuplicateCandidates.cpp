#include "DuplicateCandidates.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/Ids.h"
#include "db/RecordWriter.h"
#include "db/SqlQuery.h"

#include <algorithm>

namespace riaya {

DuplicateCandidates::DuplicateCandidates(Database& db)
    : m_db(db)
{ }

DuplicateCandidates::~DuplicateCandidates() = default;

Result<bool> DuplicateCandidates::queue(const QString& residentId, const QString& otherId, double score,
                                        const QString& bundleId)
{
    if (!m_queue) {
        m_queue = std::make_unique<SqlQuery>(
            m_db.connection(),
            QStringLiteral(
                "INSERT OR IGNORE INTO duplicate_candidates (resident_id, other_id, score, bundle_id,"
                " found_at) VALUES (:a, :b, :score, :bundle, :at)"));
    }
    m_queue->bind(QStringLiteral(":a"), std::min(residentId, otherId))
        .bind(QStringLiteral(":b"), std::max(residentId, otherId))
        .bind(QStringLiteral(":score"), score)
        .bind(QStringLiteral(":bundle"), bundleId)
        .bind(QStringLiteral(":at"), utcNowIso());
    if (!m_queue->exec()) {
        return Error::internal(m_queue->errorText());
    }
    return m_queue->raw().numRowsAffected() > 0;
}

Result<QList<DuplicateEntry>> DuplicateCandidates::open()
{
    SqlQuery query(m_db.connection(),
                   QStringLiteral("SELECT id, resident_id, other_id, score, bundle_id"
                                  " FROM duplicate_candidates WHERE resolved_at IS NULL"
                                  " ORDER BY score DESC, id"));
    if (!query.exec()) {
        return Error::internal(query.errorText());
    }
    QList<DuplicateEntry> entries;
    while (query.next()) {
        entries.append({ query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toDouble(), query.value(4).toString() });
    }
    return entries;
}

Status DuplicateCandidates::resolve(qint64 id, const QString& decision, const QVariantMap& details)
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

} // namespace riaya
