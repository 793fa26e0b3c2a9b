#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>

namespace riaya {

class Database;

// What an import left for a person: versions that lost a conflict, and residents that look
// like a child registered at another site. Nothing here is merged or discarded by itself.
struct ConflictEntry
{
    qint64 id = 0;
    QString entity;
    QString recordId;
    QVariantMap kept;
    QVariantMap lost;
    QString reason; // older, newer, future_stamp
    QString bundleId;
};

struct DuplicateEntry
{
    qint64 id = 0;
    QString residentId;
    QString otherId;
    double score = 0;
    QString bundleId;
};

class ReviewQueue
{
    Q_DECLARE_TR_FUNCTIONS(ReviewQueue)

public:
    explicit ReviewQueue(Database& db)
        : m_db(db)
    { }

    // Those not yet resolved, oldest first.
    Result<QList<ConflictEntry>> conflicts();
    Result<QList<DuplicateEntry>> duplicates();

private:
    Database& m_db;
};

} // namespace riaya
