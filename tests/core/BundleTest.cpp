#include "QtCatch.h"
#include "SyncNetwork.h"
#include "db/Migrations.h"
#include "db/SqlQuery.h"
#include "demo/DemoGenerator.h"
#include "residents/ResidentStore.h"
#include "residents/StayStore.h"
#include "security/AuditQuery.h"
#include "security/KeyStore.h"
#include "security/SignedDocument.h"
#include "sync/BundleExchange.h"
#include "sync/ReviewQueue.h"
#include "sync/TrustStore.h"

#include <QDateTime>
#include <QFile>
#include <QTest>

using namespace riaya;

namespace {

const QByteArray kPassphrase("a long enough passphrase");

SiteSettings ministrySettings(const QString& name = QStringLiteral("الوزارة"))
{
    SiteSettings settings;
    settings.name = name;
    settings.ministry = true;
    return settings;
}

// Every synced row from one origin, as canonical text, to compare two databases.
QStringList rowsFrom(Database& db, const QString& origin)
{
    QStringList rows;
    for (const QString& table :
         { QStringLiteral("institutions"), QStringLiteral("residents"), QStringLiteral("stays"),
           QStringLiteral("presence"), QStringLiteral("school_results"), QStringLiteral("incidents") }) {
        SqlQuery query(db.connection(),
                       QStringLiteral("SELECT * FROM %1 WHERE origin_site = :o ORDER BY id").arg(table));
        query.bind(QStringLiteral(":o"), origin);
        REQUIRE(query.exec());
        while (query.next()) {
            QStringList values;
            const QVariantMap row = query.row();
            for (auto it = row.cbegin(); it != row.cend(); ++it) {
                values << it.key() + QLatin1Char('=') + it.value().toString();
            }
            rows << table + QLatin1Char(':') + values.join(QLatin1Char('|'));
        }
    }
    return rows;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

TEST_CASE("a site's records arrive at the ministry exactly as on the site, once")
{
    SyncNetwork n;
    DemoSettings demo;
    demo.residents = 60;
    demo.seed = 4;
    REQUIRE(DemoGenerator::generate(n.site().db(), demo).ok());
    const QString bundle = n.site().exportBundle();

    const auto report = n.importAtMinistry(bundle);
    INFO((report ? std::string() : report.error().describe().toStdString()));
    REQUIRE(report.ok());
    CHECK(report->inserted == report->manifest.records);
    CHECK(report->conflicts == 0);
    const QString origin = n.site().db().site().id;
    CHECK(rowsFrom(n.ministry.db(), origin) == rowsFrom(n.site().db(), origin));
    CHECK(ResidentStore(n.ministry.db()).search(QStringLiteral("Fatima"))->size()
          == ResidentStore(n.site().db()).search(QStringLiteral("Fatima"))->size()); // indexed on arrival

    const auto again = n.importAtMinistry(bundle);
    REQUIRE(again.ok());
    CHECK(again->alreadyImported);
    CHECK(rowsFrom(n.ministry.db(), origin) == rowsFrom(n.site().db(), origin));
}

TEST_CASE("a later bundle is a superset, order and gaps do not matter to the result")
{
    SyncNetwork n;
    ResidentStore store(n.site().db());
    const QString id = *store.create(TempDatabase::sampleResident());
    const QString first = n.site().exportBundle(QStringLiteral("1.bundle"));
    Resident changed = *store.get(id);
    changed.schoolLevel = QStringLiteral("S3");
    REQUIRE(store.update(changed).ok());
    const QString second = n.site().exportBundle(QStringLiteral("2.bundle"));

    const auto late = n.importAtMinistry(second); // the first was lost on the way
    REQUIRE(late.ok());
    CHECK(late->missingSequences == QList<SequenceRange> { { 1, 1 } });
    CHECK(ResidentStore(n.ministry.db()).get(id)->schoolLevel == QStringLiteral("S3"));
    const auto early = n.importAtMinistry(first); // arrives after all: changes nothing newer
    REQUIRE(early.ok());
    CHECK(early->missingSequences.isEmpty());
    CHECK(early->conflicts == 0); // an older copy, not a second writer
    CHECK(ResidentStore(n.ministry.db()).get(id)->schoolLevel == QStringLiteral("S3"));
    const QString origin = n.site().db().site().id;
    CHECK(rowsFrom(n.ministry.db(), origin) == rowsFrom(n.site().db(), origin));
}

TEST_CASE("a changed byte anywhere or a cut anywhere is refused before anything is applied")
{
    SyncNetwork n;
    REQUIRE(ResidentStore(n.site().db()).create(TempDatabase::sampleResident()).ok());
    const QString bundle = n.site().exportBundle();
    const QByteArray original = readFile(bundle);
    REQUIRE(original.size() > 200);
    const QString bad = n.site().database.dir() + QStringLiteral("/bad.bundle");
    BundleExchange ministry(n.ministry.db());
    int accepted = 0;
    for (qsizetype i = 0; i < original.size(); ++i) {
        QByteArray flipped = original;
        flipped[i] = static_cast<char>(flipped[i] ^ 0x01);
        writeFile(bad, flipped);
        accepted += ministry.verify(bad).ok() ? 1 : 0;
    }
    CHECK(accepted == 0);
    for (qsizetype length = 0; length < original.size(); ++length) {
        writeFile(bad, original.left(length));
        accepted += ministry.verify(bad).ok() ? 1 : 0;
    }
    CHECK(accepted == 0);
    CHECK(countRows(n.ministry.db(), QStringLiteral("SELECT count(*) FROM residents")) == 0);
    CHECK(n.importAtMinistry(bundle).ok()); // the original still goes in
}

TEST_CASE("unknown senders, wrong recipients and newer formats are refused")
{
    SyncNetwork n;
    REQUIRE(ResidentStore(n.site().db()).create(TempDatabase::sampleResident()).ok());
    const QString bundle = n.site().exportBundle();
    SECTION("a ministry that never enrolled the site")
    {
        TempDatabase other(ministrySettings(QStringLiteral("وزارة أخرى")));
        REQUIRE(KeyStore(other.db()).create(kPassphrase).ok());
        const auto refused = BundleExchange(other.db()).verify(bundle);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("does not trust")));
    }
    SECTION("a bundle addressed to someone else")
    {
        // The site imports its own bundle: signed by a site it does not trust, to another site.
        CHECK_FALSE(BundleExchange(n.site().db()).verify(bundle).ok());
    }
    SECTION("a bundle from a newer Riaya")
    {
        QByteArray newer = readFile(bundle);
        newer[7] = kBundleFormat + 1;
        writeFile(bundle, newer);
        const auto refused = n.importAtMinistry(bundle);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == Error::Kind::Refused);
        CHECK(refused.error().message.contains(QStringLiteral("Update Riaya")));
    }
    SECTION("a bundle from a Riaya with a newer database")
    {
        BundleManifest manifest;
        manifest.bundleId = QStringLiteral("newer-schema");
        manifest.senderSite = n.site().db().site().id;
        manifest.recipientSite = n.ministry.db().site().id;
        manifest.sequence = 1;
        manifest.schema = latestSchemaVersion() + 1;
        manifest.records = 0;
        REQUIRE(BundleFile::write(bundle, manifest, n.site().keys, n.ministryKeys.publicKeys.box,
                                  [](const BundleFile::LineSink&) { return Status(); })
                    .ok());
        const auto refused = n.importAtMinistry(bundle);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == Error::Kind::Refused);
        CHECK(refused.error().message.contains(QStringLiteral("Update Riaya")));
    }
    SECTION("the format byte changed to an older format: the signature no longer matches")
    {
        QByteArray older = readFile(bundle);
        older[7] = 1;
        writeFile(bundle, older);
        CHECK_FALSE(n.importAtMinistry(bundle).ok());
    }
    CHECK(countRows(n.ministry.db(), QStringLiteral("SELECT count(*) FROM residents")) == 0);
}

TEST_CASE("the same record changed at two places: the newer wins everywhere, the other is kept")
{
    SyncNetwork n;
    ResidentStore siteStore(n.site().db());
    const QString id = *siteStore.create(TempDatabase::sampleResident());
    REQUIRE(n.importAtMinistry(n.site().exportBundle(QStringLiteral("1.bundle"))).ok());

    // The ministry corrects the record, then the site changes it later.
    ResidentStore ministryStore(n.ministry.db());
    n.ministry.db().setActor(
        { QStringLiteral("clerk"), { QStringLiteral("clerk"), QStringLiteral("staff") }, false });
    Resident atMinistry = *ministryStore.get(id);
    atMinistry.origin = QStringLiteral("تحناوت");
    REQUIRE(ministryStore.update(atMinistry).ok());
    QTest::qWait(5);
    Resident atSite = *siteStore.get(id);
    atSite.origin = QStringLiteral("أمزميز");
    REQUIRE(siteStore.update(atSite).ok());

    const auto report = n.importAtMinistry(n.site().exportBundle(QStringLiteral("2.bundle")));
    REQUIRE(report.ok());
    CHECK(ministryStore.get(id)->origin == QStringLiteral("أمزميز"));
    CHECK(
        countRows(n.ministry.db(), QStringLiteral("SELECT count(*) FROM conflicts WHERE resolved_at IS NULL"))
        == 1);
}

TEST_CASE("a wrong passphrase opens nothing, keys are made once")
{
    TempDatabase t;
    KeyStore keys(t.db());
    CHECK_FALSE(keys.create("short").ok());
    REQUIRE(keys.create(kPassphrase).ok());
    CHECK_FALSE(keys.create(kPassphrase).ok());
    CHECK(keys.unlock(kPassphrase).ok());
    CHECK(keys.unlock("another long passphrase").error().kind == Error::Kind::Refused);
    CHECK(KeyStore::fingerprint(keys.publicKeys()->sign).size() == 39);
}

TEST_CASE("a changed profile or identity file is refused")
{
    SyncNetwork n;
    const QString path = n.site().database.dir() + QStringLiteral("/identity");
    QByteArray content = readFile(path);
    content.replace("\"name\":\"", "\"name\":\"X");
    writeFile(path, content);
    TempDatabase other(ministrySettings());
    const auto refused = TrustStore(other.db()).enrol(path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("changed")));
}

TEST_CASE("a stamp from a clock years ahead does not overwrite what the ministry holds")
{
    SyncNetwork n;
    ResidentStore siteStore(n.site().db());
    const QString id = *siteStore.create(TempDatabase::sampleResident());
    REQUIRE(n.importAtMinistry(n.site().exportBundle(QStringLiteral("1.bundle"))).ok());
    // The laptop's clock jumps ten years ahead before the next change.
    const qint64 future = (QDateTime::currentMSecsSinceEpoch() + 10LL * 365 * 24 * 3600 * 1000) << 16;
    // (Written around core, as such a laptop's clock would stamp it.)
    REQUIRE(SqlQuery::execute(n.site().db().connection(),
                              QStringLiteral("UPDATE residents SET origin = 'x', version = %1").arg(future)));
    REQUIRE(SqlQuery::execute(n.site().db().connection(),
                              QStringLiteral("INSERT INTO change_log (entity, record_id, version) "
                                             "VALUES ('residents', '%1', %2)")
                                  .arg(id)
                                  .arg(future)));
    const auto report = n.importAtMinistry(n.site().exportBundle(QStringLiteral("2.bundle")));
    REQUIRE(report.ok());
    CHECK(report->held == 1);
    CHECK(report->conflicts == 0);
    CHECK(ResidentStore(n.ministry.db()).get(id)->origin.isEmpty());
    CHECK(countRows(n.ministry.db(),
                    QStringLiteral("SELECT count(*) FROM conflicts WHERE reason = 'future_stamp'"))
          == 1);
}

TEST_CASE("once the ministry acknowledges, the site's next bundle carries only what is new")
{
    SyncNetwork n;
    ResidentStore siteStore(n.site().db());
    REQUIRE(siteStore.create(TempDatabase::sampleResident()).ok());
    const QString first = n.site().exportBundle(QStringLiteral("1.bundle"));
    REQUIRE(n.importAtMinistry(first).ok());

    SECTION("the acknowledgement is lost: the next bundle is a superset")
    {
        REQUIRE(siteStore.create(TempDatabase::sampleResident()).ok());
        const auto second
            = BundleExchange(n.site().db())
                  .exportTo(n.site().database.dir() + QStringLiteral("/2.bundle"), {}, n.site().keys);
        REQUIRE(second.ok());
        CHECK(second->manifest.fromChange == 0);
        CHECK(second->manifest.counts.value(QStringLiteral("residents")).toInt() == 2);
    }
    SECTION("the acknowledgement arrives")
    {
        const QString ack = n.ministry.dir() + QStringLiteral("/ack.bundle");
        const auto sent
            = BundleExchange(n.ministry.db()).exportTo(ack, n.site().db().site().id, n.ministryKeys);
        REQUIRE(sent.ok());
        // Reference data only: the institution list, here the site's own house.
        CHECK(sent->manifest.records == 1);
        CHECK(sent->manifest.counts.keys() == QStringList { QStringLiteral("institutions") });
        const auto received = BundleExchange(n.site().db()).importFile(ack, n.site().keys);
        REQUIRE(received.ok());
        CHECK(received->unchanged == 1);

        REQUIRE(siteStore.create(TempDatabase::sampleResident()).ok());
        const auto second
            = BundleExchange(n.site().db())
                  .exportTo(n.site().database.dir() + QStringLiteral("/2.bundle"), {}, n.site().keys);
        REQUIRE(second.ok());
        CHECK(second->manifest.fromChange > 0);
        CHECK(second->manifest.records == 1);
        const auto report = n.importAtMinistry(n.site().database.dir() + QStringLiteral("/2.bundle"));
        REQUIRE(report.ok());
        CHECK(report->inserted == 1);
        const QString origin = n.site().db().site().id;
        CHECK(rowsFrom(n.ministry.db(), origin) == rowsFrom(n.site().db(), origin));
    }
}

TEST_CASE("the same child registered at two houses is queued as a probable duplicate, never merged")
{
    SyncNetwork n;
    SyncNetwork::Site& second = n.addSite();
    REQUIRE(ResidentStore(n.site().db()).create(TempDatabase::sampleResident()).ok());
    Resident again = TempDatabase::sampleResident(); // typed in Latin at the second house
    again.firstName = QStringLiteral("Fatema");
    again.lastName = QStringLiteral("Ait Ali");
    again.firstNameLatin.clear();
    again.lastNameLatin.clear();
    again.fatherName = QStringLiteral("Mohamed");
    REQUIRE(ResidentStore(second.db()).create(again).ok());

    REQUIRE(n.importAtMinistry(n.site().exportBundle()).ok());
    const auto report = n.importAtMinistry(second.exportBundle());
    REQUIRE(report.ok());

    CHECK(report->probableDuplicates == 1);
    CHECK(countRows(n.ministry.db(), QStringLiteral("SELECT count(*) FROM residents")) == 2);
    const auto queued = ReviewQueue(n.ministry.db()).duplicates();
    REQUIRE(queued->size() == 1);
    CHECK(queued->first().score >= 0.8);
    ReviewQueue review(n.ministry.db());
    const DuplicateEntry pair = queued->first();

    SECTION("two different children: the pair leaves the queue, both files stay")
    {
        REQUIRE(review.markDifferentChildren(pair.id).ok());
        CHECK(review.duplicates()->isEmpty());
        CHECK_FALSE(review.markDifferentChildren(pair.id).ok());
        CHECK(countRows(n.ministry.db(), QStringLiteral("SELECT count(*) FROM residents WHERE deleted = 0"))
              == 2);
    }
    SECTION("one child: one file stays with the records of both, and stays so after the site's next bundle")
    {
        const QString keep = pair.residentId;
        const QString drop = pair.otherId;
        CHECK_FALSE(review.mergeDuplicates(pair.id, QStringLiteral("someone-else")).ok());
        // Give each file a stay at its own house first.
        for (SyncNetwork::Site* at : { &n.site(), &second }) {
            const QString id
                = countRows(at->db(),
                            QStringLiteral("SELECT count(*) FROM residents WHERE id = '%1'").arg(keep))
                ? keep
                : drop;
            REQUIRE(StayStore(at->db()).admit(id, at->db().site().institutionId, QDate(2025, 9, 1), {}).ok());
            REQUIRE(n.importAtMinistry(at->exportBundle(QStringLiteral("stay.bundle"))).ok());
        }
        REQUIRE(review.mergeDuplicates(pair.id, keep).ok());
        CHECK(review.duplicates()->isEmpty());
        CHECK(countRows(n.ministry.db(), QStringLiteral("SELECT count(*) FROM residents WHERE deleted = 0"))
              == 1);
        CHECK(n.ministry.db()
                  .writer()
                  .read(QStringLiteral("residents"), drop)
                  .value(QStringLiteral("merged_into"))
              == keep);
        CHECK(StayStore(n.ministry.db()).staysOf(keep)->size() == 2);
        // The kept file took the father's name it lacked from the other.
        CHECK_FALSE(n.ministry.db()
                        .writer()
                        .read(QStringLiteral("residents"), keep)
                        .value(QStringLiteral("father_name"))
                        .toString()
                        .isEmpty());

        // The merged file's site edits it later: it stays merged at the ministry.
        SyncNetwork::Site& dropSite
            = countRows(second.db(),
                        QStringLiteral("SELECT count(*) FROM residents WHERE id = '%1'").arg(drop))
            ? second
            : n.site();
        Resident edited = *ResidentStore(dropSite.db()).get(drop);
        edited.schoolName = QStringLiteral("Lycée");
        REQUIRE(ResidentStore(dropSite.db()).update(edited).ok());
        REQUIRE(n.importAtMinistry(dropSite.exportBundle(QStringLiteral("later.bundle"))).ok());
        CHECK(countRows(n.ministry.db(), QStringLiteral("SELECT count(*) FROM residents WHERE deleted = 0"))
              == 1);
        CHECK(n.ministry.db()
                  .writer()
                  .read(QStringLiteral("residents"), drop)
                  .value(QStringLiteral("merged_into"))
              == keep);
        CHECK_FALSE(review.mergeDuplicates(pair.id, keep).ok()); // decided already
    }
}

TEST_CASE(
    "a decision on a probable duplicate can be undone, audited; an undone merge gives each file its own")
{
    SyncNetwork n;
    SyncNetwork::Site& second = n.addSite();
    REQUIRE(ResidentStore(n.site().db()).create(TempDatabase::sampleResident()).ok());
    Resident again = TempDatabase::sampleResident(); // the same child, typed in Latin at the second house
    again.firstName = QStringLiteral("Fatema");
    again.lastName = QStringLiteral("Ait Ali");
    again.firstNameLatin.clear();
    again.lastNameLatin.clear();
    again.fatherName = QStringLiteral("Mohamed");
    REQUIRE(ResidentStore(second.db()).create(again).ok());
    REQUIRE(n.importAtMinistry(n.site().exportBundle()).ok());
    REQUIRE(n.importAtMinistry(second.exportBundle()).ok());
    Database& hub = n.ministry.db();
    ReviewQueue review(hub);
    const auto queued = review.duplicates();
    REQUIRE(queued->size() == 1);
    const DuplicateEntry pair = queued->first();
    const auto audited = [&](const char* action) {
        return countRows(
            hub,
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1'").arg(QLatin1String(action)));
    };
    const auto fatherOf = [&](const QString& id) {
        return hub.writer()
            .read(QStringLiteral("residents"), id)
            .value(QStringLiteral("father_name"))
            .toString();
    };
    // The Arabic file has no father's name; the Latin one has.
    const QString arabicFile = fatherOf(pair.residentId).isEmpty() ? pair.residentId : pair.otherId;
    const QString latinFile = arabicFile == pair.residentId ? pair.otherId : pair.residentId;

    CHECK_FALSE(review.undoDuplicateDecision(pair.id).ok()); // nothing decided yet
    SECTION("two different children: withdrawn, the pair waits again")
    {
        REQUIRE(review.markDifferentChildren(pair.id).ok());
        REQUIRE(review.decidedDuplicates()->size() == 1);
        CHECK(review.decidedDuplicates()->first().decision == QStringLiteral("different"));
        REQUIRE(review.undoDuplicateDecision(pair.id).ok());
        CHECK(review.duplicates()->size() == 1);
        CHECK(review.decidedDuplicates()->isEmpty());
        CHECK(audited("undo-duplicate-decision") == 1);
        CHECK_FALSE(review.undoDuplicateDecision(pair.id).ok()); // undone already
        REQUIRE(review.mergeDuplicates(pair.id, arabicFile).ok()); // and it can be decided again
    }
    SECTION("a merge undone: both files open again with their own details and stays")
    {
        for (SyncNetwork::Site* at : { &n.site(), &second }) {
            const QString id = ResidentStore(at->db()).list({ .limit = 10 })->first().id;
            REQUIRE(StayStore(at->db()).admit(id, at->db().site().institutionId, QDate(2025, 9, 1), {}).ok());
            REQUIRE(n.importAtMinistry(at->exportBundle(QStringLiteral("stay.bundle"))).ok());
        }
        REQUIRE(review.mergeDuplicates(pair.id, arabicFile).ok());
        CHECK(fatherOf(arabicFile) == QStringLiteral("Mohamed")); // taken from the other
        CHECK(StayStore(hub).staysOf(arabicFile)->size() == 2);

        QStringList stayed;
        REQUIRE(review.undoDuplicateDecision(pair.id, &stayed).ok());
        CHECK(stayed.isEmpty());
        CHECK(countRows(hub, QStringLiteral("SELECT count(*) FROM residents WHERE deleted = 0")) == 2);
        CHECK(countRows(hub, QStringLiteral("SELECT count(*) FROM residents WHERE merged_into IS NOT NULL"))
              == 0);
        CHECK(fatherOf(arabicFile).isEmpty()); // given back
        CHECK(fatherOf(latinFile) == QStringLiteral("Mohamed"));
        CHECK(StayStore(hub).staysOf(arabicFile)->size() == 1);
        CHECK(StayStore(hub).staysOf(latinFile)->size() == 1);
        CHECK(review.duplicates()->size() == 1);
        CHECK(audited("undo-duplicate-decision") == 1);
        const auto chain = AuditQuery::verify(hub);
        REQUIRE(chain.ok());
        CHECK(chain->intact);

        // The reopened file takes its site's later changes again.
        SyncNetwork::Site& latinSite
            = countRows(second.db(),
                        QStringLiteral("SELECT count(*) FROM residents WHERE id = '%1'").arg(latinFile))
            ? second
            : n.site();
        Resident edited = *ResidentStore(latinSite.db()).get(latinFile);
        edited.schoolName = QStringLiteral("Lycée");
        REQUIRE(ResidentStore(latinSite.db()).update(edited).ok());
        REQUIRE(n.importAtMinistry(latinSite.exportBundle(QStringLiteral("later.bundle"))).ok());
        CHECK(ResidentStore(hub).get(latinFile)->schoolName == QStringLiteral("Lycée"));
    }
    SECTION("a detail the kept file took and someone changed since stays")
    {
        REQUIRE(review.mergeDuplicates(pair.id, arabicFile).ok());
        Resident kept = *ResidentStore(hub).get(arabicFile);
        kept.fatherName = QStringLiteral("محمد");
        REQUIRE(ResidentStore(hub).update(kept).ok());
        QStringList stayed;
        REQUIRE(review.undoDuplicateDecision(pair.id, &stayed).ok());
        CHECK(stayed == QStringList { QStringLiteral("father_name") });
        CHECK(fatherOf(arabicFile) == QStringLiteral("محمد"));
    }
    SECTION("a merge made before schema 10 kept too little to be undone, and nothing changes")
    {
        REQUIRE(review.mergeDuplicates(pair.id, arabicFile).ok());
        REQUIRE(SqlQuery::execute(hub.connection(),
                                  QStringLiteral("UPDATE duplicate_candidates SET merge_filled = NULL")));
        const Status undone = review.undoDuplicateDecision(pair.id);
        REQUIRE_FALSE(undone.ok());
        CHECK(undone.error().kind == Error::Kind::Refused);
        CHECK(countRows(hub, QStringLiteral("SELECT count(*) FROM residents WHERE deleted = 0")) == 1);
        CHECK(audited("undo-duplicate-decision") == 0);
    }
}
