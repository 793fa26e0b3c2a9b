// Times `demo` at the size of docs/performance.md (100,000 residents in 1,000 institutions) and
// compares it with the physical limit measured in the same run: as many rows upserted into a
// bare table (BareUpsert.h).
#include "BareUpsert.h"
#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "site/SiteSetup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("residents"), QStringLiteral("Residents (default 100000)."),
                       QStringLiteral("N"), QStringLiteral("100000") });
    parser.addOption({ QStringLiteral("institutions"), QStringLiteral("Institutions (default 1000)."),
                       QStringLiteral("M"), QStringLiteral("1000") });
    parser.process(app);
    printBenchHeader("bench_demo");

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
    const long peak = peakMemoryMiB();
    const double baseline = bareUpsertSeconds(dir.filePath(QStringLiteral("baseline.db")), records, 200);

    std::printf("demo: %d residents in %d institutions = %d records in %.1f s (%.0f records/s)\n",
                summary->residents, summary->institutions, records, demoSeconds, records / demoSeconds);
    std::printf("baseline, bare-table upsert of %d rows: %.2f s\n", records, baseline);
    std::printf(
        "ratio demo/baseline: %.1fx (the demo also validates, stamps, journals and hash-chains the audit)\n",
        demoSeconds / baseline);
    std::printf("target: under 30 s for 100,000 residents: %s\n", demoSeconds < 30.0 ? "met" : "NOT met");
    std::printf("peak memory: %ld MiB\n", peak);
    return 0;
}
