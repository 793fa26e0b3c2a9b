#include "MonthClose.h"

#include "db/Database.h"

namespace riaya {

MonthCloseOutcome MonthClose::approveAndExport(Database& db, const UnlockedKeys& keys, const QDate& month,
                                               const MonthApproval& approval, const QString& bundlePath)
{
    Result<MonthFigures> approved = MonthReport::approve(db, db.site().institutionId, month, approval);
    Result<ExportReport> bundle = approved ? BundleExchange(db).exportTo(bundlePath, {}, keys)
                                           : Result<ExportReport>(approved.error());
    return { std::move(approved), std::move(bundle) };
}

} // namespace riaya
