#include "BundleImportRun.h"

#include "backup/Backup.h"
#include "common/Logging.h"
#include "reports/MonthAggregates.h"

namespace riaya {

BundleImportRun::BundleImportRun(Database& db, const UnlockedKeys& keys, BundleExchange::Mode mode,
                                 BundleExchange::Fork fork)
    : m_db(db)
    , m_keys(keys)
    , m_mode(mode)
    , m_fork(fork)
{ }

Status BundleImportRun::begin()
{
    if (m_mode == BundleExchange::Mode::Apply) {
        const Result<BackupInfo> before
            = Backup::create(m_db, Backup::folderFor(m_db), QStringLiteral("import"), Backup::keepFor(m_db));
        if (!before) {
            return Error::refused(tr("No backup could be made before the import, so nothing was imported: %1")
                                      .arg(before.error().message));
        }
    }
    m_begun = true;
    return {};
}

Result<ImportReport> BundleImportRun::importFile(const QString& path)
{
    if (!m_begun) {
        if (Status begun = begin(); !begun) {
            return begun.error();
        }
    }
    Result<ImportReport> report = BundleExchange(m_db).importFile(path, m_keys, m_mode, m_fork);
    // The home page's figures follow at once, for the institutions this bundle touched; were
    // this to fail, they are computed when next read.
    if (report && m_mode == BundleExchange::Mode::Apply) {
        if (const Result<int> refreshed = MonthAggregates::refresh(m_db); !refreshed) {
            qCWarning(lcReports) << refreshed.error().message;
        }
    }
    return report;
}

} // namespace riaya
