#include "KeyStore.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/Ids.h"
#include "db/SqlQuery.h"
#include "security/GuardedAccess.h"
#include "security/Wipe.h"

#include <QSet>
#include <sodium.h>

namespace riaya {
namespace {

static_assert(KeyStore::kMaxOpsLimit == crypto_pwhash_OPSLIMIT_SENSITIVE);
static_assert(KeyStore::kMaxMemLimit == crypto_pwhash_MEMLIMIT_SENSITIVE);

// Where the statements that vouch for this database's keys are kept (KeyRotation).
const QString kKeyRotationMeta = QStringLiteral("key_rotation");

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

unsigned char* bytes(QByteArray& data)
{
    return reinterpret_cast<unsigned char*>(data.data());
}

// Limits and salt come from a file (the database, a backup): checked before any work, so a
// tampered file can neither make Argon2id allocate gigabytes or spin for minutes nor make
// it read past a short salt.
Status checkSealing(const SealedSecret& secret)
{
    if (secret.salt.size() != crypto_pwhash_SALTBYTES) {
        return Error::invalid(KeyStore::tr("The sealed key is damaged."));
    }
    if (secret.opsLimit < static_cast<qint64>(crypto_pwhash_OPSLIMIT_MIN)
        || secret.opsLimit > KeyStore::kMaxOpsLimit
        || secret.memLimit < static_cast<qint64>(crypto_pwhash_MEMLIMIT_MIN)
        || secret.memLimit > KeyStore::kMaxMemLimit) {
        return Error::invalid(
            KeyStore::tr("The sealed key asks for a key derivation Riaya does not accept (%1 passes over "
                         "%2 KiB of memory; at most %3 passes over %4 KiB): the file was damaged or "
                         "tampered with, and nothing was opened.")
                .arg(secret.opsLimit)
                .arg(secret.memLimit / 1024)
                .arg(KeyStore::kMaxOpsLimit)
                .arg(KeyStore::kMaxMemLimit / 1024));
    }
    return {};
}

// The key that seals a private key, derived from the passphrase into `key` (which the
// caller wipes).
Status deriveKey(QByteArray& key, const QByteArray& passphrase, const QByteArray& salt, KdfLimits limits)
{
    key.resize(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (crypto_pwhash(bytes(key), static_cast<unsigned long long>(key.size()), passphrase.constData(),
                      static_cast<unsigned long long>(passphrase.size()), bytes(salt),
                      static_cast<unsigned long long>(limits.ops), static_cast<size_t>(limits.mem),
                      crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return Error::internal(KeyStore::tr("Not enough memory to derive the key from the passphrase."));
    }
    return {};
}

// nonce || ciphertext of the private key, authenticated with its purpose.
QByteArray seal(const QByteArray& secret, const QByteArray& key, const QByteArray& purpose)
{
    QByteArray out(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + secret.size()
                       + crypto_aead_xchacha20poly1305_ietf_ABYTES,
                   Qt::Uninitialized);
    randombytes_buf(out.data(), crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        bytes(out) + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &length, bytes(secret),
        static_cast<unsigned long long>(secret.size()), bytes(purpose),
        static_cast<unsigned long long>(purpose.size()), nullptr, bytes(out), bytes(key));
    return out;
}

std::optional<QByteArray> open(const QByteArray& sealed, const QByteArray& key, const QByteArray& purpose)
{
    const qsizetype overhead
        = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES;
    if (sealed.size() <= overhead) {
        return std::nullopt;
    }
    QByteArray secret(sealed.size() - overhead, Qt::Uninitialized);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            bytes(secret), &length, nullptr, bytes(sealed) + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
            static_cast<unsigned long long>(sealed.size() - crypto_aead_xchacha20poly1305_ietf_NPUBBYTES),
            bytes(purpose), static_cast<unsigned long long>(purpose.size()), bytes(sealed), bytes(key))
        != 0) {
        return std::nullopt;
    }
    return secret;
}

// Opens a sealed private key with a key derived for it: `derived` is reused while the salt
// and limits stay the same (keys sealed together share them, so unlocking derives once).
Result<QByteArray> openWith(const SealedSecret& secret, const QByteArray& passphrase, QByteArray& derived,
                            SealedSecret& derivedFor)
{
    if (Status usable = checkSealing(secret); !usable) {
        return usable.error();
    }
    if (derived.isEmpty() || derivedFor.salt != secret.salt || derivedFor.opsLimit != secret.opsLimit
        || derivedFor.memLimit != secret.memLimit) {
        if (Status done = deriveKey(derived, passphrase, secret.salt, { secret.opsLimit, secret.memLimit });
            !done) {
            return done.error();
        }
        derivedFor = secret;
    }
    std::optional<QByteArray> opened = open(secret.sealed, derived, secret.purpose);
    if (!opened) {
        return Error::refused(KeyStore::tr("The passphrase does not open this site's keys."));
    }
    return std::move(*opened);
}

} // namespace

UnlockedKeys::~UnlockedKeys()
{
    wipe(signSecret);
    wipe(boxSecret);
}

bool KeyStore::hasKeys()
{
    SqlQuery query(m_db.connection(), QStringLiteral("SELECT count(*) FROM site_keys"));
    return query.exec() && query.next() && query.value(0).toInt() == 2;
}

KdfLimits KeyStore::sealingLimits()
{
    // Set only by the test suite (tests/support/TestMain.cpp), and never weaker than the
    // interactive limits every key was sealed with before the moderate ones.
    if (qEnvironmentVariableIsSet("RIAYA_TEST_FAST_KDF")) {
        return { static_cast<qint64>(crypto_pwhash_OPSLIMIT_INTERACTIVE),
                 static_cast<qint64>(crypto_pwhash_MEMLIMIT_INTERACTIVE) };
    }
    return { static_cast<qint64>(crypto_pwhash_OPSLIMIT_MODERATE),
             static_cast<qint64>(crypto_pwhash_MEMLIMIT_MODERATE) };
}

UnlockedKeys KeyStore::generate()
{
    UnlockedKeys keys;
    keys.publicKeys.sign = QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    keys.signSecret = QByteArray(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    keys.publicKeys.box = QByteArray(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    keys.boxSecret = QByteArray(crypto_box_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(bytes(keys.publicKeys.sign), bytes(keys.signSecret));
    crypto_box_keypair(bytes(keys.publicKeys.box), bytes(keys.boxSecret));
    return keys;
}

UnlockedKeys KeyStore::generateFromSeed(const QByteArray& seed)
{
    auto derive = [&seed](const char* purpose) {
        QByteArray derived(crypto_sign_SEEDBYTES, Qt::Uninitialized);
        const QByteArray input = QByteArray(purpose) + '|' + seed;
        crypto_generichash(bytes(derived), static_cast<size_t>(derived.size()), bytes(input),
                           static_cast<unsigned long long>(input.size()), nullptr, 0);
        return derived;
    };
    static_assert(crypto_sign_SEEDBYTES == crypto_box_SEEDBYTES);
    UnlockedKeys keys;
    keys.publicKeys.sign = QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    keys.signSecret = QByteArray(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    keys.publicKeys.box = QByteArray(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    keys.boxSecret = QByteArray(crypto_box_SECRETKEYBYTES, Qt::Uninitialized);
    QByteArray signSeed = derive("sign");
    QByteArray boxSeed = derive("box");
    crypto_sign_seed_keypair(bytes(keys.publicKeys.sign), bytes(keys.signSecret), bytes(signSeed));
    crypto_box_seed_keypair(bytes(keys.publicKeys.box), bytes(keys.boxSecret), bytes(boxSeed));
    sodium_memzero(signSeed.data(), static_cast<size_t>(signSeed.size()));
    sodium_memzero(boxSeed.data(), static_cast<size_t>(boxSeed.size()));
    return keys;
}

Status KeyStore::create(const QByteArray& passphrase, bool replace)
{
    const QString notSaved = tr("The keys could not be saved to disk.");
    return guardedWrite(m_db, Permission::ManageKeys, notSaved, [&](RecordWriter& writer) -> Status {
        if (hasKeys() && !replace) {
            return Error::refused(tr("This site already has its keys; nothing was changed."));
        }
        if (const QString problem = passphraseProblem(passphrase); !problem.isEmpty()) {
            return Error::invalid(problem);
        }
        const UnlockedKeys keys = generate();
        if (Status stored = store(keys, passphrase); !stored) {
            return stored;
        }
        return writer.audit().append(
            { replace ? QStringLiteral("replace-keys") : QStringLiteral("create-keys"),
              QStringLiteral("site_keys"),
              m_db.site().id,
              {},
              { { QStringLiteral("fingerprint"), fingerprint(keys.publicKeys.sign) } } });
    });
}

QString KeyStore::passphraseProblem(const QByteArray& passphrase)
{
    const QString text = QString::fromUtf8(passphrase);
    const QList<uint> characters = text.toUcs4();
    if (characters.size() < kMinPassphraseLength) {
        return tr("The passphrase must have at least %n characters.", nullptr, kMinPassphraseLength);
    }
    if (QSet<uint>(characters.cbegin(), characters.cend()).size() < kMinPassphraseDistinct) {
        return tr("The passphrase repeats too few characters: choose a few words, with at least %n "
                  "different characters.",
                  nullptr, kMinPassphraseDistinct);
    }
    return {};
}

Status KeyStore::changePassphrase(const QByteArray& current, const QByteArray& replacement)
{
    const QString notSaved = tr("The new passphrase could not be saved to disk.");
    return guardedWrite(m_db, Permission::ManageKeys, notSaved, [&](RecordWriter& writer) -> Status {
        if (const QString problem = passphraseProblem(replacement); !problem.isEmpty()) {
            return Error::invalid(problem);
        }
        if (current == replacement) {
            return Error::invalid(tr("The new passphrase is the current one; nothing was changed."));
        }
        const Result<UnlockedKeys> keys = unlock(current);
        if (!keys) {
            return keys.error();
        }
        if (Status stored = store(*keys, replacement); !stored) {
            return stored;
        }
        return writer.audit().append(
            { QStringLiteral("change-passphrase"),
              QStringLiteral("site_keys"),
              m_db.site().id,
              {},
              { { QStringLiteral("fingerprint"), fingerprint(keys->publicKeys.sign) } } });
    });
}

Status KeyStore::store(const UnlockedKeys& keys, const QByteArray& passphrase)
{
    if (Status allowed = Access::require(m_db, Permission::ManageKeys); !allowed) {
        return allowed;
    }
    // One salt and one derived key for both halves, so unlocking costs one derivation, not
    // two. Each half has its own random nonce and its purpose as associated data, so the
    // shared key lets neither be read or swapped for the other.
    const KdfLimits limits = sealingLimits();
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), static_cast<size_t>(salt.size()));
    QByteArray key;
    WipeOnExit wipeKey(key);
    if (Status derived = deriveKey(key, passphrase, salt, limits); !derived) {
        return derived;
    }
    if (SqlQuery clear(m_db.connection(), QStringLiteral("DELETE FROM site_keys")); !clear.exec()) {
        return Error::internal(tr("Cannot store the keys: %1").arg(clear.errorText()));
    }
    const struct
    {
        QByteArray purpose;
        const QByteArray& publicKey;
        const QByteArray& secret;
    } rows[] = { { "sign", keys.publicKeys.sign, keys.signSecret },
                 { "box", keys.publicKeys.box, keys.boxSecret } };
    for (const auto& row : rows) {
        SqlQuery insert(
            m_db.connection(),
            QStringLiteral("INSERT INTO site_keys (purpose, public_key, sealed_private, salt, opslimit,"
                           " memlimit, created_at) VALUES (:purpose, :public, :sealed, :salt, :ops, :mem,"
                           " :at)"));
        insert.bind(QStringLiteral(":purpose"), QString::fromLatin1(row.purpose))
            .bind(QStringLiteral(":public"), row.publicKey)
            .bind(QStringLiteral(":sealed"), seal(row.secret, key, row.purpose))
            .bind(QStringLiteral(":salt"), salt)
            .bind(QStringLiteral(":ops"), static_cast<qlonglong>(limits.ops))
            .bind(QStringLiteral(":mem"), static_cast<qlonglong>(limits.mem))
            .bind(QStringLiteral(":at"), utcNowIso());
        if (!insert.exec()) {
            return Error::internal(tr("Cannot store the keys: %1").arg(insert.errorText()));
        }
    }
    if (!m_db.setMetaValue(kKeyRotationMeta, QString::fromUtf8(keys.keyRotation))) {
        return Error::internal(
            tr("Cannot store the keys: the statement that vouches for them was not saved."));
    }
    return {};
}

Result<PublicKeys> KeyStore::publicKeys()
{
    SqlQuery query(m_db.connection(), QStringLiteral("SELECT purpose, public_key FROM site_keys"));
    if (!query.exec()) {
        return Error::internal(tr("Cannot read the keys: %1").arg(query.errorText()));
    }
    PublicKeys keys;
    while (query.next()) {
        (query.value(0).toString() == QLatin1String("sign") ? keys.sign : keys.box)
            = query.value(1).toByteArray();
    }
    if (keys.sign.size() != crypto_sign_PUBLICKEYBYTES || keys.box.size() != crypto_box_PUBLICKEYBYTES) {
        return Error::refused(tr("This site has no keys yet; create them first (on the Sync screen, or "
                                 "with “riaya-cli keys create”)."));
    }
    return keys;
}

Result<SealedSecret> KeyStore::sealedSecret(const QByteArray& purpose)
{
    SqlQuery query(m_db.connection(),
                   QStringLiteral("SELECT public_key, sealed_private, salt, opslimit, memlimit FROM site_keys"
                                  " WHERE purpose = :purpose"));
    query.bind(QStringLiteral(":purpose"), QString::fromLatin1(purpose));
    if (!query.exec()) {
        return Error::internal(tr("Cannot read the keys: %1").arg(query.errorText()));
    }
    if (!query.next()) {
        return Error::refused(tr("This site has no keys yet; create them first (on the Sync screen, or "
                                 "with “riaya-cli keys create”)."));
    }
    return SealedSecret { purpose,
                          query.value(0).toByteArray(),
                          query.value(1).toByteArray(),
                          query.value(2).toByteArray(),
                          query.value(3).toLongLong(),
                          query.value(4).toLongLong() };
}

Result<QByteArray> KeyStore::openSealed(const SealedSecret& secret, const QByteArray& passphrase)
{
    QByteArray derived;
    WipeOnExit wipeDerived(derived);
    SealedSecret derivedFor;
    return openWith(secret, passphrase, derived, derivedFor);
}

Result<UnlockedKeys> KeyStore::unlock(const QByteArray& passphrase)
{
    Result<PublicKeys> publicKeys = this->publicKeys();
    if (!publicKeys) {
        return publicKeys.error();
    }
    UnlockedKeys keys;
    keys.publicKeys = *publicKeys;
    QByteArray derived;
    WipeOnExit wipeDerived(derived);
    SealedSecret derivedFor;
    for (QByteArray* secret : { &keys.signSecret, &keys.boxSecret }) {
        const Result<SealedSecret> sealed = sealedSecret(secret == &keys.signSecret ? "sign" : "box");
        if (!sealed) {
            return sealed.error();
        }
        Result<QByteArray> opened = openWith(*sealed, passphrase, derived, derivedFor);
        if (!opened) {
            return opened.error();
        }
        *secret = std::move(*opened);
    }
    keys.keyRotation = m_db.metaValue(kKeyRotationMeta).toUtf8();
    return keys;
}

QString KeyStore::fingerprint(const QByteArray& signKey)
{
    unsigned char hash[16];
    crypto_generichash(hash, sizeof hash, bytes(signKey), static_cast<unsigned long long>(signKey.size()),
                       nullptr, 0);
    const QString hex
        = QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(hash), sizeof hash).toHex().toUpper());
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4) {
        groups << hex.mid(i, 4);
    }
    return groups.join(QLatin1Char('-'));
}

} // namespace riaya
