#include "SyncOverview.h"

#include "reports/MonthReport.h"

namespace riaya {

Result<QList<SiteSyncStatus>> SyncOverview::sites(Database& db)
{
    const Result<QList<TrustedSite>> trusted = TrustStore(db).list();
    if (!trusted) {
        return trusted.error();
    }
    QList<SiteSyncStatus> statuses;
    for (const TrustedSite& site : *trusted) {
        SiteSyncStatus status;
        status.site = site;
        if (const Result<SenderHistory> received = SenderHistory::load(db, site.siteId); received) {
            status.lastBundle = received->highest();
            status.lastReceivedAt = received->lastReceivedAt();
            status.missing = received->gaps();
        }
        if (const Result<QString> month = MonthReport::lastApprovedBy(db, site.siteId); month) {
            status.lastApprovedMonth = *month;
        }
        statuses.append(status);
    }
    return statuses;
}

} // namespace riaya
