#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantMap>
#include <memory>

namespace riaya {

class Database;
class SqlQuery;

// A pair of residents that look like one child registered at two sites.
struct DuplicateEntry
{
    qint64 id = 0;
    QString residentId;
    QString otherId;
    double score = 0;
    QString bundleId;
    // Once decided:
    QString decision; // "merged" or "different"
    QString decidedAt; // UTC ISO-8601
    QVariant mergeTaken; // a merge: what the kept file took ({column: value}); null before schema 10
};

// The probable duplicates an import found, waiting for a clerk: the one writer of
// duplicate_candidates. Nothing here merges; the callers check who may (the import, the
// review). Failures carry the database's own text; the callers word them.
class DuplicateCandidates
{
public:
    explicit DuplicateCandidates(Database& db);
    ~DuplicateCandidates();

    // Queues the pair (stored once, whichever way round it is given) found by a bundle;
    // true when it was not queued already. Prepared once: an import queues many.
    Result<bool> queue(const QString& residentId, const QString& otherId, double score,
                       const QString& bundleId);
    // Those not yet resolved, likeliest first.
    Result<QList<DuplicateEntry>> open();
    // Those decided, the latest first (at most `limit`).
    Result<QList<DuplicateEntry>> decided(int limit = 500);
    // A person's decision on a pair still open, audited: "merged" (with `details` saying which
    // file was kept, and `taken` what it took from the other) or "different".
    Status resolve(qint64 id, const QString& decision, const QVariantMap& details,
                   const QVariantMap& taken = {});
    // A decision undone, audited with what was undone (the audit's "before"): the pair waits
    // again.
    Status reopen(qint64 id, const QVariantMap& undone);

private:
    Database& m_db;
    std::unique_ptr<SqlQuery> m_queue;
};

} // namespace riaya
