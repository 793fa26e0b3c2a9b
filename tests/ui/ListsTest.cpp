// What people expect of the lists and forms of a records program: a search on each list
// (Ctrl+F), a sentence naming the next step when a list is empty, field errors that go as soon
// as the field is corrected, residents of an incident found by searching, and a mistaken
// incident voided with its reason.
#include "QtCatch.h"
#include "TempDatabase.h"
#include "common/DateDisplay.h"
#include "daily/IncidentStore.h"
#include "families/FamiliesPage.h"
#include "incidents/IncidentDialog.h"
#include "incidents/IncidentsPage.h"
#include "incidents/VoidIncidentDialog.h"
#include "inspections/InspectionsPage.h"
#include "models/ResidentTableModel.h"
#include "residents/ResidentFileDialog.h"
#include "residents/ResidentStore.h"
#include "residents/ResidentsPage.h"
#include "residents/StayStore.h"
#include "review/ReviewPage.h"
#include "settings/LanguageSwitcher.h"
#include "sync/SyncPage.h"
#include "widgets/DateField.h"
#include "widgets/EmptyState.h"
#include "widgets/FieldErrors.h"
#include "widgets/MessageLabel.h"
#include "widgets/RecordTable.h"
#include "widgets/SearchField.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QVBoxLayout>

using namespace riaya;

namespace {

// Types text as a person does, one character at a time (Arabic included).
void typeInto(QWidget* widget, const QString& text)
{
    widget->setFocus();
    for (const QChar ch : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &press);
    }
}

void showActive(QWidget& widget)
{
    widget.resize(1200, 700);
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

QString admitted(TempDatabase& t, const QString& firstName, const QString& lastName)
{
    Resident r = TempDatabase::sampleResident();
    r.firstName = firstName;
    r.lastName = lastName;
    const auto id = ResidentStore(t.db()).create(r);
    REQUIRE(id.ok());
    REQUIRE(StayStore(t.db())
                .admit(*id, t.db().site().institutionId, QDate::currentDate().addDays(-30), {})
                .ok());
    return *id;
}

QString recordIncident(TempDatabase& t, const QString& description, const QStringList& residents = {})
{
    Incident i;
    i.institutionId = t.db().site().institutionId;
    i.occurredOn = QDate::currentDate().addDays(-1);
    i.kind = QStringLiteral("health");
    i.description = description;
    i.residentIds = residents;
    const auto id = IncidentStore(t.db()).record(i);
    REQUIRE(id.ok());
    return *id;
}

int shownRows(QTableWidget* table)
{
    int shown = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        shown += table->isRowHidden(row) ? 0 : 1;
    }
    return shown;
}

} // namespace

TEST_CASE("an empty list says what to do next, and gives way to rows, unless a search hides them all")
{
    QTableWidget table(0, 2);
    auto* empty = new EmptyState(&table);
    empty->setText(QStringLiteral("Nothing yet. Add the first one with New (Ctrl+N)."));
    table.resize(500, 300);
    table.show();
    REQUIRE(QTest::qWaitForWindowExposed(&table));
    CHECK(EmptyState::of(&table) == empty);
    CHECK(empty->isVisible());
    CHECK(empty->geometry() == table.viewport()->rect());
    CHECK(empty->alignment() == Qt::AlignCenter);

    table.setRowCount(2);
    fillRecordRow(&table, 0, { QStringLiteral("بثينة القدوري"), QStringLiteral("Ecole Ibn Khaldoun") });
    fillRecordRow(&table, 1, { QStringLiteral("زهرة المتوكل"), QStringLiteral("Lycée") });
    CHECK_FALSE(empty->isVisible());

    // The search folds as the resident search does and looks inside words.
    CHECK(showMatchingRows(&table, QStringLiteral("قدوري")) == 1);
    CHECK(table.isRowHidden(1));
    CHECK_FALSE(empty->isVisible());
    CHECK(showMatchingRows(&table, QStringLiteral("lycee")) == 1);
    CHECK(table.isRowHidden(0));
    CHECK(showMatchingRows(&table, QStringLiteral("كديرة")) == 0);
    CHECK(empty->isVisible());
    CHECK(showMatchingRows(&table, QString()) == 2);
    CHECK_FALSE(empty->isVisible());

    table.setRowCount(0);
    CHECK(empty->isVisible());
    table.resize(700, 400);
    QTest::qWait(20);
    CHECK(empty->geometry() == table.viewport()->rect());

    // A plain list too.
    QListWidget list;
    auto* listEmpty = new EmptyState(&list);
    list.show();
    CHECK(listEmpty->isVisible());
    list.addItem(QStringLiteral("x"));
    CHECK_FALSE(listEmpty->isVisible());
    list.clear();
    CHECK(listEmpty->isVisible());
}

TEST_CASE("Ctrl+F puts the cursor in the search field in view, typing searches after a pause, Esc empties it")
{
    QWidget window;
    auto* other = new QLineEdit(&window);
    auto* search = new SearchField(&window);
    auto* list = new QTableWidget(2, 1, &window);
    fillRecordRow(list, 0, { QStringLiteral("a") });
    fillRecordRow(list, 1, { QStringLiteral("b") });
    search->setResultsView(list);
    auto* layout = new QVBoxLayout(&window);
    layout->addWidget(other);
    layout->addWidget(search);
    layout->addWidget(list);
    showActive(window);
    QSignalSpy searched(search, &SearchField::searched);
    other->setFocus();
    QTest::keyClick(other, Qt::Key_F, Qt::ControlModifier);
    CHECK(search->hasFocus());
    CHECK(search->toolTip().contains(QStringLiteral("Ctrl+F")));

    typeInto(search, QStringLiteral("فاطمة"));
    CHECK(searched.isEmpty()); // not at every keystroke
    REQUIRE(QTest::qWaitFor([&] { return searched.size() == 1; }, 2000));
    CHECK(searched.last().first().toString() == QStringLiteral("فاطمة"));

    // Down goes to the list, on its first shown row.
    list->setRowHidden(0, true);
    QTest::keyClick(search, Qt::Key_Down);
    CHECK(list->hasFocus());
    CHECK(list->currentRow() == 1);

    QTest::keyClick(search, Qt::Key_Escape);
    CHECK(search->text().isEmpty());
    CHECK(searched.last().first().toString().isEmpty());

    // Hidden, the field no longer answers Ctrl+F (the screen in view has its own).
    search->hide();
    other->setFocus();
    QTest::keyClick(other, Qt::Key_F, Qt::ControlModifier);
    CHECK(other->hasFocus());
}

TEST_CASE("the incidents are searched as you type, in Arabic spelled either way, and Ctrl+F finds the field")
{
    TempDatabase t;
    const QString amina = admitted(t, QStringLiteral("أمينة"), QStringLiteral("القدوري"));
    recordIncident(t, QStringLiteral("نقل إلى المستوصف بسبب ارتفاع الحرارة"), { amina });
    recordIncident(t, QStringLiteral("كسر زجاج نافذة المطعم"));
    IncidentsPage page(t.db());
    showActive(page);
    auto* table = child<QTableWidget>(page, QStringLiteral("incidentTable"));
    auto* search = child<SearchField>(page, QStringLiteral("incidentSearch"));
    REQUIRE(table->rowCount() == 2);
    EmptyState* empty = EmptyState::of(table);
    REQUIRE(empty);
    CHECK_FALSE(empty->isVisible());

    table->setFocus();
    QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
    CHECK(search->hasFocus());
    typeInto(search, QStringLiteral("الحراره")); // taa marbuta typed as haa
    REQUIRE(QTest::qWaitFor([&] { return shownRows(table) == 1; }, 2000));
    CHECK_FALSE(
        table->isRowHidden(table->row(table->findItems(QStringLiteral("نقل"), Qt::MatchStartsWith).first())));

    search->clear();
    typeInto(search, QStringLiteral("امينه")); // a resident's name, without hamza
    REQUIRE(QTest::qWaitFor([&] { return shownRows(table) == 1; }, 2000));

    search->clear();
    typeInto(search, QStringLiteral("حريق"));
    REQUIRE(QTest::qWaitFor([&] { return shownRows(table) == 0; }, 2000));
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("حريق")));
    QTest::keyClick(search, Qt::Key_Escape);
    CHECK(shownRows(table) == 2);
    CHECK_FALSE(empty->isVisible());
}

TEST_CASE("a mistaken incident is voided with its reason: it stays listed, struck through, and is read only")
{
    TempDatabase t;
    const QString id = recordIncident(t, QStringLiteral("شجار في الساحة"));
    IncidentsPage page(t.db());
    showActive(page);
    auto* table = child<QTableWidget>(page, QStringLiteral("incidentTable"));
    auto* voidButton = child<QPushButton>(page, QStringLiteral("voidIncident"));
    CHECK_FALSE(voidButton->isEnabled());
    table->selectRow(0);
    REQUIRE(voidButton->isEnabled());
    QTest::mouseClick(voidButton, Qt::LeftButton);
    auto* dialog = page.findChild<VoidIncidentDialog*>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    auto* reason = child<QPlainTextEdit>(*dialog, QStringLiteral("voidReason"));
    auto* error = child<MessageLabel>(*dialog, QStringLiteral("voidError"));
    screenshot(*dialog, QStringLiteral("incident-void"));

    // Without a reason: refused by core, said at the field, nothing voided.
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK_FALSE(error->text().isEmpty());
    CHECK(reason->hasFocus());
    CHECK_FALSE(IncidentStore(t.db()).get(id)->isVoided());
    // The error goes at the first letter of the reason.
    typeInto(reason, QStringLiteral("س"));
    CHECK(error->text().isEmpty());
    typeInto(reason, QStringLiteral("جل مرتين"));
    dialog->accept();
    REQUIRE(QTest::qWaitFor([&] { return IncidentStore(t.db()).get(id)->isVoided(); }, 2000));
    CHECK(IncidentStore(t.db()).get(id)->voidReason == QStringLiteral("سجل مرتين"));

    // Still listed, struck through, with its reason; no longer to be voided.
    REQUIRE(QTest::qWaitFor([&] { return table->rowCount() == 1 && table->item(0, 0)->font().strikeOut(); },
                            2000));
    CHECK(table->item(0, 6)->text().contains(QStringLiteral("سجل مرتين")));
    CHECK_FALSE(table->item(0, 6)->font().strikeOut());
    table->selectRow(0);
    CHECK_FALSE(voidButton->isEnabled());
    table->clearSelection();
    screenshot(page, QStringLiteral("incidents-voided"));

    // Opened, it is read only and says why.
    page.openIncident(*IncidentStore(t.db()).get(id));
    auto* opened = page.findChild<IncidentDialog*>();
    REQUIRE(opened);
    CHECK(child<QPlainTextEdit>(*opened, QStringLiteral("incidentDescription"))->isReadOnly());
    CHECK_FALSE(child<DateField>(*opened, QStringLiteral("incidentDate"))->isEnabled());
    CHECK(child<MessageLabel>(*opened, QStringLiteral("incidentError"))
              ->text()
              .contains(QStringLiteral("سجل مرتين")));
    auto* buttons = opened->findChild<QDialogButtonBox*>();
    CHECK_FALSE(buttons->button(QDialogButtonBox::Save));
    CHECK(buttons->button(QDialogButtonBox::Close));
    opened->reject();
}

TEST_CASE("the residents of an incident are found by searching, Enter adds one, Delete removes one")
{
    SiteSettings house = TempDatabase::defaultSite();
    house.capacity = 60;
    TempDatabase t(house);
    const QString amina = admitted(t, QStringLiteral("أمينة"), QStringLiteral("القدوري"));
    const QString zahra = admitted(t, QStringLiteral("زهرة"), QStringLiteral("المتوكل"));
    for (int n = 0; n < 40; ++n) {
        admitted(t, QStringLiteral("بنت%1").arg(n), QStringLiteral("الدار"));
    }
    Incident incident;
    incident.institutionId = t.db().site().institutionId;
    IncidentDialog dialog(t.db(), incident);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* search = child<SearchField>(dialog, QStringLiteral("incidentResidentSearch"));
    auto* results = child<QTableWidget>(dialog, QStringLiteral("incidentResidentResults"));
    auto* chosen = child<QListWidget>(dialog, QStringLiteral("incidentResidents"));
    CHECK(results->rowCount() == 42); // those present, before anything is typed
    CHECK(chosen->count() == 0);

    typeInto(search, QStringLiteral("امينه"));
    QTest::keyClick(search, Qt::Key_Return); // at once, without waiting for the pause
    CHECK(dialog.isVisible()); // Enter chose; it did not save
    REQUIRE(chosen->count() == 1);
    CHECK(chosen->item(0)->data(Qt::UserRole).toString() == amina);
    CHECK(results->rowCount() == 1);
    CHECK(results->item(0, 1)->text() == displayDate(TempDatabase::sampleResident().birthDate));
    CHECK(results->item(0, 2)->text() == QStringLiteral("present in the house"));
    QTest::keyClick(search, Qt::Key_Return); // chosen once
    CHECK(chosen->count() == 1);

    search->clear();
    typeInto(search, QStringLiteral("المتوكل"));
    REQUIRE(QTest::qWaitFor(
        [&] {
            return results->rowCount() == 1
                && results->item(0, 0)->text().contains(QStringLiteral("المتوكل"));
        },
        2000));
    QTest::keyClick(search, Qt::Key_Down);
    CHECK(results->hasFocus());
    QTest::keyClick(results, Qt::Key_Enter);
    REQUIRE(chosen->count() == 2);
    screenshot(dialog, QStringLiteral("incident-residents"));

    chosen->setFocus();
    chosen->setCurrentRow(0);
    QTest::keyClick(chosen, Qt::Key_Delete);
    REQUIRE(chosen->count() == 1);
    CHECK(chosen->item(0)->data(Qt::UserRole).toString() == zahra);

    child<QComboBox>(dialog, QStringLiteral("incidentKind"))->setCurrentIndex(1);
    child<QPlainTextEdit>(dialog, QStringLiteral("incidentDescription"))
        ->setPlainText(QStringLiteral("شجار في المطعم"));
    dialog.accept();
    const auto stored = IncidentStore(t.db()).list(t.db().site().institutionId);
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().residentIds == QStringList { zahra });
}

TEST_CASE("a field's error goes the moment the field is edited, and only that field's")
{
    SECTION("the incident form: one message line under the form")
    {
        TempDatabase t;
        Incident incident;
        incident.institutionId = t.db().site().institutionId;
        IncidentDialog dialog(t.db(), incident);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        auto* error = child<MessageLabel>(dialog, QStringLiteral("incidentError"));
        auto* dateField = child<DateField>(dialog, QStringLiteral("incidentDate"));
        QLineEdit* date = dateField->lineEdit();
        auto* description = child<QPlainTextEdit>(dialog, QStringLiteral("incidentDescription"));
        // A date the field takes (it refuses the future itself) and core refuses.
        date->setText(QStringLiteral("15/03/1999"));
        dialog.accept();
        REQUIRE(dialog.isVisible());
        CHECK(error->text().contains(QStringLiteral("before 2000")));
        CHECK(error->text().contains(QStringLiteral("Describe what happened")));
        CHECK(date->hasFocus()); // the first field to fix
        typeInto(description, QStringLiteral("ش"));
        CHECK_FALSE(error->text().contains(QStringLiteral("Describe what happened")));
        CHECK(error->text().contains(QStringLiteral("before 2000"))); // not corrected yet
        date->setFocus();
        date->selectAll();
        typeInto(date, QDate::currentDate().toString(Qt::ISODate));
        CHECK(error->text().isEmpty());
        // A date that is not one: said once, under the date field itself; the refusal shown
        // before goes from the form's line, as it is no longer what stands in the way.
        description->clear();
        dialog.accept();
        REQUIRE(error->text().contains(QStringLiteral("Describe what happened")));
        date->setText(QStringLiteral("15/03/20xx"));
        dialog.accept();
        auto* problem = child<MessageLabel>(*dateField, QStringLiteral("dateProblem"));
        CHECK(problem->isVisible());
        CHECK(problem->text().contains(QStringLiteral("15/03/20xx")));
        CHECK(error->text().isEmpty());
        CHECK(date->hasFocus());
        date->selectAll();
        typeInto(date, QStringLiteral("15/03/2012"));
        CHECK_FALSE(problem->isVisible());
    }
    SECTION("the resident's file: an error under each field")
    {
        TempDatabase t;
        ResidentFileDialog dialog(t.db(), QString());
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("saveResident")), Qt::LeftButton);
        auto* firstNameError = child<MessageLabel>(dialog, QStringLiteral("error_first_name"));
        auto* lastNameError = child<MessageLabel>(dialog, QStringLiteral("error_last_name"));
        auto* sexError = child<MessageLabel>(dialog, QStringLiteral("error_sex"));
        auto* message = child<MessageLabel>(dialog, QStringLiteral("fileMessage"));
        REQUIRE(firstNameError->isVisible());
        REQUIRE(sexError->isVisible());
        CHECK_FALSE(message->text().isEmpty());
        typeInto(child<QLineEdit>(dialog, QStringLiteral("first_name")), QStringLiteral("ف"));
        CHECK_FALSE(firstNameError->isVisible());
        CHECK(firstNameError->text().isEmpty());
        CHECK(lastNameError->isVisible());
        auto* sex = child<QComboBox>(dialog, QStringLiteral("sex"));
        sex->setCurrentIndex(sex->findData(QStringLiteral("F")));
        CHECK_FALSE(sexError->isVisible());
        typeInto(child<QLineEdit>(dialog, QStringLiteral("last_name")), QStringLiteral("ع"));
        typeInto(child<DateField>(dialog, QStringLiteral("birth_date"))->lineEdit(), QStringLiteral("2"));
        // Every field marked in red corrected: the form-wide refusal goes too.
        CHECK(message->text().isEmpty());
    }
}

TEST_CASE("each empty list names the next step: residents, incidents, families, inspections, review, bundles")
{
    TempDatabase t;
    ResidentsPage residents(t.db());
    showActive(residents);
    EmptyState* noResidents = EmptyState::of(child<QTableView>(residents, QStringLiteral("residentTable")));
    REQUIRE(noResidents);
    CHECK(noResidents->isVisible());
    CHECK(noResidents->text().contains(QStringLiteral("Ctrl+N")));
    screenshot(residents, QStringLiteral("residents-empty"));

    IncidentsPage incidents(t.db());
    showActive(incidents);
    EmptyState* noIncidents = EmptyState::of(child<QTableWidget>(incidents, QStringLiteral("incidentTable")));
    REQUIRE(noIncidents);
    CHECK(noIncidents->isVisible());
    CHECK(noIncidents->text().contains(QStringLiteral("Ctrl+I")));
    screenshot(incidents, QStringLiteral("incidents-empty"));

    FamiliesPage families(t.db());
    showActive(families);
    EmptyState* noFamilies = EmptyState::of(child<QTableWidget>(families, QStringLiteral("familyList")));
    REQUIRE(noFamilies);
    CHECK(noFamilies->isVisible());
    CHECK(noFamilies->text().contains(QStringLiteral("New family")));
    // Ctrl+F finds the family search too.
    QTest::keyClick(child<QTableWidget>(families, QStringLiteral("familyList")), Qt::Key_F,
                    Qt::ControlModifier);
    CHECK(child<SearchField>(families, QStringLiteral("familySearch"))->hasFocus());

    InspectionsPage inspections(t.db());
    showActive(inspections);
    EmptyState* noInspections
        = EmptyState::of(child<QTableWidget>(inspections, QStringLiteral("inspectionList")));
    REQUIRE(noInspections);
    CHECK(noInspections->isVisible());
    CHECK(noInspections->text().contains(QStringLiteral("New inspection")));
    // Ctrl+F goes to the search of the tab in view.
    QTest::keyClick(&inspections, Qt::Key_F, Qt::ControlModifier);
    CHECK(child<SearchField>(inspections, QStringLiteral("inspectionSearch"))->hasFocus());
    auto* tabs = inspections.findChild<QTabWidget*>();
    tabs->setCurrentIndex(1);
    QTest::keyClick(tabs->currentWidget(), Qt::Key_F, Qt::ControlModifier);
    CHECK(child<SearchField>(inspections, QStringLiteral("actionSearch"))->hasFocus());
    CHECK(EmptyState::of(child<QTableWidget>(inspections, QStringLiteral("actionList")))->isVisible());

    ReviewPage review(t.db());
    showActive(review);
    for (const char* list : { "duplicateList", "conflictList" }) {
        auto* view = review.findChild<QListWidget*>(QLatin1String(list));
        REQUIRE(view);
        EmptyState* empty = EmptyState::of(view);
        REQUIRE(empty);
        CHECK_FALSE(empty->text().isEmpty());
        CHECK(empty->isVisibleTo(view));
    }

    SyncPage sync(t.db());
    showActive(sync);
    EmptyState* noBundles = EmptyState::of(child<QTableWidget>(sync, QStringLiteral("bundleLog")));
    REQUIRE(noBundles);
    CHECK(noBundles->isVisible());
    CHECK(noBundles->text().contains(QStringLiteral("Export")));

    // With a resident, the register's sentence gives way to the row.
    REQUIRE(ResidentStore(t.db()).create(TempDatabase::sampleResident()).ok());
    residents.model()->reload();
    CHECK_FALSE(noResidents->isVisible());
}

TEST_CASE("field errors: each at its field, the rest under the form, taken away field by field")
{
    QWidget form;
    auto* name = new QLineEdit(&form);
    auto* nameError = new MessageLabel(&form);
    auto* count = new QSpinBox(&form);
    auto* composite = new QWidget(&form); // a field made of an editor and a button
    auto* inner = new QLineEdit(composite);
    new QPushButton(composite);
    auto* summary = new MessageLabel(&form);
    FieldErrors errors(summary);
    errors.addField(QStringLiteral("name"), name, nameError);
    errors.addField(QStringLiteral("count"), count);
    errors.addField(QStringLiteral("date"), composite);
    CHECK(nameError->isHidden());
    QSignalSpy corrected(&errors, &FieldErrors::corrected);

    const QList<FieldIssue> unplaced
        = errors.show(Error::invalid(QStringLiteral("Nothing was saved."),
                                     { { QStringLiteral("name"), QStringLiteral("Name required") },
                                       { QStringLiteral("count"), QStringLiteral("Too many") },
                                       { QStringLiteral("date"), QStringLiteral("Not a date") },
                                       { QStringLiteral("other"), QStringLiteral("Elsewhere") } }));
    REQUIRE(unplaced.size() == 1);
    CHECK(unplaced.first().field == QStringLiteral("other"));
    CHECK(nameError->text() == QStringLiteral("Name required"));
    CHECK_FALSE(nameError->isHidden());
    CHECK(summary->text() == QStringLiteral("Too many\nNot a date\nElsewhere"));
    CHECK(errors.fieldsWithErrors()
          == QStringList { QStringLiteral("name"), QStringLiteral("count"), QStringLiteral("date") });

    count->setValue(3);
    CHECK(summary->text() == QStringLiteral("Not a date\nElsewhere"));
    inner->setText(QStringLiteral("2026-12-01"));
    CHECK(summary->text() == QStringLiteral("Elsewhere"));
    CHECK(corrected.isEmpty());
    name->setText(QStringLiteral("Amina"));
    CHECK(nameError->isHidden());
    CHECK(summary->text().isEmpty()); // all corrected: the refusal's own words go with it
    CHECK(corrected.size() == 1);

    // A refusal about no field stays until the next attempt.
    errors.show(Error::internal(QStringLiteral("The disk is full.")));
    name->setText(QStringLiteral("Amina B."));
    CHECK(summary->text() == QStringLiteral("The disk is full."));
    errors.clear();
    CHECK(summary->text().isEmpty());
}
