// Times `demo` at the size of docs/performance.md (100,000 residents in 1,000 institutions) and
// compares it with the physical limit measured in the same run: a plain SQLite bulk
// insert, through the C API in one transaction, of as many rows of the same width.
#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "site/SiteSetup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>
#include <sqlite3.h>
#include <sys/resource.h>

namespace {

double plainBulkInsert(const QString& path, int rows)
{
    sqlite3* db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA cache_size=-65536;"
                 "CREATE TABLE r (id TEXT PRIMARY KEY, a TEXT, b TEXT, c TEXT, d TEXT, e TEXT, f TEXT,"
                 " g TEXT, h TEXT, i INTEGER)",
                 nullptr, nullptr, nullptr);
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO r VALUES (?,?,?,?,?,?,?,?,?,?)", -1, &insert, nullptr);
    const QByteArray arabic = QStringLiteral("فاطمة أيت علي").toUtf8();
    for (int n = 0; n < rows; ++n) {
        const QByteArray id = QByteArray::number(0x1000000000LL + n, 16).rightJustified(36, '0');
        sqlite3_bind_text(insert, 1, id.constData(), static_cast<int>(id.size()), SQLITE_TRANSIENT);
        for (int column = 2; column <= 9; ++column) {
            sqlite3_bind_text(insert, column, arabic.constData(), static_cast<int>(arabic.size()),
                              SQLITE_STATIC);
        }
        sqlite3_bind_int(insert, 10, n);
        sqlite3_step(insert);
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    sqlite3_close(db);
    return seconds;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("residents"), QStringLiteral("Residents (default 100000)."),
                       QStringLiteral("N"), QStringLiteral("100000") });
    parser.addOption({ QStringLiteral("institutions"), QStringLiteral("Institutions (default 1000)."),
                       QStringLiteral("M"), QStringLiteral("1000") });
    parser.process(app);

    QTemporaryDir dir;
    auto db = riaya::Database::open(dir.filePath(QStringLiteral("bench.db")),
                                    riaya::Database::OpenMode::CreateIfMissing);
    riaya::SiteSettings ministry;
    ministry.name = QStringLiteral("Ministry");
    ministry.ministry = true;
    if (!db || !riaya::SiteSetup::initialise(**db, ministry).ok()) {
        std::fprintf(stderr, "cannot set up the benchmark database\n");
        return 1;
    }
    riaya::DemoSettings settings;
    settings.residents = parser.value(QStringLiteral("residents")).toInt();
    settings.institutions = parser.value(QStringLiteral("institutions")).toInt();
    QElapsedTimer timer;
    timer.start();
    auto summary = riaya::DemoGenerator::generate(**db, settings);
    const double demoSeconds = static_cast<double>(timer.elapsed()) / 1000.0;
    if (!summary) {
        std::fprintf(stderr, "demo failed: %s\n", qPrintable(summary.error().describe()));
        return 1;
    }
    db->reset();
    const int records = summary->institutions + summary->residents + summary->stays + summary->presence
        + summary->results + summary->incidents;
    const double baseline = plainBulkInsert(dir.filePath(QStringLiteral("baseline.db")), records);
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);

    std::printf("demo: %d residents in %d institutions = %d records in %.1f s (%.0f records/s)\n",
                summary->residents, summary->institutions, records, demoSeconds, records / demoSeconds);
    std::printf("baseline: plain SQLite bulk insert of %d rows in %.2f s\n", records, baseline);
    std::printf(
        "ratio demo/baseline: %.1fx (the demo also validates, stamps, journals and hash-chains the audit)\n",
        demoSeconds / baseline);
    std::printf("target: under 30 s for 100,000 residents: %s\n", demoSeconds < 30.0 ? "met" : "NOT met");
    std::printf("peak memory: %ld MiB\n", usage.ru_maxrss / 1024);
    return 0;
}
