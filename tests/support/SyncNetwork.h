#pragma once

#include "TempDatabase.h"
#include "security/KeyStore.h"
#include "sync/BundleExchange.h"

#include <memory>
#include <vector>

// A ministry hub and sites set up as people would: the ministry's profile loaded at each
// site, each site's identity enrolled at the ministry; every database with unlocked keys.
struct SyncNetwork
{
    struct Site
    {
        explicit Site(const riaya::SiteSettings& settings = TempDatabase::defaultSite())
            : database(settings)
        { }
        TempDatabase database;
        riaya::UnlockedKeys keys;
        riaya::Database& db() { return database.db(); }
        // A bundle of this site's changes to the ministry, in the site's folder.
        QString exportBundle(const QString& name = QStringLiteral("a.bundle"));
    };

    static const QByteArray kPassphrase;

    SyncNetwork();
    // One more site, enrolled like the first (a house unless the settings say otherwise).
    Site& addSite(const riaya::SiteSettings& settings = TempDatabase::defaultSite());

    riaya::Result<riaya::ImportReport> importAtMinistry(const QString& path,
                                                        riaya::BundleExchange::Mode mode
                                                        = riaya::BundleExchange::Mode::Apply);
    // The ministry's bundle (acknowledgement and reference data) to a site, applied there.
    riaya::Result<riaya::ImportReport> sendReferenceData(Site& site);

    TempDatabase ministry;
    riaya::UnlockedKeys ministryKeys;
    std::vector<std::unique_ptr<Site>> sites;
    Site& site() { return *sites.front(); }
};

// The first column of the first row of a query.
int countRows(riaya::Database& db, const QString& sql);
