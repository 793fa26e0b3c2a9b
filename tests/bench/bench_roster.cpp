// Roster import from spreadsheets (targets in docs/performance.md: a 10,000-row roster checked
// in a dry run within 2 s and imported within 10 s; memory bounded for a 100,000-row file).
// The baseline is the physical limit, measured in the same run: a plain upsert of as many rows
// into a bare table (text primary key, random UUIDs, WAL, synchronous=FULL, one transaction,
// one prepared INSERT ... ON CONFLICT, no other index or trigger).
// Usage: bench_roster [--rows N] [--large-rows M]   (defaults 10,000 and 100,000)
#include "db/Database.h"
#include "demo/WordList.h"
#include "roster/RosterFile.h"
#include "roster/RosterImport.h"
#include "site/SiteSetup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>
#include <cstdio>
#include <sqlite3.h>
#include <sys/resource.h>
#include <xlsxwriter.h>

namespace {

const char* const kLevels[]
    = { "الأولى إعدادي", "الثانية إعدادي", "الثالثة إعدادي", "الجذع المشترك", "1BAC", "2BAC" };
const char* const kHeaders[]
    = { "الاسم العائلي", "الاسم الشخصي", "الجنس", "تاريخ الازدياد", "المستوى الدراسي", "رمز مسار" };

// Names drawn as the demo draws them (its word lists: 300 family names, 120 girls' names), so
// the search for probable duplicates meets the likenesses a real roster has.
QStringList rowOf(int i, QRandomGenerator& random)
{
    static const QList<riaya::Word> family = riaya::loadWordList(QStringLiteral("family_names"));
    static const QList<riaya::Word> first = riaya::loadWordList(QStringLiteral("first_names_female"));
    const QDate born = QDate(2008, 1, 1).addDays(random.bounded(8 * 365));
    return { family[random.bounded(static_cast<int>(family.size()))].arabic,
             first[random.bounded(static_cast<int>(first.size()))].arabic,
             QStringLiteral("أنثى"),
             born.toString(QStringLiteral("dd/MM/yyyy")),
             QString::fromUtf8(kLevels[random.bounded(6)]),
             QStringLiteral("G%1").arg(100000000 + i) };
}

void writeCsv(const QString& path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        std::exit(1);
    }
    QRandomGenerator random(17);
    QStringList headers;
    for (const char* header : kHeaders) {
        headers.append(QString::fromUtf8(header));
    }
    file.write("\xEF\xBB\xBF" + headers.join(QLatin1Char(';')).toUtf8() + "\r\n");
    for (int i = 0; i < rows; ++i) {
        file.write(rowOf(i, random).join(QLatin1Char(';')).toUtf8() + "\r\n");
    }
}

void writeXlsx(const QString& path, int rows)
{
    lxw_workbook_options options { LXW_TRUE, nullptr, LXW_FALSE };
    lxw_workbook* book = workbook_new_opt(path.toUtf8().constData(), &options);
    lxw_worksheet* sheet = workbook_add_worksheet(book, nullptr);
    for (int c = 0; c < 6; ++c) {
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), kHeaders[c], nullptr);
    }
    QRandomGenerator random(17);
    for (int i = 0; i < rows; ++i) {
        const QStringList cells = rowOf(i, random);
        for (int c = 0; c < 6; ++c) {
            worksheet_write_string(sheet, static_cast<lxw_row_t>(i + 1), static_cast<lxw_col_t>(c),
                                   cells[c].toUtf8().constData(), nullptr);
        }
    }
    workbook_close(book);
}

std::unique_ptr<riaya::Database> makeHouse(const QString& path)
{
    auto db = riaya::Database::open(path, riaya::Database::OpenMode::CreateIfMissing);
    riaya::SiteSettings settings;
    settings.name = QStringLiteral("Dar Taliba");
    // A file of more children than any house holds: registered without admission, as at an
    // office; admissions are measured by the tests, not here.
    settings.withInstitution = false;
    if (!db || !riaya::SiteSetup::initialise(**db, settings).ok()) {
        std::fprintf(stderr, "cannot set up %s\n", qPrintable(path));
        std::exit(1);
    }
    return std::move(*db);
}

double bareUpsert(const QString& path, int rows)
{
    sqlite3* db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                 "CREATE TABLE t (id TEXT PRIMARY KEY, a TEXT, b TEXT, c TEXT, d TEXT, e TEXT, f TEXT)",
                 nullptr, nullptr, nullptr);
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(
        db,
        "INSERT INTO t VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(id) DO UPDATE SET "
        "a = excluded.a, b = excluded.b, c = excluded.c, d = excluded.d, e = excluded.e, f = excluded.f",
        -1, &insert, nullptr);
    QRandomGenerator random(17);
    for (int i = 0; i < rows; ++i) {
        const QByteArray id = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const QStringList cells = rowOf(i, random);
        sqlite3_bind_text(insert, 1, id.constData(), static_cast<int>(id.size()), SQLITE_TRANSIENT);
        for (int c = 0; c < 6; ++c) {
            const QByteArray value = cells[c].toUtf8();
            sqlite3_bind_text(insert, c + 2, value.constData(), static_cast<int>(value.size()),
                              SQLITE_TRANSIENT);
        }
        sqlite3_step(insert);
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    sqlite3_close(db);
    return seconds;
}

long peakMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

double seconds(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

// Opens the file as the wizard does (first rows, mapping) and runs the dry run over it all.
double dryRun(riaya::Database& db, const QString& path, int expected)
{
    QElapsedTimer timer;
    timer.start();
    riaya::Result<riaya::RosterFile> file = riaya::openRosterFile(db, riaya::RosterKind::Residents, path);
    if (!file) {
        std::fprintf(stderr, "%s\n", qPrintable(file.error().message));
        std::exit(1);
    }
    const riaya::Result<riaya::RosterSummary> summary
        = riaya::RosterImport(db, file->mapping).dryRun(*file->reader);
    if (!summary || summary->added != expected) {
        std::fprintf(stderr, "dry run of %s: %d to add, %d expected\n", qPrintable(path),
                     summary ? summary->added : -1, expected);
        std::exit(1);
    }
    return seconds(timer);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("rows"), QStringLiteral("Rows of the roster (default 10,000)."),
                       QStringLiteral("N") });
    parser.addOption({ QStringLiteral("large-rows"),
                       QStringLiteral("Rows of the large file (default 100,000)."), QStringLiteral("N") });
    parser.process(app);
    const int rows
        = parser.isSet(QStringLiteral("rows")) ? parser.value(QStringLiteral("rows")).toInt() : 10'000;
    const int largeRows = parser.isSet(QStringLiteral("large-rows"))
        ? parser.value(QStringLiteral("large-rows")).toInt()
        : 100'000;

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("roster.csv"));
    const QString xlsx = dir.filePath(QStringLiteral("roster.xlsx"));
    writeCsv(csv, rows);
    writeXlsx(xlsx, rows);

    const double baseline = bareUpsert(dir.filePath(QStringLiteral("bare.db")), rows);
    std::printf("baseline: bare-table upsert of %d rows: %.3f s\n", rows, baseline);

    auto db = makeHouse(dir.filePath(QStringLiteral("house.db")));
    const double csvDry = dryRun(*db, csv, rows);
    const double xlsxDry = dryRun(*db, xlsx, rows);
    std::printf("dry run of %d rows, CSV:  %.2f s (target 2 s: %s), %.1fx baseline\n", rows, csvDry,
                csvDry <= 2 ? "met" : "NOT met", csvDry / baseline);
    std::printf("dry run of %d rows, XLSX: %.2f s (target 2 s: %s), %.1fx baseline\n", rows, xlsxDry,
                xlsxDry <= 2 ? "met" : "NOT met", xlsxDry / baseline);

    QElapsedTimer timer;
    timer.start();
    riaya::Result<riaya::RosterFile> file = riaya::openRosterFile(*db, riaya::RosterKind::Residents, xlsx);
    const riaya::Result<riaya::RosterSummary> done
        = riaya::RosterImport(*db, file->mapping)
              .run(*file->reader, riaya::RosterImport::Mode::AllOrNothing, QStringLiteral("roster.xlsx"));
    const double imported = seconds(timer);
    if (!done || done->added != rows || !done->written) {
        std::fprintf(stderr, "import failed\n");
        return 1;
    }
    std::printf("import of %d rows, XLSX: %.2f s (target 10 s: %s), %.1fx baseline\n", rows, imported,
                imported <= 10 ? "met" : "NOT met", imported / baseline);
    const long beforeLarge = peakMiB();
    std::printf("peak memory after the %d-row runs: %ld MiB\n", rows, beforeLarge);

    const QString large = dir.filePath(QStringLiteral("large.csv"));
    writeCsv(large, largeRows);
    auto other = makeHouse(dir.filePath(QStringLiteral("large.db")));
    const double largeDry = dryRun(*other, large, largeRows);
    std::printf("dry run of %d rows, CSV: %.2f s; peak memory %ld MiB (+%ld MiB for %.0fx the rows)\n",
                largeRows, largeDry, peakMiB(), peakMiB() - beforeLarge,
                static_cast<double>(largeRows) / rows);
    return 0;
}
