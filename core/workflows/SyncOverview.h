#pragma once

#include "common/Result.h"
#include "sync/BundleLog.h"
#include "sync/SenderHistory.h"
#include "sync/TrustStore.h"

#include <QList>

namespace riaya {

class Database;

// Where one trusted site stands with this database: its last bundle, the bundles missing
// below it, and the last month its supervisor approved ("who has not sent October").
struct SiteSyncStatus
{
    TrustedSite site;
    qint64 lastBundle = 0; // 0: nothing received yet
    QString lastReceivedAt;
    QList<SequenceRange> missing;
    QString lastApprovedMonth; // YYYY-MM, empty when none
};

// The Sync screen's picture of the sites, put together from the stores that own them (the
// bundle log itself is BundleLog's recentBundles).
class SyncOverview
{
public:
    static Result<QList<SiteSyncStatus>> sites(Database& db);
};

} // namespace riaya
