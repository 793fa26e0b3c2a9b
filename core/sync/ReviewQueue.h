#pragma once

#include "common/Result.h"
#include "residents/DuplicateCandidates.h"

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
    QString senderSite; // who sent the bundle
    qint64 clockAheadMs = 0; // future_stamp: how far the lost version's clock was ahead of ours
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

    // A person's decision on a conflict: keep the version in force, or take the one that
    // lost, which is then written as a new change (stamped, audited, sent on like any edit).
    Status resolveConflict(qint64 id, bool takeLost);
    // A person's decision that two residents are different children.
    Status markDifferentChildren(qint64 id);
    // A person's decision that they are one child: the file `keepId` stays, takes the other's
    // details where its own are empty, and shows the other's stays, presence and results; the
    // other file is closed (a tombstone that records where it went) and stays closed whatever
    // its site sends later (residents/ResidentMerge). Written as changes, audited.
    Status mergeDuplicates(qint64 id, const QString& keepId);

    // Pairs decided, the latest first, for a decision to be undone.
    Result<QList<DuplicateEntry>> decidedDuplicates();
    // A decision undone, audited; the pair waits again. "Different children" is simply
    // withdrawn. A merge is undone (residents/ResidentMerge::unmerge): the closed file opens
    // again with its stays, presence and results, and the kept file gives back the details it
    // took, except those changed since, whose names come back in `stayed`. Refused for a merge
    // made before schema 10, which did not keep what the kept file took.
    Status undoDuplicateDecision(qint64 id, QStringList* stayed = nullptr);

private:
    Result<DuplicateEntry> openDuplicate(qint64 id);
    Result<DuplicateEntry> decidedDuplicate(qint64 id);

    Database& m_db;
};

} // namespace riaya
