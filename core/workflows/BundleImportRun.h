#pragma once

#include "common/Result.h"
#include "sync/BundleExchange.h"

#include <QCoreApplication>

namespace riaya {

class Database;
struct UnlockedKeys;

// Importing a batch of bundles as a clerk does: a backup first (an import that goes wrong
// can always be undone by restoring it), then each file on its own, so one bad bundle does
// not stop the others. The window's Import dialog and `riaya-cli bundle import` both come
// here; they show the progress between files.
class BundleImportRun
{
    Q_DECLARE_TR_FUNCTIONS(BundleImportRun)

public:
    BundleImportRun(Database& db, const UnlockedKeys& keys, BundleExchange::Mode mode,
                    BundleExchange::Fork fork = BundleExchange::Fork::Refuse);

    // Makes the backup of an import that applies; a preview needs none. Nothing may be
    // imported when this fails.
    Status begin();
    Result<ImportReport> importFile(const QString& path);

private:
    Database& m_db;
    const UnlockedKeys& m_keys;
    BundleExchange::Mode m_mode;
    BundleExchange::Fork m_fork;
    bool m_begun = false;
};

} // namespace riaya
