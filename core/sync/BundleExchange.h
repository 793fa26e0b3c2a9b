#pragma once

#include "BundleFile.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace riaya {

class Database;
struct UnlockedKeys;

struct ExportReport
{
    BundleManifest manifest;
    QString fileHash;
};

struct ImportReport
{
    BundleManifest manifest;
    bool alreadyImported = false;
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    int conflicts = 0;
    int probableDuplicates = 0; // residents of this bundle that look like another site's
    QList<qint64> missingSequences; // of this sender, before this bundle
};

// Export and import of change bundles (DESIGN.md §4). An export carries every change of
// this database (so a lost bundle loses nothing: the next one is a superset); an import
// is verified whole before anything is applied, applied in one transaction, and a bundle
// already imported is recognised and changes nothing.
class BundleExchange
{
    Q_DECLARE_TR_FUNCTIONS(BundleExchange)

public:
    explicit BundleExchange(Database& db)
        : m_db(db)
    { }

    // To the ministry when recipientSite is empty (a site), or to an enrolled site.
    Result<ExportReport> exportTo(const QString& path, const QString& recipientSite,
                                  const UnlockedKeys& keys);
    // Checks a bundle is intact, signed by a trusted sender, and addressed to this database.
    Result<BundleFile::Verified> verify(const QString& path);
    Result<ImportReport> importFile(const QString& path, const UnlockedKeys& keys);

private:
    Result<int> queueProbableDuplicates(const QStringList& residentIds, const QString& bundleId);

    Database& m_db;
};

} // namespace riaya
