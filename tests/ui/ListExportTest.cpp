// "Export…" beside each list: the list as the user sees it (columns in their order, the rows
// the filters and the search leave, as sorted) written to XLSX, CSV or PDF, the file dialog
// answered as a person would, the file read back by code that is not Riaya's.
#include "widgets/ListExport.h"

#include "QtCatch.h"
#include "Spreadsheets.h"
#include "TempDatabase.h"
#include "demo/DemoCaseWork.h"
#include "demo/DemoGenerator.h"
#include "families/FamiliesPage.h"
#include "families/FamilyStore.h"
#include "families/PlacementStore.h"
#include "inspections/ActionStore.h"
#include "inspections/InspectionStore.h"
#include "inspections/InspectionsPage.h"
#include "models/ResidentTableModel.h"
#include "residents/ResidentStore.h"
#include "residents/ResidentsPage.h"
#include "settings/LanguageSwitcher.h"
#include "widgets/MessageLabel.h"
#include "widgets/SearchField.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QLineEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace riaya;

namespace {

struct LanguageGuard
{
    ~LanguageGuard() { applyLanguage(QStringLiteral("en")); }
};

// The residents page keeps its columns' order and widths in the settings; a test that moves
// or hides one gives the next tests the list as it was.
struct ResidentColumnsGuard
{
    ~ResidentColumnsGuard() { QSettings().remove(QStringLiteral("residents/headerState")); }
};

std::unique_ptr<TempDatabase> demoHouse(int residents)
{
    auto t = std::make_unique<TempDatabase>();
    DemoSettings settings;
    settings.residents = residents;
    settings.seed = 11;
    REQUIRE(DemoGenerator::generate(t->db(), settings).ok());
    REQUIRE(DemoCaseWork::generate(t->db(), 11).ok());
    return t;
}

void showActive(QWidget& widget)
{
    widget.resize(1280, 720);
    widget.show();
    widget.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&widget));
}

template<typename T> T* child(QObject& parent, const QString& name)
{
    auto* found = parent.findChild<T*>(name);
    REQUIRE(found);
    return found;
}

// Answers the next file dialog as a person would: the file type chosen, a name typed, Save
// (or Cancel when the name is empty). Returns whether a dialog was answered.
std::shared_ptr<bool> answerFileDialog(const QString& path, const QString& filterStartingWith = {})
{
    auto answered = std::make_shared<bool>(false);
    auto* poll = new QTimer(qApp);
    auto tries = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, poll, [=] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            if (++*tries > 250) {
                poll->deleteLater();
            }
            return;
        }
        poll->stop();
        poll->deleteLater();
        *answered = true;
        if (!filterStartingWith.isEmpty()) {
            for (const QString& filter : dialog->nameFilters()) {
                if (filter.startsWith(filterStartingWith)) {
                    dialog->selectNameFilter(filter);
                }
            }
        }
        if (path.isEmpty()) {
            dialog->reject();
            return;
        }
        dialog->selectFile(path);
        // selectFile leaves the name field as it is while that field has the focus (Qt's
        // QFileDialog::selectFile), which it has once the dialog is active: typed there, as a person.
        if (auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))) {
            name->setText(path);
        }
        QMetaObject::invokeMethod(dialog, "accept"); // what the Save button does
    });
    poll->start(20);
    return answered;
}

// Saves a picture in Arabic and French when RIAYA_SCREENSHOT_DIR is set.
void screenshot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("RIAYA_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        return;
    }
    QDir().mkpath(dir);
    for (const QString& language : { QStringLiteral("ar"), QStringLiteral("fr") }) {
        applyLanguage(language);
        QTest::qWait(30);
        REQUIRE(widget.grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, language))));
    }
    applyLanguage(QStringLiteral("en"));
}

// Ctrl+E on a list, its window active again as after the dialog it closed before.
void pressExport(QWidget& window, QWidget* list)
{
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(list, Qt::Key_E, Qt::ControlModifier);
}

QList<QStringList> readCsv(const QString& path, QChar separator)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    return parseCsv(QString::fromUtf8(bytes.mid(3)), separator);
}

QJsonObject cellAt(const QJsonObject& sheet, int row, int column)
{
    return sheet[QStringLiteral("rows")].toArray().at(row).toArray().at(column).toObject();
}

QStringList shownTexts(QTableWidget* table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (!table->isRowHidden(row)) {
            texts << table->item(row, column)->text();
        }
    }
    return texts;
}

} // namespace

TEST_CASE("the residents list exported as filtered, sorted and arranged on screen, every page of it, to CSV")
{
    const LanguageGuard guard;
    auto t = demoHouse(520);
    QTemporaryDir dir;
    const ResidentColumnsGuard columnsGuard;
    ResidentsPage page(t->db());
    showActive(page);
    auto* table = child<QTableView>(page, QStringLiteral("residentTable"));
    ResidentTableModel* model = page.model();

    // Girls only, sorted by birth date, the first name moved first, the Latin name hidden.
    auto* sex = child<QComboBox>(page, QStringLiteral("sexFilter"));
    sex->setCurrentIndex(sex->findData(QStringLiteral("F")));
    emit sex->activated(sex->currentIndex());
    table->sortByColumn(ResidentTableModel::BirthDate, Qt::DescendingOrder);
    QHeaderView* header = table->horizontalHeader();
    header->moveSection(header->visualIndex(ResidentTableModel::FirstName), 0);
    header->setSectionHidden(ResidentTableModel::LatinName, true);
    const int girls = model->totalCount();
    REQUIRE(girls > ResidentTableModel::PageSize); // more than the rows loaded at first
    CHECK(model->rowCount() < girls);

    const QString path = dir.filePath(QStringLiteral("girls.csv"));
    const auto answered = answerFileDialog(path, QStringLiteral("CSV"));
    pressExport(page, table);
    REQUIRE(QTest::qWaitFor([&] { return *answered; }, 5000)); // a shortcut clicks a moment later
    REQUIRE(QFile::exists(path));
    CHECK(child<MessageLabel>(page, QStringLiteral("residentsMessage"))
              ->text()
              .contains(QStringLiteral("girls.csv")));
    screenshot(page, QStringLiteral("residents-exported"));

    const QList<QStringList> records = readCsv(path, QLatin1Char(','));
    REQUIRE(records.size() == girls + 1);
    CHECK(records.at(0)
          == QStringList { QStringLiteral("First name"), QStringLiteral("Family name"), QStringLiteral("Sex"),
                           QStringLiteral("Birth date"), QStringLiteral("Status"),
                           QStringLiteral("School level"), QStringLiteral("Massar code") });
    REQUIRE(model->rowCount() == girls); // the whole list was read for the file
    ResidentStore residents(t->db());
    QDate previous = QDate(9999, 12, 31);
    for (int row = 0; row < girls; ++row) {
        const QStringList& record = records.at(row + 1);
        REQUIRE(record.size() == 7);
        const Result<Resident> resident = residents.get(model->residentId(row));
        REQUIRE(resident.ok());
        CHECK(record.at(0) == resident->firstName);
        CHECK(record.at(1) == resident->lastName);
        CHECK(record.at(2) == QStringLiteral("Female"));
        // The day itself, as yyyy-MM-dd, whatever the screen shows.
        CHECK(record.at(3) == resident->birthDate.toString(Qt::ISODate));
        const QDate born = QDate::fromString(record.at(3), Qt::ISODate);
        CHECK(born <= previous);
        previous = born;
    }
}

TEST_CASE(
    "the residents list in Arabic as an XLSX: a right-to-left sheet with Arabic headings and real dates")
{
    const LanguageGuard guard;
    auto t = demoHouse(40);
    QTemporaryDir dir;
    ResidentsPage page(t->db());
    showActive(page);
    applyLanguage(QStringLiteral("ar"));
    auto* table = child<QTableView>(page, QStringLiteral("residentTable"));
    auto* search = child<SearchField>(page, QStringLiteral("residentSearch"));
    const QString someone = page.model()->index(0, ResidentTableModel::LastName).data().toString();
    search->setText(someone);
    emit search->searched(someone);
    const int found = page.model()->totalCount();
    REQUIRE(found >= 1);
    REQUIRE(found < 40);

    const QString path = dir.filePath(QStringLiteral("residents"));
    const auto answered = answerFileDialog(path, QStringLiteral("Excel"));
    child<ExportListButton>(page, QStringLiteral("residentTableExport"))->click();
    REQUIRE(QTest::qWaitFor([&] { return *answered; }, 5000)); // a shortcut clicks a moment later
    // Typed without its extension: the chosen type gives it.
    REQUIRE(QFile::exists(path + QStringLiteral(".xlsx")));

    const QJsonArray sheets = readXlsx(path + QStringLiteral(".xlsx"))[QStringLiteral("sheets")].toArray();
    REQUIRE(sheets.size() == 1);
    const QJsonObject sheet = sheets.at(0).toObject();
    CHECK(sheet[QStringLiteral("rightToLeft")].toBool());
    CHECK(sheet[QStringLiteral("frozen")].toString() == QStringLiteral("A2"));
    CHECK(sheet[QStringLiteral("name")].toString()
          == ResidentsPage::tr("Residents")); // in Arabic, as the page's title
    const QJsonArray rows = sheet[QStringLiteral("rows")].toArray();
    REQUIRE(rows.size() == found + 1);
    for (int c = 0; c < ResidentTableModel::ColumnCount; ++c) {
        CHECK(cellAt(sheet, 0, c)[QStringLiteral("value")].toString()
              == page.model()
                     ->headerData(table->horizontalHeader()->logicalIndex(c), Qt::Horizontal)
                     .toString());
        CHECK(cellAt(sheet, 0, c)[QStringLiteral("bold")].toBool());
    }
    const Result<Resident> first = ResidentStore(t->db()).get(page.model()->residentId(0));
    REQUIRE(first.ok());
    const QJsonObject born = cellAt(sheet, 1, ResidentTableModel::BirthDate);
    CHECK(born[QStringLiteral("type")].toString() == QStringLiteral("date"));
    CHECK(born[QStringLiteral("value")].toString() == first->birthDate.toString(Qt::ISODate));
    CHECK(cellAt(sheet, 1, ResidentTableModel::LastName)[QStringLiteral("value")].toString()
          == first->lastName);
}

TEST_CASE("an export that is cancelled writes nothing, one that cannot be written says why")
{
    auto t = demoHouse(10);
    QTemporaryDir dir;
    ResidentsPage page(t->db());
    showActive(page);
    auto* button = child<ExportListButton>(page, QStringLiteral("residentTableExport"));
    CHECK(button->text().contains(QStringLiteral("Export")));
    CHECK(button->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E));

    const auto answered = answerFileDialog(QString());
    CHECK_FALSE(button->exportWithDialog());
    CHECK(*answered);
    CHECK(QDir(dir.path()).isEmpty());
    CHECK(child<MessageLabel>(page, QStringLiteral("residentsMessage"))->text().isEmpty());

    const QString nowhere = dir.filePath(QStringLiteral("no-such-folder/residents.csv"));
    CHECK_FALSE(button->exportTo(nowhere).ok());
    const QString said = child<MessageLabel>(page, QStringLiteral("residentsMessage"))->text();
    CHECK(said.contains(QStringLiteral("Cannot write")));
    CHECK(said.contains(QDir::toNativeSeparators(nowhere)));

    CHECK_FALSE(button->exportTo(dir.filePath(QStringLiteral("residents.ods"))).ok());
    CHECK(child<MessageLabel>(page, QStringLiteral("residentsMessage"))
              ->text()
              .contains(QStringLiteral(".xlsx")));
    CHECK(QDir(dir.path()).isEmpty());
}

TEST_CASE(
    "inspections and corrective actions exported from their tabs: dates, scores as percentages, the search")
{
    auto t = demoHouse(20);
    QTemporaryDir dir;
    InspectionsPage page(t->db());
    showActive(page);
    auto* list = child<QTableWidget>(page, QStringLiteral("inspectionList"));
    REQUIRE(list->rowCount() >= 1);

    const QString workbook = dir.filePath(QStringLiteral("inspections.xlsx"));
    auto answered = answerFileDialog(workbook);
    pressExport(page, list);
    REQUIRE(QTest::qWaitFor([&] { return *answered; }, 5000)); // a shortcut clicks a moment later
    const QJsonObject sheet = readXlsx(workbook)[QStringLiteral("sheets")].toArray().at(0).toObject();
    CHECK(sheet[QStringLiteral("name")].toString() == QStringLiteral("Inspections"));
    CHECK_FALSE(sheet[QStringLiteral("rightToLeft")].toBool());
    REQUIRE(sheet[QStringLiteral("rows")].toArray().size() == list->rowCount() + 1);
    CHECK(cellAt(sheet, 0, 0)[QStringLiteral("value")].toString() == QStringLiteral("Visit"));
    CHECK(cellAt(sheet, 0, 4)[QStringLiteral("value")].toString() == QStringLiteral("Score"));
    const QList<Inspection> inspections = *InspectionStore(t->db()).list(t->db().site().institutionId);
    QStringList visits;
    for (const Inspection& i : inspections) {
        visits << i.visitedOn.toString(Qt::ISODate);
    }
    bool sawScore = false;
    for (int row = 1; row <= list->rowCount(); ++row) {
        const QJsonObject visit = cellAt(sheet, row, 0);
        CHECK(visit[QStringLiteral("type")].toString() == QStringLiteral("date"));
        CHECK(visits.contains(visit[QStringLiteral("value")].toString()));
        const QJsonObject score = cellAt(sheet, row, 4);
        if (score[QStringLiteral("type")].toString() == QStringLiteral("number")) {
            sawScore = true;
            CHECK(score[QStringLiteral("format")].toString().endsWith(QLatin1Char('%')));
            CHECK(score[QStringLiteral("value")].toDouble() >= 0);
            CHECK(score[QStringLiteral("value")].toDouble() <= 1);
            // The fraction the screen shows as a percentage.
            const QString shown = list->item(row - 1, 4)->text();
            CHECK(shown.startsWith(QString::number(score[QStringLiteral("value")].toDouble() * 100, 'f', 1)));
        }
    }
    CHECK(sawScore);
    screenshot(page, QStringLiteral("inspections-export"));

    // The corrective actions, searched: only the rows the search leaves.
    auto* tabs = page.findChild<QTabWidget*>();
    tabs->setCurrentWidget(child<QWidget>(page, QStringLiteral("correctiveActionsTab")));
    auto* actions = child<QTableWidget>(page, QStringLiteral("actionList"));
    REQUIRE(actions->rowCount() >= 2);
    auto* search = child<SearchField>(page, QStringLiteral("actionSearch"));
    // A text of the first row that no other row holds: the search leaves that row alone.
    QString unique;
    for (int c = 0; c < actions->columnCount() && unique.isEmpty(); ++c) {
        const QString text = actions->item(0, c)->text();
        bool elsewhere = false;
        for (int row = 1; row < actions->rowCount(); ++row) {
            for (int other = 0; other < actions->columnCount(); ++other) {
                elsewhere = elsewhere || actions->item(row, other)->text().contains(text);
            }
        }
        unique = elsewhere ? QString() : text;
    }
    REQUIRE_FALSE(unique.isEmpty());
    search->setText(unique);
    emit search->searched(search->text());
    const QStringList shownActions = shownTexts(actions, 2);
    REQUIRE(shownActions.size() >= 1);
    REQUIRE(shownActions.size() < actions->rowCount());

    const QString csv = dir.filePath(QStringLiteral("actions.csv"));
    answered = answerFileDialog(csv);
    pressExport(page, actions);
    REQUIRE(QTest::qWaitFor([&] { return *answered; }, 5000)); // a shortcut clicks a moment later
    const QList<QStringList> records = readCsv(csv, QLatin1Char(','));
    REQUIRE(records.size() == shownActions.size() + 1);
    CHECK(records.at(0).at(0) == QStringLiteral("Due"));
    QStringList exportedActions;
    for (const QStringList& record : records.mid(1)) {
        exportedActions << record.at(2);
        CHECK(QDate::fromString(record.at(0), Qt::ISODate).isValid());
    }
    CHECK(exportedActions == shownActions);
}

TEST_CASE("families and placements exported from their tabs, dates as dates")
{
    auto t = demoHouse(30);
    QTemporaryDir dir;
    FamiliesPage page(t->db());
    showActive(page);
    auto* families = child<QTableWidget>(page, QStringLiteral("familyList"));
    REQUIRE(families->rowCount() >= 2);

    const QString workbook = dir.filePath(QStringLiteral("families.xlsx"));
    auto answered = answerFileDialog(workbook);
    pressExport(page, families);
    REQUIRE(QTest::qWaitFor([&] { return *answered; }, 5000)); // a shortcut clicks a moment later
    const QJsonObject sheet = readXlsx(workbook)[QStringLiteral("sheets")].toArray().at(0).toObject();
    CHECK(sheet[QStringLiteral("name")].toString() == QStringLiteral("Foster families"));
    REQUIRE(sheet[QStringLiteral("rows")].toArray().size() == families->rowCount() + 1);
    const QList<Family> stored = *FamilyStore(t->db()).search(QString(), QString());
    for (int row = 1; row <= families->rowCount(); ++row) {
        const QString name = cellAt(sheet, row, 0)[QStringLiteral("value")].toString();
        CHECK(name == families->item(row - 1, 0)->text());
        const QJsonObject since = cellAt(sheet, row, 4);
        CHECK(since[QStringLiteral("type")].toString() == QStringLiteral("date"));
        const auto family = std::find_if(stored.cbegin(), stored.cend(),
                                         [&](const Family& f) { return f.familyName == name; });
        REQUIRE(family != stored.cend());
        CHECK(since[QStringLiteral("value")].toString() == family->stateSince.toString(Qt::ISODate));
    }

    screenshot(page, QStringLiteral("families-export"));
    page.findChild<QTabWidget*>()->setCurrentIndex(1);
    auto* placements = child<QTableWidget>(page, QStringLiteral("placementList"));
    REQUIRE(placements->rowCount() >= 1);
    const QString csv = dir.filePath(QStringLiteral("placements.csv"));
    answered = answerFileDialog(csv);
    pressExport(page, placements);
    REQUIRE(QTest::qWaitFor([&] { return *answered; }, 5000)); // a shortcut clicks a moment later
    const QList<QStringList> records = readCsv(csv, QLatin1Char(','));
    REQUIRE(records.size() == placements->rowCount() + 1);
    CHECK(records.at(0).at(2) == QStringLiteral("Placed on"));
    const QList<Placement> active = *PlacementStore(t->db()).list({ {}, {}, true });
    for (int row = 1; row < records.size(); ++row) {
        CHECK(records.at(row).at(0) == placements->item(row - 1, 0)->text());
        CHECK(records.at(row).at(2) == active.at(row - 1).startedOn.toString(Qt::ISODate));
        CHECK(QDate::fromString(records.at(row).at(4), Qt::ISODate).isValid());
    }
    CHECK(child<MessageLabel>(page, QStringLiteral("familiesMessage"))
              ->text()
              .contains(QStringLiteral("placements.csv")));
}
