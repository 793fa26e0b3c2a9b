// A report on paper: the PDF read back by pdftotext and pdfinfo (poppler-utils), in Arabic
// and French; writeReport choosing the format by the file's extension.
#include "print/ReportPdf.h"

#include "Spreadsheets.h"
#include "print/ReportFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <catch2/catch.hpp>

using namespace riaya;

namespace {

ReportDocument monthlyReport(const QString& language, int rows)
{
    ReportDocument document;
    document.language = language;
    const bool arabic = language == QLatin1String("ar");
    document.title = arabic ? QStringLiteral("التقرير الشهري") : QStringLiteral("Rapport mensuel");
    document.titleBlock
        = { { arabic ? QStringLiteral("المؤسسة") : QStringLiteral("Maison"),
              QStringLiteral("Dar Taliba Ait Ourir") },
            { arabic ? QStringLiteral("الشهر") : QStringLiteral("Mois"), QStringLiteral("2026-11") } };
    ReportTable presence;
    presence.title = arabic ? QStringLiteral("الحضور") : QStringLiteral("Présence par résidente");
    presence.columns
        = { { arabic ? QStringLiteral("المقيمة") : QStringLiteral("Résidente"), ReportColumn::Kind::Text },
            { arabic ? QStringLiteral("الأيام") : QStringLiteral("Jours"), ReportColumn::Kind::Integer },
            { arabic ? QStringLiteral("النسبة") : QStringLiteral("Taux"), ReportColumn::Kind::Percent },
            { arabic ? QStringLiteral("الدخول") : QStringLiteral("Entrée"), ReportColumn::Kind::Date } };
    for (int i = 0; i < rows; ++i) {
        presence.rows.append(
            { QStringLiteral("Resident %1").arg(i + 1), 20 + i % 10, 0.875, QDate(2026, 9, 1) });
    }
    presence.totals = { arabic ? QStringLiteral("المجموع") : QStringLiteral("Total"), 1234, 0.9, QVariant() };
    document.tables = { presence };
    return document;
}

// With RIAYA_SCREENSHOT_DIR set, the PDFs are kept there to be looked at page by page.
void keep(const QString& path)
{
    const QString dir = qEnvironmentVariable("RIAYA_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        const QString copy = QDir(dir).filePath(QFileInfo(path).fileName());
        QFile::remove(copy);
        QFile::copy(path, copy);
    }
}

} // namespace

TEST_CASE("a report as a PDF in French: title block, headings, numbers as French writes them, pages numbered")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rapport.pdf"));
    REQUIRE(ReportPdf::writePdf(monthlyReport(QStringLiteral("fr"), 5), path).ok());
    keep(path);
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("Rapport mensuel")));
    CHECK(text.contains(QStringLiteral("Dar Taliba Ait Ourir")));
    CHECK(text.contains(QStringLiteral("Présence par résidente")));
    CHECK(text.contains(QStringLiteral("Résidente")));
    CHECK(text.contains(QStringLiteral("Resident 5")));
    CHECK(text.contains(QStringLiteral("87,5 %")));
    CHECK(text.contains(QStringLiteral("01/09/2026")));
    // French groups thousands with a (no-break) space; pdftotext gives it as one or another.
    CHECK(text.contains(QRegularExpression(QStringLiteral("\\b1\\s234\\b"))));
    // "Page 1 sur 1" once translated: the words may change, the numbers may not.
    CHECK(text.contains(QRegularExpression(QStringLiteral("Page 1 \\S+ 1"))));
    CHECK(pdfPages(path) == 1);
    // The window's language is back as it was.
    CHECK(QLocale().name().left(2) == QStringLiteral("en"));
}

TEST_CASE("a long report runs onto more pages, each numbered and each with the table's headings")
{
    QTemporaryDir dir;
    const QString shortPath = dir.filePath(QStringLiteral("short.pdf"));
    const QString longPath = dir.filePath(QStringLiteral("long.pdf"));
    REQUIRE(ReportPdf::writePdf(monthlyReport(QStringLiteral("en"), 10), shortPath).ok());
    REQUIRE(ReportPdf::writePdf(monthlyReport(QStringLiteral("en"), 200), longPath).ok());
    keep(longPath);
    const int pages = pdfPages(longPath);
    CHECK(pdfPages(shortPath) == 1);
    CHECK(pages >= 3);
    const QString text = pdfText(longPath);
    CHECK(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    CHECK(text.contains(QStringLiteral("Resident 200")));
    // One heading row per page: the table's headings repeated where it continues.
    const QStringList pageTexts = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    int pagesWithHeadings = 0;
    for (const QString& page : pageTexts) {
        pagesWithHeadings += page.contains(QStringLiteral("Jours")) ? 1 : 0;
    }
    CHECK(pagesWithHeadings == pages);

    // The text document the window previews has its headings marked to repeat.
    const std::unique_ptr<QTextDocument> preview
        = ReportPdf::textDocument(monthlyReport(QStringLiteral("en"), 3));
    int tables = 0;
    for (QTextFrame* frame : preview->rootFrame()->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(frame)) {
            ++tables;
            CHECK(table->format().headerRowCount() == 1);
        }
    }
    CHECK(tables == 2); // the title block and the presence table
}

TEST_CASE("a report as a PDF in Arabic: Arabic text, Latin names and numbers, numbered pages")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report-ar.pdf"));
    REQUIRE(ReportPdf::writePdf(monthlyReport(QStringLiteral("ar"), 120), path).ok());
    keep(path);
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("Dar Taliba Ait Ourir")));
    CHECK(text.contains(QStringLiteral("Resident 120")));
    CHECK(text.contains(QStringLiteral("01/09/2026")));
    CHECK(text.contains(QStringLiteral("87,5")));
    CHECK(std::any_of(text.cbegin(), text.cend(), [](QChar ch) {
        return (ch.unicode() >= 0x0600 && ch.unicode() <= 0x06FF)
            || (ch.unicode() >= 0xFE70 && ch.unicode() <= 0xFEFF);
    }));
    CHECK(pdfPages(path) >= 2);
    CHECK(QLocale().name().left(2) == QStringLiteral("en"));
}

TEST_CASE("writeReport chooses the format by the extension and refuses any other, naming the three")
{
    QTemporaryDir dir;
    const ReportDocument document = monthlyReport(QStringLiteral("fr"), 3);
    REQUIRE(writeReport(document, dir.filePath(QStringLiteral("r.PDF"))).ok());
    CHECK(pdfText(dir.filePath(QStringLiteral("r.PDF"))).contains(QStringLiteral("Rapport mensuel")));

    REQUIRE(writeReport(document, dir.filePath(QStringLiteral("r.xlsx"))).ok());
    const QJsonArray sheets
        = readXlsx(dir.filePath(QStringLiteral("r.xlsx")))[QStringLiteral("sheets")].toArray();
    REQUIRE(sheets.size() == 2);
    CHECK(sheets.at(0).toObject()[QStringLiteral("name")].toString() == QStringLiteral("Rapport mensuel"));
    CHECK(sheets.at(1).toObject()[QStringLiteral("name")].toString()
          == QStringLiteral("Présence par résidente"));

    REQUIRE(writeReport(document, dir.filePath(QStringLiteral("r.csv"))).ok());
    QFile csv(dir.filePath(QStringLiteral("r.csv")));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QList<QStringList> records = parseCsv(QString::fromUtf8(csv.readAll().mid(3)), QLatin1Char(';'));
    REQUIRE(records.size() >= 5);
    CHECK(records.at(0) == QStringList { QStringLiteral("Rapport mensuel") });

    // One table alone (a list of the window): one sheet, no title sheet.
    REQUIRE(
        writeReport(document.tables.at(0), dir.filePath(QStringLiteral("list.xlsx")), QStringLiteral("fr"))
            .ok());
    CHECK(readXlsx(dir.filePath(QStringLiteral("list.xlsx")))[QStringLiteral("sheets")].toArray().size()
          == 1);

    const Status refused = writeReport(document, dir.filePath(QStringLiteral("r.ods")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral(".pdf")));
    CHECK(refused.error().message.contains(QStringLiteral(".xlsx")));
    CHECK(refused.error().message.contains(QStringLiteral(".csv")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("r.ods"))));
    CHECK_FALSE(writeReport(document, dir.filePath(QStringLiteral("no-extension"))).ok());

    const Status unwritable = writeReport(document, dir.filePath(QStringLiteral("missing/r.pdf")));
    REQUIRE_FALSE(unwritable.ok());
    CHECK(unwritable.error().message.contains(QStringLiteral("Cannot write")));
}
