// An enrolled site holds its own key and can sign anything: each test plays such a site with
// bundles it signs itself (HostileSite.h), and checks that the ministry and every other site
// keep exactly what their owners wrote.
#include "HostileSite.h"

#include "QtCatch.h"
#include "db/AuditLog.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "residents/ResidentStore.h"
#include "residents/StayStore.h"
#include "security/AuditAnchors.h"
#include "security/AuditQuery.h"
#include "sync/ReviewQueue.h"
#include "sync/SenderHistory.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QtEndian>
#include <sodium.h>

using namespace riaya;

namespace {

constexpr qint64 kTenYearsMs = 10LL * 365 * 24 * 3600 * 1000;

QString siteId(SyncNetwork::Site& site)
{
    return site.db().site().id;
}

// A resident registered at `site` through core, as its staff would.
QString registerResident(SyncNetwork::Site& site, const QString& firstName = QStringLiteral("فاطمة"))
{
    Resident r = TempDatabase::sampleResident();
    r.firstName = firstName;
    const auto id = ResidentStore(site.db()).create(r);
    REQUIRE(id.ok());
    return *id;
}

QVariantMap residentAt(Database& db, const QString& id)
{
    return db.writer().read(QStringLiteral("residents"), id);
}

// The resident fields a forged row needs, valid by every field rule.
QVariantMap residentFields(const QString& firstName)
{
    return { { QStringLiteral("first_name"), firstName },
             { QStringLiteral("last_name"), QStringLiteral("المهاجم") },
             { QStringLiteral("sex"), QStringLiteral("F") },
             { QStringLiteral("birth_date"), QDate::currentDate().addYears(-12).toString(Qt::ISODate) },
             { QStringLiteral("status"), QStringLiteral("registered") } };
}

// Text that zstd cannot shrink much, so only the field rule can refuse it.
QString incompressibleText(int length)
{
    QString text(length, Qt::Uninitialized);
    quint32 state = 12345;
    for (QChar& c : text) {
        state = state * 1103515245u + 12345u;
        c = QLatin1Char(static_cast<char>('a' + (state >> 16) % 26));
    }
    return text;
}

void requireRefused(const Result<ImportReport>& report, const QString& expected)
{
    REQUIRE_FALSE(report.ok());
    INFO(report.error().message.toStdString());
    CHECK(report.error().message.contains(expected));
}

} // namespace

TEST_CASE("a site cannot take over, overwrite or extend another site's records")
{
    SyncNetwork n;
    SyncNetwork::Site& house = n.site();
    SyncNetwork::Site& attacker = n.addSite();
    const QString child = registerResident(house);
    REQUIRE(n.importAtMinistry(house.exportBundle()).ok());
    const QVariantMap before = residentAt(n.ministry.db(), child);
    const int bundlesBefore = countRows(n.ministry.db(), QStringLiteral("SELECT count(*) FROM bundle_log"));

    SECTION("another site's id sent with the attacker's own origin: refused, the owner stays")
    {
        QVariantMap row = stampedRow(siteId(attacker), residentFields(QStringLiteral("مزور")));
        row.insert(QStringLiteral("id"), child);
        row.insert(QStringLiteral("health_notes"), QStringLiteral("forged"));
        requireRefused(n.importAtMinistry(forgeBundle(n, attacker, { { QStringLiteral("residents"), row } })),
                       QStringLiteral("belongs to another site"));
        CHECK(residentAt(n.ministry.db(), child) == before);
        CHECK(countRows(n.ministry.db(), QStringLiteral("SELECT count(*) FROM bundle_log")) == bundlesBefore);

        // The house's honest edit afterwards applies as usual.
        Resident edited = *ResidentStore(house.db()).get(child);
        edited.firstName = QStringLiteral("فاطمة الزهراء");
        REQUIRE(ResidentStore(house.db()).update(edited).ok());
        const auto honest = n.importAtMinistry(house.exportBundle(QStringLiteral("b.bundle")));
        REQUIRE(honest.ok());
        CHECK(honest->updated == 1);
        CHECK(residentAt(n.ministry.db(), child).value(QStringLiteral("first_name")).toString()
              == QStringLiteral("فاطمة الزهراء"));
        CHECK(residentAt(n.ministry.db(), child).value(QStringLiteral("origin_site")).toString()
              == siteId(house));
    }
    SECTION("another site's id sent as that site's: refused, a site speaks only for itself")
    {
        QVariantMap row = stampedRow(siteId(house), residentFields(QStringLiteral("مزور")));
        row.insert(QStringLiteral("id"), child);
        requireRefused(n.importAtMinistry(forgeBundle(n, attacker, { { QStringLiteral("residents"), row } })),
                       QStringLiteral("belongs to another site"));
        CHECK(residentAt(n.ministry.db(), child) == before);
    }
    SECTION("a record under another site's resident or institution: refused")
    {
        const QVariantMap stay
            = stampedRow(siteId(attacker),
                         { { QStringLiteral("resident_id"), child },
                           { QStringLiteral("institution_id"), house.db().site().institutionId },
                           { QStringLiteral("admitted_on"), QStringLiteral("2026-09-01") } });
        requireRefused(n.importAtMinistry(forgeBundle(n, attacker, { { QStringLiteral("stays"), stay } })),
                       QStringLiteral("another site"));
        QVariantMap resident = stampedRow(siteId(attacker), residentFields(QStringLiteral("دخيل")));
        resident.insert(QStringLiteral("institution_id"), house.db().site().institutionId);
        requireRefused(
            n.importAtMinistry(forgeBundle(n, attacker, { { QStringLiteral("residents"), resident } })),
            QStringLiteral("another site"));
        CHECK(countRows(n.ministry.db(), QStringLiteral("SELECT count(*) FROM stays")) == 0);
    }
    SECTION("a record claiming the ministry's origin: refused")
    {
        const QVariantMap institution
            = stampedRow(n.ministry.db().site().id,
                         { { QStringLiteral("name"), QStringLiteral("وزارة مزورة") },
                           { QStringLiteral("kind"), QStringLiteral("student_house") },
                           { QStringLiteral("capacity"), 10 } });
        requireRefused(
            n.importAtMinistry(forgeBundle(n, attacker, { { QStringLiteral("institutions"), institution } })),
            QStringLiteral("ministry"));
    }
    SECTION("one forbidden record among good ones: the whole bundle is refused")
    {
        const QVariantMap good = stampedRow(siteId(attacker), residentFields(QStringLiteral("سليمة")));
        QVariantMap bad = stampedRow(siteId(attacker), residentFields(QStringLiteral("مزور")));
        bad.insert(QStringLiteral("id"), child);
        requireRefused(n.importAtMinistry(forgeBundle(
                           n, attacker,
                           { { QStringLiteral("residents"), good }, { QStringLiteral("residents"), bad } })),
                       child);
        CHECK(residentAt(n.ministry.db(), good.value(QStringLiteral("id")).toString()).isEmpty());
        CHECK(countRows(n.ministry.db(), QStringLiteral("SELECT count(*) FROM bundle_log")) == bundlesBefore);
    }
}

TEST_CASE("the ministry's relay cannot rewrite a site's own records at that site")
{
    SyncNetwork n;
    SyncNetwork::Site& house = n.site();
    const QString child = registerResident(house);
    REQUIRE(n.importAtMinistry(house.exportBundle()).ok());
    // The house corrects the child's name after its last export; the ministry still has the
    // old one, and its answer must not bring it back.
    Transaction tx(house.db().connection());
    REQUIRE(house.db()
                .writer()
                .update(QStringLiteral("residents"), child,
                        { { QStringLiteral("first_name"), QStringLiteral("فاطمة الزهراء") } })
                .ok());
    REQUIRE(tx.commit());
    const auto sent = n.sendReferenceData(house);
    REQUIRE(sent.ok());
    CHECK(sent->conflicts == 0);
    CHECK(residentAt(house.db(), child).value(QStringLiteral("first_name")).toString()
          == QStringLiteral("فاطمة الزهراء"));
    // Its institution's details are the ministry's once it has sent them: changed by proposal.
    CHECK_FALSE(house.db()
                    .writer()
                    .update(QStringLiteral("institutions"), house.db().site().institutionId,
                            { { QStringLiteral("name"), QStringLiteral("الاسم الجديد") } })
                    .ok());
}

TEST_CASE("the import summary counts the conflicts it really kept")
{
    SyncNetwork n;
    SyncNetwork::Site& house = n.site();
    const QString child = registerResident(house);
    REQUIRE(n.importAtMinistry(house.exportBundle()).ok());
    // A clerk corrects the file at the ministry; the house edits it too, later.
    {
        Transaction tx(n.ministry.db().connection());
        REQUIRE(n.ministry.db()
                    .writer()
                    .update(QStringLiteral("residents"), child,
                            { { QStringLiteral("father_name"), QStringLiteral("أحمد") } })
                    .ok());
        REQUIRE(tx.commit());
    }
    QTest::qWait(5);
    Resident edited = *ResidentStore(house.db()).get(child);
    edited.fatherName = QStringLiteral("محمد");
    REQUIRE(ResidentStore(house.db()).update(edited).ok());
    const auto report = n.importAtMinistry(house.exportBundle(QStringLiteral("b.bundle")));
    REQUIRE(report.ok());
    CHECK(report->updated == 1);
    CHECK(report->conflicts == 1);
    CHECK(report->byTable.value(QStringLiteral("residents")).conflicts == 1);
    CHECK(countRows(n.ministry.db(), QStringLiteral("SELECT count(*) FROM conflicts")) == 1);
}

TEST_CASE("a laptop whose clock is ten years ahead disturbs no one")
{
    SyncNetwork n;
    SyncNetwork::Site& skewed = n.site();
    SyncNetwork::Site& honest = n.addSite();
    const qint64 futureMs = QDateTime::currentMSecsSinceEpoch() + kTenYearsMs;
    QVariantMap fields = residentFields(QStringLiteral("مستقبل"));
    fields.insert(QStringLiteral("version"), futureMs << 16);
    const QVariantMap child = stampedRow(siteId(skewed), fields);
    const auto report = n.importAtMinistry(
        forgeBundle(n, skewed, { { QStringLiteral("residents"), child } }, [&](BundleManifest& m) {
            m.createdAt = QDateTime::fromMSecsSinceEpoch(futureMs, Qt::UTC).toString(Qt::ISODateWithMs);
        }));
    REQUIRE(report.ok());
    CHECK(report->held == 1);
    CHECK(report->inserted == 0);
    CHECK(report->senderClockAheadMs > kTenYearsMs - 24LL * 3600 * 1000);
    const QString id = child.value(QStringLiteral("id")).toString();
    CHECK(residentAt(n.ministry.db(), id).isEmpty()); // held, not applied

    // The ministry's clock did not move: its next write and its reference bundle are stamped now.
    const qint64 plausible = RecordWriter::latestPlausibleVersion();
    CHECK(n.ministry.db().writer().nextVersion() < plausible);
    REQUIRE(n.sendReferenceData(honest).ok());
    CHECK(honest.db().writer().nextVersion() < plausible);

    // The honest house's edits apply normally at the ministry.
    registerResident(honest, QStringLiteral("حاضرة"));
    const auto fromHonest = n.importAtMinistry(honest.exportBundle());
    REQUIRE(fromHonest.ok());
    CHECK(fromHonest->inserted >= 1);
    CHECK(fromHonest->held == 0);

    // The skewed laptop wrote with its wrong clock (around core, as its clock would stamp it),
    // so its own clock counts from there...
    REQUIRE(SqlQuery::execute(skewed.db().connection(),
                              QStringLiteral("INSERT INTO change_log (entity, record_id, version) "
                                             "VALUES ('residents', '%1', %2)")
                                  .arg(id)
                                  .arg(futureMs << 16)));
    skewed.database.reopen();
    CHECK(skewed.db().writer().nextVersion() > plausible);
    // ...until it is told, on its next import, with its clock now reading right.
    const auto told = n.sendReferenceData(skewed);
    REQUIRE(told.ok());
    CHECK(told->ownClockAheadMs > kTenYearsMs - 24LL * 3600 * 1000);
    CHECK(BundleExchange::clockNotice(told->ownClockAheadMs).contains(QStringLiteral("days ahead")));
    CHECK(skewed.db().writer().nextVersion() < RecordWriter::latestPlausibleVersion());

    // A clerk accepts the held record: it is stored, owned by its site, stamped at the ministry's time.
    const auto open = ReviewQueue(n.ministry.db()).conflicts();
    REQUIRE(open.ok());
    REQUIRE(open->size() == 1);
    CHECK(open->constFirst().reason == QStringLiteral("future_stamp"));
    CHECK(open->constFirst().senderSite == siteId(skewed));
    CHECK(open->constFirst().clockAheadMs > kTenYearsMs - 24LL * 3600 * 1000);
    REQUIRE(ReviewQueue(n.ministry.db()).resolveConflict(open->constFirst().id, true).ok());
    const QVariantMap accepted = residentAt(n.ministry.db(), id);
    CHECK(accepted.value(QStringLiteral("origin_site")).toString() == siteId(skewed));
    CHECK(accepted.value(QStringLiteral("version")).toLongLong() < plausible);
}

TEST_CASE("a far-future update never wins over a record stamped correctly")
{
    SyncNetwork n;
    SyncNetwork::Site& house = n.site();
    const QString child = registerResident(house);
    REQUIRE(n.importAtMinistry(house.exportBundle()).ok());
    QVariantMap update = residentAt(house.db(), child);
    update.insert(QStringLiteral("first_name"), QStringLiteral("مستقبل"));
    update.insert(QStringLiteral("version"), (QDateTime::currentMSecsSinceEpoch() + kTenYearsMs) << 16);
    const auto report
        = n.importAtMinistry(forgeBundle(n, house, { { QStringLiteral("residents"), update } }));
    REQUIRE(report.ok());
    CHECK(report->held == 1);
    CHECK(residentAt(n.ministry.db(), child).value(QStringLiteral("first_name")).toString()
          == QStringLiteral("فاطمة"));
}

TEST_CASE("sequence numbers: gaps as ranges, implausible jumps refused")
{
    SyncNetwork n;
    SyncNetwork::Site& house = n.site();
    REQUIRE(n.importAtMinistry(house.exportBundle()).ok());
    SECTION("a number two billion ahead is refused at once, nothing enumerated")
    {
        const auto refused = n.importAtMinistry(
            forgeBundle(n, house, {}, [](BundleManifest& m) { m.sequence = 2'000'000'000; }));
        requireRefused(refused, QStringLiteral("2000000000"));
    }
    SECTION("a gap shows as one range")
    {
        const auto report = n.importAtMinistry(forgeBundle(n, house, {}, [](BundleManifest& m) {
            m.sequence = 900;
            m.previousHash.clear();
        }));
        REQUIRE(report.ok());
        CHECK(report->missingSequences == QList<SequenceRange> { { 2, 899 } });
        CHECK(describeRanges(report->missingSequences) == QStringLiteral("2–899"));
        const auto history = SenderHistory::load(n.ministry.db(), siteId(house));
        REQUIRE(history.ok());
        CHECK(history->gaps() == QList<SequenceRange> { { 2, 899 } });
    }
}

TEST_CASE("a site restored from an old backup forks its history, the clerk's way forward loses nothing")
{
    SyncNetwork n;
    SyncNetwork::Site& house = n.site();
    registerResident(house, QStringLiteral("أولى"));
    REQUIRE(n.importAtMinistry(house.exportBundle(QStringLiteral("1.bundle"))).ok());
    // The backup: a copy of the file after bundle 1.
    house.database.close();
    const QString saved = house.database.dir() + QStringLiteral("/saved.db");
    REQUIRE(QFile::copy(house.database.path(), saved));
    house.database.reopen();
    const QString second = registerResident(house, QStringLiteral("ثانية"));
    REQUIRE(n.importAtMinistry(house.exportBundle(QStringLiteral("2.bundle"))).ok());
    // The laptop fails; the old copy is put back, and work goes on from it.
    house.database.close();
    REQUIRE(QFile::remove(house.database.path()));
    QFile::remove(house.database.path() + QStringLiteral("-wal"));
    QFile::remove(house.database.path() + QStringLiteral("-shm"));
    REQUIRE(QFile::copy(saved, house.database.path()));
    house.database.reopen();
    const QString third = registerResident(house, QStringLiteral("ثالثة"));
    const QString forked = house.exportBundle(QStringLiteral("2-again.bundle"));

    const auto refused = n.importAtMinistry(forked);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("history")));
    CHECK(residentAt(n.ministry.db(), third).isEmpty());

    const auto accepted
        = BundleExchange(n.ministry.db())
              .importFile(forked, n.ministryKeys, BundleExchange::Mode::Apply, BundleExchange::Fork::Accept);
    REQUIRE(accepted.ok());
    CHECK(accepted->forkAccepted);
    CHECK_FALSE(residentAt(n.ministry.db(), third).isEmpty());
    CHECK_FALSE(residentAt(n.ministry.db(), second).isEmpty()); // what the lost branch brought stays
    // The new history continues without a further question.
    registerResident(house, QStringLiteral("رابعة"));
    const auto next = n.importAtMinistry(house.exportBundle(QStringLiteral("3.bundle")));
    INFO((next ? std::string() : next.error().describe().toStdString()));
    REQUIRE(next.ok());
    CHECK_FALSE(next->forkAccepted);
    CHECK(next->missingSequences.isEmpty());
}

TEST_CASE("a bundle is its sender, its id and its content")
{
    SyncNetwork n;
    SyncNetwork::Site& house = n.site();
    SyncNetwork::Site& attacker = n.addSite();
    registerResident(house);
    const QString real = house.exportBundle();
    const QString realId = BundleExchange(n.ministry.db()).verify(real)->manifest.bundleId;
    SECTION("an empty bundle carrying another site's id, sent first: the real one is not taken for it")
    {
        REQUIRE(n.importAtMinistry(forgeBundle(n, attacker, {}, [&](BundleManifest& m) {
                     m.bundleId = realId;
                 })).ok());
        const auto second = n.importAtMinistry(real);
        requireRefused(second, siteId(attacker));
        CHECK_FALSE(second.error().message.contains(QStringLiteral("already imported;")));
    }
    SECTION("a copy of a known id from another sender is refused as such")
    {
        REQUIRE(n.importAtMinistry(real).ok());
        requireRefused(
            n.importAtMinistry(forgeBundle(n, attacker, {}, [&](BundleManifest& m) { m.bundleId = realId; })),
            QStringLiteral("another sender"));
    }
    SECTION("a known id with other content from the same sender is refused")
    {
        REQUIRE(n.importAtMinistry(real).ok());
        requireRefused(
            n.importAtMinistry(forgeBundle(n, house, {}, [&](BundleManifest& m) { m.bundleId = realId; })),
            QStringLiteral("other content"));
    }
    SECTION("the same file twice is a no-op")
    {
        REQUIRE(n.importAtMinistry(real).ok());
        const auto again = n.importAtMinistry(real);
        REQUIRE(again.ok());
        CHECK(again->alreadyImported);
    }
}

TEST_CASE("every incoming record passes the field rules of a local edit")
{
    SyncNetwork n;
    SyncNetwork::Site& house = n.site();
    auto refusedField = [&](const QString& table, const QVariantMap& row, const QString& field) {
        const auto report = n.importAtMinistry(forgeBundle(n, house, { { table, row } }));
        requireRefused(report, field);
        CHECK(report.error().message.contains(row.value(QStringLiteral("id")).toString()));
    };
    SECTION("a first name of 3.5 MB")
    {
        refusedField(QStringLiteral("residents"),
                     stampedRow(siteId(house), residentFields(incompressibleText(3'500'000))),
                     QStringLiteral("first_name"));
        CHECK(countRows(n.ministry.db(), QStringLiteral("SELECT count(*) FROM residents")) == 0);
    }
    SECTION("a date that is not one, a text where a number goes, an unknown sex")
    {
        QVariantMap row = stampedRow(siteId(house), residentFields(QStringLiteral("سارة")));
        row.insert(QStringLiteral("birth_date"), QStringLiteral("2013-02-30"));
        refusedField(QStringLiteral("residents"), row, QStringLiteral("birth_date"));
        row = stampedRow(siteId(house), residentFields(QStringLiteral("سارة")));
        row.insert(QStringLiteral("deleted"), QStringLiteral("no"));
        refusedField(QStringLiteral("residents"), row, QStringLiteral("deleted"));
        row = stampedRow(siteId(house), residentFields(QStringLiteral("سارة")));
        row.insert(QStringLiteral("sex"), QStringLiteral("X"));
        refusedField(QStringLiteral("residents"), row, QStringLiteral("sex"));
    }
    SECTION("a state outside the schema's list")
    {
        const QVariantMap family
            = stampedRow(siteId(house),
                         { { QStringLiteral("family_name"), QStringLiteral("العلوي") },
                           { QStringLiteral("state"), QStringLiteral("bogus") },
                           { QStringLiteral("state_since"), QStringLiteral("2026-01-05") } });
        refusedField(QStringLiteral("families"), family, QStringLiteral("families"));
        CHECK(countRows(n.ministry.db(), QStringLiteral("SELECT count(*) FROM families")) == 0);
    }
    SECTION("an identifier that is not one")
    {
        QVariantMap row = stampedRow(siteId(house), residentFields(QStringLiteral("سارة")));
        row.insert(QStringLiteral("id"), QStringLiteral("x' OR 1=1; --"));
        const auto report
            = n.importAtMinistry(forgeBundle(n, house, { { QStringLiteral("residents"), row } }));
        requireRefused(report, QStringLiteral("id"));
    }
}

TEST_CASE("reading stops where the signed manifest says the payload ends")
{
    SyncNetwork n;
    SyncNetwork::Site& house = n.site();
    SECTION("a small file that inflates far beyond its size is refused before it is read")
    {
        QVariantMap row = stampedRow(siteId(house), residentFields(QStringLiteral("سارة")));
        row.insert(QStringLiteral("health_notes"), QString(40'000'000, QLatin1Char('a')));
        const QString path = forgeBundle(n, house, { { QStringLiteral("residents"), row } });
        CHECK(QFileInfo(path).size() < 100'000);
        const auto refused = n.importAtMinistry(path);
        requireRefused(refused, QStringLiteral("more than Riaya accepts"));
    }
    SECTION("a payload longer than the signed size is cut off where the size ends")
    {
        QList<ForgedRecord> records;
        for (int i = 0; i < 50; ++i) {
            records.append({ QStringLiteral("residents"),
                             stampedRow(siteId(house), residentFields(QStringLiteral("طفلة %1").arg(i))) });
        }
        const QString path = forgeBundle(n, house, records);
        // The site signs a trailer that declares less than its payload holds.
        QByteArray bytes;
        {
            QFile file(path);
            REQUIRE(file.open(QIODevice::ReadOnly));
            bytes = file.readAll();
        }
        const qsizetype trailer = bytes.size() - (16 + 32 + crypto_sign_BYTES);
        const quint64 declared = qFromBigEndian<quint64>(bytes.constData() + trailer);
        qToBigEndian<quint64>(declared / 2, bytes.data() + trailer);
        const quint32 headerLength = qFromBigEndian<quint32>(bytes.constData() + 8);
        QByteArray message
            = "riaya-bundle/3" + bytes.mid(8, 4) + bytes.mid(12, headerLength) + bytes.mid(trailer, 48);
        QByteArray prehash(crypto_generichash_BYTES_MAX, Qt::Uninitialized);
        crypto_generichash(reinterpret_cast<unsigned char*>(prehash.data()), prehash.size(),
                           reinterpret_cast<const unsigned char*>(message.constData()), message.size(),
                           nullptr, 0);
        crypto_sign_detached(reinterpret_cast<unsigned char*>(bytes.data()) + trailer + 48, nullptr,
                             reinterpret_cast<const unsigned char*>(prehash.constData()), prehash.size(),
                             reinterpret_cast<const unsigned char*>(house.keys.signSecret.constData()));
        {
            QFile file(path);
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        requireRefused(n.importAtMinistry(path), QStringLiteral("more than its signed manifest declares"));
        CHECK(countRows(n.ministry.db(), QStringLiteral("SELECT count(*) FROM residents")) == 0);
    }
    SECTION("a lost stick does not say who sent what")
    {
        registerResident(house);
        QFile file(house.exportBundle());
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        CHECK_FALSE(bytes.contains(house.db().site().name.toUtf8()));
        CHECK_FALSE(bytes.contains("counts"));
        CHECK_FALSE(bytes.contains("residents"));
    }
}

namespace {

// What a person holding the file and the passphrase can do with sqlite3 and a little code:
// blank a value inside an old audit entry and recompute every hash after it, and the head.
void rewriteAuditHistory(TempDatabase& database, qint64 seq)
{
    Database& db = database.db();
    SqlQuery rows(db.connection(),
                  QStringLiteral("SELECT seq, at, actor, site_id, action, entity, record_id,"
                                 " before, after FROM audit_log ORDER BY seq"));
    REQUIRE(rows.exec());
    QList<QStringList> entries;
    while (rows.next()) {
        QStringList fields;
        for (int i = 0; i < 9; ++i) {
            fields << rows.value(i).toString();
        }
        entries << fields;
    }
    rows.raw().finish();
    entries[seq - 1][8] = QStringLiteral("{}");
    QByteArray prev(64, '0'); // the chain's genesis, as AuditLog starts it
    QString head;
    for (const QStringList& fields : std::as_const(entries)) {
        const QByteArray hash = AuditLog::entryHash(prev, fields);
        REQUIRE(rawSql(database.path(),
                       QStringLiteral("UPDATE audit_log SET after = '%1', hash = '%2' WHERE seq = %3")
                           .arg(QString(fields.at(8)).replace(QLatin1Char('\''), QStringLiteral("''")),
                                QString::fromLatin1(hash), fields.at(0))));
        prev = hash;
        head = QStringLiteral("%1:%2").arg(fields.at(0), QString::fromLatin1(hash));
    }
    REQUIRE(rawSql(database.path(),
                   QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'audit_head'").arg(head)));
    database.reopen();
}

} // namespace

TEST_CASE("history rewritten before the last export is found at the site and at the ministry")
{
    SyncNetwork n;
    SyncNetwork::Site& house = n.site();
    registerResident(house);
    REQUIRE(n.importAtMinistry(house.exportBundle(QStringLiteral("1.bundle"))).ok());
    REQUIRE(n.sendReferenceData(house).ok()); // the ministry's countersigned heads come back
    const auto clean = AuditAnchors(house.db()).verifyOwn();
    REQUIRE(clean.ok());
    CHECK(clean->problems.isEmpty());
    CHECK(clean->heads >= 1);
    CHECK(clean->confirmed >= 1);

    rewriteAuditHistory(house.database, 2);
    house.keys = *KeyStore(house.db()).unlock(SyncNetwork::kPassphrase);
    // The chain itself is consistent again: only the signed heads tell.
    const auto chain = AuditQuery::verify(house.db());
    REQUIRE(chain.ok());
    CHECK(chain->intact);
    const auto atSite = AuditAnchors(house.db()).verifyOwn();
    REQUIRE(atSite.ok());
    CHECK_FALSE(atSite->problems.isEmpty());

    SECTION("even with its own signed heads removed and the head signed again")
    {
        REQUIRE(rawSql(house.database.path(), QStringLiteral("DELETE FROM audit_anchors")));
        house.database.reopen();
        house.keys = *KeyStore(house.db()).unlock(SyncNetwork::kPassphrase);
        CHECK(AuditAnchors(house.db()).verifyOwn()->problems.isEmpty()); // nothing left to compare here
    }
    const auto imported = n.importAtMinistry(house.exportBundle(QStringLiteral("2.bundle")));
    REQUIRE(imported.ok());
    CHECK_FALSE(imported->auditProblems.isEmpty());
    const auto atMinistry = AuditAnchors(n.ministry.db()).verifySite(siteId(house));
    REQUIRE(atMinistry.ok());
    CHECK_FALSE(atMinistry->problems.isEmpty());
    // And the ministry sends its countersigned heads back, so the site sees it again.
    REQUIRE(n.sendReferenceData(house).ok());
    CHECK_FALSE(AuditAnchors(house.db()).verifyOwn()->problems.isEmpty());
}

TEST_CASE("an honest exchange leaves every signed head consistent")
{
    SyncNetwork n;
    SyncNetwork::Site& house = n.site();
    for (int i = 0; i < 3; ++i) {
        registerResident(house, QStringLiteral("طفلة %1").arg(i));
        const auto report = n.importAtMinistry(house.exportBundle(QStringLiteral("%1.bundle").arg(i)));
        REQUIRE(report.ok());
        CHECK(report->auditProblems.isEmpty());
        REQUIRE(n.sendReferenceData(house).ok());
    }
    const auto site = AuditAnchors(n.ministry.db()).verifySite(siteId(house));
    REQUIRE(site.ok());
    CHECK(site->problems.isEmpty());
    CHECK(site->heads >= 3);
    const auto own = AuditAnchors(house.db()).verifyOwn();
    REQUIRE(own.ok());
    CHECK(own->problems.isEmpty());
}
