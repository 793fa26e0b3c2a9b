#pragma once

#include "common/Result.h"

#include <QString>

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

    // Refused, and nothing written, when either file was already removed or merged.
    Status merge(const QString& keepId, const QString& dropId);

private:
    Database& m_db;
};

} // namespace riaya
