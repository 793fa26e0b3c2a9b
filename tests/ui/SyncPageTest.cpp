#include "sync/SyncPage.h"

#include "QtCatch.h"
#include "SyncNetwork.h"
#include "common/DateDisplay.h"
#include "db/Migrations.h"
#include "db/SqlQuery.h"
#include "demo/DemoGenerator.h"
#include "reports/MonthReport.h"
#include "security/UserStore.h"
#include "settings/LanguageSwitcher.h"
#include "sync/ImportDialog.h"
#include "sync/MonthCloseDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace riaya;

namespace {

// Saves a picture for docs/screenshots in Arabic and French when RIAYA_SCREENSHOT_DIR is set.
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

// The row of a table whose column holds the text, or -1.
int rowWith(QTableWidget* table, int column, const QString& text)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, column) && table->item(row, column)->text() == text) {
            return row;
        }
    }
    return -1;
}

QDate lastMonth()
{
    const QDate today = QDate::currentDate();
    return QDate(today.year(), today.month(), 1).addMonths(-1);
}

} // namespace

TEST_CASE("a supervisor closes the month, the ministry previews the bundle, imports it and acknowledges it")
{
    SyncNetwork n;
    SyncNetwork::Site& site = n.site();
    const QString passphrase = QString::fromLatin1(SyncNetwork::kPassphrase);
    DemoSettings demo;
    demo.residents = 25;
    REQUIRE(DemoGenerator::generate(site.db(), demo).ok());

    // The supervisor closes the month signed in as herself.
    UserStore users(site.db());
    REQUIRE(users
                .create({ {},
                          QStringLiteral("admin"),
                          QStringLiteral("Amina Admin"),
                          { QStringLiteral("administrator") } },
                        QStringLiteral("a good password 1"))
                .ok());
    REQUIRE(users
                .create({ {},
                          QStringLiteral("khadija"),
                          QStringLiteral("Khadija Amrani"),
                          { QStringLiteral("supervisor") } },
                        QStringLiteral("a good password 2"))
                .ok());
    REQUIRE(users.signIn(QStringLiteral("khadija"), QStringLiteral("a good password 2")).ok());

    SyncPage sitePage(site.db());
    sitePage.show();
    const QString wrong = site.database.dir() + QStringLiteral("/wrong.bundle");
    CHECK_FALSE(sitePage.exportBundle(wrong, {}, "not the passphrase"));
    CHECK_FALSE(QFile::exists(wrong));
    CHECK_FALSE(sitePage.findChild<QLabel*>(QStringLiteral("syncMessage"))->text().isEmpty());
    CHECK(sitePage.findChild<QPushButton*>(QStringLiteral("closeMonth"))->isVisibleTo(&sitePage));

    MonthCloseDialog close(site.db());
    close.resize(620, 700);
    close.setMonth(lastMonth());
    auto* figures = close.findChild<QTableWidget*>(QStringLiteral("monthFigures"));
    REQUIRE(figures->rowCount() == 11);
    // Who approves is the person signed in: shown, not typed.
    CHECK(close.findChild<QLabel*>(QStringLiteral("approverName"))
              ->text()
              .contains(QStringLiteral("Khadija Amrani")));
    CHECK(close.findChildren<QLineEdit*>().size() == 2); // the bundle's file and the passphrase
    // The demo marks its last three days only: what the month lacks is said before approval.
    const QString missing = close.findChild<QLabel*>(QStringLiteral("monthCompleteness"))->text();
    CHECK(missing.contains(QStringLiteral("Incomplete")));
    CHECK(missing.contains(QStringLiteral("presence marks expected are missing")));
    const QString bundle = site.database.dir() + QStringLiteral("/month.bundle");
    close.setBundlePath(bundle);
    close.setPassphrase(passphrase);
    // Each missing step is named, and nothing is approved or written.
    CHECK_FALSE(close.approveAndExport());
    CHECK(close.message().contains(QStringLiteral("Tick")));
    close.setReviewed(true);
    close.setPassphrase(QStringLiteral("not the passphrase"));
    CHECK_FALSE(close.approveAndExport());
    CHECK_FALSE(QFile::exists(bundle));
    CHECK(countRows(site.db(), QStringLiteral("SELECT count(*) FROM month_reports")) == 0);
    screenshot(close, QStringLiteral("month-close"));

    // An incomplete month asks first; cancelling approves nothing and writes no bundle.
    close.setPassphrase(passphrase);
    QString asked;
    QTimer::singleShot(0, [&asked] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        CHECK(box);
        if (!box) {
            return;
        }
        asked = box->text();
        box->findChild<QPushButton*>(QStringLiteral("cancelIncomplete"))->click();
    });
    CHECK_FALSE(close.approveAndExport());
    CHECK(asked.contains(QStringLiteral("incomplete")));
    CHECK(asked.contains(QStringLiteral("presence marks")));
    CHECK(close.message().contains(QStringLiteral("Nothing was approved")));
    CHECK_FALSE(QFile::exists(bundle));
    CHECK(countRows(site.db(), QStringLiteral("SELECT count(*) FROM month_reports")) == 0);

    // Confirmed: approved by her, recorded as incomplete, and the bundle written.
    close.setPassphrase(passphrase);
    QTimer::singleShot(0, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        CHECK(box);
        if (!box) {
            return;
        }
        box->findChild<QPushButton*>(QStringLiteral("approveIncomplete"))->click();
    });
    REQUIRE(close.approveAndExport());
    CHECK(QFile::exists(bundle));
    CHECK(countRows(site.db(), QStringLiteral("SELECT count(*) FROM month_reports")) == 1);
    const ApprovedMonth approved = MonthReport::approved(site.db())->first();
    CHECK(approved.approvedBy == QStringLiteral("Khadija Amrani"));
    CHECK(approved.figures.value(QStringLiteral("approved_incomplete")).toBool());
    CHECK(close.findChild<QLineEdit*>(QStringLiteral("passphrase"))->text().isEmpty());

    ImportDialog wrongKey(n.ministry.db(), { bundle });
    wrongKey.setPassphrase(QStringLiteral("not the passphrase"));
    CHECK(wrongKey.preview() == 0);
    CHECK_FALSE(wrongKey.findChild<QPushButton*>(QStringLiteral("applyImport"))->isEnabled());

    ImportDialog import(n.ministry.db(), { bundle });
    import.resize(760, 460);
    import.setPassphrase(passphrase);
    REQUIRE(import.preview() == 1);
    auto* preview = import.findChild<QTableWidget*>(QStringLiteral("importPreview"));
    const int residentsRow = rowWith(preview, 1, QStringLiteral("Residents"));
    REQUIRE(residentsRow >= 0);
    CHECK(preview->item(residentsRow, 2)->text() == QStringLiteral("25"));
    CHECK(rowWith(preview, 1, QStringLiteral("Approved months")) >= 0);
    CHECK(import.findChild<QPushButton*>(QStringLiteral("applyImport"))->isEnabled());
    CHECK(countRows(n.ministry.db(), QStringLiteral("SELECT count(*) FROM residents"))
          == 0); // a preview keeps nothing
    screenshot(import, QStringLiteral("import-preview"));
    REQUIRE(import.apply() == 1);
    CHECK(countRows(n.ministry.db(), QStringLiteral("SELECT count(*) FROM residents")) == 25);

    ImportDialog again(n.ministry.db(), { bundle });
    again.setPassphrase(passphrase);
    CHECK(again.preview() == 0);
    CHECK(again.findChild<QTableWidget*>(QStringLiteral("importPreview"))
              ->item(0, 1)
              ->text()
              .contains(QStringLiteral("Already imported")));

    SyncPage hubPage(n.ministry.db());
    hubPage.resize(1100, 650);
    hubPage.show();
    auto* sites = hubPage.findChild<QTableWidget*>(QStringLiteral("trustedSites"));
    REQUIRE(sites->rowCount() == 1);
    CHECK(sites->item(0, 3)->text().contains(QLatin1Char('1')));
    CHECK(sites->item(0, 5)->text() == displayMonth(lastMonth()));
    CHECK_FALSE(hubPage.findChild<QPushButton*>(QStringLiteral("closeMonth"))->isVisibleTo(&hubPage));

    // The ministry's answer acknowledges the bundle: the site's log says so.
    auto* siteLog = sitePage.findChild<QTableWidget*>(QStringLiteral("bundleLog"));
    sitePage.refresh();
    CHECK(siteLog->item(0, 5)->text() == QStringLiteral("not yet"));
    const QString answer = n.ministry.dir() + QStringLiteral("/answer.bundle");
    REQUIRE(hubPage.exportBundle(answer, site.db().site().id, SyncNetwork::kPassphrase));
    ImportDialog atSite(site.db(), { answer });
    atSite.setPassphrase(passphrase);
    REQUIRE(atSite.preview() == 1);
    REQUIRE(atSite.apply() == 1);
    sitePage.refresh();
    const int sent = rowWith(siteLog, 1, QStringLiteral("sent"));
    REQUIRE(sent >= 0);
    CHECK(siteLog->item(sent, 5)->text() == QStringLiteral("acknowledged"));
    hubPage.refresh();
    screenshot(hubPage, QStringLiteral("sync-ministry"));
}

TEST_CASE(
    "the import dialog refuses a fork until the clerk ticks the box; the sites list shows gaps as ranges")
{
    SyncNetwork n;
    SyncNetwork::Site& site = n.site();
    const QString passphrase = QString::fromLatin1(SyncNetwork::kPassphrase);
    REQUIRE(n.importAtMinistry(site.exportBundle(QStringLiteral("1.bundle"))).ok());
    site.database.close();
    const QString saved = site.database.dir() + QStringLiteral("/saved.db");
    REQUIRE(QFile::copy(site.database.path(), saved));
    site.database.reopen();
    REQUIRE(n.importAtMinistry(site.exportBundle(QStringLiteral("2.bundle"))).ok());
    site.database.close();
    REQUIRE(QFile::remove(site.database.path()));
    REQUIRE(QFile::copy(saved, site.database.path()));
    site.database.reopen();
    const QString forked = site.exportBundle(QStringLiteral("2-again.bundle"));

    ImportDialog dialog(n.ministry.db(), { forked });
    dialog.resize(760, 460);
    dialog.setPassphrase(passphrase);
    CHECK(dialog.preview() == 0);
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("importPreview"));
    REQUIRE(table->rowCount() >= 1);
    CHECK(table->item(0, 1)->text().contains(QStringLiteral("new history")));
    auto* accept = dialog.findChild<QCheckBox*>(QStringLiteral("acceptFork"));
    REQUIRE(accept);
    CHECK_FALSE(accept->isChecked());
    accept->setChecked(true);
    REQUIRE(dialog.preview() == 1);
    REQUIRE(dialog.apply() == 1);
    screenshot(dialog, QStringLiteral("import-fork"));

    // A bundle numbered far ahead leaves a gap, shown as one range.
    const QString later = n.ministry.dir() + QStringLiteral("/later.bundle");
    BundleManifest manifest;
    manifest.bundleId = QStringLiteral("01900000-0000-7000-8000-00000000aaaa");
    manifest.senderSite = site.db().site().id;
    manifest.recipientSite = n.ministry.db().site().id;
    manifest.sequence = 40;
    manifest.schema = latestSchemaVersion();
    manifest.createdAt = QStringLiteral("2026-12-01T08:00:00.000Z");
    REQUIRE(BundleFile::write(later, manifest, site.keys, n.ministryKeys.publicKeys.box,
                              [](const BundleFile::LineSink&) { return Status(); })
                .ok());
    REQUIRE(n.importAtMinistry(later).ok());
    SyncPage hubPage(n.ministry.db());
    hubPage.resize(1100, 650);
    hubPage.show();
    auto* sites = hubPage.findChild<QTableWidget*>(QStringLiteral("trustedSites"));
    REQUIRE(sites->rowCount() == 1);
    CHECK(sites->item(0, 4)->text().contains(QStringLiteral("3–39")));
}
