#include "sync/KeyRotation.h"

#include "QtCatch.h"
#include "SyncNetwork.h"
#include "db/AuditLog.h"
#include "db/Ids.h"
#include "db/Migrations.h"
#include "residents/ResidentStore.h"
#include "security/Access.h"
#include "security/AuditQuery.h"
#include "security/SignedDocument.h"
#include "sync/BundleFile.h"
#include "sync/TrustStore.h"

using namespace riaya;

namespace {

// What a site holds of the ministry, and what it has recorded: a refused bundle changes none.
struct TrustState
{
    QByteArray sign;
    QByteArray box;
    int auditEntries = 0;
    int bundles = 0;
    bool operator==(const TrustState&) const = default;
};

TrustState trustAt(SyncNetwork::Site& site)
{
    const Result<TrustedSite> ministry = TrustStore(site.db()).ministry();
    REQUIRE(ministry.ok());
    return { ministry->keys.sign, ministry->keys.box,
             countRows(site.db(), QStringLiteral("SELECT count(*) FROM audit_log")),
             countRows(site.db(), QStringLiteral("SELECT count(*) FROM bundle_log")) };
}

// A bundle in the ministry's name to `site`, signed by `signer` and carrying its statements,
// as someone holding `signer` would make it.
QString ministryBundle(SyncNetwork& n, SyncNetwork::Site& site, const UnlockedKeys& signer,
                       const QString& name)
{
    BundleManifest manifest;
    manifest.bundleId = newRecordId();
    manifest.senderSite = n.ministry.db().site().id;
    manifest.senderName = n.ministry.db().site().name;
    manifest.recipientSite = site.db().site().id;
    manifest.sequence = 99;
    manifest.schema = latestSchemaVersion();
    const QString path = n.ministry.dir() + QLatin1Char('/') + name;
    REQUIRE(
        BundleFile::write(path, manifest, signer, site.keys.publicKeys.box, [](const BundleFile::LineSink&) {
            return Status();
        }).ok());
    return path;
}

UnlockedKeys rotate(SyncNetwork& n)
{
    Result<UnlockedKeys> rotated = KeyRotation(n.ministry.db()).rotate(SyncNetwork::kPassphrase);
    INFO((rotated ? std::string() : rotated.error().describe().toStdString()));
    REQUIRE(rotated.ok());
    return *rotated;
}

int audited(Database& db, const char* action)
{
    return countRows(
        db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1'").arg(QLatin1String(action)));
}

QString b64(const QByteArray& key)
{
    return QString::fromLatin1(key.toBase64());
}

} // namespace

TEST_CASE("a site follows the ministry's key rotation through a real reference bundle, then keeps importing")
{
    SyncNetwork n;
    SyncNetwork::Site& site = n.site();
    REQUIRE(ResidentStore(site.db()).create(TempDatabase::sampleResident()).ok());
    REQUIRE(n.importAtMinistry(site.exportBundle(QStringLiteral("1.bundle"))).ok());
    REQUIRE(n.sendReferenceData(site).ok());
    const UnlockedKeys old = n.ministryKeys;

    n.ministryKeys = rotate(n);
    CHECK(n.ministryKeys.publicKeys.sign != old.publicKeys.sign);
    CHECK(n.ministryKeys.publicKeys.box != old.publicKeys.box);
    CHECK(audited(n.ministry.db(), "rotate-keys") == 1);
    // Kept: the passphrase opens the new keys, and with them the statement every bundle carries.
    const Result<UnlockedKeys> reopened = KeyStore(n.ministry.db()).unlock(SyncNetwork::kPassphrase);
    REQUIRE(reopened.ok());
    CHECK(reopened->publicKeys.sign == n.ministryKeys.publicKeys.sign);
    CHECK(reopened->signSecret == n.ministryKeys.signSecret);
    CHECK(reopened->keyRotation == n.ministryKeys.keyRotation);
    const auto chain = KeyRotation::parseChain(n.ministryKeys.keyRotation);
    REQUIRE(chain.ok());
    REQUIRE(chain->size() == 1);
    const QVariantMap& body = chain->first().body;
    CHECK(body.value(QStringLiteral("format")).toString() == QLatin1String(kKeyRotationFormat));
    CHECK(body.value(QStringLiteral("site_id")).toString() == n.ministry.db().site().id);
    CHECK(body.value(QStringLiteral("old_sign_key")).toString() == b64(old.publicKeys.sign));
    CHECK(body.value(QStringLiteral("new_sign_key")).toString() == b64(n.ministryKeys.publicKeys.sign));
    CHECK(body.value(QStringLiteral("new_box_key")).toString() == b64(n.ministryKeys.publicKeys.box));

    const auto received = n.sendReferenceData(site);
    INFO((received ? std::string() : received.error().describe().toStdString()));
    REQUIRE(received.ok());
    CHECK(received->manifest.keyRotation == n.ministryKeys.keyRotation);
    CHECK(trustAt(site).sign == n.ministryKeys.publicKeys.sign);
    CHECK(trustAt(site).box == n.ministryKeys.publicKeys.box);
    CHECK(audited(site.db(), "trust-rotated-keys") == 1);
    CHECK(AuditQuery::verify(site.db())->intact);

    SECTION("later bundles from the ministry import, and the rotation is followed once")
    {
        REQUIRE(n.sendReferenceData(site).ok());
        REQUIRE(n.sendReferenceData(site).ok());
        CHECK(audited(site.db(), "trust-rotated-keys") == 1);
        CHECK(countRows(site.db(), QStringLiteral("SELECT count(*) FROM bundle_log WHERE direction = 'in'"))
              == 4);
    }
    SECTION("the site's bundles are sealed to the ministry's new key, and import there")
    {
        Resident second = TempDatabase::sampleResident();
        second.firstName = QStringLiteral("Zineb");
        REQUIRE(ResidentStore(site.db()).create(second).ok());
        const QString path = site.exportBundle(QStringLiteral("2.bundle"));
        auto verified = BundleExchange(n.ministry.db()).verify(path);
        REQUIRE(verified.ok());
        CHECK_FALSE(
            BundleFile::readRecords(path, verified->manifest, old, [](const QString&, const QVariantMap&) {
                return Status();
            }).ok());
        const auto imported = n.importAtMinistry(path);
        INFO((imported ? std::string() : imported.error().describe().toStdString()));
        REQUIRE(imported.ok());
        CHECK(imported->byTable.value(QStringLiteral("residents")).inserted == 1);
    }
    SECTION("a bundle signed with the old key is refused from now on")
    {
        const TrustState before = trustAt(site);
        const auto refused = BundleExchange(site.db()).importFile(
            ministryBundle(n, site, old, QStringLiteral("old.bundle")), site.keys);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("valid signature")));
        CHECK(trustAt(site) == before);
    }
    SECTION("the ministry's profile carries the new keys; a site set up from it imports at once")
    {
        const QString profile = n.ministry.dir() + QStringLiteral("/profile");
        REQUIRE(
            SignedDocument::writeFile(profile, *TrustStore(n.ministry.db()).exportOwnIdentity(n.ministryKeys))
                .ok());
        const auto identity = SignedDocument::verify(*SignedDocument::readFile(profile),
                                                     QLatin1String(kProfileFormat), profile);
        REQUIRE(identity.ok());
        CHECK(identity->value(QStringLiteral("sign_key")).toString() == b64(n.ministryKeys.publicKeys.sign));
        CHECK(identity->value(QStringLiteral("box_key")).toString() == b64(n.ministryKeys.publicKeys.box));
        SyncNetwork::Site& later = n.addSite();
        CHECK(trustAt(later).sign == n.ministryKeys.publicKeys.sign);
        REQUIRE(n.sendReferenceData(later).ok());
        CHECK(audited(later.db(), "trust-rotated-keys") == 0);
        REQUIRE(n.importAtMinistry(later.exportBundle()).ok());
    }
}

TEST_CASE("a site that missed two rotations follows the chain from the key it trusts")
{
    SyncNetwork n;
    SyncNetwork::Site& offline = n.addSite(); // set up from the first profile, then away
    n.ministryKeys = rotate(n);
    REQUIRE(n.sendReferenceData(n.site()).ok()); // the first site follows each one as it comes
    n.ministryKeys = rotate(n);
    REQUIRE(KeyRotation::parseChain(n.ministryKeys.keyRotation)->size() == 2);
    REQUIRE(n.sendReferenceData(n.site()).ok());
    CHECK(audited(n.site().db(), "trust-rotated-keys") == 2);

    const auto received = n.sendReferenceData(offline);
    INFO((received ? std::string() : received.error().describe().toStdString()));
    REQUIRE(received.ok());
    CHECK(trustAt(offline).sign == n.ministryKeys.publicKeys.sign);
    CHECK(trustAt(n.site()).sign == n.ministryKeys.publicKeys.sign);
    CHECK(audited(offline.db(), "trust-rotated-keys") == 1); // straight to the newest keys
    REQUIRE(n.importAtMinistry(offline.exportBundle()).ok());
}

TEST_CASE("a forged, half-signed, misdirected or altered key rotation is refused and changes nothing")
{
    SyncNetwork n;
    SyncNetwork::Site& site = n.site();
    REQUIRE(n.sendReferenceData(site).ok());
    const UnlockedKeys attacker = KeyStore::generate();
    const UnlockedKeys stranger = KeyStore::generate();
    const QString ministryId = n.ministry.db().site().id;
    const QString at = QStringLiteral("2026-02-01T09:00:00.000Z");
    RotationStatement statement = KeyRotation::statement(ministryId, n.ministryKeys, attacker, at);
    UnlockedKeys signer = attacker;
    QList<RotationStatement> chain; // just the statement, unless a section makes a longer one
    QString expected;

    SECTION("signed by the new key only")
    {
        statement.oldSignature = KeyRotation::sign(statement.body, attacker.signSecret);
        expected = QStringLiteral("not signed by the key this site trusts");
    }
    SECTION("signed by the old key only")
    {
        statement.newSignature = KeyRotation::sign(statement.body, n.ministryKeys.signSecret);
        expected = QStringLiteral("not signed by the new key it names");
    }
    SECTION("without the new key's signature")
    {
        statement.newSignature.clear();
        expected = QStringLiteral("not signed by the new key it names");
    }
    SECTION("signed by an unrelated key")
    {
        statement.oldSignature = KeyRotation::sign(statement.body, stranger.signSecret);
        statement.newSignature = KeyRotation::sign(statement.body, stranger.signSecret);
        expected = QStringLiteral("not signed by the key this site trusts");
    }
    SECTION("naming another old key")
    {
        statement = KeyRotation::statement(ministryId, stranger, attacker, at);
        expected = QStringLiteral("does not start from the key this site trusts");
    }
    SECTION("replayed for another site id")
    {
        statement = KeyRotation::statement(QStringLiteral("another-ministry"), n.ministryKeys, attacker, at);
        expected = QStringLiteral("for another site (another-ministry)");
    }
    SECTION("altered after signing: a genuine statement pointed at another encryption key")
    {
        const UnlockedKeys genuine = KeyStore::generate();
        statement = KeyRotation::statement(ministryId, n.ministryKeys, genuine, at);
        statement.body.insert(QStringLiteral("new_box_key"), b64(attacker.publicKeys.box));
        signer = genuine;
        expected = QStringLiteral("changed after signing");
    }
    SECTION("of another kind of document")
    {
        statement.body.insert(QStringLiteral("format"), QLatin1String(kProfileFormat));
        statement.oldSignature = KeyRotation::sign(statement.body, n.ministryKeys.signSecret);
        statement.newSignature = KeyRotation::sign(statement.body, attacker.signSecret);
        expected = QStringLiteral("is not a riaya-key-rotation/1 statement");
    }
    SECTION("a chain whose second statement does not start where the first ended")
    {
        const UnlockedKeys next = KeyStore::generate();
        chain = { statement, KeyRotation::statement(ministryId, stranger, next, at) };
        signer = next;
        expected = QStringLiteral("is broken");
    }
    SECTION("naming no usable encryption key")
    {
        statement.body.insert(QStringLiteral("new_box_key"), QStringLiteral("AAAA"));
        statement.oldSignature = KeyRotation::sign(statement.body, n.ministryKeys.signSecret);
        statement.newSignature = KeyRotation::sign(statement.body, attacker.signSecret);
        expected = QStringLiteral("does not name a new signing key and encryption key");
    }
    signer.keyRotation = KeyRotation::chainJson(chain.isEmpty() ? QList { statement } : chain);
    const TrustState before = trustAt(site);
    const auto refused = BundleExchange(site.db()).importFile(
        ministryBundle(n, site, signer, QStringLiteral("forged.bundle")), site.keys);
    REQUIRE_FALSE(refused.ok());
    INFO(refused.error().message.toStdString());
    CHECK(refused.error().kind == Error::Kind::Invalid);
    CHECK(refused.error().message.contains(expected));
    CHECK(refused.error().message.contains(QStringLiteral("forged.bundle")));
    CHECK(trustAt(site) == before);
}

TEST_CASE("a statement is followed only with a bundle its new key signed, addressed to this site")
{
    SyncNetwork n;
    SyncNetwork::Site& site = n.site();
    SyncNetwork::Site& other = n.addSite();
    REQUIRE(n.sendReferenceData(site).ok());
    const UnlockedKeys rotated = rotate(n);
    const TrustState before = trustAt(site);

    SECTION("a genuine statement copied into a bundle someone else signed")
    {
        UnlockedKeys thief = KeyStore::generate();
        thief.keyRotation = rotated.keyRotation; // it travels in the clear
        const auto refused = BundleExchange(site.db()).importFile(
            ministryBundle(n, site, thief, QStringLiteral("copied.bundle")), site.keys);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("valid signature")));
        CHECK(trustAt(site) == before);
    }
    SECTION("the ministry's genuine bundle to another site")
    {
        const QString path = n.ministry.dir() + QStringLiteral("/to-other.bundle");
        REQUIRE(BundleExchange(n.ministry.db()).exportTo(path, other.db().site().id, rotated).ok());
        const auto refused = BundleExchange(site.db()).importFile(path, site.keys);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("addressed to another site")));
        CHECK(trustAt(site) == before);
    }
    SECTION("a statement that cannot be read")
    {
        UnlockedKeys damaged = rotated;
        damaged.keyRotation = "[{\"body\":";
        const auto refused = BundleExchange(site.db()).importFile(
            ministryBundle(n, site, damaged, QStringLiteral("damaged.bundle")), site.keys);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("cannot be read")));
        CHECK(trustAt(site) == before);
    }
    n.ministryKeys = rotated;
    REQUIRE(n.sendReferenceData(site).ok());
    CHECK(trustAt(site).sign == rotated.publicKeys.sign);
}

TEST_CASE(
    "a site's bundle sealed to the old key before it learnt of the rotation is refused, and nothing is lost")
{
    SyncNetwork n;
    SyncNetwork::Site& site = n.site();
    REQUIRE(ResidentStore(site.db()).create(TempDatabase::sampleResident()).ok());
    n.ministryKeys = rotate(n);
    const auto early = n.importAtMinistry(site.exportBundle(QStringLiteral("early.bundle")));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message.contains(QStringLiteral("does not open with this site's keys")));

    REQUIRE(n.sendReferenceData(site).ok());
    const auto later = n.importAtMinistry(site.exportBundle(QStringLiteral("later.bundle")));
    INFO((later ? std::string() : later.error().describe().toStdString()));
    REQUIRE(later.ok());
    CHECK(later->byTable.value(QStringLiteral("residents")).inserted == 1);
}

TEST_CASE("only the ministry rotates its keys, with their passphrase and the right to manage keys")
{
    SyncNetwork n;
    const auto atSite = KeyRotation(n.site().db()).rotate(SyncNetwork::kPassphrase);
    REQUIRE_FALSE(atSite.ok());
    CHECK(atSite.error().kind == Error::Kind::Refused);
    CHECK(atSite.error().message.contains(QStringLiteral("keys create --replace")));

    const PublicKeys before = *KeyStore(n.ministry.db()).publicKeys();
    const int entries = countRows(n.ministry.db(), QStringLiteral("SELECT count(*) FROM audit_log"));
    const auto wrong = KeyRotation(n.ministry.db()).rotate("not the passphrase");
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message.contains(QStringLiteral("passphrase does not open")));

    n.ministry.db().setActor({ QStringLiteral("clerk1"), { QStringLiteral("clerk") }, false });
    const auto clerk = KeyRotation(n.ministry.db()).rotate(SyncNetwork::kPassphrase);
    REQUIRE_FALSE(clerk.ok());
    CHECK(clerk.error().kind == Error::Kind::Refused);

    CHECK(KeyStore(n.ministry.db()).publicKeys()->sign == before.sign);
    CHECK(countRows(n.ministry.db(), QStringLiteral("SELECT count(*) FROM audit_log")) == entries);
    n.ministry.db().setActor({});
    CHECK(KeyStore(n.ministry.db()).unlock(SyncNetwork::kPassphrase)->keyRotation.isEmpty());
}
