#pragma once

#include "common/Result.h"
#include "security/KeyStore.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>

namespace riaya {

class Database;
struct TrustedSite;

inline constexpr const char* kKeyRotationFormat = "riaya-key-rotation/1";

// One hand-over of the ministry's keys, as in TUF: the body {format, site_id, old_sign_key,
// new_sign_key, new_box_key, at} (keys in base64), signed (Ed25519 over its canonical JSON)
// by the old signing key, the authority sites already trust, and by the new one, which
// shows its holder made the statement.
struct RotationStatement
{
    QVariantMap body;
    QByteArray oldSignature;
    QByteArray newSignature;

    // {"body":{...},"new_signature":base64,"old_signature":base64}, keys sorted.
    QByteArray toJson() const;
};

// Rotation of the ministry's own keys (docs/bundle-format.md). The ministry makes new key
// pairs and a statement signed by the old and the new signing keys; every bundle it signs
// afterwards carries its statements (the manifest's key_rotation). A site that trusts the
// old key follows the statements to the new keys when a bundle signed with them arrives.
class KeyRotation
{
    Q_DECLARE_TR_FUNCTIONS(KeyRotation)

public:
    explicit KeyRotation(Database& db)
        : m_db(db)
    { }

    // At the ministry: new key pairs in place of the current ones, sealed under the same
    // passphrase (which must open the current ones), with the statements of every rotation
    // so far and this one. Returns the new keys, unlocked.
    Result<UnlockedKeys> rotate(const QByteArray& passphrase);

    // The keys a bundle of `sender` carrying the statements `chain` must be verified with:
    // the trusted ones when there is nothing to follow (no statements, a sender that is not
    // the ministry, statements followed before), or the keys the statements lead to from the
    // trusted signing key, each step checked. Refused when a step does not hold. Changes nothing.
    static Result<PublicKeys> keysFor(const TrustedSite& sender, const QByteArray& chain);
    // Trusts, in place of the sender's, the keys a bundle was verified with (keysFor, then
    // the bundle's own signature); audited.
    Status follow(const TrustedSite& sender, const PublicKeys& keys);

    // A statement handing site `siteId` over from `old` to `fresh`, signed by both.
    static RotationStatement statement(const QString& siteId, const UnlockedKeys& old,
                                       const UnlockedKeys& fresh, const QString& at);
    // The Ed25519 signature of a statement's body.
    static QByteArray sign(const QVariantMap& body, const QByteArray& signSecret);
    // Statements as the manifest carries them: a JSON array, oldest first.
    static QByteArray chainJson(const QList<RotationStatement>& statements);
    static Result<QList<RotationStatement>> parseChain(const QByteArray& chain);

private:
    Database& m_db;
};

} // namespace riaya
