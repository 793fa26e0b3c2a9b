#pragma once

#include "common/Result.h"
#include "security/KeyStore.h"

#include <QCoreApplication>
#include <QList>

namespace riaya {

class Database;

struct TrustedSite
{
    QString siteId;
    QString name;
    QString role; // ministry or site
    PublicKeys keys;
    bool revoked = false;
};

// Identities: the ministry's profile that sites are set up from, each site's public
// identity, and which of them this database trusts. The one writer of trusted_sites.
class TrustStore
{
    Q_DECLARE_TR_FUNCTIONS(TrustStore)

public:
    explicit TrustStore(Database& db)
        : m_db(db)
    { }

    // This database's own identity, signed: the ministry's profile or a site's identity.
    Result<QByteArray> exportOwnIdentity(const UnlockedKeys& keys);
    // The same, written to a file: what a site takes to the ministry to be enrolled, or the
    // profile the ministry gives to the sites it sets up.
    Status writeOwnIdentity(const UnlockedKeys& keys, const QString& path);
    // What a person checks before trusting a file, read and verified but not trusted yet:
    // at a site, the ministry of a profile; at the ministry, the site of an identity. Refused
    // as loadProfile() or enrol() would refuse it (this database's own, a revoked key, a
    // ministry already trusted).
    Result<TrustedSite> preview(const QString& path);
    // At a site: trusts the ministry of a profile file. At the ministry: trusts a site.
    Result<TrustedSite> loadProfile(const QString& path);
    // At the ministry: trusts a site, or the new keys of a site whose old key was revoked.
    Result<TrustedSite> enrol(const QString& path);
    // At the ministry: refuses the site's current key from now on, here and, through the next
    // reference bundle, at every site.
    Status revoke(const QString& siteId, const QString& reason);

    // The writes of an import, which checked its own permission. A revocation received from the
    // ministry: the site's key is refused from then on if it is still the key named.
    Status applyRevocation(const QString& siteId, const QByteArray& signKey, const QString& revokedAt);
    // The keys a trusted site rotated to, once KeyRotation has followed its signed statements.
    Status replaceKeys(const QString& siteId, const PublicKeys& keys);

    Result<TrustedSite> find(const QString& siteId);
    Result<TrustedSite> ministry();
    Result<QList<TrustedSite>> list();

private:
    Result<TrustedSite> read(const QString& path, const QString& format, const QString& role);
    Result<TrustedSite> trust(const QString& path, const QString& format, const QString& role);

    Database& m_db;
};

inline constexpr const char* kProfileFormat = "riaya-ministry-profile/1";
inline constexpr const char* kIdentityFormat = "riaya-site-identity/1";

} // namespace riaya
