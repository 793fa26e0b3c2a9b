#include "QtCatch.h"
#include "SyncNetwork.h"
#include "db/AuditLog.h"
#include "db/Migrations.h"
#include "residents/ResidentStore.h"
#include "security/AuditQuery.h"
#include "security/SignedDocument.h"
#include "sync/BundleFile.h"
#include "sync/TrustStore.h"

using namespace riaya;

namespace {

QString writeIdentity(SyncNetwork::Site& site, const QString& name)
{
    const QString path = site.database.dir() + QLatin1Char('/') + name;
    REQUIRE(SignedDocument::writeFile(path, *TrustStore(site.db()).exportOwnIdentity(site.keys)).ok());
    return path;
}

} // namespace

TEST_CASE("the ministry sends every site the institution list and the revoked keys")
{
    SyncNetwork n;
    SyncNetwork::Site& other = n.addSite();
    REQUIRE(n.importAtMinistry(n.site().exportBundle()).ok());
    REQUIRE(n.importAtMinistry(other.exportBundle()).ok());
    REQUIRE(TrustStore(n.ministry.db()).revoke(other.db().site().id, QStringLiteral("laptop stolen")).ok());

    const auto received = n.sendReferenceData(n.site());
    INFO((received ? std::string() : received.error().describe().toStdString()));
    REQUIRE(received.ok());
    CHECK(received->byTable.value(QStringLiteral("institutions")).inserted == 1); // the other house
    CHECK(received->byTable.value(QStringLiteral("institutions")).unchanged == 1); // its own
    CHECK(received->byTable.value(QStringLiteral("revocations")).inserted == 1);
    CHECK(countRows(n.site().db(), QStringLiteral("SELECT count(*) FROM institutions")) == 2);
    CHECK(countRows(n.site().db(),
                    QStringLiteral("SELECT count(*) FROM revocations WHERE reason = 'laptop stolen'"))
          == 1);
    // Residents never travel from the ministry to a site.
    CHECK(countRows(n.site().db(), QStringLiteral("SELECT count(*) FROM residents")) == 0);

    SECTION("nothing is sent to a revoked site")
    {
        const auto refused = n.sendReferenceData(other);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == Error::Kind::Refused);
    }
    SECTION("once the site acknowledges it, the next reference bundle carries only what changed")
    {
        REQUIRE(n.importAtMinistry(n.site().exportBundle(QStringLiteral("ack.bundle"))).ok());
        const auto again = n.sendReferenceData(n.site());
        REQUIRE(again.ok());
        CHECK(again->manifest.records == 0);
    }
}

TEST_CASE("a revoked key is refused, the site's new keys are enrolled after a fingerprint check")
{
    SyncNetwork n;
    SyncNetwork::Site& site = n.site();
    REQUIRE(ResidentStore(site.db()).create(TempDatabase::sampleResident()).ok());
    const QString oldIdentity = writeIdentity(site, QStringLiteral("old-identity"));
    const QString signedWithOldKey = site.exportBundle(QStringLiteral("old.bundle"));

    TrustStore ministryTrust(n.ministry.db());
    CHECK_FALSE(ministryTrust.revoke(site.db().site().id, QStringLiteral("  ")).ok()); // a reason is needed
    REQUIRE(ministryTrust.revoke(site.db().site().id, QStringLiteral("laptop stolen")).ok());
    CHECK_FALSE(ministryTrust.revoke(site.db().site().id, QStringLiteral("again")).ok());
    CHECK_FALSE(TrustStore(site.db()).revoke(site.db().site().id, QStringLiteral("x")).ok()); // ministry only

    const auto refused = n.importAtMinistry(signedWithOldKey);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("revoked")));
    CHECK(countRows(n.ministry.db(), QStringLiteral("SELECT count(*) FROM residents")) == 0);
    // The old identity cannot be enrolled again.
    CHECK_FALSE(ministryTrust.enrol(oldIdentity).ok());

    // New keys replace the old only when asked to.
    CHECK_FALSE(KeyStore(site.db()).create(SyncNetwork::kPassphrase).ok());
    REQUIRE(KeyStore(site.db()).create(SyncNetwork::kPassphrase, true).ok());
    site.keys = *KeyStore(site.db()).unlock(SyncNetwork::kPassphrase);
    REQUIRE(ministryTrust.enrol(writeIdentity(site, QStringLiteral("new-identity"))).ok());
    CHECK_FALSE(ministryTrust.find(site.db().site().id)->revoked);

    const auto imported = n.importAtMinistry(site.exportBundle(QStringLiteral("new.bundle")));
    REQUIRE(imported.ok());
    CHECK(imported->byTable.value(QStringLiteral("residents")).inserted == 1);
}

TEST_CASE("a site's new keys are refused while its old key is still trusted")
{
    SyncNetwork n;
    SyncNetwork::Site& site = n.site();
    REQUIRE(KeyStore(site.db()).create(SyncNetwork::kPassphrase, true).ok());
    site.keys = *KeyStore(site.db()).unlock(SyncNetwork::kPassphrase);
    const auto refused = TrustStore(n.ministry.db()).enrol(writeIdentity(site, QStringLiteral("identity2")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("Revoke the old key first")));
}

TEST_CASE("a sender may send only its own kinds of records")
{
    SyncNetwork n;
    auto craft = [&](const QString& path, const UnlockedKeys& from, const QString& sender,
                     const QString& recipient, const QByteArray& recipientBox, const QByteArray& line) {
        BundleManifest manifest;
        manifest.bundleId = QStringLiteral("crafted-") + sender;
        manifest.senderSite = sender;
        manifest.recipientSite = recipient;
        manifest.sequence = 1;
        manifest.schema = latestSchemaVersion();
        manifest.records = 1;
        REQUIRE(BundleFile::write(path, manifest, from, recipientBox, [&](const BundleFile::LineSink& sink) {
                    return sink(line);
                }).ok());
    };
    SECTION("a site cannot revoke a key")
    {
        const QString path = n.site().database.dir() + QStringLiteral("/revoke.bundle");
        craft(
            path, n.site().keys, n.site().db().site().id, n.ministry.db().site().id,
            n.ministryKeys.publicKeys.box,
            R"({"r":{"deleted":0,"id":"r1","origin_site":"x","reason":"r","revoked_at":"2026-01-01","site_id":"y","sign_key":"AA==","updated_at":"2026-01-01T00:00:00.000Z","updated_by":"x","version":5},"t":"revocations"})");
        const auto refused = n.importAtMinistry(path);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("may not send")));
        CHECK(countRows(n.ministry.db(), QStringLiteral("SELECT count(*) FROM revocations")) == 0);
    }
    SECTION("a site cannot speak for another site's records")
    {
        const QString path = n.site().database.dir() + QStringLiteral("/forged.bundle");
        craft(
            path, n.site().keys, n.site().db().site().id, n.ministry.db().site().id,
            n.ministryKeys.publicKeys.box,
            R"({"r":{"birth_date":"2013-03-04","deleted":0,"first_name":"a","id":"r1","last_name":"b","origin_site":"another-site","sex":"F","status":"registered","updated_at":"2026-01-01T00:00:00.000Z","updated_by":"x","version":5},"t":"residents"})");
        const auto refused = n.importAtMinistry(path);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("another-site")));
        CHECK(countRows(n.ministry.db(), QStringLiteral("SELECT count(*) FROM residents")) == 0);
    }
    SECTION("the ministry does not send user accounts to a site")
    {
        const QString path = n.ministry.dir() + QStringLiteral("/user.bundle");
        craft(
            path, n.ministryKeys, n.ministry.db().site().id, n.site().db().site().id,
            n.site().keys.publicKeys.box,
            R"({"r":{"deleted":0,"disabled":0,"full_name":"x","id":"u1","origin_site":"x","roles":"administrator","updated_at":"2026-01-01T00:00:00.000Z","updated_by":"x","username":"intruder","version":5},"t":"users"})");
        const auto refused = BundleExchange(n.site().db()).importFile(path, n.site().keys);
        REQUIRE_FALSE(refused.ok());
        CHECK(
            countRows(n.site().db(), QStringLiteral("SELECT count(*) FROM users WHERE username = 'intruder'"))
            == 0);
    }
}

TEST_CASE("a preview reports per kind exactly what the import then does, and keeps nothing")
{
    SyncNetwork n;
    ResidentStore store(n.site().db());
    REQUIRE(store.create(TempDatabase::sampleResident()).ok());
    const QString bundle = n.site().exportBundle();
    const int auditBefore = countRows(n.ministry.db(), QStringLiteral("SELECT count(*) FROM audit_log"));

    const auto preview = n.importAtMinistry(bundle, BundleExchange::Mode::Preview);
    REQUIRE(preview.ok());
    CHECK(preview->preview);
    CHECK(preview->byTable.value(QStringLiteral("residents")).inserted == 1);
    CHECK(preview->byTable.value(QStringLiteral("institutions")).inserted == 1);
    CHECK(countRows(n.ministry.db(), QStringLiteral("SELECT count(*) FROM residents")) == 0);
    CHECK(countRows(n.ministry.db(), QStringLiteral("SELECT count(*) FROM bundle_log")) == 0);
    CHECK(countRows(n.ministry.db(), QStringLiteral("SELECT count(*) FROM audit_log")) == auditBefore);

    const auto applied = n.importAtMinistry(bundle);
    REQUIRE(applied.ok());
    CHECK_FALSE(applied->preview);
    CHECK(applied->inserted == preview->inserted);
    CHECK(applied->byTable.keys() == preview->byTable.keys());
    CHECK(countRows(n.ministry.db(), QStringLiteral("SELECT count(*) FROM residents")) == 1);
    // The audit chain survived the rolled-back preview.
    CHECK(AuditQuery::verify(n.ministry.db())->intact);
}
