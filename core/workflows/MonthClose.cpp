#include "MonthClose.h"

#include "db/Database.h"

namespace riaya {

MonthCloseOutcome MonthClose::approveAndExport(Database& db, const UnlockedKeys& keys, const QDate& month,
                                               const QString& approver, const QString& bundlePath)
{
    Result<MonthFigures> approval = MonthReport::approve(db, db.site().institutionId, month, approver);
    Result<ExportReport> bundle = approval ? BundleExchange(db).exportTo(bundlePath, {}, keys)
                                           : Result<ExportReport>(approval.error());
    return { std::move(approval), std::move(bundle) };
}

} // namespace riaya
