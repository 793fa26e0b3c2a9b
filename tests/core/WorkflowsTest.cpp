#include "QtCatch.h"
#include "SyncNetwork.h"
#include "TempDatabase.h"
#include "backup/Backup.h"
#include "db/Database.h"
#include "reports/MonthReport.h"
#include "residents/ResidentStore.h"
#include "residents/StayStore.h"
#include "security/KeyStore.h"
#include "workflows/BundleImportRun.h"
#include "workflows/DailyBackup.h"
#include "workflows/MonthClose.h"
#include "workflows/ResidentRegistration.h"
#include "workflows/SyncOverview.h"

#include <QDir>
#include <QFile>

using namespace riaya;

namespace {

int residentCount(Database& db)
{
    return *ResidentStore(db).count({});
}

QDate lastMonth()
{
    const QDate today = QDate::currentDate();
    return QDate(today.year(), today.month(), 1).addMonths(-1);
}

} // namespace

TEST_CASE("registering with an admission saves the file and the stay together, or neither")
{
    TempDatabase t;
    Database& db = t.db();
    ResidentRegistration registration(db);

    const auto admitted = registration.registerResident(
        TempDatabase::sampleResident(),
        Admission { db.site().institutionId, QDate::currentDate(), QStringLiteral("new school year") });
    REQUIRE(admitted.ok());
    const auto stays = StayStore(db).staysOf(*admitted);
    REQUIRE(stays.ok());
    REQUIRE(stays->size() == 1);
    CHECK(stays->first().isOpen());
    CHECK(stays->first().admissionReason == QStringLiteral("new school year"));

    SECTION("an admission that fails leaves no file behind")
    {
        const auto refused = registration.registerResident(
            TempDatabase::sampleResident(),
            Admission { QStringLiteral("no-such-institution"), QDate::currentDate(), QString() });
        CHECK_FALSE(refused.ok());
        const auto future = registration.registerResident(
            TempDatabase::sampleResident(),
            Admission { db.site().institutionId, QDate::currentDate().addDays(3), {} });
        CHECK_FALSE(future.ok());
        CHECK(future.error().issues.first().field == QStringLiteral("admitted_on"));
        CHECK(residentCount(db) == 1);
    }
    SECTION("without an admission only the file is saved")
    {
        const auto registered = registration.registerResident(TempDatabase::sampleResident(), std::nullopt);
        REQUIRE(registered.ok());
        CHECK(StayStore(db).staysOf(*registered)->isEmpty());
        CHECK(residentCount(db) == 2);
    }
    SECTION("an invalid file is refused with its fields")
    {
        Resident nameless = TempDatabase::sampleResident();
        nameless.firstName.clear();
        const auto refused = registration.registerResident(
            nameless, Admission { db.site().institutionId, QDate::currentDate(), {} });
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == Error::Kind::Invalid);
        CHECK(residentCount(db) == 1);
    }
}

TEST_CASE("an import makes its backup first, and imports nothing when no backup can be made")
{
    SyncNetwork n;
    REQUIRE(ResidentStore(n.site().db()).create(TempDatabase::sampleResident()).ok());
    const QString bundle = n.site().exportBundle();
    Database& ministry = n.ministry.db();

    SECTION("a preview needs no backup")
    {
        REQUIRE(Backup::setFolder(ministry, n.ministry.dir() + QStringLiteral("/previews")).ok());
        BundleImportRun preview(ministry, n.ministryKeys, BundleExchange::Mode::Preview);
        const auto report = preview.importFile(bundle);
        REQUIRE(report.ok());
        CHECK(report->preview);
        CHECK(Backup::list(Backup::folderFor(ministry)).isEmpty());
        CHECK(residentCount(ministry) == 0);
    }
    SECTION("the backup is made before the first bundle is applied")
    {
        BundleImportRun run(ministry, n.ministryKeys, BundleExchange::Mode::Apply);
        REQUIRE(run.begin().ok());
        const QList<BackupInfo> backups = Backup::list(Backup::folderFor(ministry));
        REQUIRE(backups.size() == 1);
        CHECK(backups.first().kind == QStringLiteral("import"));
        REQUIRE(run.importFile(bundle).ok());
        CHECK(residentCount(ministry) == 1);
        CHECK(Backup::list(Backup::folderFor(ministry)).size() == 1); // one per run, not per file
    }
    SECTION("a backup folder that cannot be written stops the import")
    {
        const QString blocked = n.ministry.dir() + QStringLiteral("/blocked");
        QFile file(blocked);
        REQUIRE(file.open(QIODevice::WriteOnly)); // a file where the folder should be
        file.close();
        REQUIRE(Backup::setFolder(ministry, blocked).ok());
        BundleImportRun run(ministry, n.ministryKeys, BundleExchange::Mode::Apply);
        const Status begun = run.begin();
        REQUIRE_FALSE(begun.ok());
        CHECK(begun.error().kind == Error::Kind::Refused);
        CHECK(begun.error().message.contains(QStringLiteral("nothing was imported")));
        CHECK_FALSE(run.importFile(bundle).ok());
        CHECK(residentCount(ministry) == 0);
    }
}

TEST_CASE("the daily backup is due once a day, and only where keys can encrypt it")
{
    TempDatabase bare;
    CHECK_FALSE(DailyBackup::isDue(bare.db()));

    TempDatabase t;
    REQUIRE(KeyStore(t.db()).create(QByteArray("a long enough passphrase")).ok());
    CHECK(DailyBackup::isDue(t.db()));
    const auto made = DailyBackup::run(t.db());
    REQUIRE(made.ok());
    CHECK(made->kind == QStringLiteral("daily"));
    CHECK(Backup::lastMade(t.db(), QStringLiteral("daily")).isValid());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CHECK_FALSE(DailyBackup::isDue(t.db(), now));
    CHECK_FALSE(DailyBackup::isDue(t.db(), now.addSecs(DailyBackup::kIntervalSeconds - 60)));
    CHECK(DailyBackup::isDue(t.db(), now.addSecs(DailyBackup::kIntervalSeconds + 60)));
}

TEST_CASE("backup settings are checked before they are kept")
{
    TempDatabase t;
    Database& db = t.db();
    CHECK(Backup::keepFor(db) == Backup::kDefaultKeep);
    CHECK(Backup::setKeep(db, 0).error().kind == Error::Kind::Invalid);
    CHECK(Backup::setKeep(db, Backup::kMaxKeep + 1).error().kind == Error::Kind::Invalid);
    CHECK(Backup::keepFor(db) == Backup::kDefaultKeep);
    REQUIRE(Backup::setKeep(db, 10).ok());
    CHECK(Backup::keepFor(db) == 10);

    CHECK(Backup::setFolder(db, QStringLiteral("  ")).error().kind == Error::Kind::Invalid);
    REQUIRE(Backup::setFolder(db, QStringLiteral("relative/usb")).ok());
    CHECK(QDir::isAbsolutePath(Backup::folderFor(db)));
    CHECK(Backup::folderFor(db).endsWith(QStringLiteral("relative/usb")));
}

TEST_CASE("the sync overview shows each site's last bundle, the bundles missing and the last month approved")
{
    SyncNetwork n;
    Database& site = n.site().db();
    REQUIRE(ResidentStore(site).create(TempDatabase::sampleResident()).ok());
    n.site().exportBundle(QStringLiteral("1.bundle")); // lost on the way
    REQUIRE(MonthReport::approve(site, site.site().institutionId, lastMonth(), { QStringLiteral("Fatima") })
                .ok());
    REQUIRE(n.importAtMinistry(n.site().exportBundle(QStringLiteral("2.bundle"))).ok());

    const auto statuses = SyncOverview::sites(n.ministry.db());
    REQUIRE(statuses.ok());
    const auto it = std::find_if(statuses->cbegin(), statuses->cend(),
                                 [&](const SiteSyncStatus& s) { return s.site.siteId == site.site().id; });
    REQUIRE(it != statuses->cend());
    CHECK(it->lastBundle == 2);
    CHECK(it->missing == QList<SequenceRange> { { 1, 1 } });
    CHECK(it->lastApprovedMonth == lastMonth().toString(QStringLiteral("yyyy-MM")));
    CHECK_FALSE(it->lastReceivedAt.isEmpty());

    const auto atSite = recentBundles(site, 200);
    REQUIRE(atSite.ok());
    REQUIRE(atSite->size() == 2);
    CHECK_FALSE(atSite->first().received);
    CHECK_FALSE(atSite->first().acknowledged); // the ministry has not answered yet
    REQUIRE(n.sendReferenceData(n.site()).ok());
    const auto answered = recentBundles(site, 200);
    REQUIRE(answered.ok());
    CHECK(
        std::any_of(answered->cbegin(), answered->cend(), [](const BundleLogLine& l) { return l.received; }));
    CHECK(std::any_of(answered->cbegin(), answered->cend(),
                      [](const BundleLogLine& l) { return !l.received && l.acknowledged; }));
}

TEST_CASE("closing a month approves the figures and writes the bundle that carries them")
{
    SyncNetwork n;
    Database& site = n.site().db();
    REQUIRE(ResidentStore(site).create(TempDatabase::sampleResident()).ok());

    SECTION("a bundle that cannot be written leaves the approval standing, and says so")
    {
        const auto closed
            = MonthClose::approveAndExport(site, n.site().keys, lastMonth(), { QStringLiteral("Fatima") },
                                           n.site().database.dir() + QStringLiteral("/no/such/dir/m.bundle"));
        CHECK(closed.approval.ok());
        CHECK_FALSE(closed.bundle.ok());
        CHECK(MonthReport::approved(site, site.site().institutionId)->size() == 1);
    }
    SECTION("an approval refused writes nothing")
    {
        const QString path = n.site().database.dir() + QStringLiteral("/future.bundle");
        const auto closed = MonthClose::approveAndExport(
            site, n.site().keys, QDate::currentDate().addMonths(1), { QStringLiteral("Fatima") }, path);
        CHECK_FALSE(closed.approval.ok());
        CHECK_FALSE(closed.bundle.ok());
        CHECK_FALSE(QFile::exists(path));
    }
    SECTION("both done: the ministry receives the approved month")
    {
        const QString path = n.site().database.dir() + QStringLiteral("/month.bundle");
        const auto closed = MonthClose::approveAndExport(site, n.site().keys, lastMonth(),
                                                         { QStringLiteral("Fatima") }, path);
        REQUIRE(closed.approval.ok());
        REQUIRE(closed.bundle.ok());
        REQUIRE(n.importAtMinistry(path).ok());
        CHECK(*MonthReport::lastApprovedBy(n.ministry.db(), site.site().id)
              == lastMonth().toString(QStringLiteral("yyyy-MM")));
    }
}
