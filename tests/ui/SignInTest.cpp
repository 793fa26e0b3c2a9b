#include "MainWindow.h"
#include "QtCatch.h"
#include "TempDatabase.h"
#include "security/SignInDialog.h"
#include "security/UserStore.h"
#include "settings/LanguageSwitcher.h"
#include "users/UsersPanel.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QTest>

using namespace riaya;

namespace {

const QString kPassword = QStringLiteral("cedar-tree-42");

// A site whose administrator made accounts, opened again as the next person would.
std::unique_ptr<Database> staffedSite(TempDatabase& t)
{
    UserStore users(t.db());
    const UserAccount administrator {
        {}, QStringLiteral("rachid"), QStringLiteral("Rachid"), { QStringLiteral("administrator") }
    };
    REQUIRE(users.create(administrator, kPassword).ok());
    REQUIRE(users
                .create({ {}, QStringLiteral("amina"), QStringLiteral("Amina"), { QStringLiteral("staff") } },
                        kPassword)
                .ok());
    REQUIRE(users
                .create({ {}, QStringLiteral("karim"), QStringLiteral("Karim"), { QStringLiteral("clerk") } },
                        kPassword)
                .ok());
    t.close();
    auto db = Database::open(t.path());
    REQUIRE(db.ok());
    return std::move(*db);
}

} // namespace

TEST_CASE("the sign-in dialog lets the right person in and says no to the rest")
{
    TempDatabase t;
    std::unique_ptr<Database> db = staffedSite(t);
    SignInDialog dialog(*db);
    dialog.show();
    CHECK_FALSE(dialog.signIn(QStringLiteral("amina"), QStringLiteral("wrong-pass-1")));
    CHECK(
        dialog.findChild<QLabel*>(QStringLiteral("signInMessage"))->text().contains(QStringLiteral("Wrong")));
    CHECK(db->actor().username.isEmpty());
    REQUIRE(dialog.signIn(QStringLiteral("amina"), kPassword));
    CHECK(db->actor().username == QStringLiteral("amina"));

    const QString dir = qEnvironmentVariable("RIAYA_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        for (const QString& language : { QStringLiteral("ar"), QStringLiteral("fr") }) {
            applyLanguage(language);
            QTest::qWait(30);
            REQUIRE(dialog.grab().save(QDir(dir).filePath(QStringLiteral("sign-in-%1.png").arg(language))));
        }
        applyLanguage(QStringLiteral("en"));
    }
}

TEST_CASE("the window shows each person only the screens of their roles")
{
    TempDatabase t;
    std::unique_ptr<Database> db = staffedSite(t);
    Database& database = *db;
    SECTION("staff: residents, presence, incidents; no sync or review")
    {
        REQUIRE(UserStore(database).signIn(QStringLiteral("amina"), kPassword).ok());
        MainWindow window(std::move(db));
        window.show();
        auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        CHECK_FALSE(nav->item(MainWindow::ResidentsNav)->isHidden());
        CHECK_FALSE(nav->item(MainWindow::PresenceNav)->isHidden());
        CHECK_FALSE(nav->item(MainWindow::IncidentsNav)->isHidden());
        CHECK(nav->item(MainWindow::SyncNav)->isHidden());
        CHECK(nav->item(MainWindow::ReviewNav)->isHidden());
        CHECK(
            window.findChild<QLabel*>(QStringLiteral("userLabel"))->text().contains(QStringLiteral("amina")));
    }
    SECTION("clerk: review and sync; no presence or incidents")
    {
        REQUIRE(UserStore(database).signIn(QStringLiteral("karim"), kPassword).ok());
        MainWindow window(std::move(db));
        window.show();
        auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        CHECK(nav->item(MainWindow::PresenceNav)->isHidden());
        CHECK(nav->item(MainWindow::IncidentsNav)->isHidden());
        CHECK_FALSE(nav->item(MainWindow::SyncNav)->isHidden());
        CHECK_FALSE(nav->item(MainWindow::ReviewNav)->isHidden());
        // Going there anyway (a shortcut) shows nothing the clerk may not read: core refuses.
        window.showPage(MainWindow::IncidentsNav);
    }
}

TEST_CASE("an administrator manages the accounts from the settings")
{
    TempDatabase t;
    std::unique_ptr<Database> db = staffedSite(t);
    REQUIRE(UserStore(*db).signIn(QStringLiteral("rachid"), kPassword).ok());
    UsersPanel panel(*db);
    panel.resize(700, 320);
    panel.show();
    auto* list = panel.findChild<QTableWidget*>(QStringLiteral("accountList"));
    REQUIRE(list->rowCount() == 3);
    CHECK_FALSE(panel.addAccount(QStringLiteral("x"), QString(), {}, QStringLiteral("short")));
    CHECK(
        panel.findChild<QLabel*>(QStringLiteral("usersMessage"))->text().contains(QStringLiteral("3 to 32")));
    REQUIRE(panel.addAccount(QStringLiteral("salma"), QStringLiteral("Salma"),
                             { QStringLiteral("supervisor") }, QStringLiteral("olive-branch-7")));
    CHECK(list->rowCount() == 4);
    REQUIRE(panel.resetPassword(QStringLiteral("amina"), QStringLiteral("river-stone-9")));
    CHECK_FALSE(panel.setDisabled(QStringLiteral("rachid"), true)); // the last administrator
    REQUIRE(panel.setDisabled(QStringLiteral("karim"), true));
    UserStore(*db).signOut();
    CHECK(UserStore(*db).signIn(QStringLiteral("amina"), QStringLiteral("river-stone-9")).ok());
    CHECK_FALSE(UserStore(*db).signIn(QStringLiteral("karim"), kPassword).ok());

    const QString dir = qEnvironmentVariable("RIAYA_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        for (const QString& language : { QStringLiteral("ar"), QStringLiteral("fr") }) {
            applyLanguage(language);
            QTest::qWait(30);
            REQUIRE(panel.grab().save(QDir(dir).filePath(QStringLiteral("accounts-%1.png").arg(language))));
        }
        applyLanguage(QStringLiteral("en"));
    }
}
