// The ministry's home page and reports on the demo hub of docs/performance.md (100,000
// residents in 1,000 institutions): the home page, each filter change, the list behind a
// figure, the national report as XLSX and PDF, and the aggregates computed again. Baseline in
// the same run: one plain scan of the stays the figures count (what reading the raw rows on
// each open would cost at least).
// Usage: bench_reports [--db EXISTING.db] [--residents N]
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "demo/DemoGenerator.h"
#include "print/ReportFiles.h"
#include "reports/Dashboard.h"
#include "reports/FigureLists.h"
#include "reports/MonthAggregates.h"
#include "reports/MonthlyReports.h"
#include "site/SiteSetup.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <cstdio>
#include <sys/resource.h>

namespace {

double msSince(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

long peakMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

void line(const char* what, double ms, double target)
{
    std::printf("%-46s %9.1f ms  (target %.0f ms: %s)\n", what, ms, target, ms <= target ? "met" : "NOT met");
}

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv); // the PDF needs fonts
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("db"), QStringLiteral("Use this demo hub."), QStringLiteral("PATH") });
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
        demo.presenceDays = 21;
        if (!db || !riaya::SiteSetup::initialise(**db, ministry).ok()
            || !riaya::DemoGenerator::generate(**db, demo).ok()) {
            std::fprintf(stderr, "cannot make the demo database\n");
            return 1;
        }
    }
    auto opened = riaya::Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().describe()));
        return 1;
    }
    riaya::Database& db = **opened;
    QElapsedTimer timer;

    timer.start();
    riaya::SqlQuery scan(db.connection(),
                         QStringLiteral("SELECT institution_id, count(*), sum(exited_on IS NULL)"
                                        " FROM stays WHERE deleted = 0 GROUP BY 1"));
    scan.exec();
    while (scan.next()) { }
    const double baseline = msSince(timer);

    timer.restart();
    const riaya::Result<int> rebuilt = riaya::MonthAggregates::rebuild(db);
    const double rebuild = msSince(timer);

    timer.restart();
    const riaya::Result<riaya::HomeFigures> home = riaya::Dashboard::ministry(db, {});
    const double homeMs = msSince(timer);
    if (!rebuilt || !home) {
        std::fprintf(stderr, "the figures failed\n");
        return 1;
    }
    const riaya::Result<riaya::FilterChoices> choices = riaya::Dashboard::choices(db);
    double worstFilter = 0;
    int filters = 0;
    for (const QString& region : choices ? choices->regions : QStringList()) {
        timer.restart();
        (void)riaya::Dashboard::ministry(db, { {}, region, {}, {}, {} });
        worstFilter = std::max(worstFilter, msSince(timer));
        ++filters;
    }
    timer.restart();
    const riaya::Result<riaya::ReportTable> list
        = riaya::FigureLists::open(db, home->figure(QStringLiteral("occupancy"))->query);
    const double listMs = msSince(timer);

    const QDate lastMonth = QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1).addMonths(-1);
    timer.restart();
    const riaya::Result<riaya::ReportDocument> national
        = riaya::MonthlyReports::national(db, { lastMonth, {}, {}, {}, {} });
    const double buildMs = msSince(timer);
    timer.restart();
    const riaya::Status xlsx = national
        ? riaya::writeReport(*national, dir.filePath(QStringLiteral("n.xlsx")))
        : riaya::Status(national.error());
    const double xlsxMs = msSince(timer) + buildMs;
    timer.restart();
    const riaya::Status pdf = national ? riaya::writeReport(*national, dir.filePath(QStringLiteral("n.pdf")))
                                       : riaya::Status(national.error());
    const double pdfMs = msSince(timer) + buildMs;

    std::printf("%s: %d institutions\n", qPrintable(path), *rebuilt);
    std::printf("%-46s %9.1f ms\n", "baseline: one scan of the stays", baseline);
    std::printf("%-46s %9.1f ms  (%.1fx the baseline)\n", "aggregates rebuilt from the records", rebuild,
                rebuild / baseline);
    line("ministry home page (figures and charts)", homeMs, 300);
    std::printf("%-46s %9.2fx the baseline\n", "", homeMs / baseline);
    line(qPrintable(QStringLiteral("worst of %1 region filters").arg(filters)), worstFilter, 100);
    line(qPrintable(QStringLiteral("list behind occupancy (%1 rows)").arg(list ? list->rows.size() : 0)),
         listMs, 300);
    line(xlsx ? "national report as XLSX" : "national report as XLSX (FAILED)", xlsxMs, 5000);
    line(pdf ? "national report as PDF" : "national report as PDF (FAILED)", pdfMs, 10000);
    std::printf("peak memory: %ld MiB\n", peakMiB());
    return 0;
}
