#include "QtCatch.h"
#include "security/KeyStore.h"
#include "sync/BundleFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <sodium.h>

// The test vector of docs/bundle-format.md: tests/data/bundle-v1.bundle was written by
// this version with the keys below; every later version must still read it exactly.
// RIAYA_WRITE_VECTORS=1 writes it again (only when the format itself changes).
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

} // namespace

TEST_CASE("the format-1 test vector reads back exactly")
{
    const UnlockedKeys sender = vectorKeys(1);
    const UnlockedKeys recipient = vectorKeys(2);
    const QString path = QStringLiteral(RIAYA_TEST_DATA "/bundle-v1.bundle");
    if (qEnvironmentVariableIsSet("RIAYA_WRITE_VECTORS")) {
        BundleManifest manifest;
        manifest.bundleId = QStringLiteral("01900000-0000-7000-8000-0000000000ff");
        manifest.senderSite = QStringLiteral("site-a");
        manifest.senderName = QStringLiteral("Dar Taliba Ait Ourir");
        manifest.recipientSite = QStringLiteral("ministry");
        manifest.sequence = 1;
        manifest.createdAt = QStringLiteral("2026-11-23T10:00:02.000Z");
        manifest.toChange = 2;
        manifest.counts = { { QStringLiteral("institutions"), 1 }, { QStringLiteral("residents"), 1 } };
        manifest.records = kLines.size();
        REQUIRE(BundleFile::write(path, manifest, sender, recipient.publicKeys.box,
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
    const auto verified = BundleFile::verify(path, [&](const QString& site) -> Result<QByteArray> {
        REQUIRE(site == QStringLiteral("site-a"));
        return sender.publicKeys.sign;
    });
    REQUIRE(verified.ok());
    CHECK(verified->manifest.sequence == 1);
    CHECK(verified->manifest.recipientSite == QStringLiteral("ministry"));
    CHECK(verified->manifest.counts.value(QStringLiteral("residents")).toInt() == 1);
    QList<QByteArray> read;
    REQUIRE(BundleFile::readRecords(
                path, verified->manifest, recipient,
                [&](const QString& table, const QVariantMap& row) {
                    read << QJsonDocument(
                                QJsonObject { { QStringLiteral("r"), QJsonObject::fromVariantMap(row) },
                                              { QStringLiteral("t"), table } })
                                .toJson(QJsonDocument::Compact);
                    return Status();
                })
                .ok());
    REQUIRE(read.size() == kLines.size());
    for (qsizetype i = 0; i < read.size(); ++i) {
        CHECK(QJsonDocument::fromJson(read.at(i)) == QJsonDocument::fromJson(kLines.at(i)));
    }
    // The wrong recipient's keys open nothing.
    CHECK_FALSE(BundleFile::readRecords(path, verified->manifest, vectorKeys(3),
                                        [](const QString&, const QVariantMap&) { return Status(); })
                    .ok());
}
