#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace riaya {

class Database;

// This site's two key pairs: Ed25519 to sign what it sends, X25519 to open what is sent
// to it. The private halves are stored sealed (XChaCha20-Poly1305) under a key derived
// from the passphrase with Argon2id, and exist in memory only while unlocked.
struct PublicKeys
{
    QByteArray sign; // 32 bytes
    QByteArray box; // 32 bytes
};

struct UnlockedKeys
{
    PublicKeys publicKeys;
    QByteArray signSecret; // 64 bytes
    QByteArray boxSecret; // 32 bytes
    ~UnlockedKeys();
};

// A private key as stored: sealed under a key derived from the passphrase. A backup carries
// the box key this way, so it can be opened with the passphrase alone, database or not.
struct SealedSecret
{
    QByteArray purpose; // "sign" or "box"
    QByteArray publicKey;
    QByteArray sealed;
    QByteArray salt;
    qint64 opsLimit = 0;
    qint64 memLimit = 0;
};

class KeyStore
{
    Q_DECLARE_TR_FUNCTIONS(KeyStore)

public:
    static constexpr int kMinPassphraseLength = 12;

    explicit KeyStore(Database& db)
        : m_db(db)
    { }

    bool hasKeys();
    // Makes both key pairs; refused when the passphrase is too short, or when keys exist
    // and `replace` is not set (new keys for a site whose old key the ministry revoked).
    Status create(const QByteArray& passphrase, bool replace = false);
    Result<PublicKeys> publicKeys();
    // Opens the private halves; a wrong passphrase is refused, nothing else is said.
    Result<UnlockedKeys> unlock(const QByteArray& passphrase);

    Result<SealedSecret> sealedSecret(const QByteArray& purpose);
    static Result<QByteArray> openSealed(const SealedSecret& secret, const QByteArray& passphrase);

    // A short form of a signing key that people compare aloud or on paper:
    // eight groups of four hexadecimal digits of its BLAKE2b hash.
    static QString fingerprint(const QByteArray& signKey);

private:
    Database& m_db;
};

} // namespace riaya
