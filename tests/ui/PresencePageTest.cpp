#include "presence/PresencePage.h"

#include "QtCatch.h"
#include "TempDatabase.h"
#include "daily/PresenceStore.h"
#include "demo/DemoGenerator.h"
#include "settings/LanguageSwitcher.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace riaya;

namespace {
struct Sheet
{
    TempDatabase t;
    std::unique_ptr<PresencePage> page;

    Sheet()
    {
        DemoSettings settings;
        settings.residents = 12;
        settings.seed = 5;
        REQUIRE(DemoGenerator::generate(t.db(), settings).ok());
        page = std::make_unique<PresencePage>(t.db());
        page->resize(900, 600);
        page->show();
        page->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(page.get()));
    }
    QTableWidget* table() { return page->findChild<QTableWidget*>(QStringLiteral("presenceTable")); }
    QList<PresenceMark> stored(const QDate& day)
    {
        return *PresenceStore(t.db()).sheet(t.db().site().institutionId, day);
    }
};
} // namespace

TEST_CASE("the presence sheet is marked from the keyboard and saved in one action")
{
    Sheet s;
    const int present = s.table()->rowCount();
    REQUIRE(present > 3);
    CHECK(s.stored(QDate::currentDate()).first().state.isEmpty());

    s.table()->setFocus();
    s.table()->setCurrentCell(0, 1);
    QTest::keyClick(s.table(), Qt::Key_1); // present, then the cursor moves on
    QTest::keyClick(s.table(), Qt::Key_2); // absent
    QTest::keyClick(s.table(), Qt::Key_4); // sick
    CHECK(s.table()->currentRow() == 3);
    CHECK(s.page->hasUnsavedMarks());
    QTest::mouseClick(s.page->findChild<QPushButton*>(QStringLiteral("allPresent")), Qt::LeftButton);
    // QTest's key clicks do not reach the shortcut map here, so check the key and click.
    auto* save = s.page->findChild<QPushButton*>(QStringLiteral("savePresence"));
    CHECK(save->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_S));
    QTest::mouseClick(save, Qt::LeftButton);

    CHECK_FALSE(s.page->hasUnsavedMarks());
    const QList<PresenceMark> marks = s.stored(QDate::currentDate());
    CHECK(marks.at(0).state == QStringLiteral("present"));
    CHECK(marks.at(1).state == QStringLiteral("absent"));
    CHECK(marks.at(2).state == QStringLiteral("sick"));
    for (int row = 3; row < present; ++row) {
        CHECK(marks.at(row).state == QStringLiteral("present"));
    }
    CHECK_FALSE(s.page->findChild<QLabel*>(QStringLiteral("presenceRate"))->text().isEmpty());

    const QString dir = qEnvironmentVariable("RIAYA_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        for (const QString& language : { QStringLiteral("ar"), QStringLiteral("fr") }) {
            applyLanguage(language);
            s.page->loadDay(QDate::currentDate());
            QTest::qWait(30);
            REQUIRE(s.page->grab().save(
                QDir(dir).filePath(QStringLiteral("presence-sheet-%1.png").arg(language))));
        }
        applyLanguage(QStringLiteral("en"));
    }
}

TEST_CASE("earlier days can be corrected, the future cannot be marked")
{
    Sheet s;
    QTest::mouseClick(s.page->findChild<QPushButton*>(QStringLiteral("allPresent")), Qt::LeftButton);
    REQUIRE(s.page->save());
    CHECK_FALSE(s.page->findChild<QPushButton*>(QStringLiteral("presenceNext"))->isEnabled());

    s.page->loadDay(QDate::currentDate().addDays(-1)); // the demo marked the last three days
    CHECK_FALSE(s.stored(s.page->day()).first().state.isEmpty());
    s.table()->setFocus();
    s.table()->setCurrentCell(0, 1);
    QTest::keyClick(s.table(), Qt::Key_3);
    REQUIRE(s.page->save());
    CHECK(s.stored(QDate::currentDate().addDays(-1)).first().state == QStringLiteral("leave"));

    s.page->loadDay(QDate::currentDate().addDays(1));
    QTest::mouseClick(s.page->findChild<QPushButton*>(QStringLiteral("allPresent")), Qt::LeftButton);
    CHECK_FALSE(s.page->save());
    CHECK_FALSE(s.page->findChild<QLabel*>(QStringLiteral("presenceMessage"))->text().isEmpty());
}
