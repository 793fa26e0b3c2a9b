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
    screenshot(page, QStringLiteral("review-duplicates"));

    REQUIRE(duplicates->merge(true));
    CHECK(duplicates->count() == 0);
    CHECK(countRows(n.ministry.db(), QStringLiteral("SELECT count(*) FROM residents WHERE deleted = 0"))
          == 1);
    CHECK(countRows(n.ministry.db(),
                    QStringLiteral("SELECT count(*) FROM residents WHERE merged_into IS NOT NULL"))
          == 1);
    CHECK_FALSE(duplicates->merge(true)); // nothing selected any more
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
