#include "KeyStore.h"

#include "db/Database.h"
#include "db/Ids.h"
#include "db/RecordWriter.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "security/Access.h"
#include "security/AuditLog.h"

#include <sodium.h>

namespace riaya {
namespace {

constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

unsigned char* bytes(QByteArray& data)
{
    return reinterpret_cast<unsigned char*>(data.data());
}

Result<QByteArray> deriveKey(const QByteArray& passphrase, const QByteArray& salt, unsigned long long ops,
                             size_t mem)
{
    QByteArray key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES, Qt::Uninitialized);
    if (crypto_pwhash(bytes(key), static_cast<unsigned long long>(key.size()), passphrase.constData(),
                      static_cast<unsigned long long>(passphrase.size()), bytes(salt), ops, mem,
                      crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return Error::internal(KeyStore::tr("Not enough memory to derive the key from the passphrase."));
    }
    return key;
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

} // namespace

UnlockedKeys::~UnlockedKeys()
{
    sodium_memzero(signSecret.data(), static_cast<size_t>(signSecret.size()));
    sodium_memzero(boxSecret.data(), static_cast<size_t>(boxSecret.size()));
}

bool KeyStore::hasKeys()
{
    SqlQuery query(m_db.connection(), QStringLiteral("SELECT count(*) FROM site_keys"));
    return query.exec() && query.next() && query.value(0).toInt() == 2;
}

Status KeyStore::create(const QByteArray& passphrase, bool replace)
{
    if (Status allowed = Access::require(m_db, Permission::ManageKeys); !allowed) {
        return allowed;
    }
    if (hasKeys() && !replace) {
        return Error::refused(tr("This site already has its keys; nothing was changed."));
    }
    if (passphrase.size() < kMinPassphraseLength) {
        return Error::invalid(
            tr("The passphrase must have at least %n characters.", nullptr, kMinPassphraseLength));
    }
    QByteArray signPublic(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray signSecret(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    QByteArray boxPublic(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray boxSecret(crypto_box_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(bytes(signPublic), bytes(signSecret));
    crypto_box_keypair(bytes(boxPublic), bytes(boxSecret));

    Transaction tx(m_db.connection());
    if (SqlQuery clear(m_db.connection(), QStringLiteral("DELETE FROM site_keys")); !clear.exec()) {
        return Error::internal(tr("Cannot store the keys: %1").arg(clear.errorText()));
    }
    for (const auto& [purpose, publicKey, secret] :
         { std::tuple { QByteArray("sign"), signPublic, signSecret },
           { QByteArray("box"), boxPublic, boxSecret } }) {
        QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
        randombytes_buf(salt.data(), static_cast<size_t>(salt.size()));
        const Result<QByteArray> key = deriveKey(passphrase, salt, kOpsLimit, kMemLimit);
        if (!key) {
            return key.error();
        }
        SqlQuery insert(
            m_db.connection(),
            QStringLiteral("INSERT INTO site_keys (purpose, public_key, sealed_private, salt, opslimit,"
                           " memlimit, created_at) VALUES (:purpose, :public, :sealed, :salt, :ops, :mem,"
                           " :at)"));
        insert.bind(QStringLiteral(":purpose"), QString::fromLatin1(purpose))
            .bind(QStringLiteral(":public"), publicKey)
            .bind(QStringLiteral(":sealed"), seal(secret, *key, purpose))
            .bind(QStringLiteral(":salt"), salt)
            .bind(QStringLiteral(":ops"), static_cast<qlonglong>(kOpsLimit))
            .bind(QStringLiteral(":mem"), static_cast<qlonglong>(kMemLimit))
            .bind(QStringLiteral(":at"), utcNowIso());
        if (!insert.exec()) {
            return Error::internal(tr("Cannot store the keys: %1").arg(insert.errorText()));
        }
    }
    sodium_memzero(signSecret.data(), static_cast<size_t>(signSecret.size()));
    sodium_memzero(boxSecret.data(), static_cast<size_t>(boxSecret.size()));
    Status audited = m_db.writer().audit().append(
        { replace ? QStringLiteral("replace-keys") : QStringLiteral("create-keys"),
          QStringLiteral("site_keys"),
          m_db.site().id,
          {},
          { { QStringLiteral("fingerprint"), fingerprint(signPublic) } } });
    if (!audited) {
        return audited;
    }
    if (!tx.commit()) {
        return Error::internal(tr("The keys could not be saved to disk."));
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
        return Error::refused(tr("This site has no keys yet; create them with “riaya-cli keys create”."));
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
        return Error::refused(tr("This site has no keys yet; create them with “riaya-cli keys create”."));
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
    // Limits come from a file here: refuse absurd ones rather than exhaust the machine.
    if (secret.opsLimit < 1 || secret.opsLimit > 64 || secret.memLimit < 8192
        || secret.memLimit > 2LL * 1024 * 1024 * 1024 || secret.salt.size() != crypto_pwhash_SALTBYTES) {
        return Error::invalid(tr("The sealed key is damaged."));
    }
    const Result<QByteArray> key
        = deriveKey(passphrase, secret.salt, static_cast<unsigned long long>(secret.opsLimit),
                    static_cast<size_t>(secret.memLimit));
    if (!key) {
        return key.error();
    }
    std::optional<QByteArray> opened = open(secret.sealed, *key, secret.purpose);
    if (!opened) {
        return Error::refused(tr("The passphrase does not open this site's keys."));
    }
    return *opened;
}

Result<UnlockedKeys> KeyStore::unlock(const QByteArray& passphrase)
{
    Result<PublicKeys> publicKeys = this->publicKeys();
    if (!publicKeys) {
        return publicKeys.error();
    }
    SqlQuery query(m_db.connection(),
                   QStringLiteral("SELECT purpose, sealed_private, salt, opslimit, memlimit FROM site_keys"));
    if (!query.exec()) {
        return Error::internal(tr("Cannot read the keys: %1").arg(query.errorText()));
    }
    UnlockedKeys keys;
    keys.publicKeys = *publicKeys;
    while (query.next()) {
        const QByteArray purpose = query.value(0).toString().toLatin1();
        const Result<QByteArray> key = deriveKey(passphrase, query.value(2).toByteArray(),
                                                 static_cast<unsigned long long>(query.value(3).toLongLong()),
                                                 static_cast<size_t>(query.value(4).toLongLong()));
        if (!key) {
            return key.error();
        }
        std::optional<QByteArray> secret = open(query.value(1).toByteArray(), *key, purpose);
        if (!secret) {
            return Error::refused(tr("The passphrase does not open this site's keys."));
        }
        (purpose == "sign" ? keys.signSecret : keys.boxSecret) = *secret;
    }
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
