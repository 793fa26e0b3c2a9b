#include "security/KeyStore.h"

#include "QtCatch.h"
#include "TempDatabase.h"
#include "db/SqlQuery.h"
#include "security/Wipe.h"

#include <QElapsedTimer>
#include <iostream>
#include <sodium.h>

using namespace riaya;

namespace {

const QByteArray kPassphrase("a long enough passphrase");

// Runs a scope without the test suite's fast key derivation (tests/support/TestMain.cpp).
struct ProductionLimits
{
    ProductionLimits() { qunsetenv("RIAYA_TEST_FAST_KDF"); }
    ~ProductionLimits() { qputenv("RIAYA_TEST_FAST_KDF", "1"); }
};

void exec(Database& db, const QString& sql)
{
    SqlQuery query(db.connection(), sql);
    INFO(query.errorText().toStdString());
    REQUIRE(query.exec());
}

QVariantList column(Database& db, const QString& sql)
{
    SqlQuery query(db.connection(), sql);
    REQUIRE(query.exec());
    QVariantList values;
    while (query.next()) {
        values << query.value(0);
    }
    return values;
}

// Seals a private key as Riaya did before the moderate limits: a salt of its own, the
// interactive limits, nonce || ciphertext with the purpose as associated data.
void sealAsBefore(Database& db, const char* purpose, const QByteArray& secret)
{
    auto u = [](const QByteArray& data) { return reinterpret_cast<const unsigned char*>(data.constData()); };
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), static_cast<size_t>(salt.size()));
    QByteArray key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES, Qt::Uninitialized);
    REQUIRE(crypto_pwhash(reinterpret_cast<unsigned char*>(key.data()),
                          static_cast<unsigned long long>(key.size()), kPassphrase.constData(),
                          static_cast<unsigned long long>(kPassphrase.size()), u(salt),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                          crypto_pwhash_ALG_ARGON2ID13)
            == 0);
    QByteArray sealed(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + secret.size()
                          + crypto_aead_xchacha20poly1305_ietf_ABYTES,
                      Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(sealed.data());
    randombytes_buf(out, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    const QByteArray ad(purpose);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &length,
                                               u(secret), static_cast<unsigned long long>(secret.size()),
                                               u(ad), static_cast<unsigned long long>(ad.size()), nullptr,
                                               out, u(key));
    SqlQuery update(db.connection(),
                    QStringLiteral("UPDATE site_keys SET sealed_private = :sealed, salt = :salt,"
                                   " opslimit = :ops, memlimit = :mem WHERE purpose = :p"));
    update.bind(QStringLiteral(":sealed"), sealed)
        .bind(QStringLiteral(":salt"), salt)
        .bind(QStringLiteral(":ops"), static_cast<qlonglong>(crypto_pwhash_OPSLIMIT_INTERACTIVE))
        .bind(QStringLiteral(":mem"), static_cast<qlonglong>(crypto_pwhash_MEMLIMIT_INTERACTIVE))
        .bind(QStringLiteral(":p"), QString::fromLatin1(purpose));
    REQUIRE(update.exec());
}

} // namespace

TEST_CASE("new keys are sealed with libsodium's moderate limits, both under one derivation")
{
    ProductionLimits production;
    TempDatabase t;
    KeyStore keys(t.db());
    REQUIRE(keys.create(kPassphrase).ok());
    CHECK(column(t.db(), QStringLiteral("SELECT DISTINCT opslimit FROM site_keys"))
          == QVariantList { static_cast<qlonglong>(crypto_pwhash_OPSLIMIT_MODERATE) });
    CHECK(column(t.db(), QStringLiteral("SELECT DISTINCT memlimit FROM site_keys"))
          == QVariantList { static_cast<qlonglong>(crypto_pwhash_MEMLIMIT_MODERATE) });
    CHECK(column(t.db(), QStringLiteral("SELECT count(DISTINCT salt) FROM site_keys")) == QVariantList { 1 });

    QElapsedTimer timer;
    timer.start();
    const Result<UnlockedKeys> unlocked = keys.unlock(kPassphrase);
    const qint64 elapsed = timer.elapsed();
    REQUIRE(unlocked.ok());
    CHECK(unlocked->signSecret.size() == crypto_sign_SECRETKEYBYTES);
    CHECK(unlocked->boxSecret.size() == crypto_box_SECRETKEYBYTES);
    // The figure in docs/performance.md ("Keys").
    std::cout << "unlock with moderate limits: " << elapsed << " ms\n";
    CHECK_FALSE(keys.unlock("not the passphrase").ok());
}

TEST_CASE("keys sealed earlier, each under its own salt with the interactive limits, still open")
{
    TempDatabase t;
    KeyStore keys(t.db());
    REQUIRE(keys.create(kPassphrase).ok());
    const UnlockedKeys original = *keys.unlock(kPassphrase);
    sealAsBefore(t.db(), "sign", original.signSecret);
    sealAsBefore(t.db(), "box", original.boxSecret);
    REQUIRE(column(t.db(), QStringLiteral("SELECT count(DISTINCT salt) FROM site_keys"))
            == QVariantList { 2 });

    const Result<UnlockedKeys> reopened = keys.unlock(kPassphrase);
    REQUIRE(reopened.ok());
    CHECK(reopened->signSecret == original.signSecret);
    CHECK(reopened->boxSecret == original.boxSecret);
    CHECK_FALSE(keys.unlock("not the passphrase").ok());
}

TEST_CASE("key derivation limits read from the database are held to libsodium's range before any work")
{
    TempDatabase t;
    KeyStore keys(t.db());
    REQUIRE(keys.create(kPassphrase).ok());
    const QString change = GENERATE(QStringLiteral("opslimit = 1000000"), QStringLiteral("opslimit = 0"),
                                    QStringLiteral("memlimit = 68719476736"),
                                    QStringLiteral("memlimit = 4096"), QStringLiteral("memlimit = -1"));
    exec(t.db(), QStringLiteral("UPDATE site_keys SET ") + change + QStringLiteral(" WHERE purpose = 'box'"));
    QElapsedTimer timer;
    timer.start();
    const Result<UnlockedKeys> refused = keys.unlock(kPassphrase);
    INFO(change.toStdString());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Invalid);
    CHECK(refused.error().message.contains(QStringLiteral("tampered")));
    const Result<SealedSecret> box = keys.sealedSecret("box");
    REQUIRE(box.ok());
    const auto opened = KeyStore::openSealed(*box, kPassphrase);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(QStringLiteral("tampered")));
    CHECK(timer.elapsed() < 5000); // a million passes or 64 GiB would not end
}

TEST_CASE("the most a file may ask for is accepted, a short salt is refused")
{
    TempDatabase t;
    KeyStore keys(t.db());
    REQUIRE(keys.create(kPassphrase).ok());
    SECTION("sensitive passes over little memory: derived, and the wrong key opens nothing")
    {
        exec(t.db(),
             QStringLiteral("UPDATE site_keys SET opslimit = %1, memlimit = %2 WHERE purpose = 'box'")
                 .arg(KeyStore::kMaxOpsLimit)
                 .arg(crypto_pwhash_MEMLIMIT_MIN));
        const Result<UnlockedKeys> refused = keys.unlock(kPassphrase);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("passphrase does not open")));
    }
    SECTION("a salt of 15 bytes")
    {
        exec(t.db(),
             QStringLiteral("UPDATE site_keys SET salt = substr(salt, 1, 15) WHERE purpose = 'sign'"));
        const Result<UnlockedKeys> refused = keys.unlock(kPassphrase);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("damaged")));
    }
}

TEST_CASE("a wiped secret is zeroed in place")
{
    QByteArray secret("the passphrase of the ministry");
    const char* bytes = secret.constData();
    {
        WipeOnExit wipeSecret(secret);
    }
    CHECK(secret.constData() == bytes); // the same buffer, not a copy
    CHECK(secret == QByteArray(30, '\0'));
}
