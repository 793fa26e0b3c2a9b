#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <functional>

namespace riaya {

class Database;

struct DemoSettings
{
    int residents = 100;
    int institutions = 1; // on the ministry hub; a site fills its own institution
    quint64 seed = 1;
    int presenceDays = 3;
    QDate today = QDate::currentDate();
    // At the ministry: each institution a site of its own, enrolled, owner of the institution's
    // records (the demo's story); false: the ministry's own records (the fuzz network's).
    bool housesAsSites = true;
};

struct DemoSummary
{
    int sites = 0; // enrolled at the ministry, one per institution
    int institutions = 0;
    int residents = 0;
    int stays = 0;
    int presence = 0;
    int results = 0;
    int incidents = 0;
};

// Makes a realistic, deterministic data set (the same seed, site and day give the same
// records and ids) through the same write path as every other change, in one transaction.
// At the ministry each institution is a site of its own, enrolled in trusted_sites, and the
// institution's records carry that site as their origin, as if it had sent them.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    using Progress = std::function<void(int done, int total)>;
    static Result<DemoSummary> generate(Database& db, const DemoSettings& settings,
                                        const Progress& progress = {});
};

} // namespace riaya
