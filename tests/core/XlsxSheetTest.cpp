// The XLSX and XLS readers of the roster import on workbooks written by other programs than
// Riaya: openpyxl, LibreOffice (tests/data/roster/README.md says how each was made) and
// libxlsxwriter, read row by row with the exact cells and row numbers.
#include "sheets/XlsxSheet.h"

#include "SheetRowsText.h"
#include "sheets/XlsSheet.h"

#include <QDir>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <xlsxwriter.h>

using namespace riaya;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(RIAYA_TEST_DATA "/roster/") + QLatin1String(name);
}

std::unique_ptr<SheetReader> openXlsx(const QString& path, const QString& sheet = {},
                                      SheetFileInfo* info = nullptr)
{
    SheetOptions options;
    options.sheet = sheet;
    Result<std::unique_ptr<SheetReader>> opened = openXlsxSheet(path, options, info);
    INFO((opened ? std::string() : opened.error().message.toStdString()));
    REQUIRE(opened.ok());
    return std::move(*opened);
}

std::unique_ptr<SheetReader> openXls(const QString& path, const QString& sheet = {},
                                     SheetFileInfo* info = nullptr)
{
    SheetOptions options;
    options.sheet = sheet;
    Result<std::unique_ptr<SheetReader>> opened = openXlsSheet(path, options, info);
    INFO((opened ? std::string() : opened.error().message.toStdString()));
    REQUIRE(opened.ok());
    return std::move(*opened);
}

const std::vector<std::string> openpyxlResidents = {
    // The header merged over A1:B1 is in both cells; F is a boolean.
    "1: الاسم الكامل|الاسم الكامل|تاريخ الازدياد|رقم البطاقة|المعدل|حاضر",
    "2: العلوي|فاطمة الزهراء|2012-03-15|123456789012|14.75|TRUE",
    // A date-time keeps its day.
    "3: بنعلي|Youssef يوسف|2010-11-02|987654|12.5|FALSE",
    // Row 4 is empty and skipped; 0.1 + 0.2 reads as Excel shows it.
    "5: الإدريسي||1999-12-31||0.3",
    // The family name merged over A6:A7 is in both rows.
    "6: التازي|سعاد",
    "7: التازي|كريم",
    // A date typed as text stays text; rows 9-12 hold only formatting and are skipped.
    "8: بنعلي||15/03/2012|-3.5",
};

const std::vector<std::string> libreOfficeChildren = {
    "1: الاسم|الاسم|تاريخ الازدياد|رقم التسجيل|المستوى الدراسي",
    "2: المنصوري|هاجر|2011-05-20|20110042|السادس ابتدائي",
    // A shared string in two rich-text runs.
    "3: الحسني|Amine أمين|2009-01-31|7.25|1ère année collège",
    "4: الحسني|سلمى|2013-12-01",
    "7: الحسني|||-12",
};

} // namespace

TEST_CASE("roster: an openpyxl workbook is read row by row, its first sheet by default", "[roster][xlsx]")
{
    SheetFileInfo info;
    std::unique_ptr<SheetReader> reader = openXlsx(fixture("roster-openpyxl.xlsx"), {}, &info);
    CHECK(info.format == QStringLiteral("xlsx"));
    CHECK(info.sheets
          == QStringList(
              { QStringLiteral("المقيمون"), QStringLiteral("Établissements"), QStringLiteral("Listes") }));
    CHECK(info.sheet == QStringLiteral("المقيمون"));
    CHECK(rowsText(*reader) == openpyxlResidents);
    CHECK(readError(*reader).empty());
    CHECK_FALSE(reader->next().has_value()); // the end stays the end

    SECTION("rewind gives the same rows again")
    {
        REQUIRE(reader->rewind().ok());
        CHECK(rowsText(*reader) == openpyxlResidents);
        REQUIRE(reader->rewind().ok());
        REQUIRE(reader->next().has_value());
        REQUIRE(reader->rewind().ok());
        CHECK(rowsText(*reader) == openpyxlResidents);
    }
}

TEST_CASE("roster: a sheet is chosen by its name, an unknown name is refused with the sheets listed",
          "[roster][xlsx]")
{
    const QString path = fixture("roster-openpyxl.xlsx");
    SheetFileInfo info;
    std::unique_ptr<SheetReader> reader = openXlsx(path, QStringLiteral("Établissements"), &info);
    CHECK(info.sheet == QStringLiteral("Établissements"));
    // A custom date format with a locale in brackets; 1 is 1900-01-01.
    CHECK(rowsText(*reader)
          == std::vector<std::string> { "1: Nom|Capacité|Ouverture",
                                        "2: Dar Al Atfal Marrakech|120|1998-09-01",
                                        "3: Maison d'enfants « Al Amal »|45.5|1900-01-01" });

    // A hidden sheet can still be asked for by name.
    CHECK(rowsText(*openXlsx(path, QStringLiteral("Listes"))) == std::vector<std::string> { "1: ذكر|أنثى" });

    Result<std::unique_ptr<SheetReader>> unknown
        = openXlsxSheet(path, { QStringLiteral("Feuil1"), {} }, nullptr);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().kind == Error::Kind::NotFound);
    const QString message = unknown.error().message;
    CHECK(message.contains(QDir::toNativeSeparators(path)));
    CHECK(message.contains(QStringLiteral("Feuil1")));
    CHECK(message.contains(QStringLiteral("المقيمون, Établissements, Listes")));
}

TEST_CASE("roster: dates of a workbook in the 1904 system", "[roster][xlsx]")
{
    std::unique_ptr<SheetReader> reader = openXlsx(fixture("roster-openpyxl-1904.xlsx"));
    CHECK(rowsText(*reader)
          == std::vector<std::string> { "1: الاسم|تاريخ الدخول", "2: سلمى|2012-03-15", "3: Omar|1904-01-01",
                                        "4: نزهة|2020-02-29" });
}

TEST_CASE("roster: a LibreOffice workbook: shared and rich-text strings, date cells, merged cells",
          "[roster][xlsx]")
{
    SheetFileInfo info;
    std::unique_ptr<SheetReader> reader = openXlsx(fixture("roster-libreoffice.xlsx"), {}, &info);
    CHECK(info.sheets == QStringList({ QStringLiteral("الأطفال"), QStringLiteral("Familles") }));
    CHECK(rowsText(*reader) == libreOfficeChildren);
    REQUIRE(reader->rewind().ok());
    CHECK(rowsText(*reader) == libreOfficeChildren);
    CHECK(rowsText(*openXlsx(fixture("roster-libreoffice.xlsx"), QStringLiteral("Familles")))
          == std::vector<std::string> { "1: Famille|Ville", "2: الفاسي|Fès" });
}

TEST_CASE("roster: the same LibreOffice workbook saved as Excel 97-2003 (.xls) through FreeXL",
          "[roster][xls]")
{
    SheetFileInfo info;
    std::unique_ptr<SheetReader> reader = openXls(fixture("roster-libreoffice.xls"), {}, &info);
    CHECK(info.format == QStringLiteral("xls"));
    CHECK(info.sheets == QStringList({ QStringLiteral("الأطفال"), QStringLiteral("Familles") }));
    CHECK(info.sheet == QStringLiteral("الأطفال"));
    // FreeXL does not give merged ranges: only their top-left cells hold the value.
    const std::vector<std::string> expected = {
        "1: الاسم||تاريخ الازدياد|رقم التسجيل|المستوى الدراسي",
        "2: المنصوري|هاجر|2011-05-20|20110042|السادس ابتدائي",
        "3: الحسني|Amine أمين|2009-01-31|7.25|1ère année collège",
        "4: |سلمى|2013-12-01",
        "7: الحسني|||-12",
    };
    CHECK(rowsText(*reader) == expected);
    CHECK(readError(*reader).empty());
    REQUIRE(reader->rewind().ok());
    CHECK(rowsText(*reader) == expected);

    CHECK(rowsText(*openXls(fixture("roster-libreoffice.xls"), QStringLiteral("Familles")))
          == std::vector<std::string> { "1: Famille|Ville", "2: الفاسي|Fès" });
    Result<std::unique_ptr<SheetReader>> unknown
        = openXlsSheet(fixture("roster-libreoffice.xls"), { QStringLiteral("Sheet1"), {} }, nullptr);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("الأطفال, Familles")));
}

TEST_CASE("roster: a libxlsxwriter workbook: date formats, Excel's 1900 leap day, numbers, times",
          "[roster][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("الأطفال.xlsx"));
    lxw_workbook* workbook = workbook_new(QFile::encodeName(path).constData());
    REQUIRE(workbook);
    lxw_worksheet* first = workbook_add_worksheet(workbook, "ورقة");
    lxw_worksheet* second = workbook_add_worksheet(workbook, "Liste");
    lxw_format* dayMonthYear = workbook_add_format(workbook);
    format_set_num_format(dayMonthYear, "dd/mm/yyyy");
    lxw_format* builtInDate = workbook_add_format(workbook);
    format_set_num_format_index(builtInDate, 14);
    lxw_format* dateTime = workbook_add_format(workbook);
    format_set_num_format(dateTime, "yyyy-mm-dd hh:mm");
    lxw_format* time = workbook_add_format(workbook);
    format_set_num_format(time, "hh:mm");
    lxw_format* quotedDays = workbook_add_format(workbook); // "d" inside quotes is not a date
    format_set_num_format(quotedDays, "0 \"days\"");
    lxw_format* twoDecimals = workbook_add_format(workbook);
    format_set_num_format(twoDecimals, "0.00");

    worksheet_write_string(first, 0, 0, "الاسم", nullptr);
    worksheet_write_string(first, 0, 1, "تاريخ", nullptr);
    worksheet_write_string(first, 1, 0, "رشيد", nullptr);
    lxw_datetime birth = { 2012, 3, 4, 0, 0, 0 };
    worksheet_write_datetime(first, 1, 1, &birth, dayMonthYear);
    worksheet_write_number(first, 1, 2, 123456789012.0, nullptr);
    worksheet_write_string(first, 2, 0, "رشيد", nullptr);
    lxw_datetime admitted = { 2019, 9, 16, 18, 45, 0 };
    worksheet_write_datetime(first, 2, 1, &admitted, dateTime);
    worksheet_write_number(first, 2, 2, 42, quotedDays);
    worksheet_write_number(first, 2, 3, 0.75, time);
    worksheet_write_number(first, 3, 0, 59, builtInDate);
    worksheet_write_number(first, 3, 1, 60, builtInDate);
    worksheet_write_number(first, 3, 2, 61, builtInDate);
    worksheet_write_number(first, 3, 3, 1e-7, nullptr);
    worksheet_write_number(first, 4, 0, 1.0 / 3.0, nullptr);
    worksheet_write_number(first, 4, 1, 2.5, twoDecimals);
    worksheet_write_number(first, 4, 2, 1e20, nullptr);
    worksheet_write_boolean(first, 4, 3, 1, nullptr);
    worksheet_merge_range(first, 6, 0, 6, 2, "دار الأطفال", nullptr);
    worksheet_write_string(second, 0, 0, "Fès", nullptr);
    REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);

    CHECK(rowsText(*openXlsx(path))
          == std::vector<std::string> {
              "1: الاسم|تاريخ",
              "2: رشيد|2012-03-04|123456789012",
              "3: رشيد|2019-09-16|42|18:00:00",
              "4: 1900-02-28|1900-02-29|1900-03-01|1e-07",
              "5: 0.333333333333333|2.5|1e+20|TRUE",
              "7: دار الأطفال|دار الأطفال|دار الأطفال",
          });
    CHECK(rowsText(*openXlsx(path, QStringLiteral("Liste"))) == std::vector<std::string> { "1: Fès" });
}
