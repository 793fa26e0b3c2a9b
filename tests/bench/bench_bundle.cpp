// Bundle export and import of a site's demo data, against the physical limit measured in
// the same run (BareUpsert.h: as many rows upserted into a bare table; targets in
// docs/performance.md: import within 2x, export within 1x), and, as a second line, the same
// rows upserted by SQLite alone into the same schema.
// Usage: bench_bundle [--residents N] [--presence-days D]   (default 4,500: one house holds at most 5,000
// places; about 26,000 records)
#include "BareUpsert.h"
#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "security/KeyStore.h"
#include "security/SignedDocument.h"
#include "site/SiteSetup.h"
#include "sync/BundleExchange.h"
#include "sync/TrustStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDriver>
#include <QTemporaryDir>
#include <cstdio>
#include <sqlite3.h>

namespace {

const QByteArray kPassphrase("benchmark passphrase");

std::unique_ptr<riaya::Database> makeDatabase(const QString& path, bool ministry)
{
    auto db = riaya::Database::open(path, riaya::Database::OpenMode::CreateIfMissing);
    riaya::SiteSettings settings;
    settings.name = ministry ? QStringLiteral("Ministry") : QStringLiteral("Dar Taliba");
    settings.ministry = ministry;
    if (!db || !riaya::SiteSetup::initialise(**db, settings).ok()
        || !riaya::KeyStore(**db).create(kPassphrase).ok()) {
        std::fprintf(stderr, "cannot set up %s\n", qPrintable(path));
        std::exit(1);
    }
    return std::move(*db);
}

sqlite3* handleOf(riaya::Database& db)
{
    return *static_cast<sqlite3* const*>(db.connection().driver()->handle().constData());
}

// The same rows, upserted by SQLite alone into the same tables (same indexes and search
// triggers), one prepared statement per table and one transaction. Reading the source rows
// is part of it, as reading the bundle is of an import.
double sameSchemaUpsert(const QString& source, riaya::Database& target)
{
    sqlite3* src = nullptr;
    sqlite3_open_v2(source.toUtf8().constData(), &src, SQLITE_OPEN_READONLY, nullptr);
    sqlite3* db = handleOf(target);
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    for (const char* table : { "institutions", "users", "residents", "stays", "presence", "school_results",
                               "incidents", "month_reports" }) {
        sqlite3_stmt* read = nullptr;
        sqlite3_prepare_v2(src, (QByteArray("SELECT * FROM ") + table).constData(), -1, &read, nullptr);
        const int columns = sqlite3_column_count(read);
        QByteArrayList names, marks, updates;
        for (int i = 0; i < columns; ++i) {
            const QByteArray name = sqlite3_column_name(read, i);
            names << name;
            marks << "?";
            updates << name + "=excluded." + name;
        }
        const QByteArray sql = QByteArray("INSERT INTO ") + table + " (" + names.join(',') + ") VALUES ("
            + marks.join(',') + ") ON CONFLICT (id) DO UPDATE SET " + updates.join(',');
        sqlite3_stmt* write = nullptr;
        sqlite3_prepare_v2(db, sql.constData(), -1, &write, nullptr);
        while (sqlite3_step(read) == SQLITE_ROW) {
            for (int i = 0; i < columns; ++i) {
                sqlite3_bind_value(write, i + 1, sqlite3_column_value(read, i));
            }
            if (sqlite3_step(write) != SQLITE_DONE) {
                std::fprintf(stderr, "baseline upsert failed: %s\n", sqlite3_errmsg(db));
                std::exit(1);
            }
            sqlite3_reset(write);
        }
        sqlite3_finalize(write);
        sqlite3_finalize(read);
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    sqlite3_close(src);
    return seconds;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("residents"), QStringLiteral("Demo residents (default 4500)."),
                       QStringLiteral("N"), QStringLiteral("4500") });
    parser.addOption({ QStringLiteral("presence-days"),
                       QStringLiteral("Days of presence marks (default 3; 18 makes about 100,000 changes)."),
                       QStringLiteral("D"), QStringLiteral("3") });
    parser.process(app);
    printBenchHeader("bench_bundle");
    QTemporaryDir dir;
    auto site = makeDatabase(dir.filePath(QStringLiteral("site.db")), false);
    auto ministry = makeDatabase(dir.filePath(QStringLiteral("ministry.db")), true);
    const riaya::UnlockedKeys siteKeys = *riaya::KeyStore(*site).unlock(kPassphrase);
    const riaya::UnlockedKeys ministryKeys = *riaya::KeyStore(*ministry).unlock(kPassphrase);
    const QString profile = dir.filePath(QStringLiteral("profile"));
    const QString identity = dir.filePath(QStringLiteral("identity"));
    const bool trusted = riaya::SignedDocument::writeFile(
                             profile, *riaya::TrustStore(*ministry).exportOwnIdentity(ministryKeys))
                             .ok()
        && riaya::SignedDocument::writeFile(identity, *riaya::TrustStore(*site).exportOwnIdentity(siteKeys))
               .ok()
        && riaya::TrustStore(*site).loadProfile(profile).ok()
        && riaya::TrustStore(*ministry).enrol(identity).ok();
    if (!trusted) {
        std::fprintf(stderr, "cannot make the site and the ministry trust each other\n");
        return 1;
    }

    riaya::DemoSettings demo;
    demo.residents = parser.value(QStringLiteral("residents")).toInt();
    demo.presenceDays = parser.value(QStringLiteral("presence-days")).toInt();
    if (const auto made = riaya::DemoGenerator::generate(*site, demo); !made) {
        std::fprintf(stderr, "demo failed: %s\n", qPrintable(made.error().describe()));
        return 1;
    }
    const QString bundle = dir.filePath(QStringLiteral("site.bundle"));
    resetPeakMemory();
    QElapsedTimer timer;
    timer.start();
    const auto exported = riaya::BundleExchange(*site).exportTo(bundle, {}, siteKeys);
    const double exportSeconds = static_cast<double>(timer.elapsed()) / 1000.0;
    timer.restart();
    const auto imported = riaya::BundleExchange(*ministry).importFile(bundle, ministryKeys);
    const double importSeconds = static_cast<double>(timer.elapsed()) / 1000.0;
    const long peak = peakMemoryMiB();
    if (!exported || !imported) {
        std::fprintf(stderr, "export or import failed\n");
        return 1;
    }
    const QString sitePath = site->path();
    site.reset();
    const qint64 records = exported->manifest.records;
    const double bare = bareUpsertSeconds(dir.filePath(QStringLiteral("bare.db")), records, 200);
    auto target = makeDatabase(dir.filePath(QStringLiteral("baseline.db")), true);
    const double sameSchema = sameSchemaUpsert(sitePath, *target);
    std::printf("%lld records, bundle of %.1f MiB\n", static_cast<long long>(records),
                static_cast<double>(QFileInfo(bundle).size()) / (1 << 20));
    std::printf("export: %.2f s (%.0f records/s); import: %.2f s (%.0f records/s)\n", exportSeconds,
                records / exportSeconds, importSeconds, records / importSeconds);
    std::printf("baseline, bare-table upsert of as many rows: %.2f s\n", bare);
    std::printf("ratio to it: export %.1fx (target 1x), import %.1fx (target 2x)\n", exportSeconds / bare,
                importSeconds / bare);
    std::printf("second line, the same rows upserted into the same schema: %.2f s (import %.1fx)\n",
                sameSchema, importSeconds / sameSchema);
    std::printf("peak memory during export and import: %ld MiB (target under 150 MiB)\n", peak);
    return 0;
}
