#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace riaya {

class Database;

// Counts of live records per kind, and residents per status: the figures `stats` prints.
class Statistics
{
    Q_DECLARE_TR_FUNCTIONS(Statistics)

public:
    static Result<QJsonObject> collect(Database& db);
};

} // namespace riaya
