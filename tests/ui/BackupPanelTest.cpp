#include "backup/BackupPanel.h"

#include "QtCatch.h"
#include "TempDatabase.h"
#include "backup/Backup.h"
#include "residents/ResidentStore.h"
#include "security/KeyStore.h"
#include "security/UserStore.h"
#include "settings/LanguageSwitcher.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace riaya;

TEST_CASE("the settings back up by hand and list this site's backups, staff cannot")
{
    TempDatabase t;
    REQUIRE(KeyStore(t.db()).create("a long enough passphrase").ok());
    REQUIRE(ResidentStore(t.db()).create(TempDatabase::sampleResident()).ok());
    t.db().setMetaValue(QStringLiteral("backup_folder"), t.dir() + QStringLiteral("/usb"));
    {
        BackupPanel panel(t.db());
        panel.resize(700, 360);
        panel.show();
        auto* list = panel.findChild<QTableWidget*>(QStringLiteral("backupList"));
        CHECK(list->rowCount() == 0);
        REQUIRE(panel.backUpNow());
        CHECK(list->rowCount() == 1);
        CHECK(panel.findChild<QLabel*>(QStringLiteral("backupMessage"))
                  ->text()
                  .contains(QStringLiteral("usb")));
        REQUIRE(Backup::create(t.db(), Backup::folderFor(t.db()), QStringLiteral("import")).ok());
        panel.refresh();
        CHECK(list->rowCount() == 2);
        const QString dir = qEnvironmentVariable("RIAYA_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            for (const QString& language : { QStringLiteral("ar"), QStringLiteral("fr") }) {
                applyLanguage(language);
                QTest::qWait(30);
                REQUIRE(
                    panel.grab().save(QDir(dir).filePath(QStringLiteral("backups-%1.png").arg(language))));
            }
            applyLanguage(QStringLiteral("en"));
        }
    }
    REQUIRE(UserStore(t.db())
                .create({ {},
                          QStringLiteral("rachid"),
                          QStringLiteral("Rachid"),
                          { QStringLiteral("administrator") } },
                        QStringLiteral("cedar-tree-42"))
                .ok());
    REQUIRE(UserStore(t.db())
                .create({ {}, QStringLiteral("amina"), QStringLiteral("Amina"), { QStringLiteral("staff") } },
                        QStringLiteral("cedar-tree-42"))
                .ok());
    t.reopen();
    REQUIRE(UserStore(t.db()).signIn(QStringLiteral("amina"), QStringLiteral("cedar-tree-42")).ok());
    BackupPanel staffPanel(t.db());
    CHECK_FALSE(staffPanel.findChild<QPushButton*>(QStringLiteral("backUpNow"))->isEnabled());
    CHECK_FALSE(staffPanel.findChild<QPushButton*>(QStringLiteral("restoreBackup"))->isEnabled());
    CHECK_FALSE(staffPanel.backUpNow()); // and core says no if asked anyway
}
