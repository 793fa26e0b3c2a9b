// The XLSX reader on workbooks written here byte by byte (what no library writes on demand:
// rich text with phonetic guides, cells without references, namespace prefixes, merged rows
// left out), on damaged files, which are refused with a message and never crash, and on a
// 100,000-row sheet.
#include "SheetRowsText.h"
#include "sheets/SheetReader.h"
#include "sheets/XlsSheet.h"
#include "sheets/XlsxSheet.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <xlsxwriter.h>
#include <zip.h>

using namespace riaya;

namespace {

using Entries = QList<std::pair<const char*, QByteArray>>;

void writeZip(const QString& path, const Entries& entries)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    REQUIRE(zip);
    for (const auto& [name, data] : entries) {
        REQUIRE(zipOpenNewFileInZip64(zip, name, nullptr, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                      Z_DEFAULT_COMPRESSION, 0)
                == ZIP_OK);
        REQUIRE(zipWriteInFileInZip(zip, data.constData(), static_cast<unsigned>(data.size())) == ZIP_OK);
        REQUIRE(zipCloseFileInZip(zip) == ZIP_OK);
    }
    REQUIRE(zipClose(zip, nullptr) == ZIP_OK);
}

const QByteArray relationships
    = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" "
      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
      "Target=\"worksheets/sheet1.xml\"/>"
      "<Relationship Id=\"rId2\" "
      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
      "Target=\"sharedStrings.xml\"/>"
      "<Relationship Id=\"rId3\" "
      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
      "Target=\"styles.xml\"/>"
      "</Relationships>";

const QByteArray workbook
    = "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
      "<workbookPr date1904=\"true\"/><sheets><sheet name=\"Roster\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
      "</workbook>";

const QByteArray sharedStrings
    = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      "<si><t>بن</t></si>"
      // A carriage return as Excel escapes it, and an escaped escape.
      "<si><t>سطر_x000D_&#10;ثان a_x005F_x0041_b</t></si>"
      "<si><r><rPr><b/></rPr><t>محمد </t></r><r><t xml:space=\"preserve\">Amine</t></r>"
      "<rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh></si>"
      "</sst>";

// cellXfs 1: a number shown "0 \"d\"" (not a date), 2: a time ("m" beside h is minutes and
// in AM/PM is nothing), 3: a date with an Arabic locale.
const QByteArray styles
    = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts>"
      "<numFmt numFmtId=\"164\" formatCode=\"0&quot; d&quot;\"/>"
      "<numFmt numFmtId=\"165\" formatCode=\"h:mm AM/PM\"/>"
      "<numFmt numFmtId=\"166\" formatCode=\"[$-2001]dd\\/mm\\/yyyy\"/></numFmts>"
      "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/><xf "
      "numFmtId=\"166\"/></cellXfs>"
      "</styleSheet>";

QByteArray sheet(const QByteArray& rows, const QByteArray& after = {})
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<x:worksheet "
           "xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\n<x:sheetData>"
        + rows + "</x:sheetData>" + after + "</x:worksheet>";
}

QString writeWorkbook(const QTemporaryDir& dir, const QByteArray& sheetPart,
                      const QByteArray& workbookPart = workbook)
{
    const QString path = dir.filePath(QStringLiteral("book.xlsx"));
    writeZip(path,
             { { "[Content_Types].xml", "<Types/>" },
               { "xl/workbook.xml", workbookPart },
               { "xl/_rels/workbook.xml.rels", relationships },
               { "xl/sharedStrings.xml", sharedStrings },
               { "xl/styles.xml", styles },
               { "xl/worksheets/sheet1.xml", sheetPart } });
    return path;
}

std::string openFailure(const QString& path)
{
    Result<std::unique_ptr<SheetReader>> opened = openXlsxSheet(path, {}, nullptr);
    if (opened.ok())
        return "opened";
    return opened.error().message.toStdString();
}

} // namespace

TEST_CASE("roster: a workbook written by hand: every kind of cell, prefixes, rows the sheet leaves out",
          "[roster][xlsx]")
{
    QTemporaryDir dir;
    const QByteArray rows
        = "<x:row r=\"2\"><x:c r=\"A2\" t=\"s\"><x:v>2</x:v></x:c><x:c t=\"inlineStr\"><x:is><x:r><x:t>نص "
          "</x:t>"
          "</x:r><x:r><x:t>مضمن</x:t></x:r></x:is></x:c><x:c r=\"E2\" t=\"str\"><x:f>A2&amp;\"\"</x:f>"
          "<x:v>محسوب</x:v></x:c><x:c t=\"e\"><x:v>#DIV/0!</x:v></x:c>"
          "<x:c r=\"G2\" t=\"s\"><x:v>1</x:v></x:c></x:row>"
          // A row without r follows the previous one; numbers in styles that are and are not dates.
          "<x:row><x:c r=\"A3\" s=\"1\"><x:v>12</x:v></x:c><x:c r=\"B3\" s=\"2\"><x:v>0.5</x:v></x:c>"
          "<x:c r=\"C3\" s=\"3\"><x:v>0</x:v></x:c><x:c r=\"D3\" s=\"3\" "
          "t=\"n\"><x:v>3000.99999</x:v></x:c>"
          "<x:c r=\"E3\" t=\"d\"><x:v>2012-03-04T00:00:00</x:v></x:c><x:c r=\"F3\" t=\"s\"><x:v>0</x:v></x:c>"
          "<x:c r=\"G3\"/><x:c r=\"H3\" t=\"s\"/></x:row>"
          // The merged range A5:B7 begins on row 5; rows 6 to 8 are not in the part.
          "<x:row r=\"5\"><x:c r=\"A5\" t=\"s\"><x:v>0</x:v></x:c><x:c r=\"C5\"><x:v>5</x:v></x:c></x:row>"
          "<x:row r=\"9\"><x:c r=\"AA9\"><x:v>27</x:v></x:c></x:row>"
          "<x:row r=\"10\"><x:c r=\"A10\" t=\"inlineStr\"><x:is><x:t></x:t></x:is></x:c></x:row>";
    const QString path
        = writeWorkbook(dir,
                        sheet(rows,
                              "<x:mergeCells count=\"2\"><x:mergeCell ref=\"A5:B7\"/><x:mergeCell "
                              "ref=\"C5:C1048576\"/></x:mergeCells>"));
    SheetFileInfo info;
    Result<std::unique_ptr<SheetReader>> opened = openXlsxSheet(path, {}, &info);
    REQUIRE(opened.ok());
    CHECK(info.sheets == QStringList { QStringLiteral("Roster") });
    // 1904 system: serial 0 is 1904-01-01, and 3000.99999 (23:59:59.1) is still 1912-03-19.
    const std::vector<std::string> expected = {
        "2: محمد Amine|نص مضمن|||محسوب|#DIV/0!|سطر\r\nثان a_x0041_b",
        "3: 12|12:00:00|1904-01-01|1912-03-19|2012-03-04|بن",
        "5: بن|بن|5",
        "6: بن|بن|5",
        "7: بن|بن|5",
        "8: ||5",
        "9: ||5" + std::string(24, '|') + "27",
        // A range down the whole column stops with the sheet's last row.
        "10: ||5",
    };
    CHECK(rowsText(**opened) == expected);
    CHECK(readError(**opened).empty());
    REQUIRE((*opened)->rewind().ok());
    CHECK(rowsText(**opened) == expected);
}

TEST_CASE("roster: a hidden first sheet is not the one read by default", "[roster][xlsx]")
{
    QTemporaryDir dir;
    const QString path = writeWorkbook(
        dir, sheet("<x:row r=\"1\"><x:c t=\"s\"><x:v>0</x:v></x:c></x:row>"),
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
        "<sheet name=\"Lists\" sheetId=\"1\" state=\"hidden\" r:id=\"rId1\"/>"
        "<sheet name=\"Roster\" sheetId=\"2\" r:id=\"rId1\"/>"
        "<sheet name=\"Chart\" sheetId=\"3\" r:id=\"rId3\"/></sheets></workbook>");
    SheetFileInfo info;
    Result<std::unique_ptr<SheetReader>> opened = openXlsxSheet(path, {}, &info);
    REQUIRE(opened.ok());
    // The third entry names the styles part, not a worksheet: it is not listed.
    CHECK(info.sheets == QStringList({ QStringLiteral("Lists"), QStringLiteral("Roster") }));
    CHECK(info.sheet == QStringLiteral("Roster"));
    CHECK(rowsText(**opened) == std::vector<std::string> { "1: بن" });
}

TEST_CASE("roster: files that are not workbooks, or damaged ones, are refused with the file named",
          "[roster][xlsx]")
{
    QTemporaryDir dir;
    const auto write = [&](const char* name, const QByteArray& bytes) {
        const QString path = dir.filePath(QLatin1String(name));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    };
    const auto refused = [](const QString& path, const char* reason) {
        const std::string message = openFailure(path);
        INFO(message);
        CHECK(message.find(QDir::toNativeSeparators(path).toStdString()) != std::string::npos);
        CHECK(message.find(reason) != std::string::npos);
    };

    SECTION("not a zip")
    {
        refused(write("text.xlsx", "الاسم,تاريخ\nرشيد,2012-03-04\n"), "not a zip file");
        refused(dir.filePath(QStringLiteral("missing.xlsx")), "not a zip file");
    }
    SECTION("a zip that is not a workbook")
    {
        const QString path = dir.filePath(QStringLiteral("archive.xlsx"));
        writeZip(path, { { "word/document.xml", "<document/>" } });
        refused(path, "no xl/workbook.xml");
    }
    SECTION("a workbook whose sheet part is missing")
    {
        const QString path = dir.filePath(QStringLiteral("partial.xlsx"));
        writeZip(path, { { "xl/workbook.xml", workbook }, { "xl/_rels/workbook.xml.rels", relationships } });
        refused(path, "the part xl/worksheets/sheet1.xml named by the workbook is missing");
    }
    SECTION("a truncated file")
    {
        QFile whole(writeWorkbook(dir, sheet("<x:row r=\"1\"><x:c><x:v>1</x:v></x:c></x:row>")));
        REQUIRE(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        refused(write("cut.xlsx", bytes.left(bytes.size() / 2)), "truncated");
        refused(write("empty.xlsx", {}), "not a zip file");
    }
    SECTION("a corrupt entry: the sheet's compressed bytes changed")
    {
        QByteArray rows;
        for (int row = 1; row <= 200; ++row)
            rows += "<x:row r=\"" + QByteArray::number(row) + "\"><x:c><x:v>" + QByteArray::number(row * 7919)
                + "</x:v></x:c></x:row>";
        QFile whole(writeWorkbook(dir, sheet(rows)));
        REQUIRE(whole.open(QIODevice::ReadOnly));
        QByteArray bytes = whole.readAll();
        // The sheet is the last entry: its data sits between its local header and the directory.
        const qsizetype header = bytes.lastIndexOf("xl/worksheets/sheet1.xml", bytes.indexOf("PK\x01\x02"));
        REQUIRE(header > 0);
        for (qsizetype at = header + 40; at < header + 120; ++at)
            bytes[at] = static_cast<char>(bytes.at(at) ^ 0x5a);
        refused(write("corrupt.xlsx", bytes), "xl/worksheets/sheet1.xml is truncated or corrupt");
    }
    SECTION("malformed XML in the workbook part")
    {
        const QString path = dir.filePath(QStringLiteral("badxml.xlsx"));
        writeZip(path,
                 { { "xl/workbook.xml", "<workbook><sheets><sheet name=\"a\" r:id=\"rId1\"></workbook>" },
                   { "xl/_rels/workbook.xml.rels", relationships } });
        refused(path, "xl/workbook.xml is not well-formed XML (line 1");
    }
    SECTION("malformed XML in the sheet: the rows before it, then the part and line")
    {
        const QString path = writeWorkbook(dir,
                                           sheet("<x:row r=\"1\"><x:c><x:v>1</x:v></x:c></x:row>\n"
                                                 "<x:row r=\"2\"><x:c><x:v>2</x:v></x:row>\n"));
        Result<std::unique_ptr<SheetReader>> opened = openXlsxSheet(path, {}, nullptr);
        REQUIRE(opened.ok());
        CHECK(rowsText(**opened) == std::vector<std::string> { "1: 1" });
        const std::string message = readError(**opened);
        INFO(message);
        CHECK(message.find("xl/worksheets/sheet1.xml is not well-formed XML (line 4") != std::string::npos);
        CHECK_FALSE((*opened)->next().has_value());
    }
    SECTION("a shared string that does not exist")
    {
        const QString path
            = writeWorkbook(dir, sheet("<x:row r=\"1\"><x:c t=\"s\"><x:v>7</x:v></x:c></x:row>"));
        Result<std::unique_ptr<SheetReader>> opened = openXlsxSheet(path, {}, nullptr);
        REQUIRE(opened.ok());
        CHECK_FALSE((*opened)->next().has_value());
        CHECK(readError(**opened).find("shared string that does not exist") != std::string::npos);
    }
    SECTION("a workbook on which FreeXL reads past its own buffers")
    {
        // Found by fuzz_sheet: FreeXL 1.0.6 reads 10,756 bytes from a stack buffer while opening
        // it. It is read in a child process, so under AddressSanitizer the child dies and the
        // file is refused; elsewhere FreeXL may read something. This process never crashes.
        const QString path = QStringLiteral(RIAYA_TEST_DATA "/roster/freexl-overread.xls");
        for (int attempt = 0; attempt < 2; ++attempt) {
            Result<std::unique_ptr<SheetReader>> opened = openSheet(path, {}, nullptr);
            if (opened.ok()) {
                CHECK(rowsText(**opened).size() <= 65536u);
            } else {
                CHECK(opened.error().message.contains(QDir::toNativeSeparators(path)));
            }
        }
    }
    SECTION("an XLS reader given what is not an Excel 97-2003 workbook")
    {
        for (const QString& path : { write("text.xls", "not a workbook at all"), write("empty.xls", {}),
                                     dir.filePath(QStringLiteral("missing.xls")) }) {
            Result<std::unique_ptr<SheetReader>> opened = openXlsSheet(path, {}, nullptr);
            REQUIRE_FALSE(opened.ok());
            CHECK(opened.error().message.contains(QDir::toNativeSeparators(path)));
        }
        QFile xls(QStringLiteral(RIAYA_TEST_DATA "/roster/roster-libreoffice.xls"));
        REQUIRE(xls.open(QIODevice::ReadOnly));
        const QByteArray bytes = xls.readAll();

        // A FILEPASS record (0x002F) after the workbook's BOF: the workbook is encrypted.
        QByteArray encrypted = bytes;
        const qsizetype bof = encrypted.indexOf(QByteArray("\x09\x08\x10\x00\x00\x06\x05\x00", 8));
        REQUIRE(bof > 0);
        encrypted[bof + 20] = 0x2f;
        encrypted[bof + 21] = 0x00;
        // What Excel writes for an XLSX with a password to open: an OLE2 file, no workbook.
        const QString name = QStringLiteral("EncryptedPackage");
        const QByteArray package = QByteArray("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8) + QByteArray(504, '\0')
            + QByteArray(reinterpret_cast<const char*>(name.utf16()), name.size() * 2);
        for (const QString& path : { write("encrypted.xls", encrypted), write("encrypted.xlsx", package) }) {
            Result<std::unique_ptr<SheetReader>> opened = openXlsSheet(path, {}, nullptr);
            REQUIRE_FALSE(opened.ok());
            CHECK(opened.error().kind == Error::Kind::Refused);
            CHECK(opened.error().message.contains(QStringLiteral("protected by a password")));
            CHECK(opened.error().message.contains(QDir::toNativeSeparators(path)));
        }
        Result<std::unique_ptr<SheetReader>> cut
            = openXlsSheet(write("cut.xls", bytes.left(bytes.size() / 2)), {}, nullptr);
        if (cut.ok()) {
            // FreeXL may still read what it has: never more rows than the whole file.
            CHECK(rowsText(**cut).size() <= 5u);
        } else {
            CHECK(cut.error().message.contains(QStringLiteral("cut.xls")));
        }
    }
}

TEST_CASE("roster: a 100,000-row XLSX sheet is read row by row", "[roster][xlsx][large]")
{
    constexpr int rows = 100000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.xlsx"));
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = nullptr;
    lxw_workbook* book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    REQUIRE(book);
    lxw_worksheet* worksheet = workbook_add_worksheet(book, "Residents");
    lxw_format* date = workbook_add_format(book);
    format_set_num_format(date, "dd/mm/yyyy");
    const char* headers[] = { "الاسم العائلي", "الاسم الشخصي", "تاريخ الازدياد", "رقم البطاقة", "المؤسسة" };
    for (int column = 0; column < 5; ++column)
        worksheet_write_string(worksheet, 0, static_cast<lxw_col_t>(column), headers[column], nullptr);
    for (int row = 1; row <= rows; ++row) {
        const QByteArray family = "العلوي " + QByteArray::number(row);
        worksheet_write_string(worksheet, row, 0, family.constData(), nullptr);
        worksheet_write_string(worksheet, row, 1, "فاطمة الزهراء", nullptr);
        worksheet_write_number(worksheet, row, 2, 40000 + row % 3000, date);
        worksheet_write_number(worksheet, row, 3, 100000000000.0 + row, nullptr);
        worksheet_write_string(worksheet, row, 4, "Dar Al Atfal", nullptr);
    }
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);

    QElapsedTimer timer;
    timer.start();
    Result<std::unique_ptr<SheetReader>> opened = openXlsxSheet(path, {}, nullptr);
    REQUIRE(opened.ok());
    const qint64 openedAfter = timer.elapsed(); // the workbook's parts and the merged ranges' scan
    int count = 0;
    std::optional<SheetRow> last;
    while (std::optional<SheetRow> row = (*opened)->next()) {
        ++count;
        last = std::move(row);
    }
    const qint64 elapsed = timer.elapsed();
    CHECK(readError(**opened).empty());
    CHECK(count == rows + 1);
    REQUIRE(last.has_value());
    CHECK(last->number == rows + 1);
    CHECK(last->cells
          == QStringList({ QStringLiteral("العلوي 100000"), QStringLiteral("فاطمة الزهراء"),
                           QStringLiteral("2012-04-01"), QStringLiteral("100000100000"),
                           QStringLiteral("Dar Al Atfal") }));
    // The process's peak memory, writing the file included: bounded, not the sheet's size.
    QByteArray peak;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                peak = line.mid(6).trimmed();
        }
    }
    WARN("100,000-row XLSX (" << QFileInfo(path).size() / 1024 << " KiB) read in " << elapsed
                              << " ms (opened in " << openedAfter << " ms); peak resident memory "
                              << peak.toStdString());
}

TEST_CASE("roster: damage anywhere in a workbook is refused or read, never a crash", "[roster][xlsx][xls]")
{
    QTemporaryDir dir;
    QRandomGenerator random(17); // the same damage on every run
    const QByteArray damage = "<>\"/=:&;x09 \n\xd8";
    const auto readWhole = [](const Result<std::unique_ptr<SheetReader>>& opened) {
        if (!opened.ok()) {
            CHECK_FALSE(opened.error().message.isEmpty());
            return;
        }
        int rows = 0;
        while ((*opened)->next())
            ++rows;
        CHECK(rows < 1000);
    };

    // The sheet part's XML, damaged before it is zipped.
    QByteArray rows;
    for (int row = 1; row <= 30; ++row)
        rows += "<x:row r=\"" + QByteArray::number(row) + "\"><x:c r=\"A" + QByteArray::number(row)
            + "\" t=\"s\"><x:v>1</x:v></x:c><x:c s=\"3\"><x:v>4" + QByteArray::number(row)
            + "000</x:v></x:c><x:c t=\"inlineStr\"><x:is><x:t>نص</x:t></x:is></x:c></x:row>";
    const QByteArray part = sheet(rows, "<x:mergeCells><x:mergeCell ref=\"A2:B9\"/></x:mergeCells>");
    for (int round = 0; round < 300; ++round) {
        QByteArray damaged = part;
        for (int hit = 0; hit < 3; ++hit)
            damaged[random.bounded(damaged.size())] = damage.at(random.bounded(damage.size()));
        readWhole(openXlsxSheet(writeWorkbook(dir, damaged), {}, nullptr));
    }

    // The files' own bytes.
    for (const char* name : { "roster-libreoffice.xlsx", "roster-openpyxl.xlsx", "roster-libreoffice.xls" }) {
        QFile file(QStringLiteral(RIAYA_TEST_DATA "/roster/") + QLatin1String(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const bool xls = QByteArray(name).endsWith(".xls");
        for (int round = 0; round < 150; ++round) {
            QByteArray damaged = bytes;
            for (int hit = 0; hit < 4; ++hit)
                damaged[random.bounded(damaged.size())] = static_cast<char>(random.bounded(256));
            const QString path = dir.filePath(QStringLiteral("damaged-%1").arg(QLatin1String(name)));
            QFile out(path);
            REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(damaged);
            out.close();
            readWhole(xls ? openXlsSheet(path, {}, nullptr) : openXlsxSheet(path, {}, nullptr));
        }
    }
}

TEST_CASE("roster: a zip bomb in the shared strings is refused, not held in memory", "[roster][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bomb.xlsx"));
    // 300 MiB of one letter deflates to about 300 KiB.
    const QByteArray bomb = "<sst><si><t>" + QByteArray(300 * 1024 * 1024, 'a') + "</t></si></sst>";
    writeZip(path,
             { { "xl/workbook.xml", workbook },
               { "xl/_rels/workbook.xml.rels", relationships },
               { "xl/sharedStrings.xml", bomb },
               { "xl/styles.xml", styles },
               { "xl/worksheets/sheet1.xml",
                 sheet("<x:row r=\"1\"><x:c r=\"A1\" t=\"s\"><x:v>0</x:v></x:c></x:row>") } });
    CHECK(QFileInfo(path).size() < 2 * 1024 * 1024);
    const std::string failure = openFailure(path);
    CHECK(failure.find("sharedStrings.xml") != std::string::npos);
    CHECK(failure.find("256 MiB") != std::string::npos);
}
