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
    // The statements that vouch for these keys when they replaced earlier ones (the
    // ministry's, after `keys rotate`): a JSON array, oldest first, carried by every bundle
    // they sign (the manifest's key_rotation). Empty when the keys were never rotated.
    QByteArray keyRotation;

    UnlockedKeys() = default;
    UnlockedKeys(const UnlockedKeys&) = default;
    UnlockedKeys(UnlockedKeys&&) = default;
    UnlockedKeys& operator=(const UnlockedKeys&) = default;
    UnlockedKeys& operator=(UnlockedKeys&&) = default;
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

// Argon2id's cost: passes over the memory, and bytes of memory.
struct KdfLimits
{
    qint64 ops = 0;
    qint64 mem = 0;
};

class KeyStore
{
    Q_DECLARE_TR_FUNCTIONS(KeyStore)

public:
    static constexpr int kMinPassphraseLength = 12; // characters
    static constexpr int kMinPassphraseDistinct = 6; // different characters
    // Limits read from a file (a database, a backup) are accepted from libsodium's minimum
    // up to its "sensitive" limits, 4 passes over 1 GiB: a tampered file cannot make
    // unlocking allocate more memory than that or run for longer than a few seconds.
    static constexpr qint64 kMaxOpsLimit = 4; // crypto_pwhash_OPSLIMIT_SENSITIVE
    static constexpr qint64 kMaxMemLimit = 1024LL * 1024 * 1024; // crypto_pwhash_MEMLIMIT_SENSITIVE

    explicit KeyStore(Database& db)
        : m_db(db)
    { }

    bool hasKeys();
    // Makes both key pairs; refused when the passphrase is too short, or when keys exist
    // and `replace` is not set (new keys for a site whose old key the ministry revoked).
    Status create(const QByteArray& passphrase, bool replace = false);
    // Seals the same keys under a new passphrase, given the current one; audited. Backups
    // made before keep the passphrase they were made with.
    Status changePassphrase(const QByteArray& current, const QByteArray& replacement);
    Result<PublicKeys> publicKeys();
    // Opens the private halves; a wrong passphrase is refused, nothing else is said.
    Result<UnlockedKeys> unlock(const QByteArray& passphrase);

    // Two new random key pairs, not stored.
    static UnlockedKeys generate();
    // Two key pairs derived from a seed (hashed to each pair's own 32 bytes): the same seed
    // gives the same keys. For the demo's sites, which must come out the same from its seed;
    // never for a real site, whose keys nobody else may be able to make again.
    static UnlockedKeys generateFromSeed(const QByteArray& seed);
    // Seals the private halves of `keys` under the passphrase and stores them, with the
    // statements that vouch for them, in place of this site's keys. Runs inside the caller's
    // transaction and audits nothing: create() and KeyRotation::rotate() do.
    Status store(const UnlockedKeys& keys, const QByteArray& passphrase);

    Result<SealedSecret> sealedSecret(const QByteArray& purpose);
    static Result<QByteArray> openSealed(const SealedSecret& secret, const QByteArray& passphrase);

    // The limits new keys are sealed with: libsodium's moderate ones (3 passes over 256 MiB,
    // about 1.1 s on a 2-core laptop; docs/performance.md). When the environment variable
    // RIAYA_TEST_FAST_KDF is set, its interactive ones (2 passes over 64 MiB, what every key
    // had before): a hook for the test suite, which makes hundreds of keys. Each key keeps
    // the limits it was sealed with, so keys of either kind open.
    static KdfLimits sealingLimits();

    // Empty when the passphrase (UTF-8) is good enough for new keys; else what is wrong with
    // it, for the person to fix: at least kMinPassphraseLength characters, of which at least
    // kMinPassphraseDistinct different ones (a few words, not one key held down).
    static QString passphraseProblem(const QByteArray& passphrase);

    // A short form of a signing key that people compare aloud or on paper:
    // eight groups of four hexadecimal digits of its BLAKE2b hash.
    static QString fingerprint(const QByteArray& signKey);

private:
    Database& m_db;
};

} // namespace riaya
