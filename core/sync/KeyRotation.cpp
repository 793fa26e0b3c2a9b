#include "KeyRotation.h"

#include "TrustStore.h"
#include "common/CanonicalJson.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/Ids.h"
#include "db/RecordAccess.h"
#include "security/Access.h"
#include "security/Signature.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <sodium.h>

namespace riaya {
namespace {

// Room for about a hundred statements in a bundle's header (at most 64 KiB, with the rest
// of the manifest).
constexpr qsizetype kMaxChainBytes = 48 * 1024;

QString b64(const QByteArray& data)
{
    return QString::fromLatin1(data.toBase64());
}

QByteArray keyOf(const RotationStatement& statement, const char* field)
{
    return QByteArray::fromBase64(statement.body.value(QLatin1String(field)).toString().toLatin1());
}

bool signedBy(const QVariantMap& body, const QByteArray& signature, const QByteArray& signKey)
{
    return verifyDetached(canonicalJson(body), signature, signKey);
}

} // namespace

QByteArray RotationStatement::toJson() const
{
    return "{\"body\":" + canonicalJson(body) + ",\"new_signature\":\"" + newSignature.toBase64()
        + "\",\"old_signature\":\"" + oldSignature.toBase64() + "\"}";
}

QByteArray KeyRotation::sign(const QVariantMap& body, const QByteArray& signSecret)
{
    return signDetached(canonicalJson(body), signSecret);
}

RotationStatement KeyRotation::statement(const QString& siteId, const UnlockedKeys& old,
                                         const UnlockedKeys& fresh, const QString& at)
{
    RotationStatement statement;
    statement.body = { { QStringLiteral("format"), QLatin1String(kKeyRotationFormat) },
                       { QStringLiteral("site_id"), siteId },
                       { QStringLiteral("old_sign_key"), b64(old.publicKeys.sign) },
                       { QStringLiteral("new_sign_key"), b64(fresh.publicKeys.sign) },
                       { QStringLiteral("new_box_key"), b64(fresh.publicKeys.box) },
                       { QStringLiteral("at"), at } };
    statement.oldSignature = sign(statement.body, old.signSecret);
    statement.newSignature = sign(statement.body, fresh.signSecret);
    return statement;
}

QByteArray KeyRotation::chainJson(const QList<RotationStatement>& statements)
{
    QByteArrayList parts;
    for (const RotationStatement& statement : statements) {
        parts << statement.toJson();
    }
    return '[' + parts.join(',') + ']';
}

Result<QList<RotationStatement>> KeyRotation::parseChain(const QByteArray& chain)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(chain, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray() || document.array().isEmpty()) {
        return Error::invalid(tr("the key rotation it carries cannot be read."));
    }
    QList<RotationStatement> statements;
    for (const QJsonValue& value : document.array()) {
        const QJsonObject object = value.toObject();
        statements.append(
            { object.value(QStringLiteral("body")).toObject().toVariantMap(),
              QByteArray::fromBase64(object.value(QStringLiteral("old_signature")).toString().toLatin1()),
              QByteArray::fromBase64(object.value(QStringLiteral("new_signature")).toString().toLatin1()) });
    }
    return statements;
}

Result<UnlockedKeys> KeyRotation::rotate(const QByteArray& passphrase)
{
    if (Status allowed = Access::require(m_db, Permission::ManageKeys); !allowed) {
        return allowed.error();
    }
    if (!m_db.site().isMinistry) {
        return Error::refused(tr("Only the ministry hub rotates its keys. A site whose key is lost or "
                                 "stolen makes new ones (“keys create --replace”), which the ministry "
                                 "enrols after revoking the old key."));
    }
    KeyStore store(m_db);
    const Result<UnlockedKeys> old = store.unlock(passphrase);
    if (!old) {
        return old.error();
    }
    QList<RotationStatement> chain;
    if (!old->keyRotation.isEmpty()) {
        const Result<QList<RotationStatement>> earlier = parseChain(old->keyRotation);
        if (!earlier) {
            return Error::internal(tr("The statements of the earlier rotations are damaged; the keys "
                                      "were not rotated."));
        }
        chain = *earlier;
    }
    UnlockedKeys fresh = KeyStore::generate();
    chain.append(statement(m_db.site().id, *old, fresh, utcNowIso()));
    fresh.keyRotation = chainJson(chain);
    if (fresh.keyRotation.size() > kMaxChainBytes) {
        return Error::refused(tr("The ministry's keys were rotated too many times for a bundle to carry "
                                 "the statements; nothing was changed."));
    }
    const QString notSaved = tr("The new keys could not be saved to disk; the old ones stay.");
    return committedWrite(m_db, notSaved, [&](RecordWriter& writer) -> Result<UnlockedKeys> {
        if (Status stored = store.store(fresh, passphrase); !stored) {
            return stored.error();
        }
        Status audited = writer.audit().append(
            { QStringLiteral("rotate-keys"),
              QStringLiteral("site_keys"),
              m_db.site().id,
              { { QStringLiteral("fingerprint"), KeyStore::fingerprint(old->publicKeys.sign) } },
              { { QStringLiteral("fingerprint"), KeyStore::fingerprint(fresh.publicKeys.sign) } } });
        if (!audited) {
            return audited.error();
        }
        return fresh;
    });
}

Result<PublicKeys> KeyRotation::keysFor(const TrustedSite& sender, const QByteArray& chain)
{
    if (sender.role != QLatin1String("ministry") || chain.isEmpty()) {
        return sender.keys;
    }
    const Result<QList<RotationStatement>> statements = parseChain(chain);
    if (!statements) {
        return statements.error();
    }
    if (keyOf(statements->last(), "new_sign_key") == sender.keys.sign) {
        return sender.keys; // followed before
    }
    qsizetype from = 0;
    while (from < statements->size() && keyOf(statements->at(from), "old_sign_key") != sender.keys.sign) {
        ++from;
    }
    if (from == statements->size()) {
        return Error::invalid(tr("the key rotation it carries does not start from the key this site trusts "
                                 "for “%1” (%2); nothing was changed.")
                                  .arg(sender.name, KeyStore::fingerprint(sender.keys.sign)));
    }
    PublicKeys current = sender.keys;
    for (qsizetype i = from; i < statements->size(); ++i) {
        const RotationStatement& step = statements->at(i);
        const PublicKeys next { keyOf(step, "new_sign_key"), keyOf(step, "new_box_key") };
        if (step.body.value(QStringLiteral("format")).toString() != QLatin1String(kKeyRotationFormat)) {
            return Error::invalid(
                tr("the key rotation it carries is not a %1 statement; nothing was changed.")
                    .arg(QLatin1String(kKeyRotationFormat)));
        }
        if (const QString site = step.body.value(QStringLiteral("site_id")).toString();
            site != sender.siteId) {
            return Error::invalid(tr("the key rotation it carries is for another site (%1), not for “%2”; "
                                     "nothing was changed.")
                                      .arg(site, sender.name));
        }
        if (keyOf(step, "old_sign_key") != current.sign) {
            return Error::invalid(tr("the key rotation it carries is broken: a statement does not start from "
                                     "the key the one before it gave; nothing was changed."));
        }
        if (next.sign.size() != crypto_sign_PUBLICKEYBYTES || next.box.size() != crypto_box_PUBLICKEYBYTES) {
            return Error::invalid(tr("the key rotation it carries does not name a new signing key and "
                                     "encryption key; nothing was changed."));
        }
        if (!signedBy(step.body, step.oldSignature, current.sign)) {
            return Error::invalid(tr("the key rotation it carries is not signed by the key this site trusts "
                                     "for “%1”: it was forged or changed after signing; nothing was changed.")
                                      .arg(sender.name));
        }
        if (!signedBy(step.body, step.newSignature, next.sign)) {
            return Error::invalid(tr("the key rotation it carries is not signed by the new key it names: it "
                                     "was forged or changed after signing; nothing was changed."));
        }
        current = next;
    }
    return current;
}

Status KeyRotation::follow(const TrustedSite& sender, const PublicKeys& keys)
{
    const QString notSaved = tr("The new keys of “%1” could not be saved to disk.").arg(sender.name);
    return committedWrite(m_db, notSaved, [&](RecordWriter& writer) -> Status {
        if (Status replaced = TrustStore(m_db).replaceKeys(sender.siteId, keys); !replaced) {
            return Error::internal(
                tr("Cannot trust the new keys of “%1”: %2").arg(sender.name, replaced.error().message));
        }
        return writer.audit().append(
            { QStringLiteral("trust-rotated-keys"),
              QStringLiteral("trusted_sites"),
              sender.siteId,
              { { QStringLiteral("fingerprint"), KeyStore::fingerprint(sender.keys.sign) } },
              { { QStringLiteral("name"), sender.name },
                { QStringLiteral("fingerprint"), KeyStore::fingerprint(keys.sign) } } });
    });
}

} // namespace riaya
