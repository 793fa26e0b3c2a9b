#include "SyncNetwork.h"

#include "QtCatch.h"
#include "db/SqlQuery.h"
#include "security/SignedDocument.h"
#include "sync/TrustStore.h"

using namespace riaya;

namespace {

SiteSettings hubSettings()
{
    SiteSettings settings;
    settings.name = QStringLiteral("الوزارة");
    settings.ministry = true;
    return settings;
}

} // namespace

const QByteArray SyncNetwork::kPassphrase("a long enough passphrase");

SyncNetwork::SyncNetwork()
    : ministry(hubSettings())
{
    REQUIRE(KeyStore(ministry.db()).create(kPassphrase).ok());
    ministryKeys = *KeyStore(ministry.db()).unlock(kPassphrase);
    REQUIRE(SignedDocument::writeFile(ministry.dir() + QStringLiteral("/profile"),
                                      *TrustStore(ministry.db()).exportOwnIdentity(ministryKeys))
                .ok());
    addSite();
}

SyncNetwork::Site& SyncNetwork::addSite(const SiteSettings& settings)
{
    auto site = std::make_unique<Site>(settings);
    REQUIRE(KeyStore(site->db()).create(kPassphrase).ok());
    site->keys = *KeyStore(site->db()).unlock(kPassphrase);
    REQUIRE(TrustStore(site->db()).loadProfile(ministry.dir() + QStringLiteral("/profile")).ok());
    const QString identity = site->database.dir() + QStringLiteral("/identity");
    REQUIRE(SignedDocument::writeFile(identity, *TrustStore(site->db()).exportOwnIdentity(site->keys)).ok());
    REQUIRE(TrustStore(ministry.db()).enrol(identity).ok());
    sites.push_back(std::move(site));
    return *sites.back();
}

QString SyncNetwork::Site::exportBundle(const QString& name)
{
    const QString path = database.dir() + QLatin1Char('/') + name;
    const auto report = BundleExchange(db()).exportTo(path, {}, keys);
    INFO((report ? std::string() : report.error().describe().toStdString()));
    REQUIRE(report.ok());
    return path;
}

Result<ImportReport> SyncNetwork::importAtMinistry(const QString& path, BundleExchange::Mode mode)
{
    return BundleExchange(ministry.db()).importFile(path, ministryKeys, mode);
}

Result<ImportReport> SyncNetwork::sendReferenceData(Site& site)
{
    const QString path
        = ministry.dir() + QStringLiteral("/to-") + site.db().site().id + QStringLiteral(".bundle");
    const auto sent = BundleExchange(ministry.db()).exportTo(path, site.db().site().id, ministryKeys);
    if (!sent) {
        return sent.error();
    }
    return BundleExchange(site.db()).importFile(path, site.keys);
}

int countRows(Database& db, const QString& sql)
{
    SqlQuery query(db.connection(), sql);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toInt();
}
