#include "review/ReviewPage.h"

#include "HostileSite.h"
#include "QtCatch.h"
#include "SyncNetwork.h"
#include "residents/ResidentStore.h"
#include "review/ConflictsTab.h"
#include "review/DuplicatesTab.h"
#include "settings/LanguageSwitcher.h"

#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace riaya;

namespace {

int boldRows(QTableWidget* table)
{
    int bold = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        bold += table->item(row, 0)->font().bold() ? 1 : 0;
    }
    return bold;
}

void screenshot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("RIAYA_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        return;
    }
    for (const QString& language : { QStringLiteral("ar"), QStringLiteral("fr") }) {
        applyLanguage(language);
        QTest::qWait(30);
        REQUIRE(widget.grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, language))));
    }
    applyLanguage(QStringLiteral("en"));
}

// The right-hand cells of the row whose field is `label`, "first|second" when they differ.
QString cellOf(QTableWidget* table, const QString& label)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == label) {
            // Without the bidi isolates the cells are wrapped in.
            const auto bare = [](QString text) {
                text.removeIf([](QChar c) { return c.unicode() >= 0x2066 && c.unicode() <= 0x2069; });
                return text;
            };
            const QString first = bare(table->item(row, 1)->text());
            const QString second = bare(table->item(row, 2)->text());
            return first == second ? first : first + QLatin1Char('|') + second;
        }
    }
    return {};
}

} // namespace

TEST_CASE("a clerk sees a probable duplicate side by side and merges the two files")
{
    SyncNetwork n;
    SyncNetwork::Site& second = n.addSite();
    REQUIRE(ResidentStore(n.site().db()).create(TempDatabase::sampleResident()).ok());
    Resident again = TempDatabase::sampleResident(); // the same child, typed in Latin letters
    again.firstName = QStringLiteral("Fatima");
    again.lastName = QStringLiteral("Ait Ali");
    again.firstNameLatin.clear();
    again.lastNameLatin.clear();
    again.fatherName = QStringLiteral("Mohamed");
    REQUIRE(ResidentStore(second.db()).create(again).ok());
    REQUIRE(n.importAtMinistry(n.site().exportBundle()).ok());
    REQUIRE(n.importAtMinistry(second.exportBundle()).ok());

    ReviewPage page(n.ministry.db());
    page.resize(1000, 560);
    page.show();
    DuplicatesTab* duplicates = page.duplicates();
    REQUIRE(duplicates->count() == 1);
    auto* fields = duplicates->findChild<QTableWidget*>(QStringLiteral("duplicateFields"));
    CHECK(fields->rowCount() >= 6);
    CHECK(boldRows(fields) >= 2); // the names differ in script, the father's name is on one side only
    // Stored codes are shown as words.
    CHECK(cellOf(fields, QStringLiteral("Sex")) == QStringLiteral("Female"));
    CHECK(cellOf(fields, QStringLiteral("School level")) == schoolLevelLabel(QStringLiteral("S1")));
    CHECK(cellOf(fields, QStringLiteral("School level")) != QStringLiteral("S1"));
    // And why the two files look alike.
    auto* why = duplicates->findChild<QLabel*>(QStringLiteral("duplicateWhy"));
    REQUIRE(why);
    CHECK(why->text().contains(QStringLiteral("Alike: first name, family name, birth date")));
    CHECK(why->text().contains(QStringLiteral("Massar code")));
    screenshot(page, QStringLiteral("review-duplicates"));

    REQUIRE(duplicates->merge(true));
    CHECK(duplicates->count() == 0);
    CHECK(countRows(n.ministry.db(), QStringLiteral("SELECT count(*) FROM residents WHERE deleted = 0"))
          == 1);
    CHECK(countRows(n.ministry.db(),
                    QStringLiteral("SELECT count(*) FROM residents WHERE merged_into IS NOT NULL"))
          == 1);
    CHECK_FALSE(duplicates->merge(true)); // nothing selected any more
    CHECK_FALSE(duplicates->undoDecision()); // the waiting pairs are listed, not the decided ones

    // The merge was a mistake: the clerk lists the decided pairs and undoes it.
    duplicates->showDecided(true);
    auto* list = duplicates->findChild<QListWidget*>(QStringLiteral("duplicateList"));
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().contains(QStringLiteral("merged on")));
    CHECK(duplicates->findChild<QPushButton*>(QStringLiteral("undoDecision"))->isEnabled());
    CHECK_FALSE(duplicates->findChild<QPushButton*>(QStringLiteral("differentChildren"))->isVisible());
    screenshot(page, QStringLiteral("review-duplicates-decided"));
    REQUIRE(duplicates->undoDecision());
    CHECK(duplicates->count() == 1);
    CHECK(list->count() == 0);
    CHECK(countRows(n.ministry.db(), QStringLiteral("SELECT count(*) FROM residents WHERE deleted = 0"))
          == 2);
    CHECK(countRows(n.ministry.db(),
                    QStringLiteral("SELECT count(*) FROM audit_log"
                                   " WHERE action = 'undo-duplicate-decision'"))
          == 1);

    // Back to the waiting pairs: two different children, undone too.
    duplicates->showDecided(false);
    REQUIRE(list->count() == 1);
    REQUIRE(duplicates->markDifferent());
    duplicates->showDecided(true);
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().contains(QStringLiteral("two children")));
    REQUIRE(duplicates->undoDecision());
    CHECK(duplicates->count() == 1);
}

TEST_CASE("a clerk sees a conflict side by side and takes the other version")
{
    SyncNetwork n;
    ResidentStore siteStore(n.site().db());
    const QString id = *siteStore.create(TempDatabase::sampleResident());
    REQUIRE(n.importAtMinistry(n.site().exportBundle(QStringLiteral("1.bundle"))).ok());
    // Changed at the ministry, then differently at the site.
    Resident atMinistry = *ResidentStore(n.ministry.db()).get(id);
    atMinistry.schoolName = QStringLiteral("Lycée Ibn Sina");
    REQUIRE(ResidentStore(n.ministry.db()).update(atMinistry).ok());
    QTest::qWait(5); // the site's change is the later one, on any clock
    Resident atSite = *siteStore.get(id);
    atSite.schoolName = QStringLiteral("Collège Al Massira");
    REQUIRE(siteStore.update(atSite).ok());
    REQUIRE(n.importAtMinistry(n.site().exportBundle(QStringLiteral("2.bundle"))).ok());

    ReviewPage page(n.ministry.db());
    page.resize(1000, 560);
    page.show();
    ConflictsTab* conflicts = page.conflicts();
    REQUIRE(conflicts->count() == 1);
    auto* fields = conflicts->findChild<QTableWidget*>(QStringLiteral("conflictFields"));
    REQUIRE(boldRows(fields) == 1);
    screenshot(page, QStringLiteral("review-conflict"));

    // The site's later change is in force; the clerk takes the ministry's instead.
    CHECK(ResidentStore(n.ministry.db()).get(id)->schoolName == QStringLiteral("Collège Al Massira"));
    REQUIRE(conflicts->decide(true));
    CHECK(conflicts->count() == 0);
    CHECK(ResidentStore(n.ministry.db()).get(id)->schoolName == QStringLiteral("Lycée Ibn Sina"));
}

TEST_CASE("a record stamped by a clock years ahead waits on the Review screen, named with its clock error")
{
    SyncNetwork n;
    const QString id = *ResidentStore(n.site().db()).create(TempDatabase::sampleResident());
    REQUIRE(n.importAtMinistry(n.site().exportBundle(QStringLiteral("1.bundle"))).ok());
    QVariantMap ahead = n.site().db().writer().read(QStringLiteral("residents"), id);
    ahead.insert(QStringLiteral("school_name"), QStringLiteral("Lycée Ibn Sina"));
    ahead.insert(QStringLiteral("version"),
                 (QDateTime::currentMSecsSinceEpoch() + 3LL * 365 * 24 * 3600 * 1000) << 16);
    const auto held
        = n.importAtMinistry(forgeBundle(n, n.site(), { { QStringLiteral("residents"), ahead } }));
    REQUIRE(held.ok());
    REQUIRE(held->held == 1);

    ReviewPage page(n.ministry.db());
    page.resize(1000, 560);
    page.show();
    ConflictsTab* conflicts = page.conflicts();
    REQUIRE(conflicts->count() == 1);
    auto* reason = conflicts->findChild<QLabel*>(QStringLiteral("conflictReason"));
    REQUIRE(reason);
    CHECK(reason->text().contains(QStringLiteral("days ahead")));
    screenshot(page, QStringLiteral("review-held"));
    // Taken, it is stored with this computer's time and wins over nothing it was not meant to.
    REQUIRE(conflicts->decide(true));
    CHECK(ResidentStore(n.ministry.db()).get(id)->schoolName == QStringLiteral("Lycée Ibn Sina"));
    CHECK(n.ministry.db()
              .writer()
              .read(QStringLiteral("residents"), id)
              .value(QStringLiteral("version"))
              .toLongLong()
          < RecordWriter::latestPlausibleVersion());
}
