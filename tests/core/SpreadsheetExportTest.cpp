// Reports and lists as spreadsheet files, read back by code that is not Riaya's: CSV by a
// parser of RFC 4180 (tests/support/Spreadsheets), XLSX by openpyxl.
#include "Spreadsheets.h"
#include "export/CsvExport.h"
#include "export/XlsxExport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace riaya;

namespace {

// A table with every kind of cell, and texts a CSV file must quote.
ReportTable occupancyTable()
{
    ReportTable table;
    table.title = QStringLiteral("الإشغال: نونبر/2026");
    table.columns = { { QStringLiteral("المؤسسة"), ReportColumn::Kind::Text },
                      { QStringLiteral("المقيمون"), ReportColumn::Kind::Integer },
                      { QStringLiteral("المعدل"), ReportColumn::Kind::Decimal },
                      { QStringLiteral("نسبة الحضور"), ReportColumn::Kind::Percent },
                      { QStringLiteral("آخر حزمة"), ReportColumn::Kind::Date } };
    table.rows = {
        { QStringLiteral("دار الطالبة; أيت أورير"), 42, 3.5, 0.25, QDate(2026, 11, 30) },
        { QStringLiteral("Dar \"Al Amal\"\nMarrakech"), 7, 0.125, 0.9375, QVariant() },
        { QStringLiteral("=HYPERLINK(\"http://x\")"), QVariant(), QVariant(), QVariant(), QDate(2026, 1, 2) },
    };
    table.totals = { QStringLiteral("المجموع"), 49, 3.625, 0.5, QVariant() };
    return table;
}

QString csvText(const QByteArray& bytes)
{
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    return QString::fromUtf8(bytes.mid(3));
}

QJsonObject cellAt(const QJsonObject& sheet, int row, int column)
{
    return sheet[QStringLiteral("rows")].toArray().at(row).toArray().at(column).toObject();
}

} // namespace

TEST_CASE("CSV: a byte-order mark, semicolons and decimal commas in Arabic and French, ',' and points in English")
{
    const ReportTable table = occupancyTable();
    CHECK(CsvExport::separator(QStringLiteral("ar")) == QLatin1Char(';'));
    CHECK(CsvExport::separator(QStringLiteral("fr")) == QLatin1Char(';'));
    CHECK(CsvExport::separator(QStringLiteral("en")) == QLatin1Char(','));

    const QByteArray arabic = CsvExport::toCsv(table, QStringLiteral("ar"));
    CHECK(arabic.contains("\r\n"));
    const QList<QStringList> records = parseCsv(csvText(arabic), QLatin1Char(';'));
    REQUIRE(records.size() == 5); // heading, three rows, totals
    CHECK(records.at(0)
          == QStringList { QStringLiteral("المؤسسة"), QStringLiteral("المقيمون"), QStringLiteral("المعدل"),
                           QStringLiteral("نسبة الحضور"), QStringLiteral("آخر حزمة") });
    // The separator, quotes and a line break inside a field survive, quoted.
    CHECK(records.at(1)
          == QStringList { QStringLiteral("دار الطالبة; أيت أورير"), QStringLiteral("42"),
                           QStringLiteral("3,5"), QStringLiteral("25%"), QStringLiteral("2026-11-30") });
    CHECK(records.at(2)
          == QStringList { QStringLiteral("Dar \"Al Amal\"\nMarrakech"), QStringLiteral("7"),
                           QStringLiteral("0,125"), QStringLiteral("93,75%"), QString() });
    // A text that a spreadsheet would run as a formula is made inert.
    CHECK(records.at(3).at(0) == QStringLiteral("'=HYPERLINK(\"http://x\")"));
    CHECK(records.at(3).mid(1)
          == QStringList { QString(), QString(), QString(), QStringLiteral("2026-01-02") });
    CHECK(records.at(4)
          == QStringList { QStringLiteral("المجموع"), QStringLiteral("49"), QStringLiteral("3,625"),
                           QStringLiteral("50%"), QString() });
    CHECK(arabic.contains("\"Dar \"\"Al Amal\"\"\nMarrakech\""));

    const QByteArray english = CsvExport::toCsv(table, QStringLiteral("en"));
    const QList<QStringList> en = parseCsv(csvText(english), QLatin1Char(','));
    REQUIRE(en.size() == 5);
    CHECK(en.at(1).mid(1)
          == QStringList { QStringLiteral("42"), QStringLiteral("3.5"), QStringLiteral("25%"),
                           QStringLiteral("2026-11-30") });
    CHECK(en.at(1).at(0) == QStringLiteral("دار الطالبة; أيت أورير")); // ';' needs no quotes here
    CHECK_FALSE(english.contains("\"دار"));
    CHECK(en.at(2).at(3) == QStringLiteral("93.75%"));
}

TEST_CASE("CSV of a document: its title and title block, then each table under its title after an empty line")
{
    ReportDocument document;
    document.title = QStringLiteral("Rapport mensuel");
    document.titleBlock = { { QStringLiteral("Maison"), QStringLiteral("Dar Taliba") },
                            { QStringLiteral("Mois"), QStringLiteral("novembre 2026") } };
    document.language = QStringLiteral("fr");
    document.tables = { occupancyTable(), occupancyTable() };
    document.tables[1].title = QStringLiteral("Deuxième");
    const QList<QStringList> records = parseCsv(csvText(CsvExport::toCsv(document)), QLatin1Char(';'));
    REQUIRE(records.size() == 3 + 2 * (1 + 1 + 5));
    CHECK(records.at(0) == QStringList { QStringLiteral("Rapport mensuel") });
    CHECK(records.at(1) == QStringList { QStringLiteral("Maison"), QStringLiteral("Dar Taliba") });
    CHECK(records.at(2) == QStringList { QStringLiteral("Mois"), QStringLiteral("novembre 2026") });
    CHECK(records.at(3) == QStringList { QString() });
    CHECK(records.at(4) == QStringList { QStringLiteral("الإشغال: نونبر/2026") });
    CHECK(records.at(5).size() == 5);
    CHECK(records.at(6).at(2) == QStringLiteral("3,5"));
    CHECK(records.at(10) == QStringList { QString() });
    CHECK(records.at(11) == QStringList { QStringLiteral("Deuxième") });
}

TEST_CASE("CSV files are written whole or not at all, and a refusal names the file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("liste.csv"));
    REQUIRE(CsvExport::write(occupancyTable(), path, QStringLiteral("fr")).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == CsvExport::toCsv(occupancyTable(), QStringLiteral("fr")));
    file.close();

    const QString missingFolder = dir.filePath(QStringLiteral("no/such/folder/liste.csv"));
    const Status refused = CsvExport::write(occupancyTable(), missingFolder, QStringLiteral("fr"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QDir::toNativeSeparators(missingFolder)));
    CHECK(refused.error().message.startsWith(QStringLiteral("Cannot write")));
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList { QStringLiteral("liste.csv") });
}

TEST_CASE("sheet names are what Excel accepts: short, without []:*?/\\, unique whatever the case")
{
    const QStringList names = XlsxExport::sheetNames(
        { QStringLiteral("Occupancy [by region]: 2026/11"), QStringLiteral("occupancy [BY REGION]: 2026/11"),
          QString(), QStringLiteral("'quoted'"),
          QStringLiteral("A very long title that goes on past the limit"),
          QStringLiteral("A very long title that goes on past the limit"), QStringLiteral("history") });
    REQUIRE(names.size() == 7);
    CHECK(names.at(0) == QStringLiteral("Occupancy by region 2026 11"));
    CHECK(names.at(1) == QStringLiteral("occupancy BY REGION 2026 11 (2)"));
    CHECK(names.at(2) == QStringLiteral("Table 3"));
    CHECK(names.at(3) == QStringLiteral("quoted"));
    CHECK(names.at(4) == QStringLiteral("A very long title that goes on"));
    CHECK(names.at(5) == QStringLiteral("A very long title that goes (2)"));
    CHECK(names.at(6) == QStringLiteral("history (2)"));
    for (const QString& name : names) {
        CHECK(name.size() <= 31);
    }
}

TEST_CASE("XLSX read back by openpyxl: typed cells, formats, a frozen bold heading, right to left in Arabic")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("occupancy.xlsx"));
    REQUIRE(XlsxExport::write(occupancyTable(), path, QStringLiteral("ar")).ok());
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden)
          == QStringList { QStringLiteral("occupancy.xlsx") });

    const QJsonObject book = readXlsx(path);
    const QJsonArray sheets = book[QStringLiteral("sheets")].toArray();
    REQUIRE(sheets.size() == 1);
    const QJsonObject sheet = sheets.at(0).toObject();
    CHECK(sheet[QStringLiteral("name")].toString() == QStringLiteral("الإشغال نونبر 2026"));
    CHECK(sheet[QStringLiteral("rightToLeft")].toBool());
    CHECK(sheet[QStringLiteral("frozen")].toString() == QStringLiteral("A2"));
    REQUIRE(sheet[QStringLiteral("rows")].toArray().size() == 5);

    const QJsonObject heading = cellAt(sheet, 0, 3);
    CHECK(heading[QStringLiteral("value")].toString() == QStringLiteral("نسبة الحضور"));
    CHECK(heading[QStringLiteral("bold")].toBool());

    CHECK(cellAt(sheet, 1, 0)[QStringLiteral("value")].toString()
          == QStringLiteral("دار الطالبة; أيت أورير"));
    CHECK_FALSE(cellAt(sheet, 1, 0)[QStringLiteral("bold")].toBool());
    CHECK(cellAt(sheet, 1, 1)[QStringLiteral("type")].toString() == QStringLiteral("number"));
    CHECK(cellAt(sheet, 1, 1)[QStringLiteral("value")].toDouble() == 42);
    CHECK(cellAt(sheet, 1, 2)[QStringLiteral("value")].toDouble() == 3.5);
    CHECK(cellAt(sheet, 1, 3)[QStringLiteral("type")].toString() == QStringLiteral("number"));
    CHECK(cellAt(sheet, 1, 3)[QStringLiteral("value")].toDouble() == 0.25);
    CHECK(cellAt(sheet, 1, 3)[QStringLiteral("format")].toString().endsWith(QLatin1Char('%')));
    CHECK(cellAt(sheet, 1, 4)[QStringLiteral("type")].toString() == QStringLiteral("date"));
    CHECK(cellAt(sheet, 1, 4)[QStringLiteral("value")].toString() == QStringLiteral("2026-11-30"));
    CHECK(cellAt(sheet, 2, 0)[QStringLiteral("value")].toString()
          == QStringLiteral("Dar \"Al Amal\"\nMarrakech"));
    CHECK(cellAt(sheet, 2, 4)[QStringLiteral("type")].toString() == QStringLiteral("empty"));
    // A text that looks like a formula stays a text in a workbook.
    CHECK(cellAt(sheet, 3, 0)[QStringLiteral("type")].toString() == QStringLiteral("text"));
    CHECK(cellAt(sheet, 3, 0)[QStringLiteral("value")].toString()
          == QStringLiteral("=HYPERLINK(\"http://x\")"));
    // The totals row is bold, its numbers still numbers.
    CHECK(cellAt(sheet, 4, 0)[QStringLiteral("bold")].toBool());
    CHECK(cellAt(sheet, 4, 1)[QStringLiteral("bold")].toBool());
    CHECK(cellAt(sheet, 4, 1)[QStringLiteral("value")].toDouble() == 49);
    CHECK(cellAt(sheet, 4, 3)[QStringLiteral("value")].toDouble() == 0.5);
    // Columns as wide as their content: the long names wider than the numbers.
    const QJsonObject widths = sheet[QStringLiteral("widths")].toObject();
    CHECK(widths[QStringLiteral("A")].toDouble() > widths[QStringLiteral("B")].toDouble());
    CHECK(widths[QStringLiteral("B")].toDouble() >= 8);

    // In French the sheet reads left to right.
    REQUIRE(XlsxExport::write(occupancyTable(), path, QStringLiteral("fr")).ok());
    const QJsonObject french = readXlsx(path)[QStringLiteral("sheets")].toArray().at(0).toObject();
    CHECK_FALSE(french[QStringLiteral("rightToLeft")].toBool());
}

TEST_CASE("XLSX of a document: the title block first, then a sheet per table with unique names")
{
    ReportDocument document;
    document.title = QStringLiteral("Rapport mensuel — Dar Taliba");
    document.titleBlock = { { QStringLiteral("Maison"), QStringLiteral("Dar Taliba") },
                            { QStringLiteral("Approuvé par"), QStringLiteral("Khadija Amrani") } };
    document.language = QStringLiteral("fr");
    ReportTable presence;
    presence.title = QStringLiteral("Présence");
    presence.columns = { { QStringLiteral("Résidente"), ReportColumn::Kind::Text },
                         { QStringLiteral("Taux"), ReportColumn::Kind::Percent } };
    for (int i = 0; i < 500; ++i) {
        presence.rows.append({ QStringLiteral("Résidente %1").arg(i), i / 500.0 });
    }
    document.tables = { presence, presence, occupancyTable() };
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rapport.xlsx"));
    REQUIRE(XlsxExport::write(document, path).ok());
    const QJsonArray sheets = readXlsx(path)[QStringLiteral("sheets")].toArray();
    REQUIRE(sheets.size() == 4);
    const QJsonObject first = sheets.at(0).toObject();
    CHECK(first[QStringLiteral("name")].toString() == QStringLiteral("Rapport mensuel — Dar Taliba"));
    CHECK(cellAt(first, 0, 0)[QStringLiteral("value")].toString()
          == QStringLiteral("Rapport mensuel — Dar Taliba"));
    CHECK(cellAt(first, 2, 0)[QStringLiteral("value")].toString() == QStringLiteral("Maison"));
    CHECK(cellAt(first, 2, 0)[QStringLiteral("bold")].toBool());
    CHECK(cellAt(first, 3, 1)[QStringLiteral("value")].toString() == QStringLiteral("Khadija Amrani"));
    CHECK(sheets.at(1).toObject()[QStringLiteral("name")].toString() == QStringLiteral("Présence"));
    CHECK(sheets.at(2).toObject()[QStringLiteral("name")].toString() == QStringLiteral("Présence (2)"));
    const QJsonObject second = sheets.at(2).toObject();
    REQUIRE(second[QStringLiteral("rows")].toArray().size() == 501);
    CHECK(cellAt(second, 500, 1)[QStringLiteral("value")].toDouble() == Approx(499 / 500.0));
    CHECK_FALSE(sheets.at(3).toObject()[QStringLiteral("rightToLeft")].toBool());
}

TEST_CASE("an XLSX that cannot be written leaves the earlier file as it was, and says why")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keep.xlsx"));
    {
        QFile earlier(path);
        REQUIRE(earlier.open(QIODevice::WriteOnly));
        earlier.write("earlier");
    }
    // Wider than a sheet can be: the writing fails halfway, the partial file is thrown away.
    ReportTable tooWide;
    tooWide.title = QStringLiteral("wide");
    for (int c = 0; c < 16385; ++c) {
        tooWide.columns.append({ QStringLiteral("c%1").arg(c), ReportColumn::Kind::Integer });
    }
    tooWide.rows = { QVariantList(16385, 1) };
    const Status refused = XlsxExport::write(tooWide, path, QStringLiteral("en"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QDir::toNativeSeparators(path)));
    CHECK(refused.error().message.contains(QStringLiteral("16,384 columns")));
    QFile earlier(path);
    REQUIRE(earlier.open(QIODevice::ReadOnly));
    CHECK(earlier.readAll() == "earlier");
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden)
          == QStringList { QStringLiteral("keep.xlsx") });

    const Status noFolder = XlsxExport::write(occupancyTable(), dir.filePath(QStringLiteral("gone/x.xlsx")),
                                              QStringLiteral("en"));
    REQUIRE_FALSE(noFolder.ok());
    CHECK(noFolder.error().message.startsWith(QStringLiteral("Cannot write")));

    const Status folder = XlsxExport::write(occupancyTable(), dir.path(), QStringLiteral("en"));
    REQUIRE_FALSE(folder.ok());
    CHECK(folder.error().message.contains(QStringLiteral("folder")));
}
