#pragma once

#include "common/Result.h"
#include "reports/MonthReport.h"
#include "sync/BundleExchange.h"

#include <QDate>

namespace riaya {

class Database;
struct UnlockedKeys;

// What closing a month did: the approval, then the bundle that carries it to the ministry.
struct MonthCloseOutcome
{
    Result<MonthFigures> approval;
    Result<ExportReport> bundle; // the approval's error when it failed: nothing was written
};

// Closing a house's month: its supervisor (the person signed in) approves the figures, after
// seeing what the month lacks (MonthCompleteness), and the bundle that carries them is
// written in the same step, so an approval does not wait on a laptop. The keys are unlocked
// first, so a wrong passphrase never leaves an approval without its bundle.
class MonthClose
{
public:
    static MonthCloseOutcome approveAndExport(Database& db, const UnlockedKeys& keys, const QDate& month,
                                              const MonthApproval& approval, const QString& bundlePath);
};

} // namespace riaya
