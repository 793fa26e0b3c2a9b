#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace riaya {

class Database;

struct DemoMonthsSummary
{
    int sites = 0;
    int bundles = 0; // received at the ministry
    int approvals = 0; // month_reports received
    // The story's groups (docs/architecture.md, "The demo's story"); every other site sent
    // and approved every month on time.
    int notSentLastMonth = 0; // sent every month but the last, and not silent
    int silent = 0; // nothing received for more than kSilentDays
    int late = 0; // the month before the last received kLateDays to 27 days after its end
    int gaps = 0; // the bundle of the month before the last exported, not received; the last one received
    QDate lastMonth; // first day of the story's last month
};

// The months the demo's houses sent to the ministry: at the ministry, for every enrolled demo
// site (an institution whose records it owns), the bundles received from it (bundle_log,
// direction "in", numbered 1 to kMonths, one a month, received some days after the month
// ended) and, for the last kApprovedMonths, the month approvals they carried (month_reports
// whose origin is the site, computed as MonthReport::approve computes them). A few sites tell
// the story every panel of the ministry's home page needs: silent, not sent, late, a gap.
// Deterministic from the seed and the day; runs in the caller's transaction.
class DemoMonths
{
    Q_DECLARE_TR_FUNCTIONS(DemoMonths)

public:
    static constexpr int kMonths = 6;
    static constexpr int kApprovedMonths = 3;
    static constexpr int kSilentDays = 60;
    static constexpr int kLateDays = 20;

    // The story's last month: the one before today's. On the first of a month its bundles
    // arrive that night, in the first minutes after midnight.
    static QDate lastMonth(const QDate& today);
    static Result<DemoMonthsSummary> generate(Database& db, quint64 seed, const QDate& today);
};

} // namespace riaya
