#include "setup/SetupWizard.h"

#include "QtCatch.h"
#include "SyncNetwork.h"
#include "db/Database.h"
#include "security/KeyStore.h"
#include "settings/LanguageSwitcher.h"
#include "sync/TrustStore.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace riaya;

namespace {

void fill(QWizard& wizard, const char* name, const QString& text)
{
    auto* edit = wizard.findChild<QLineEdit*>(QLatin1String(name));
    REQUIRE(edit);
    edit->setText(text);
}

} // namespace

TEST_CASE("the first run sets up a house from the ministry's profile, with its administrator signed in")
{
    SyncNetwork n; // for the ministry's profile file
    const QString profile = n.ministry.dir() + QStringLiteral("/profile");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new/riaya.db"));
    SetupWizard wizard(path);
    wizard.show();
    fill(wizard, "siteName", QStringLiteral("دار الطالبة تحناوت"));
    fill(wizard, "profilePath", profile);
    const QString check = wizard.findChild<QLabel*>(QStringLiteral("profileCheck"))->text();
    CHECK(check.contains(KeyStore::fingerprint(KeyStore(n.ministry.db()).publicKeys()->sign)));
    fill(wizard, "adminUsername", QStringLiteral("rachid"));
    fill(wizard, "adminFullName", QStringLiteral("Rachid Idrissi"));
    fill(wizard, "adminPassword", QStringLiteral("cedar-tree-42"));
    fill(wizard, "adminPasswordAgain", QStringLiteral("cedar-tree-41"));
    fill(wizard, "passphrase", QStringLiteral("short"));
    fill(wizard, "passphraseAgain", QStringLiteral("short"));

    // Bad input: said on the last page, and no file is made.
    CHECK_FALSE(wizard.finish());
    const QString problems = wizard.findChild<QLabel*>(QStringLiteral("setupProblems"))->text();
    CHECK(problems.contains(QStringLiteral("passwords differ")));
    CHECK_FALSE(QFile::exists(path));
    fill(wizard, "adminPasswordAgain", QStringLiteral("cedar-tree-42"));
    CHECK_FALSE(wizard.finish());
    CHECK(wizard.findChild<QLabel*>(QStringLiteral("setupProblems"))->text().contains(QStringLiteral("12")));
    CHECK_FALSE(QFile::exists(path));

    fill(wizard, "passphrase", QStringLiteral("a long enough passphrase"));
    fill(wizard, "passphraseAgain", QStringLiteral("a long enough passphrase"));
    // The language is chosen before the wizard opens: one wizard per language for the pictures.
    const QString dirShots = qEnvironmentVariable("RIAYA_SCREENSHOT_DIR");
    for (const QString& language : { QStringLiteral("ar"), QStringLiteral("fr") }) {
        if (dirShots.isEmpty()) {
            break;
        }
        applyLanguage(language);
        SetupWizard shown(path);
        shown.resize(640, 480);
        shown.show();
        fill(shown, "siteName", QStringLiteral("دار الطالبة تحناوت"));
        fill(shown, "profilePath", profile);
        shown.next();
        QTest::qWait(30);
        REQUIRE(shown.grab().save(QDir(dirShots).filePath(QStringLiteral("first-run-%1.png").arg(language))));
    }
    applyLanguage(QStringLiteral("en"));
    REQUIRE(wizard.finish());
    std::unique_ptr<Database> db = wizard.takeDatabase();
    REQUIRE(db);
    CHECK(db->site().name == QStringLiteral("دار الطالبة تحناوت"));
    CHECK_FALSE(db->site().institutionId.isEmpty());
    CHECK(db->actor().username == QStringLiteral("rachid"));
    CHECK(TrustStore(*db).ministry().ok());
    CHECK(KeyStore(*db).unlock("a long enough passphrase").ok());
    db.reset();
    // The next start asks who is working.
    auto reopened = Database::open(path);
    REQUIRE(reopened.ok());
    CHECK_FALSE((*reopened)->actor().localOperator);
}
