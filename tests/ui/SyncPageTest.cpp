#include "sync/SyncPage.h"

#include "QtCatch.h"
#include "TempDatabase.h"
#include "demo/DemoGenerator.h"
#include "security/KeyStore.h"
#include "security/SignedDocument.h"
#include "settings/LanguageSwitcher.h"
#include "sync/TrustStore.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QTableWidget>
#include <QTest>

using namespace riaya;

TEST_CASE("the sync screen exports a site's bundle and imports it at the ministry")
{
    const QByteArray passphrase("a long enough passphrase");
    SiteSettings hubSettings;
    hubSettings.name = QStringLiteral("الوزارة");
    hubSettings.ministry = true;
    TempDatabase hub(hubSettings);
    TempDatabase site;
    REQUIRE(KeyStore(hub.db()).create(passphrase).ok());
    REQUIRE(KeyStore(site.db()).create(passphrase).ok());
    const QString profile = hub.dir() + QStringLiteral("/profile");
    const QString identity = site.dir() + QStringLiteral("/identity");
    REQUIRE(SignedDocument::writeFile(
                profile, *TrustStore(hub.db()).exportOwnIdentity(*KeyStore(hub.db()).unlock(passphrase)))
                .ok());
    REQUIRE(SignedDocument::writeFile(
                identity, *TrustStore(site.db()).exportOwnIdentity(*KeyStore(site.db()).unlock(passphrase)))
                .ok());
    REQUIRE(TrustStore(site.db()).loadProfile(profile).ok());
    REQUIRE(TrustStore(hub.db()).enrol(identity).ok());
    DemoSettings demo;
    demo.residents = 25;
    REQUIRE(DemoGenerator::generate(site.db(), demo).ok());

    SyncPage sitePage(site.db());
    sitePage.show();
    const QString bundle = site.dir() + QStringLiteral("/a.bundle");
    CHECK_FALSE(sitePage.exportBundle(bundle, {}, "not the passphrase"));
    CHECK_FALSE(QFile::exists(bundle));
    CHECK_FALSE(sitePage.findChild<QLabel*>(QStringLiteral("syncMessage"))->text().isEmpty());
    REQUIRE(sitePage.exportBundle(bundle, {}, passphrase));
    CHECK(QFile::exists(bundle));
    CHECK(sitePage.findChild<QTableWidget*>(QStringLiteral("bundleLog"))->rowCount() == 1);

    SyncPage hubPage(hub.db());
    hubPage.resize(1000, 650);
    hubPage.show();
    CHECK(hubPage.importBundles({ bundle }, passphrase) == 1);
    CHECK(hubPage.importBundles({ bundle }, passphrase) == 0); // the second time: already imported
    auto* sites = hubPage.findChild<QTableWidget*>(QStringLiteral("trustedSites"));
    REQUIRE(sites->rowCount() == 1);
    CHECK(sites->item(0, 3)->text().contains(QLatin1Char('1')));
    CHECK(hubPage.findChild<QTableWidget*>(QStringLiteral("bundleLog"))->rowCount() == 1);

    const QString dir = qEnvironmentVariable("RIAYA_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        for (const QString& language : { QStringLiteral("ar"), QStringLiteral("fr") }) {
            applyLanguage(language);
            QTest::qWait(30);
            REQUIRE(hubPage.grab().save(
                QDir(dir).filePath(QStringLiteral("sync-ministry-%1.png").arg(language))));
        }
        applyLanguage(QStringLiteral("en"));
    }
}
