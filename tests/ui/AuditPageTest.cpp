#include "audit/AuditPage.h"

#include "QtCatch.h"
#include "TempDatabase.h"
#include "residents/ResidentStore.h"
#include "settings/LanguageSwitcher.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QTableWidget>
#include <QTest>

using namespace riaya;

TEST_CASE("the audit screen finds a record's history, shows before and after, and says loudly when the chain "
          "breaks")
{
    TempDatabase t;
    ResidentStore store(t.db());
    const QString id = *store.create(TempDatabase::sampleResident());
    Resident changed = *store.get(id);
    changed.schoolName = QStringLiteral("Collège Al Massira");
    REQUIRE(store.update(changed).ok());

    AuditPage page(t.db());
    page.resize(1000, 600);
    page.show();
    auto* entries = page.findChild<QTableWidget*>(QStringLiteral("auditEntries"));
    page.setRecordFilter(id);
    REQUIRE(entries->rowCount() == 2); // the registration and the change, newest first
    CHECK(entries->item(0, 2)->text() == QStringLiteral("Changed"));
    auto* values = page.findChild<QTableWidget*>(QStringLiteral("auditValues"));
    REQUIRE(values->rowCount() >= 1);
    bool schoolShown = false;
    for (int row = 0; row < values->rowCount(); ++row) {
        schoolShown = schoolShown || values->item(row, 2)->text().contains(QStringLiteral("Al Massira"));
    }
    CHECK(schoolShown);
    CHECK(page.verifyChain());

    const QString dir = qEnvironmentVariable("RIAYA_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        for (const QString& language : { QStringLiteral("ar"), QStringLiteral("fr") }) {
            applyLanguage(language);
            page.setRecordFilter(id);
            page.verifyChain();
            QTest::qWait(30);
            REQUIRE(page.grab().save(QDir(dir).filePath(QStringLiteral("audit-%1.png").arg(language))));
        }
        applyLanguage(QStringLiteral("en"));
    }

    t.close();
    REQUIRE(rawSql(t.path(), QStringLiteral("UPDATE audit_log SET actor = 'someone' WHERE seq = 2")));
    t.reopen();
    AuditPage after(t.db());
    CHECK_FALSE(after.verifyChain());
    CHECK(
        after.findChild<QLabel*>(QStringLiteral("auditMessage"))->text().contains(QStringLiteral("BROKEN")));
}
