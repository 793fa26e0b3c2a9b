#include "QtCatch.h"
#include "TempDatabase.h"
#include "security/KeyStore.h"
#include "sync/BundleExchange.h"
#include "sync/BundleFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <sodium.h>

// The test vectors of docs/bundle-format.md: tests/data/bundle-vN.bundle were written by
// the version of each format with the keys below; every later version must still read them
// exactly. RIAYA_WRITE_VECTORS=1 writes the current format's again (only when it changes).
using namespace riaya;

namespace {

UnlockedKeys vectorKeys(unsigned char seedByte)
{
    REQUIRE(sodium_init() >= 0);
    UnlockedKeys keys;
    keys.publicKeys.sign = QByteArray(crypto_sign_PUBLICKEYBYTES, '\0');
    keys.signSecret = QByteArray(crypto_sign_SECRETKEYBYTES, '\0');
    keys.publicKeys.box = QByteArray(crypto_box_PUBLICKEYBYTES, '\0');
    keys.boxSecret = QByteArray(crypto_box_SECRETKEYBYTES, '\0');
    unsigned char seed[32];
    std::fill(std::begin(seed), std::end(seed), seedByte);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(keys.publicKeys.sign.data()),
                             reinterpret_cast<unsigned char*>(keys.signSecret.data()), seed);
    crypto_box_seed_keypair(reinterpret_cast<unsigned char*>(keys.publicKeys.box.data()),
                            reinterpret_cast<unsigned char*>(keys.boxSecret.data()), seed);
    return keys;
}

const QList<QByteArray> kLines {
    R"({"r":{"capacity":60,"deleted":0,"id":"01900000-0000-7000-8000-000000000001","kind":"student_house","name":"دار الطالبة أيت أورير","origin_site":"site-a","updated_at":"2026-11-23T10:00:00.000Z","updated_by":"local","version":1000},"t":"institutions"})",
    R"({"r":{"birth_date":"2013-03-04","deleted":0,"first_name":"فاطمة","id":"01900000-0000-7000-8000-000000000002","last_name":"أيت علي","origin_site":"site-a","sex":"F","status":"registered","updated_at":"2026-11-23T10:00:01.000Z","updated_by":"local","version":1001},"t":"residents"})",
};

SiteSettings ministryHub()
{
    SiteSettings settings;
    settings.name = QStringLiteral("Ministry");
    settings.ministry = true;
    return settings;
}

// Reads a vector back and checks every line; the wrong recipient's keys open nothing.
void checkVector(const QString& path, int format)
{
    const UnlockedKeys sender = vectorKeys(1);
    const UnlockedKeys recipient = vectorKeys(2);
    const auto verified = BundleFile::verify(path, [&](const QString& site) -> Result<QByteArray> {
        REQUIRE(site == QStringLiteral("site-a"));
        return sender.publicKeys.sign;
    });
    REQUIRE(verified.ok());
    CHECK(verified->manifest.format == format);
    CHECK(verified->manifest.schema == 2);
    CHECK(verified->manifest.sequence == 1);
    CHECK(verified->manifest.recipientSite == QStringLiteral("ministry"));
    CHECK(verified->manifest.records == 2);
    BundleManifest manifest = verified->manifest;
    QList<QByteArray> read;
    REQUIRE(
        BundleFile::readRecords(path, manifest, recipient, [&](const QString& table, const QVariantMap& row) {
            read << QJsonDocument(QJsonObject { { QStringLiteral("r"), QJsonObject::fromVariantMap(row) },
                                                { QStringLiteral("t"), table } })
                        .toJson(QJsonDocument::Compact);
            return Status();
        }).ok());
    // From format 3 the counts and the sender's name travel encrypted.
    CHECK(manifest.counts.value(QStringLiteral("residents")).toInt() == 1);
    CHECK(manifest.senderName == QStringLiteral("Dar Taliba Ait Ourir"));
    REQUIRE(read.size() == kLines.size());
    for (qsizetype i = 0; i < read.size(); ++i) {
        CHECK(QJsonDocument::fromJson(read.at(i)) == QJsonDocument::fromJson(kLines.at(i)));
    }
    CHECK_FALSE(
        BundleFile::readRecords(path, manifest, vectorKeys(3), [](const QString&, const QVariantMap&) {
            return Status();
        }).ok());
}

} // namespace

TEST_CASE("the format-1 test vector, written by an older Riaya, still reads back exactly")
{
    // Frozen: format 1 is no longer written, so this file is never made again.
    checkVector(QStringLiteral(RIAYA_TEST_DATA "/bundle-v1.bundle"), 1);
}

TEST_CASE("the format-2 test vector, written by an older Riaya, still reads back exactly")
{
    // Frozen since format 3.
    checkVector(QStringLiteral(RIAYA_TEST_DATA "/bundle-v2.bundle"), 2);
}

TEST_CASE("the format-3 test vector reads back exactly")
{
    const QString path = QStringLiteral(RIAYA_TEST_DATA "/bundle-v3.bundle");
    if (qEnvironmentVariableIsSet("RIAYA_WRITE_VECTORS")) {
        BundleManifest manifest;
        manifest.bundleId = QStringLiteral("01900000-0000-7000-8000-0000000000fe");
        manifest.senderSite = QStringLiteral("site-a");
        manifest.senderName = QStringLiteral("Dar Taliba Ait Ourir");
        manifest.recipientSite = QStringLiteral("ministry");
        manifest.sequence = 1;
        manifest.schema = 2;
        manifest.createdAt = QStringLiteral("2026-11-23T10:00:02.000Z");
        manifest.toChange = 2;
        manifest.counts = { { QStringLiteral("institutions"), 1 }, { QStringLiteral("residents"), 1 } };
        manifest.records = kLines.size();
        REQUIRE(BundleFile::write(path, manifest, vectorKeys(1), vectorKeys(2).publicKeys.box,
                                  [](const BundleFile::LineSink& sink) {
                                      for (const QByteArray& line : kLines) {
                                          if (Status status = sink(line); !status) {
                                              return status;
                                          }
                                      }
                                      return Status();
                                  })
                    .ok());
    }
    checkVector(path, 3);
}

TEST_CASE("bundles from older Riaya versions (formats 1 and 2, schema 2) are imported into today's database")
{
    const QString vector = GENERATE(QStringLiteral("bundle-v1.bundle"), QStringLiteral("bundle-v2.bundle"));
    INFO(vector.toStdString());
    TempDatabase hub(ministryHub());
    const UnlockedKeys sender = vectorKeys(1);
    hub.close();
    // The vector is addressed to the site id "ministry" and sent by "site-a".
    REQUIRE(rawSql(hub.path(), QStringLiteral("UPDATE site SET id = 'ministry'")));
    REQUIRE(
        rawSql(hub.path(),
               QStringLiteral("INSERT INTO trusted_sites (site_id, name, role, sign_key, box_key, "
                              "enrolled_at) VALUES ('site-a', 'Dar Taliba', 'site', X'%1', X'%2', '2026')")
                   .arg(QString::fromLatin1(sender.publicKeys.sign.toHex()),
                        QString::fromLatin1(sender.publicKeys.box.toHex()))));
    hub.reopen();
    const auto report
        = BundleExchange(hub.db()).importFile(QStringLiteral(RIAYA_TEST_DATA "/") + vector, vectorKeys(2));
    INFO((report ? std::string() : report.error().describe().toStdString()));
    REQUIRE(report.ok());
    CHECK(report->inserted == 2);
    // Columns added since schema 2 take their defaults.
    const QVariantMap resident = hub.db().writer().read(
        QStringLiteral("residents"), QStringLiteral("01900000-0000-7000-8000-000000000002"));
    CHECK(resident.value(QStringLiteral("first_name")).toString() == QStringLiteral("فاطمة"));
    CHECK(resident.contains(QStringLiteral("merged_into")));
    CHECK(resident.value(QStringLiteral("merged_into")).isNull());
}
