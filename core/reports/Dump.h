#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace riaya {

class Database;

// Writes every synced record, tombstones included, as canonical JSON: kinds in name
// order, records in id order, keys sorted, one record per line. Two databases holding the
// same records give byte-identical dumps, which is how sync is checked end to end.
class Dump
{
    Q_DECLARE_TR_FUNCTIONS(Dump)

public:
    static Status write(Database& db, const QString& path);
};

} // namespace riaya
