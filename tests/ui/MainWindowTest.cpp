#include "MainWindow.h"

#include "QtCatch.h"
#include "TempDatabase.h"
#include "common/Bidi.h"
#include "demo/DemoGenerator.h"
#include "help/HelpDialog.h"
#include "models/ResidentTableModel.h"
#include "residents/ResidentStore.h"
#include "settings/LanguageSwitcher.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace riaya;

namespace {

// A window over a demo site, as the README's first command opens it.
struct Window
{
    TempDatabase t;
    std::unique_ptr<MainWindow> window;

    explicit Window(int residents = 300)
    {
        DemoSettings settings;
        settings.residents = residents;
        settings.seed = 11;
        REQUIRE(DemoGenerator::generate(t.db(), settings).ok());
        t.close();
        auto db = Database::open(t.path());
        REQUIRE(db.ok());
        window = std::make_unique<MainWindow>(std::move(*db));
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
    template<typename T> T* find(const char* name)
    {
        auto* widget = window->findChild<T*>(QLatin1String(name));
        REQUIRE(widget);
        return widget;
    }
    // Saves a picture of the window for docs/screenshots when RIAYA_SCREENSHOT_DIR is set.
    void screenshot(const QString& name)
    {
        const QString dir = qEnvironmentVariable("RIAYA_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            REQUIRE(window->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
        }
    }
};

// Types text as a keyboard would, one key event per character. QTest::keyClicks handles
// only Latin-1, not Arabic.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar ch : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

struct LanguageGuard
{
    ~LanguageGuard() { applyLanguage(QStringLiteral("en")); }
};

} // namespace

TEST_CASE("the window opens on the residents list with the site in the status bar")
{
    Window w;
    CHECK(w.find<QLabel>("siteLabel")->text().contains(isolate(QStringLiteral("دار الطالبة أيت أورير"))));
    CHECK(w.find<QLabel>("residentCount")->text() == QStringLiteral("300 residents"));
    CHECK(w.find<QLabel>("houseFigures")->text().contains(QStringLiteral("%")));
    auto* table = w.find<QTableView>("residentTable");
    CHECK(table->model()->rowCount() == ResidentTableModel::PageSize); // the rest loads on scrolling
    table->scrollToBottom();
    QCoreApplication::processEvents();
    CHECK(table->model()->rowCount() > ResidentTableModel::PageSize);
}

TEST_CASE("typing in the search box narrows the list as you type")
{
    Window w;
    auto* search = w.find<QLineEdit>("residentSearch");
    auto* table = w.find<QTableView>("residentTable");
    const int expected = *ResidentStore(w.window->database()).count({ .text = QStringLiteral("فاطمه") });
    REQUIRE(expected > 0);
    REQUIRE(expected < 300);
    search->setFocus();
    typeText(search, QStringLiteral("فاطمه"));
    CHECK(search->text() == QStringLiteral("فاطمه"));
    // QTest's QTRY_ macros report only inside QTest::qExec, so wait with qWaitFor.
    CHECK(QTest::qWaitFor([&] { return table->model()->rowCount() == expected; }, 3000));
    CHECK(w.find<QLabel>("residentCount")->text()
          == (expected == 1 ? QStringLiteral("1 resident") : QStringLiteral("%1 residents").arg(expected)));
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        CHECK(table->model()->index(row, ResidentTableModel::FirstName).data().toString()
              == QStringLiteral("فاطمة"));
    }
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(search, Qt::Key_Delete);
    CHECK(QTest::qWaitFor(
        [&] { return w.find<QLabel>("residentCount")->text() == QStringLiteral("300 residents"); }, 3000));
}

TEST_CASE("the sex filter keeps only girls or boys")
{
    Window w;
    auto* sex = w.find<QComboBox>("sexFilter");
    auto* table = w.find<QTableView>("residentTable");
    sex->setCurrentIndex(sex->findData(QStringLiteral("M")));
    emit sex->activated(sex->currentIndex());
    REQUIRE(table->model()->rowCount() > 0);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        CHECK(table->model()->index(row, ResidentTableModel::Sex).data().toString()
              == QStringLiteral("Male"));
    }
}

TEST_CASE("navigation offers only the screens that exist")
{
    Window w;
    auto* nav = w.find<QListWidget>("navigation");
    REQUIRE(nav->count() == 12);
    CHECK(nav->currentRow() == MainWindow::HomeNav); // the home page comes first
    CHECK(w.window->findChild<QWidget*>(QStringLiteral("homePage"))->isVisible());
    CHECK(nav->item(MainWindow::IncidentsNav)->flags().testFlag(Qt::ItemIsEnabled));
    w.window->showPage(MainWindow::PresenceNav); // made on first visit
    CHECK(w.window->findChild<QTableWidget*>(QStringLiteral("presenceTable"))->isVisible());
    w.window->showPage(MainWindow::IncidentsNav);
    CHECK(w.window->findChild<QTableWidget*>(QStringLiteral("incidentTable"))->isVisible());
    CHECK(nav->item(MainWindow::PresenceNav)->flags().testFlag(Qt::ItemIsEnabled));
    CHECK(nav->item(MainWindow::ResidentsNav)->flags().testFlag(Qt::ItemIsEnabled));
    w.window->showPage(MainWindow::ReportsNav);
    CHECK(w.window->findChild<QWidget*>(QStringLiteral("reportsPage"))->isVisible());
    w.window->showPage(MainWindow::FamiliesNav);
    CHECK(w.window->findChild<QWidget*>(QStringLiteral("familiesPage"))->isVisible());
    w.window->showPage(MainWindow::InspectionsNav);
    CHECK(w.window->findChild<QWidget*>(QStringLiteral("inspectionsPage"))->isVisible());
    CHECK(nav->item(MainWindow::SyncNav)->flags().testFlag(Qt::ItemIsEnabled));
    CHECK(nav->item(MainWindow::SettingsNav)->flags().testFlag(Qt::ItemIsEnabled));
    w.window->showPage(MainWindow::ReviewNav);
    CHECK(w.window->findChild<QWidget*>(QStringLiteral("reviewPage"))->isVisible());
    w.window->showPage(MainWindow::AuditNav);
    CHECK(w.window->findChild<QWidget*>(QStringLiteral("auditPage"))->isVisible());
}

TEST_CASE("switching language retranslates at once and Arabic lays out right to left")
{
    LanguageGuard guard;
    Window w;
    auto* nav = w.find<QListWidget>("navigation");

    applyLanguage(QStringLiteral("ar"));
    QTest::qWait(50);
    CHECK(QApplication::layoutDirection() == Qt::RightToLeft);
    CHECK(w.window->isRightToLeft());
    CHECK(nav->item(MainWindow::ResidentsNav)->text() != QStringLiteral("Residents"));
    w.screenshot(QStringLiteral("main-window-ar"));

    applyLanguage(QStringLiteral("fr"));
    QTest::qWait(50);
    CHECK(QApplication::layoutDirection() == Qt::LeftToRight);
    const QString french = nav->item(MainWindow::ResidentsNav)->text();
    CHECK(french != QStringLiteral("Residents"));
    CHECK_FALSE(french.isEmpty());
    w.screenshot(QStringLiteral("main-window-fr"));

    applyLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(nav->item(MainWindow::ResidentsNav)->text() == QStringLiteral("Residents"));
}

TEST_CASE("the settings page changes the language and remembers it")
{
    LanguageGuard guard;
    Window w(10);
    w.window->showPage(MainWindow::SettingsNav);
    auto* combo = w.find<QComboBox>("languageCombo");
    combo->setCurrentIndex(combo->findData(QStringLiteral("fr")));
    emit combo->activated(combo->currentIndex());
    QCoreApplication::processEvents();
    CHECK(preferredLanguage() == QStringLiteral("fr"));
    CHECK(w.window->menuBar()->actions().first()->text() != QStringLiteral("&File"));
}

TEST_CASE("the deferred integrity check reports a sound database")
{
    Window w(5);
    QSignalSpy checked(w.window.get(), &MainWindow::integrityChecked);
    w.window->startIntegrityCheck();
    REQUIRE(checked.wait(10000));
    CHECK(checked.first().at(0).toBool());
}

TEST_CASE("the settings show Arabic-Indic digits and Hijri dates on request")
{
    LanguageGuard guard;
    Window w(20);
    applyLanguage(QStringLiteral("ar"));
    QTest::qWait(20);
    w.window->showPage(MainWindow::SettingsNav);
    auto* digits = w.find<QCheckBox>("arabicDigits");
    auto* hijri = w.find<QCheckBox>("hijriDates");
    auto* table = w.find<QTableView>("residentTable");
    const QString before = table->model()->index(0, ResidentTableModel::BirthDate).data().toString();
    REQUIRE(before.contains(QLatin1Char('2')));

    digits->setChecked(true);
    CHECK(w.find<QLabel>("residentCount")->text().contains(QStringLiteral("٢٠")));
    const QString indic = table->model()->index(0, ResidentTableModel::BirthDate).data().toString();
    CHECK_FALSE(indic.contains(QLatin1Char('2')));

    hijri->setChecked(true);
    const QString both = table->model()->index(0, ResidentTableModel::BirthDate).data().toString();
    CHECK(both.size() > indic.size() + 5); // the Hijri date in brackets beside it

    digits->setChecked(false);
    hijri->setChecked(false);
    CHECK(table->model()->index(0, ResidentTableModel::BirthDate).data().toString() == before);
}

TEST_CASE("every screen has an icon and a place in the Go menu with its own shortcut")
{
    Window w(20);
    auto* navigation = w.find<QListWidget>("navigation");
    QMenu* go = nullptr;
    for (QAction* menu : w.window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().size() >= 8) {
            go = menu->menu();
        }
    }
    REQUIRE(go);
    QSet<QKeySequence> keys;
    for (int row = 0; row < navigation->count(); ++row) {
        QListWidgetItem* item = navigation->item(row);
        INFO(item->text().toStdString());
        CHECK(!item->icon().pixmap(22, 22).isNull()); // the SVG icon engine is there and the file too
        if (!(item->flags() & Qt::ItemIsEnabled)) {
            continue; // a screen of a later version
        }
        const auto listed = std::find_if(go->actions().cbegin(), go->actions().cend(), [&](QAction* a) {
            return QString(a->text()).remove(QLatin1Char('&')) == item->text();
        });
        REQUIRE(listed != go->actions().cend());
        CHECK(!(*listed)->shortcut().isEmpty());
        keys.insert((*listed)->shortcut());
        (*listed)->trigger();
        CHECK(navigation->currentRow() == row);
    }
    CHECK(keys.size() == 12); // every screen has its key, and no two share one
}

TEST_CASE("F1 opens the user guide in the language shown, and the shortcuts list comes from the menus")
{
    LanguageGuard guard;
    Window w(20);
    applyLanguage(QStringLiteral("ar"));
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<HelpDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto* guide = dialog->findChild<QTextBrowser*>(QStringLiteral("userGuide"));
        REQUIRE(guide);
        CHECK(guide->toPlainText().contains(QStringLiteral("الحضور اليومي")));
        CHECK(dialog->layoutDirection() == Qt::RightToLeft);
        auto* shortcuts = dialog->findChild<QTableWidget*>(QStringLiteral("shortcutList"));
        REQUIRE(shortcuts);
        QStringList keys;
        for (int row = 0; row < shortcuts->rowCount(); ++row) {
            keys << shortcuts->item(row, 0)->text();
        }
        const QString quit
            = isolateLtr(QKeySequence(Qt::CTRL | Qt::Key_Q).toString(QKeySequence::NativeText));
        CHECK(keys.contains(quit));
        CHECK(keys.contains(isolateLtr(QStringLiteral("F1"))));
        dialog->reject();
    });
    QTest::keyClick(w.window.get(), Qt::Key_F1);
    for (const QString& language : { QStringLiteral("fr"), QStringLiteral("en") }) {
        applyLanguage(language);
        QFile guide(userGuidePath());
        REQUIRE(guide.open(QIODevice::ReadOnly));
        CHECK(guide.size() > 1000);
    }
}
