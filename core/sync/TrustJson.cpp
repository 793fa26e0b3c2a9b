#include "TrustJson.h"

#include "security/KeyStore.h"

namespace riaya {

QJsonObject toJson(const TrustedSite& site)
{
    return { { QStringLiteral("site_id"), site.siteId },
             { QStringLiteral("name"), site.name },
             { QStringLiteral("role"), site.role },
             { QStringLiteral("fingerprint"), KeyStore::fingerprint(site.keys.sign) },
             { QStringLiteral("revoked"), site.revoked } };
}

} // namespace riaya
