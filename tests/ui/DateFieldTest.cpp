#include "widgets/DateField.h"

#include "QtCatch.h"
#include "TempDatabase.h"
#include "common/DateDisplay.h"
#include "daily/IncidentStore.h"
#include "daily/SchoolResult.h"
#include "incidents/IncidentDialog.h"
#include "models/ResidentTableModel.h"
#include "residents/ResidentStore.h"
#include "residents/SchoolResultsTab.h"
#include "residents/StayStore.h"
#include "settings/LanguageSwitcher.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <algorithm>

using namespace riaya;

namespace {

void typeInto(QLineEdit* line, const QString& text)
{
    line->setFocus();
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Delete);
    for (const QChar ch : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(line, &press);
    }
}

// Types into the field and ends typing as Enter does.
void typeDate(DateField& field, const QString& text)
{
    typeInto(field.lineEdit(), text);
    QTest::keyClick(field.lineEdit(), Qt::Key_Return);
}

bool problemShown(DateField& field)
{
    return field.findChild<QLabel*>(QStringLiteral("dateProblem"))->isVisible();
}

QString problemText(DateField& field)
{
    return field.findChild<QLabel*>(QStringLiteral("dateProblem"))->text();
}

void screenshot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("RIAYA_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        REQUIRE(widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    }
}

// Marks which form of a label was asked for, so a test sees the sex chosen at each place
// without the lead's translations.
class SexMarkingTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char* disambiguation, int) const override
    {
        const QString comment = QLatin1String(disambiguation ? disambiguation : "");
        if (comment == QLatin1String("female") || comment == QLatin1String("male")) {
            return comment + QLatin1Char(':') + QLatin1String(source);
        }
        Q_UNUSED(context);
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

TEST_CASE("a date typed day first is read and shown back in the one format")
{
    DateField field;
    field.show();
    REQUIRE(QTest::qWaitForWindowExposed(&field));
    QSignalSpy changed(&field, &DateField::dateChanged);
    typeDate(field, QStringLiteral("15/3/12"));
    CHECK(field.date() == QDate(2012, 3, 15));
    CHECK(field.lineEdit()->text() == displayGregorianDate(QDate(2012, 3, 15)));
    CHECK(field.lineEdit()->text() == QStringLiteral("15/03/2012"));
    CHECK(changed.count() == 1);
    CHECK_FALSE(problemShown(field));
    CHECK(field.check());

    typeDate(field, QStringLiteral("2012-03-16")); // ISO still
    CHECK(field.date() == QDate(2012, 3, 16));
    CHECK(field.lineEdit()->text() == QStringLiteral("16/03/2012"));

    typeDate(field, QStringLiteral("١٧/٠٣/٢٠١٢")); // Arabic-Indic digits
    CHECK(field.date() == QDate(2012, 3, 17));
    typeDate(field, QStringLiteral("۱۸/۰۳/۲۰۱۲")); // Eastern Persian digits
    CHECK(field.date() == QDate(2012, 3, 18));
    CHECK(changed.count() == 4);
}

TEST_CASE("text that is not a date is said so under the field, and cleared once corrected")
{
    DateField field(QDate(2020, 1, 1));
    field.show();
    REQUIRE(QTest::qWaitForWindowExposed(&field));
    typeDate(field, QStringLiteral("31/02/2020"));
    CHECK_FALSE(field.date().isValid());
    CHECK(problemShown(field));
    CHECK(problemText(field).contains(QStringLiteral("31/02/2020")));
    CHECK(problemText(field).contains(QStringLiteral("is not a date")));
    CHECK_FALSE(field.check());
    CHECK(field.lineEdit()->hasFocus());

    typeInto(field.lineEdit(), QStringLiteral("28/02/2020"));
    CHECK_FALSE(problemShown(field)); // as soon as it is right
    CHECK(field.check());

    for (const QString& bad :
         { QStringLiteral("2020-13-01"), QStringLiteral("demain"), QStringLiteral("12/2020") }) {
        INFO(bad.toStdString());
        typeDate(field, bad);
        CHECK(problemShown(field));
        CHECK_FALSE(field.check());
    }
}

TEST_CASE("an empty date is refused unless the field is optional")
{
    DateField field(QDate(2020, 1, 1));
    field.show();
    REQUIRE(QTest::qWaitForWindowExposed(&field));
    typeDate(field, QString());
    CHECK(field.isEmpty());
    CHECK_FALSE(field.check());
    CHECK(problemShown(field));
    field.setOptional(true);
    CHECK(field.check());
    CHECK_FALSE(problemShown(field));
    CHECK_FALSE(field.date().isValid());
}

TEST_CASE("a date after the latest allowed is refused with the limit")
{
    DateField field(QDate::currentDate());
    field.setMaximumDate(QDate::currentDate());
    field.show();
    REQUIRE(QTest::qWaitForWindowExposed(&field));
    typeDate(field, displayGregorianDate(QDate::currentDate().addDays(3)));
    CHECK_FALSE(field.check());
    CHECK(problemText(field).contains(displayGregorianDate(QDate::currentDate())));
}

TEST_CASE("the calendar picks a date, right to left in Arabic")
{
    applyLanguage(QStringLiteral("ar"));
    {
        DateField field(QDate(2026, 11, 5));
        field.show();
        REQUIRE(QTest::qWaitForWindowExposed(&field));
        QTest::mouseClick(field.calendarButton(), Qt::LeftButton);
        QCalendarWidget* calendar = field.calendar();
        REQUIRE(calendar->isVisible());
        CHECK(calendar->layoutDirection() == Qt::RightToLeft);
        CHECK(calendar->selectedDate() == QDate(2026, 11, 5));
        CHECK(field.lineEdit()->layoutDirection() == Qt::LeftToRight); // the date reads 05/11/2026
        screenshot(*calendar->window(), QStringLiteral("date-calendar-ar"));

        QSignalSpy changed(&field, &DateField::dateChanged);
        calendar->setSelectedDate(QDate(2026, 11, 20));
        QTest::keyClick(calendar->focusWidget() ? calendar->focusWidget() : calendar, Qt::Key_Return);
        CHECK_FALSE(calendar->isVisible());
        CHECK(field.date() == QDate(2026, 11, 20));
        CHECK(field.lineEdit()->text() == QStringLiteral("20/11/2026"));
        CHECK(changed.count() == 1);

        // From the keyboard too.
        QTest::keyClick(field.lineEdit(), Qt::Key_Down, Qt::AltModifier);
        CHECK(calendar->isVisible());
        QTest::keyClick(calendar->focusWidget() ? calendar->focusWidget() : calendar, Qt::Key_Escape);
        CHECK_FALSE(calendar->isVisible());
        CHECK(field.date() == QDate(2026, 11, 20));
    }
    applyLanguage(QStringLiteral("en"));
}

TEST_CASE("the Hijri date shows beside the field when the settings ask for it")
{
    setDisplayOptions({ false, true });
    DateField field(QDate(2024, 6, 1));
    field.show();
    REQUIRE(QTest::qWaitForWindowExposed(&field));
    const auto labels = field.findChildren<QLabel*>();
    const bool hijriShown = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel* label) {
        return label->isVisible() && label->text().contains(QStringLiteral("1445"));
    });
    CHECK(hijriShown);
    CHECK(field.lineEdit()->text() == QStringLiteral("01/06/2024")); // the field keeps the day alone
    setDisplayOptions({});
}

TEST_CASE("an incident typed with a day-first date is saved on that day, a bad one saves nothing")
{
    TempDatabase t;
    const QString child = *ResidentStore(t.db()).create(TempDatabase::sampleResident());
    REQUIRE(StayStore(t.db())
                .admit(child, t.db().site().institutionId, QDate::currentDate().addDays(-10), {})
                .ok());
    Incident incident;
    incident.institutionId = t.db().site().institutionId;
    IncidentDialog dialog(t.db(), incident);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* date = dialog.findChild<DateField*>(QStringLiteral("incidentDate"));
    REQUIRE(date);
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("incidentDescription"))
        ->setPlainText(QStringLiteral("شجار"));
    // The resident concerned, picked among those present (the picker lists them before anything is typed).
    auto* results = dialog.findChild<QTableWidget*>(QStringLiteral("incidentResidentResults"));
    REQUIRE(results);
    REQUIRE(results->rowCount() == 1);
    emit results->cellDoubleClicked(0, 0);
    REQUIRE(dialog.findChild<QListWidget*>(QStringLiteral("incidentResidents"))->count() == 1);
    const QDate yesterday = QDate::currentDate().addDays(-1);
    const auto saved = [&] {
        return IncidentStore(t.db()).list(incident.institutionId, QDate(2000, 1, 1), QDate::currentDate());
    };

    typeInto(date->lineEdit(), QStringLiteral("30/02/2025"));
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(problemShown(*date));
    CHECK(saved()->isEmpty());

    typeInto(date->lineEdit(),
             QStringLiteral("%1/%2/%3").arg(yesterday.day()).arg(yesterday.month()).arg(yesterday.year()));
    dialog.accept();
    CHECK_FALSE(dialog.isVisible());
    REQUIRE(saved()->size() == 1);
    CHECK(saved()->first().occurredOn == yesterday);
}

TEST_CASE("status and decision labels ask for the resident's sex")
{
    TempDatabase t;
    Resident girl = TempDatabase::sampleResident();
    Resident boy = TempDatabase::sampleResident();
    boy.firstName = QStringLiteral("يوسف");
    boy.firstNameLatin = QStringLiteral("Youssef");
    boy.massarCode = QStringLiteral("G987654321");
    boy.sex = QStringLiteral("M");
    ResidentStore store(t.db());
    const QString girlId = *store.create(girl);
    REQUIRE(store.create(boy));

    SexMarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    ResidentTableModel model(t.db());
    model.reload();
    QStringList statuses;
    for (int row = 0; row < model.rowCount(); ++row) {
        statuses << model.data(model.index(row, ResidentTableModel::Status)).toString();
    }
    statuses.sort();
    CHECK(statuses
          == QStringList { QStringLiteral("female:Registered, not admitted"),
                           QStringLiteral("male:Registered, not admitted") });

    SchoolResultsTab results(t.db());
    results.setResident(girlId, girl.sex);
    auto* decision = results.findChild<QComboBox*>(QStringLiteral("resultDecision"));
    CHECK(decision->itemText(decision->findData(QStringLiteral("passed")))
          == QStringLiteral("female:Passed to the next year"));
    QCoreApplication::removeTranslator(&marking);
    CHECK(residentStatusLabel(QStringLiteral("present"), QStringLiteral("F")) == QStringLiteral("Present"));
    CHECK(schoolDecisionLabel(QStringLiteral("passed"), QStringLiteral("M"))
          == QStringLiteral("Passed to the next year"));
}
