// Search as you type on the demo database of docs/performance.md: every prefix of realistic
// names, in both scripts, as a person types them, timed per keystroke in core. Baseline
// in the same run: a plain indexed lookup (a B-tree range on family names) per keystroke.
// Usage: bench_search [--db EXISTING.db] [--residents N]
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "demo/DemoGenerator.h"
#include "residents/ResidentStore.h"
#include "site/SiteSetup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

namespace {

struct Stats
{
    double p50, p95, max;
};

Stats summarize(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto at = [&ms](double q) { return ms[static_cast<size_t>(q * static_cast<double>(ms.size() - 1))]; };
    return { at(0.5), at(0.95), ms.back() };
}

// What people type: Arabic with and without hamza or taa marbuta, Latin spellings of
// Arabic names, identifiers.
const QStringList kTyped {
    QStringLiteral("فاطمه ايت"),       QStringLiteral("محمد العلوي"), QStringLiteral("احمد"),
    QStringLiteral("خديجة بن"),        QStringLiteral("يوسف أوحمو"),  QStringLiteral("Mohamed"),
    QStringLiteral("Fatima Ait"),      QStringLiteral("Youssef"),     QStringLiteral("Khadija Bennani"),
    QStringLiteral("el idrissi"),      QStringLiteral("Muhammad"),    QStringLiteral("زينب"),
    QStringLiteral("Brahim Ouhammou"), QStringLiteral("سعيد"),        QStringLiteral("Hajar"),
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        { QStringLiteral("db"), QStringLiteral("Use this demo database."), QStringLiteral("PATH") });
    parser.addOption({ QStringLiteral("residents"),
                       QStringLiteral("Demo size when no --db (default 100000)."), QStringLiteral("N"),
                       QStringLiteral("100000") });
    parser.process(app);

    QTemporaryDir dir;
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("bench.db"));
        auto db = riaya::Database::open(path, riaya::Database::OpenMode::CreateIfMissing);
        riaya::SiteSettings ministry;
        ministry.name = QStringLiteral("Ministry");
        ministry.ministry = true;
        riaya::DemoSettings demo;
        demo.residents = parser.value(QStringLiteral("residents")).toInt();
        demo.institutions = std::max(1, demo.residents / 100);
        if (!db || !riaya::SiteSetup::initialise(**db, ministry).ok()
            || !riaya::DemoGenerator::generate(**db, demo).ok()) {
            std::fprintf(stderr, "cannot make the demo database\n");
            return 1;
        }
    }
    auto db = riaya::Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().describe()));
        return 1;
    }
    riaya::ResidentStore store(**db);
    riaya::SqlQuery plain((*db)->connection(),
                          QStringLiteral("SELECT * FROM residents WHERE last_name >= :prefix "
                                         "ORDER BY last_name, first_name, id LIMIT 50"));
    std::vector<double> searchMs, listMs, baselineMs;
    int found = 0;
    for (int round = 0; round < 3; ++round) {
        for (const QString& name : kTyped) {
            for (qsizetype length = 1; length <= name.size(); ++length) {
                const QString typed = name.left(length);
                QElapsedTimer timer;
                timer.start();
                auto results = store.search(typed, 50);
                searchMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
                found += results ? static_cast<int>(results->size()) : 0;

                // What the window's list runs per keystroke: the best 200 matches and one more.
                timer.restart();
                riaya::ResidentQuery query;
                query.text = typed;
                query.limit = 201;
                (void)store.search(query);
                listMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);

                timer.restart();
                plain.bind(QStringLiteral(":prefix"), typed);
                plain.exec();
                while (plain.next()) { }
                baselineMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            }
        }
    }
    const Stats search = summarize(searchMs);
    const Stats list = summarize(listMs);
    const Stats baseline = summarize(baselineMs);
    std::printf("%zu keystrokes (%d results) on %s\n", searchMs.size(), found, qPrintable(path));
    std::printf("core search (riaya-cli residents search): p50 %.2f ms, p95 %.2f ms, max %.2f ms\n",
                search.p50, search.p95, search.max);
    std::printf("window list (best 200 matches):            p50 %.2f ms, p95 %.2f ms, max %.2f ms\n",
                list.p50, list.p95, list.max);
    std::printf("baseline indexed lookup:                   p50 %.2f ms, p95 %.2f ms, max %.2f ms\n",
                baseline.p50, baseline.p95, baseline.max);
    std::printf("ratio p95 search/baseline: %.1fx; target p95 under 10 ms: %s\n", search.p95 / baseline.p95,
                search.p95 < 10.0 ? "met" : "NOT met");
    return 0;
}
