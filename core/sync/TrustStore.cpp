#include "TrustStore.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/RecordWriter.h"
#include "db/Ids.h"
#include "db/SqlQuery.h"
#include "security/GuardedAccess.h"
#include "security/SignedDocument.h"

#include <QDir>

namespace riaya {
namespace {

TrustedSite fromRow(const SqlQuery& query)
{
    TrustedSite site;
    site.siteId = query.value(0).toString();
    site.name = query.value(1).toString();
    site.role = query.value(2).toString();
    site.keys.sign = query.value(3).toByteArray();
    site.keys.box = query.value(4).toByteArray();
    site.revoked = !query.value(5).isNull();
    return site;
}

QByteArray signedIdentity(const char* format, const QString& siteId, const QString& name,
                          const UnlockedKeys& keys, const QString& createdAt)
{
    const QVariantMap body {
        { QStringLiteral("format"), QLatin1String(format) },
        { QStringLiteral("site_id"), siteId },
        { QStringLiteral("name"), name },
        { QStringLiteral("sign_key"), QString::fromLatin1(keys.publicKeys.sign.toBase64()) },
        { QStringLiteral("box_key"), QString::fromLatin1(keys.publicKeys.box.toBase64()) },
        { QStringLiteral("created_at"), createdAt }
    };
    return SignedDocument::sign(body, keys.signSecret);
}

const QString kSelect
    = QStringLiteral("SELECT site_id, name, role, sign_key, box_key, revoked_at FROM trusted_sites");

} // namespace

Result<QByteArray> TrustStore::exportOwnIdentity(const UnlockedKeys& keys)
{
    if (Status allowed = Access::require(m_db, Permission::ManageKeys); !allowed) {
        return allowed.error();
    }
    return signedIdentity(m_db.site().isMinistry ? kProfileFormat : kIdentityFormat, m_db.site().id,
                          m_db.site().name, keys, utcNowIso());
}

QByteArray TrustStore::identityDocument(const QString& siteId, const QString& name, const UnlockedKeys& keys,
                                        const QString& createdAt)
{
    return signedIdentity(kIdentityFormat, siteId, name, keys, createdAt);
}

Status TrustStore::writeOwnIdentity(const UnlockedKeys& keys, const QString& path)
{
    const Result<QByteArray> document = exportOwnIdentity(keys);
    return document ? SignedDocument::writeFile(path, *document) : Status(document.error());
}

Result<TrustedSite> TrustStore::readFile(const QString& path, const QString& format, const QString& role)
{
    const Result<QByteArray> content = SignedDocument::readFile(path);
    if (!content) {
        return content.error();
    }
    return read(*content, QDir::toNativeSeparators(path), format, role);
}

Result<TrustedSite> TrustStore::read(const QByteArray& content, const QString& source, const QString& format,
                                     const QString& role)
{
    const Result<QVariantMap> body = SignedDocument::verify(content, format, source);
    if (!body) {
        return body.error();
    }
    TrustedSite site;
    site.siteId = body->value(QStringLiteral("site_id")).toString();
    site.name = body->value(QStringLiteral("name")).toString();
    site.role = role;
    site.keys.sign = QByteArray::fromBase64(body->value(QStringLiteral("sign_key")).toString().toLatin1());
    site.keys.box = QByteArray::fromBase64(body->value(QStringLiteral("box_key")).toString().toLatin1());
    if (site.siteId.isEmpty() || site.keys.box.size() != 32) {
        return Error::invalid(tr("%1 does not name a site and its keys.").arg(source));
    }
    if (site.siteId == m_db.site().id) {
        return Error::invalid(tr("%1 is this database's own identity.").arg(source));
    }
    const Result<TrustedSite> known = find(site.siteId);
    if (known && known->keys.sign == site.keys.sign && known->revoked) {
        return Error::refused(tr("%1 carries the revoked key of “%2”. The site must make new keys; "
                                 "nothing was changed.")
                                  .arg(source, site.name));
    }
    if (known && known->keys.sign != site.keys.sign && !known->revoked) {
        return Error::conflict(tr("%1 carries new keys for “%2”, which is already trusted with other keys. "
                                  "Revoke the old key first (on the Sync screen, or with “riaya-cli keys "
                                  "revoke”); nothing was changed.")
                                   .arg(source, site.name));
    }
    return site;
}

Result<TrustedSite> TrustStore::preview(const QString& path)
{
    if (Status allowed = Access::require(m_db, Permission::ManageKeys); !allowed) {
        return allowed.error();
    }
    if (m_db.site().isMinistry) {
        return readFile(path, QLatin1String(kIdentityFormat), QStringLiteral("site"));
    }
    if (Result<TrustedSite> current = ministry(); current) {
        return Error::refused(tr("This site already trusts the ministry “%1”.").arg(current->name));
    }
    return readFile(path, QLatin1String(kProfileFormat), QStringLiteral("ministry"));
}

Result<TrustedSite> TrustStore::trust(const QByteArray& content, const QString& source, const QString& format,
                                      const QString& role, const QString& enrolledAt)
{
    const Result<TrustedSite> parsed = read(content, source, format, role);
    if (!parsed) {
        return parsed.error();
    }
    const TrustedSite& site = *parsed;
    const Result<TrustedSite> known = find(site.siteId);
    if (known && known->keys.sign == site.keys.sign) {
        return *known; // enrolled before: nothing to do
    }
    // New, or the new keys of a site whose old key was revoked (the clerk has compared the
    // fingerprint of the new one, as at a first enrolment).
    SqlQuery insert(
        m_db.connection(),
        QStringLiteral(
            "INSERT OR REPLACE INTO trusted_sites (site_id, name, role, sign_key, box_key, enrolled_at)"
            " VALUES (:id, :name, :role, :sign, :box, :at)"));
    insert.bind(QStringLiteral(":id"), site.siteId)
        .bind(QStringLiteral(":name"), site.name)
        .bind(QStringLiteral(":role"), role)
        .bind(QStringLiteral(":sign"), site.keys.sign)
        .bind(QStringLiteral(":box"), site.keys.box)
        .bind(QStringLiteral(":at"), enrolledAt.isEmpty() ? utcNowIso() : enrolledAt);
    if (!insert.exec()) {
        return Error::internal(tr("Cannot record the trusted site: %1").arg(insert.errorText()));
    }
    m_db.writer().forgetScope(); // a ministry trusted changes who owns what here
    Status audited = m_db.writer().audit().append(
        { known ? QStringLiteral("trust-new-keys") : QStringLiteral("trust"),
          QStringLiteral("trusted_sites"),
          site.siteId,
          {},
          { { QStringLiteral("name"), site.name },
            { QStringLiteral("role"), role },
            { QStringLiteral("fingerprint"), KeyStore::fingerprint(site.keys.sign) } } });
    if (!audited) {
        return audited.error();
    }
    return site;
}

Result<TrustedSite> TrustStore::loadProfile(const QString& path)
{
    if (Status allowed = Access::require(m_db, Permission::ManageKeys); !allowed) {
        return allowed.error();
    }
    if (m_db.site().isMinistry) {
        return Error::refused(tr("The ministry hub does not load a ministry profile."));
    }
    if (Result<TrustedSite> current = ministry(); current) {
        return Error::refused(tr("This site already trusts the ministry “%1”.").arg(current->name));
    }
    const Result<QByteArray> content = SignedDocument::readFile(path);
    return content ? trust(*content, QDir::toNativeSeparators(path), QLatin1String(kProfileFormat),
                           QStringLiteral("ministry"), {})
                   : Result<TrustedSite>(content.error());
}

Result<TrustedSite> TrustStore::enrol(const QString& path)
{
    if (Status allowed = Access::require(m_db, Permission::ManageKeys); !allowed) {
        return allowed.error();
    }
    if (!m_db.site().isMinistry) {
        return Error::refused(tr("Only the ministry hub enrols sites."));
    }
    const Result<QByteArray> content = SignedDocument::readFile(path);
    return content ? trust(*content, QDir::toNativeSeparators(path), QLatin1String(kIdentityFormat),
                           QStringLiteral("site"), {})
                   : Result<TrustedSite>(content.error());
}

Result<TrustedSite> TrustStore::enrolIdentity(const QByteArray& document, const QString& enrolledAt)
{
    if (Status allowed = Access::require(m_db, Permission::ManageKeys); !allowed) {
        return allowed.error();
    }
    if (!m_db.site().isMinistry) {
        return Error::refused(tr("Only the ministry hub enrols sites."));
    }
    return trust(document, tr("The site's identity"), QLatin1String(kIdentityFormat), QStringLiteral("site"),
                 enrolledAt);
}

Status TrustStore::revoke(const QString& siteId, const QString& reason)
{
    const QString notSaved = tr("The revocation could not be saved to disk.");
    return guardedWrite(m_db, Permission::ManageKeys, notSaved, [&](RecordWriter& writer) -> Status {
        if (!m_db.site().isMinistry) {
            return Error::refused(tr("Only the ministry hub revokes keys."));
        }
        if (reason.trimmed().isEmpty()) {
            return Error::invalid(tr("Say why the key is revoked (for example: laptop stolen)."));
        }
        const Result<TrustedSite> site = find(siteId);
        if (!site) {
            return site.error();
        }
        if (site->revoked) {
            return Error::refused(tr("The key of “%1” is already revoked.").arg(site->name));
        }
        const QString at = utcNowIso();
        SqlQuery mark(m_db.connection(),
                      QStringLiteral("UPDATE trusted_sites SET revoked_at = :at WHERE site_id = :id"));
        mark.bind(QStringLiteral(":at"), at).bind(QStringLiteral(":id"), siteId);
        if (!mark.exec()) {
            return Error::internal(mark.errorText());
        }
        // A record like any other, so the ministry's next reference bundle carries it to every site.
        const Result<QString> recorded
            = writer.insert(QStringLiteral("revocations"),
                            { { QStringLiteral("site_id"), siteId },
                              { QStringLiteral("sign_key"), QString::fromLatin1(site->keys.sign.toBase64()) },
                              { QStringLiteral("reason"), reason.trimmed() },
                              { QStringLiteral("revoked_at"), at } });
        return recorded ? Status() : Status(recorded.error());
    });
}

Status TrustStore::applyRevocation(const QString& siteId, const QByteArray& signKey, const QString& revokedAt)
{
    // The trusted key is revoked only if it is the key named: a site's later key stays.
    SqlQuery revoke(m_db.connection(),
                    QStringLiteral("UPDATE trusted_sites SET revoked_at = :at WHERE site_id = :site"
                                   " AND sign_key = :key AND revoked_at IS NULL"));
    revoke.bind(QStringLiteral(":at"), revokedAt)
        .bind(QStringLiteral(":site"), siteId)
        .bind(QStringLiteral(":key"), signKey);
    return revoke.exec() ? Status() : Status(Error::internal(revoke.errorText()));
}

Status TrustStore::replaceKeys(const QString& siteId, const PublicKeys& keys)
{
    SqlQuery update(
        m_db.connection(),
        QStringLiteral("UPDATE trusted_sites SET sign_key = :sign, box_key = :box WHERE site_id = :id"));
    update.bind(QStringLiteral(":sign"), keys.sign)
        .bind(QStringLiteral(":box"), keys.box)
        .bind(QStringLiteral(":id"), siteId);
    return update.exec() ? Status() : Status(Error::internal(update.errorText()));
}

Result<TrustedSite> TrustStore::find(const QString& siteId)
{
    SqlQuery query(m_db.connection(), kSelect + QStringLiteral(" WHERE site_id = :id"));
    query.bind(QStringLiteral(":id"), siteId);
    if (!query.exec()) {
        return Error::internal(tr("Cannot read the trusted sites: %1").arg(query.errorText()));
    }
    if (!query.next()) {
        return Error::notFound(tr("The site %1 is not enrolled here.").arg(siteId));
    }
    return fromRow(query);
}

Result<TrustedSite> TrustStore::ministry()
{
    SqlQuery query(m_db.connection(),
                   kSelect + QStringLiteral(" WHERE role = 'ministry' AND revoked_at IS NULL"));
    if (!query.exec() || !query.next()) {
        return Error::notFound(
            tr("This site has no ministry profile yet; load it first (on the Sync screen, or with "
               "“riaya-cli profile load FILE”)."));
    }
    return fromRow(query);
}

Result<QList<TrustedSite>> TrustStore::list()
{
    SqlQuery query(m_db.connection(), kSelect + QStringLiteral(" ORDER BY role, name"));
    if (!query.exec()) {
        return Error::internal(tr("Cannot read the trusted sites: %1").arg(query.errorText()));
    }
    QList<TrustedSite> sites;
    while (query.next()) {
        sites.append(fromRow(query));
    }
    return sites;
}

} // namespace riaya
