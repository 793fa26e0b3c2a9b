#pragma once

#include "BundleFile.h"
#include "SenderHistory.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

namespace riaya {

class Database;
struct UnlockedKeys;

struct ExportReport
{
    BundleManifest manifest;
    QString fileHash;
};

// What an import did (or, previewed, would do) to the records of one kind.
struct MergeCounts
{
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    int conflicts = 0;
    int held = 0; // stamped by a clock too far ahead, waiting for a clerk
};

struct ImportReport
{
    BundleManifest manifest;
    bool alreadyImported = false;
    bool preview = false; // nothing was kept
    QMap<QString, MergeCounts> byTable;
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    int conflicts = 0; // as kept in `conflicts` by this import, counted there
    int held = 0;
    int probableDuplicates = 0; // residents of this bundle that look like another site's
    QList<SequenceRange> missingSequences; // of this sender, below its highest bundle received
    bool forkAccepted = false;
    // How far ahead of this database's clock the sender's clock was (ms), when beyond the
    // allowed drift; at a site, what the ministry found of this laptop's clock.
    qint64 senderClockAheadMs = 0;
    qint64 ownClockAheadMs = 0;
    // What the signed audit heads in the bundle show: at the ministry, a rewrite of the
    // sender's history; translated, empty when none.
    QStringList auditProblems;
};

// Export and import of change bundles (docs/bundle-format.md). An export carries every change of
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
    // Applies a bundle in one transaction; a preview does the same work and rolls it back,
    // so what it reports is exactly what an import would do.
    enum class Mode
    {
        Apply,
        Preview
    };
    // A bundle that does not continue its sender's history (a fork) is refused unless a clerk
    // accepts it, having checked with the site (docs/bundle-format.md, "Forks").
    enum class Fork
    {
        Refuse,
        Accept
    };
    Result<ImportReport> importFile(const QString& path, const UnlockedKeys& keys, Mode mode = Mode::Apply,
                                    Fork fork = Fork::Refuse);

    // What a site is told when the ministry found its clock ahead (ImportReport::ownClockAheadMs).
    static QString clockNotice(qint64 aheadMs);

private:
    Status applyRevocation(const QVariantMap& row);
    Status countKept(const QString& bundleId, ImportReport& report);

    Database& m_db;
};

} // namespace riaya
