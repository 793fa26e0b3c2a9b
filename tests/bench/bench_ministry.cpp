// The ministry's month: 1,000 site bundles totalling about 1,000,000 changes imported in one
// run, as `riaya-cli bundle import` of many files does (target in docs/performance.md: 20 s,
// under 250 MiB), with the peak memory of the import alone. Each bundle is a
// different house: a demo house's records under new ids, a site of its own (enrolled from a
// signed identity, as a clerk would), birth dates moved so children of different sites are
// not all probable duplicates of each other. The baseline is the physical limit measured in
// the same run: as many rows upserted into a bare table (BareUpsert.h).
// Usage: bench_ministry [--bundles N] [--residents-per-house N]
#include "BareUpsert.h"
#include "common/CanonicalJson.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "db/SqlQuery.h"
#include "demo/DemoGenerator.h"
#include "security/KeyStore.h"
#include "security/SignedDocument.h"
#include "site/SiteSetup.h"
#include "sync/BundleExchange.h"
#include "sync/BundleFile.h"
#include "sync/TrustStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <cstdio>
#include <sodium.h>

using namespace riaya;

namespace {

const QByteArray kPassphrase("benchmark passphrase");

[[noreturn]] void die(const QString& what)
{
    std::fprintf(stderr, "%s\n", qPrintable(what));
    std::exit(1);
}

std::unique_ptr<Database> makeDatabase(const QString& path, const QString& name, bool ministry)
{
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    SiteSettings settings;
    settings.name = name;
    settings.ministry = ministry;
    if (!db || !SiteSetup::initialise(**db, settings).ok()) {
        die(QStringLiteral("cannot set up ") + path);
    }
    return std::move(*db);
}

UnlockedKeys seededKeys(int n)
{
    UnlockedKeys keys;
    keys.publicKeys.sign = QByteArray(crypto_sign_PUBLICKEYBYTES, '\0');
    keys.signSecret = QByteArray(crypto_sign_SECRETKEYBYTES, '\0');
    keys.publicKeys.box = QByteArray(crypto_box_PUBLICKEYBYTES, '\0');
    keys.boxSecret = QByteArray(crypto_box_SECRETKEYBYTES, '\0');
    unsigned char seed[32] = {};
    std::memcpy(seed, &n, sizeof n);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(keys.publicKeys.sign.data()),
                             reinterpret_cast<unsigned char*>(keys.signSecret.data()), seed);
    crypto_box_seed_keypair(reinterpret_cast<unsigned char*>(keys.publicKeys.box.data()),
                            reinterpret_cast<unsigned char*>(keys.boxSecret.data()), seed);
    return keys;
}

// One demo house's records, parents first, as (table, row).
using House = QList<std::pair<QString, QVariantMap>>;

QList<House> readHouses(Database& source)
{
    QList<House> houses;
    SqlQuery institutions(source.connection(), QStringLiteral("SELECT id FROM institutions ORDER BY id"));
    if (!institutions.exec()) {
        die(institutions.errorText());
    }
    const QList<std::pair<QString, QString>> parts {
        { QStringLiteral("institutions"), QStringLiteral("SELECT * FROM institutions WHERE id = :i") },
        { QStringLiteral("residents"),
          QStringLiteral("SELECT * FROM residents WHERE institution_id = :i OR id IN"
                         " (SELECT resident_id FROM stays WHERE institution_id = :i)") },
        { QStringLiteral("stays"), QStringLiteral("SELECT * FROM stays WHERE institution_id = :i") },
        { QStringLiteral("presence"), QStringLiteral("SELECT * FROM presence WHERE institution_id = :i") },
        { QStringLiteral("school_results"),
          QStringLiteral("SELECT s.* FROM school_results s JOIN residents r ON r.id = s.resident_id"
                         " WHERE r.institution_id = :i") },
        { QStringLiteral("incidents"), QStringLiteral("SELECT * FROM incidents WHERE institution_id = :i") },
    };
    while (institutions.next()) {
        House house;
        for (const auto& [table, sql] : parts) {
            SqlQuery rows(source.connection(), sql);
            rows.bind(QStringLiteral(":i"), institutions.value(0));
            if (!rows.exec()) {
                die(rows.errorText());
            }
            while (rows.next()) {
                house.append({ table, rows.row() });
            }
        }
        houses.append(house);
    }
    return houses;
}

// The house's records as those of site n: every id made unique to it, its origin, and
// birth dates moved by 15 months per round of houses.
QByteArray asSite(const QString& table, QVariantMap row, int n, int round, const QString& site)
{
    const QString prefix = QStringLiteral("%1").arg(n, 4, 16, QLatin1Char('0'));
    for (const char* key : { "id", "resident_id", "institution_id" }) {
        const auto it = row.find(QLatin1String(key));
        if (it != row.end() && !it->isNull()) {
            *it = prefix + it->toString().mid(4);
        }
    }
    if (const auto ids = row.find(QStringLiteral("resident_ids")); ids != row.end()) {
        QStringList remapped;
        for (const QJsonValue id : QJsonDocument::fromJson(ids->toString().toUtf8()).array()) {
            remapped << prefix + id.toString().mid(4);
        }
        *ids = QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(remapped)).toJson(QJsonDocument::Compact));
    }
    row.insert(QStringLiteral("origin_site"), site);
    if (table == QLatin1String("residents")) {
        const QDate born = QDate::fromString(row.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
        // 15 months a round puts each round in other birth years (namesakes a year apart are
        // probable duplicates); no child is made older than a resident may be (30, checked at
        // import like a local edit), which the demo's oldest would be by the tenth round.
        const QDate oldest = QDate::currentDate().addYears(-29);
        row.insert(QStringLiteral("birth_date"),
                   std::max(born.addMonths(-15 * round), oldest).toString(Qt::ISODate));
    }
    return "{\"r\":" + canonicalJson(row) + ",\"t\":\"" + table.toLatin1() + "\"}";
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("bundles"), QStringLiteral("Site bundles (default 1000)."),
                       QStringLiteral("N"), QStringLiteral("1000") });
    parser.addOption({ QStringLiteral("houses"),
                       QStringLiteral("Demo houses they are made from (default 100)."), QStringLiteral("N"),
                       QStringLiteral("100") });
    parser.addOption({ QStringLiteral("residents"), QStringLiteral("Demo residents (default 17000)."),
                       QStringLiteral("N"), QStringLiteral("17000") });
    parser.process(app);
    if (sodium_init() < 0) {
        die(QStringLiteral("libsodium"));
    }
    const int bundles = parser.value(QStringLiteral("bundles")).toInt();
    printBenchHeader("bench_ministry");
    QTemporaryDir dir;

    auto source = makeDatabase(dir.filePath(QStringLiteral("source.db")), QStringLiteral("Demo"), true);
    DemoSettings demo;
    demo.residents = parser.value(QStringLiteral("residents")).toInt();
    demo.institutions = parser.value(QStringLiteral("houses")).toInt();
    if (!DemoGenerator::generate(*source, demo)) {
        die(QStringLiteral("demo failed"));
    }
    QList<House> houses = readHouses(*source);
    source.reset();

    auto ministry
        = makeDatabase(dir.filePath(QStringLiteral("ministry.db")), QStringLiteral("Ministry"), true);
    if (!KeyStore(*ministry).create(kPassphrase)) {
        die(QStringLiteral("keys"));
    }
    const UnlockedKeys ministryKeys = *KeyStore(*ministry).unlock(kPassphrase);
    QElapsedTimer timer;
    timer.start();
    QStringList files;
    qint64 total = 0;
    for (int n = 0; n < bundles; ++n) {
        const House& house = houses.at(n % houses.size());
        const QString site = QStringLiteral("site-%1").arg(n, 4, 10, QLatin1Char('0'));
        const UnlockedKeys keys = seededKeys(n + 1);
        const QVariantMap identity {
            { QStringLiteral("format"), QLatin1String(kIdentityFormat) },
            { QStringLiteral("site_id"), site },
            { QStringLiteral("name"), site },
            { QStringLiteral("sign_key"), QString::fromLatin1(keys.publicKeys.sign.toBase64()) },
            { QStringLiteral("box_key"), QString::fromLatin1(keys.publicKeys.box.toBase64()) },
            { QStringLiteral("created_at"), QStringLiteral("2026-11-01T00:00:00Z") }
        };
        const QString identityFile = dir.filePath(site + QStringLiteral(".identity"));
        if (!SignedDocument::writeFile(identityFile, SignedDocument::sign(identity, keys.signSecret))
            || !TrustStore(*ministry).enrol(identityFile)) {
            die(QStringLiteral("cannot enrol ") + site);
        }
        BundleManifest manifest;
        manifest.bundleId = QStringLiteral("bundle-") + site;
        manifest.senderSite = site;
        manifest.senderName = site;
        manifest.recipientSite = ministry->site().id;
        manifest.sequence = 1;
        manifest.schema = latestSchemaVersion();
        manifest.records = house.size();
        for (const auto& [table, row] : house) {
            manifest.counts.insert(table, manifest.counts.value(table).toInt() + 1);
        }
        const QString file = dir.filePath(site + QStringLiteral(".bundle"));
        const int round = n / static_cast<int>(houses.size());
        const auto written
            = BundleFile::write(file, manifest, keys, ministryKeys.publicKeys.box,
                                [&](const BundleFile::LineSink& sink) -> Status {
                                    for (const auto& [table, row] : house) {
                                        if (Status s = sink(asSite(table, row, n, round, site)); !s) {
                                            return s;
                                        }
                                    }
                                    return {};
                                });
        if (!written) {
            die(written.error().describe());
        }
        files << file;
        total += manifest.records;
    }
    const double exportSeconds = static_cast<double>(timer.elapsed()) / 1000.0;
    houses.clear();
    houses.squeeze();
    const double bare = bareUpsertSeconds(dir.filePath(QStringLiteral("bare.db")), total, 200);

    resetPeakMemory();
    timer.restart();
    qint64 duplicates = 0;
    QList<qint64> perBundle;
    for (const QString& file : std::as_const(files)) {
        QElapsedTimer one;
        one.start();
        const auto imported = BundleExchange(*ministry).importFile(file, ministryKeys);
        if (!imported || imported->inserted != imported->manifest.records) {
            die(QStringLiteral("import of %1 failed: %2")
                    .arg(file, imported ? QStringLiteral("not all new") : imported.error().describe()));
        }
        duplicates += imported->probableDuplicates;
        perBundle << one.elapsed();
    }
    const double importSeconds = static_cast<double>(timer.elapsed()) / 1000.0;
    std::sort(perBundle.begin(), perBundle.end());
    const long peak = peakMemoryMiB();
    std::printf("%d bundles, %lld records (made and signed in %.1f s)\n", bundles,
                static_cast<long long>(total), exportSeconds);
    std::printf("import at the ministry: %.1f s (%.0f records/s; target 20 s); per bundle p50 %lld ms,"
                " p95 %lld ms, last %lld ms\n",
                importSeconds, static_cast<double>(total) / importSeconds, perBundle.at(perBundle.size() / 2),
                perBundle.at(perBundle.size() * 95 / 100), perBundle.last());
    std::printf("baseline, bare-table upsert of as many rows: %.1f s; ratio %.1fx\n", bare,
                importSeconds / bare);
    std::printf("probable duplicates queued: %lld\n", static_cast<long long>(duplicates));
    std::printf("peak memory of the import: %ld MiB (target under 250 MiB)\n", peak);
    return 0;
}
