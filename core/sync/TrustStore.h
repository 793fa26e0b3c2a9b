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
    // The same from the identity document itself, checked as enrol() checks a file, recorded
    // as enrolled at `enrolledAt` (now when empty): the demo's sites were enrolled before the
    // months they sent.
    Result<TrustedSite> enrolIdentity(const QByteArray& document, const QString& enrolledAt = {});
    // A site's identity as exportOwnIdentity() makes it, for a site that is not this database
    // (the demo's): its id, name and public keys, signed with its own key.
    static QByteArray identityDocument(const QString& siteId, const QString& name, const UnlockedKeys& keys,
                                       const QString& createdAt);
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
    // `source` names the document in messages (its file).
    Result<TrustedSite> read(const QByteArray& content, const QString& source, const QString& format,
                             const QString& role);
    Result<TrustedSite> readFile(const QString& path, const QString& format, const QString& role);
    Result<TrustedSite> trust(const QByteArray& content, const QString& source, const QString& format,
                              const QString& role, const QString& enrolledAt);

    Database& m_db;
};

inline constexpr const char* kProfileFormat = "riaya-ministry-profile/1";
inline constexpr const char* kIdentityFormat = "riaya-site-identity/1";

} // namespace riaya
