#include "DuplicateCandidates.h"

#include "common/CanonicalJson.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/Ids.h"
#include "db/RecordWriter.h"
#include "db/SqlQuery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace riaya {

namespace {
// A pair from the first columns of a query: id, resident_id, other_id, score, bundle_id.
DuplicateEntry entryFrom(SqlQuery& query)
{
    DuplicateEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.residentId = query.value(1).toString();
    entry.otherId = query.value(2).toString();
    entry.score = query.value(3).toDouble();
    entry.bundleId = query.value(4).toString();
    return entry;
}
} // namespace

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
        entries.append(entryFrom(query));
    }
    return entries;
}

Result<QList<DuplicateEntry>> DuplicateCandidates::decided(int limit)
{
    SqlQuery query(m_db.connection(),
                   QStringLiteral("SELECT id, resident_id, other_id, score, bundle_id, decision, resolved_at,"
                                  " merge_filled FROM duplicate_candidates WHERE resolved_at IS NOT NULL"
                                  " ORDER BY resolved_at DESC, id DESC LIMIT :limit"));
    query.bind(QStringLiteral(":limit"), limit);
    if (!query.exec()) {
        return Error::internal(query.errorText());
    }
    QList<DuplicateEntry> entries;
    while (query.next()) {
        DuplicateEntry entry = entryFrom(query);
        entry.decision = query.value(5).toString();
        entry.decidedAt = query.value(6).toString();
        if (!query.value(7).isNull()) {
            entry.mergeTaken
                = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object().toVariantMap();
        }
        entries.append(entry);
    }
    return entries;
}

Status DuplicateCandidates::resolve(qint64 id, const QString& decision, const QVariantMap& details,
                                    const QVariantMap& taken)
{
    SqlQuery resolve(m_db.connection(),
                     QStringLiteral("UPDATE duplicate_candidates SET resolved_at = :at, decision = :decision,"
                                    " merge_filled = :taken WHERE id = :id AND resolved_at IS NULL"));
    resolve.bind(QStringLiteral(":at"), utcNowIso())
        .bind(QStringLiteral(":decision"), decision)
        .bind(QStringLiteral(":taken"),
              decision == QLatin1String("merged") ? QVariant(QString::fromUtf8(canonicalJson(taken)))
                                                  : QVariant())
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

Status DuplicateCandidates::reopen(qint64 id, const QVariantMap& undone)
{
    SqlQuery reopen(m_db.connection(),
                    QStringLiteral("UPDATE duplicate_candidates SET resolved_at = NULL, decision = NULL,"
                                   " merge_filled = NULL WHERE id = :id AND resolved_at IS NOT NULL"));
    reopen.bind(QStringLiteral(":id"), id);
    if (!reopen.exec()) {
        return Error::internal(reopen.errorText());
    }
    return m_db.writer().audit().append({ QStringLiteral("undo-duplicate-decision"),
                                          QStringLiteral("duplicate_candidates"),
                                          QString::number(id),
                                          undone,
                                          {} });
}

} // namespace riaya
