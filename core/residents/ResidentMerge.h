#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace riaya {

class Database;

// Two files of one child made one (a clerk's decision on a probable duplicate): the file kept
// stays with its own details, taking the other's only where its own are empty, and shows the
// other's stays, presence and results (residents/ResidentStore.h, kRecordsOfFile); the other
// file is closed, a tombstone that records where it went and stays closed whatever its site
// sends later (RecordWriter::applyIncoming). Written as changes through the record writer;
// the caller holds the transaction and checks who may.
class ResidentMerge
{
public:
    explicit ResidentMerge(Database& db)
        : m_db(db)
    { }

    // Refused, and nothing written, when either file was already removed or merged. Returns
    // what the kept file took from the other ({column: value}), which unmerge gives back.
    Result<QVariantMap> merge(const QString& keepId, const QString& dropId);

    // A merge undone: the closed file is opened again as it is stored (with what its site sent
    // since), and the kept file gives back what it took, except the details changed since the
    // merge, which stay. Refused, and nothing written, when `dropId` is not merged into
    // `keepId` or the kept file was itself closed since. Returns the columns that stayed.
    Result<QStringList> unmerge(const QString& keepId, const QString& dropId, const QVariantMap& taken);

private:
    Database& m_db;
};

} // namespace riaya
