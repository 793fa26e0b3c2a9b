// The home pages and the Reports page as people use them: the figures of a house and of the
// ministry, each opened to the list behind it, the filters, the charts read right to left in
// Arabic, and the reports shown, written and refused.
#include "home/HomePage.h"

#include "QtCatch.h"
#include "Spreadsheets.h"
#include "SyncNetwork.h"
#include "TempDatabase.h"
#include "demo/DemoCaseWork.h"
#include "demo/DemoGenerator.h"
#include "home/FigureChart.h"
#include "home/FigureListDialog.h"
#include "home/FigureTile.h"
#include "reports/ReportsPage.h"
#include "residents/ResidentStore.h"
#include "residents/StayStore.h"
#include "settings/LanguageSwitcher.h"
#include "widgets/ListExport.h"
#include "widgets/MessageLabel.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QComboBox>
#include <QDir>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace riaya;

namespace {

struct LanguageGuard
{
    ~LanguageGuard() { applyLanguage(QStringLiteral("en")); }
};

FigureTile* tile(HomePage& page, const QString& id)
{
    for (FigureTile* t : page.tiles()) {
        if (t->figure().id == id) {
            return t;
        }
    }
    FAIL("no figure " << id.toStdString());
    return nullptr;
}

void saveScreenshot(QWidget* widget, const QString& name)
{
    if (const QString dir = qEnvironmentVariable("RIAYA_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        QTest::qWait(50); // widgets added to a shown layout appear once events are processed
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }
}

std::unique_ptr<TempDatabase> demoHub()
{
    SiteSettings site = TempDatabase::defaultSite();
    site.ministry = true;
    site.withInstitution = false;
    auto t = std::make_unique<TempDatabase>(site);
    DemoSettings settings;
    settings.residents = 240;
    settings.institutions = 6;
    settings.presenceDays = 4;
    REQUIRE(DemoGenerator::generate(t->db(), settings).ok());
    REQUIRE(DemoCaseWork::generate(t->db(), 3).ok());
    return t;
}

} // namespace

TEST_CASE("a house's home page shows today's residents against places, and a figure opens its list")
{
    TempDatabase t;
    Resident amina = TempDatabase::sampleResident();
    const Result<QString> id = ResidentStore(t.db()).create(amina);
    REQUIRE(id.ok());
    const QDate today = QDate::currentDate();
    REQUIRE(StayStore(t.db()).admit(*id, t.db().site().institutionId, today, {}).ok());

    HomePage page(t.db());
    page.resize(1100, 680);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK_FALSE(page.isMinistry());
    FigureTile* residents = tile(page, QStringLiteral("residents_today"));
    CHECK(residents->figure().value == 1);
    CHECK(residents->detailText().startsWith(QStringLiteral("1 of ")));
    CHECK(tile(page, QStringLiteral("admissions"))->valueText() == QStringLiteral("1"));
    CHECK(tile(page, QStringLiteral("month_close"))->figure().warning); // last month not approved

    // Enter on a figure opens the list behind it: the resident counted.
    residents->setFocus();
    QTest::keyClick(residents, Qt::Key_Space);
    auto* dialog = qobject_cast<FigureListDialog*>(QApplication::activeModalWidget());
    REQUIRE(dialog != nullptr);
    CHECK(dialog->rowCount() == 1);
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("figureList"));
    REQUIRE(table);
    CHECK(table->item(0, 0)->text().contains(amina.firstName));
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("residents.csv"));
    REQUIRE(dialog->exportButton()->exportTo(csv).ok());
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(file.readAll()).mid(1), QLatin1Char(','));
    REQUIRE(rows.size() == 2); // the headings and Amina
    CHECK(rows.at(1).at(0).contains(amina.firstName));
    dialog->reject();

    // A new admission shows when the page comes forward again.
    Resident salma = TempDatabase::sampleResident();
    salma.firstName = QStringLiteral("Salma");
    salma.massarCode = QStringLiteral("S134567890");
    salma.nationalId.clear();
    const Result<QString> second = ResidentStore(t.db()).create(salma);
    REQUIRE(second.ok());
    REQUIRE(StayStore(t.db()).admit(*second, t.db().site().institutionId, today, {}).ok());
    page.hide();
    page.show();
    CHECK(tile(page, QStringLiteral("residents_today"))->figure().value == 2);
}

TEST_CASE("the ministry's home page follows its filters, and its bars read right to left in Arabic")
{
    LanguageGuard guard;
    auto t = demoHub();
    HomePage page(t->db());
    page.resize(1100, 680);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(page.isMinistry());
    const double everywhere = tile(page, QStringLiteral("occupancy"))->figure().value;
    CHECK(everywhere > 0);
    auto* region = page.findChild<QComboBox*>(QStringLiteral("homeRegion"));
    REQUIRE(region);
    REQUIRE(region->count() > 1);
    region->setCurrentIndex(1);
    CHECK(page.filter().region == region->itemData(1).toString());
    const double inOneRegion = tile(page, QStringLiteral("occupancy"))->figure().value;
    CHECK(inOneRegion < everywhere);

    // The residents counted in the region are the rows of the list behind the figure.
    QDialog* list = page.openList(tile(page, QStringLiteral("girls"))->figure().query);
    CHECK(static_cast<FigureListDialog*>(list)->rowCount()
          == tile(page, QStringLiteral("girls"))->figure().value);
    list->reject();
    region->setCurrentIndex(0);

    for (const QString& language : { QStringLiteral("ar"), QStringLiteral("fr") }) {
        applyLanguage(language);
        QCoreApplication::processEvents();
        page.refresh();
        FigureChart* levels = nullptr;
        for (FigureChart* chart : page.charts()) {
            if (chart->series().id == QLatin1String("residents_by_level")) {
                levels = chart;
            }
        }
        REQUIRE(levels != nullptr);
        const int last = int(levels->series().categories.size()) - 1;
        // In Arabic the first category is drawn at the right.
        CHECK(levels->categoryAt(0) == (language == QLatin1String("ar") ? last : 0));
        auto* bars = qobject_cast<QBarSeries*>(levels->chart()->series().constFirst());
        REQUIRE(bars);
        QDialog* opened = nullptr;
        QObject::connect(levels, &FigureChart::listWanted, &page,
                         [&](const FigureQuery& query) { opened = page.openList(query); });
        emit bars->barSets().constFirst()->clicked(0); // a click on the bar drawn first, at the left
        REQUIRE(opened != nullptr);
        const double shown = levels->series().values.at(levels->categoryAt(0));
        CHECK(static_cast<FigureListDialog*>(opened)->rowCount() == int(shown));
        saveScreenshot(&page, QStringLiteral("home-ministry-") + language);
        saveScreenshot(opened, QStringLiteral("figure-list-") + language);
        opened->reject();
    }
}

TEST_CASE("the Reports page shows a house's monthly report, writes it, and says why it cannot")
{
    TempDatabase t;
    Resident amina = TempDatabase::sampleResident();
    amina.firstName = QStringLiteral("Amina"); // Latin, so that pdftotext reads it in order
    amina.lastName = QStringLiteral("Benali");
    const Result<QString> id = ResidentStore(t.db()).create(amina);
    REQUIRE(id.ok());
    const QDate firstOfMonth(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    REQUIRE(StayStore(t.db()).admit(*id, t.db().site().institutionId, firstOfMonth.addMonths(-1), {}).ok());

    ReportsPage page(t.db());
    page.resize(1100, 680);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto* kind = page.findChild<QComboBox*>(QStringLiteral("reportKind"));
    REQUIRE(kind->count() == 1); // a house has its own monthly report only
    REQUIRE(page.showReport());
    REQUIRE(page.document().has_value());
    CHECK(page.tables()->count() == int(page.document()->tables.size()));
    CHECK(page.tables()->tabText(0) == page.document()->tables.first().title);

    QTemporaryDir dir;
    REQUIRE(page.saveTo(dir.filePath(QStringLiteral("month.pdf"))));
    const QString text = pdfText(dir.filePath(QStringLiteral("month.pdf")));
    CHECK(text.contains(QStringLiteral("Benali Amina")));
    CHECK(pdfPages(dir.filePath(QStringLiteral("month.pdf"))) >= 1);
    REQUIRE(page.saveTo(dir.filePath(QStringLiteral("month.xlsx"))));
    const QJsonObject workbook = readXlsx(dir.filePath(QStringLiteral("month.xlsx")));
    CHECK(workbook.value(QStringLiteral("sheets")).toArray().size() >= 2);

    // A format it does not write is refused, and the page says so.
    CHECK_FALSE(page.saveTo(dir.filePath(QStringLiteral("month.docx"))));
    CHECK_FALSE(page.findChild<MessageLabel*>()->text().isEmpty());
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("month.docx"))));
    saveScreenshot(&page, QStringLiteral("reports-house"));
}

TEST_CASE("the ministry's Reports page writes the national report and the sites that have not sent")
{
    LanguageGuard guard;
    auto t = demoHub();
    ReportsPage page(t->db());
    page.resize(1100, 680);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QTemporaryDir dir;
    for (const QString& language : { QStringLiteral("ar"), QStringLiteral("fr") }) {
        applyLanguage(language);
        QCoreApplication::processEvents(); // the window's language reaches the page
        page.setReport(ReportsPage::Report::National);
        REQUIRE(page.showReport());
        CHECK(page.document()->language == language);
        const QString path = dir.filePath(QStringLiteral("national-%1.xlsx").arg(language));
        REQUIRE(page.saveTo(path));
        const QJsonArray sheets = readXlsx(path).value(QStringLiteral("sheets")).toArray();
        REQUIRE(sheets.size() >= 3);
        bool rightToLeft = false;
        for (const QJsonValue& sheet : sheets) {
            rightToLeft = rightToLeft || sheet.toObject().value(QStringLiteral("rightToLeft")).toBool();
        }
        CHECK(rightToLeft == (language == QLatin1String("ar")));
        saveScreenshot(&page, QStringLiteral("reports-national-") + language);
        page.setReport(ReportsPage::Report::MissingSites);
        REQUIRE(page.showReport());
        CHECK(page.tables()->count() == 1);
    }
}
