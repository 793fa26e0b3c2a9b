// Registering a child with the keyboard alone: the form opens on its first field, Tab walks it
// in the order it reads (both ways), Enter saves, and the list then shows her selected.
#include "QtCatch.h"
#include "TempDatabase.h"
#include "models/ResidentTableModel.h"
#include "residents/ResidentFileDialog.h"
#include "residents/ResidentStore.h"
#include "residents/ResidentsPage.h"
#include "widgets/DateField.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace riaya;

namespace {

// The fields of a resident's file in the order the form shows them, group by group.
const QStringList kFormOrder {
    QStringLiteral("first_name"),
    QStringLiteral("last_name"),
    QStringLiteral("first_name_latin"),
    QStringLiteral("last_name_latin"),
    QStringLiteral("sex"),
    QStringLiteral("birth_date"),
    QStringLiteral("birth_place"),
    QStringLiteral("father_name"),
    QStringLiteral("mother_name"),
    QStringLiteral("massar_code"),
    QStringLiteral("national_id"),
    QStringLiteral("guardian_name"),
    QStringLiteral("guardian_relation"),
    QStringLiteral("guardian_phone"),
    QStringLiteral("origin"),
    QStringLiteral("school_name"),
    QStringLiteral("school_level"),
    QStringLiteral("health_notes"),
};
const QStringList kRequired { QStringLiteral("first_name"), QStringLiteral("last_name"),
                              QStringLiteral("sex"), QStringLiteral("birth_date") };

void typeText(QWidget* widget, const QString& text)
{
    for (const QChar ch : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &press);
    }
}

// The field the focus is in, by name: a date field for the line inside it.
QString fieldName(const QWidget* focused)
{
    if (const auto* date = qobject_cast<const DateField*>(focused->parentWidget())) {
        return date->objectName();
    }
    return focused->objectName();
}

// The fields of the form the focus passes through, pressing Tab (or Shift+Tab) until it comes
// back where it started.
QStringList tabWalk(QWidget* dialog, bool forward)
{
    QStringList visited;
    QWidget* start = dialog->focusWidget();
    for (int step = 0; step < 80; ++step) {
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab, forward ? Qt::NoModifier : Qt::ShiftModifier);
        QWidget* now = dialog->focusWidget();
        if (now == start) {
            break;
        }
        if (kFormOrder.contains(fieldName(now))) {
            visited << fieldName(now);
        }
    }
    return visited;
}

// Fills the required fields as a clerk would: typing, and the arrow key in the sex choice.
void fillWithKeys(ResidentFileDialog& dialog)
{
    typeText(dialog.focusWidget(), QStringLiteral("فاطمة"));
    QTest::keyClick(dialog.focusWidget(), Qt::Key_Tab);
    typeText(dialog.focusWidget(), QStringLiteral("الزهراوي"));
    auto* sex = dialog.findChild<QComboBox*>(QStringLiteral("sex"));
    while (dialog.focusWidget() != sex) {
        QTest::keyClick(dialog.focusWidget(), Qt::Key_Tab);
    }
    QTest::keyClick(sex, Qt::Key_Down);
    REQUIRE(sex->currentData().toString() == QStringLiteral("F"));
    QTest::keyClick(sex, Qt::Key_Tab);
    REQUIRE(fieldName(dialog.focusWidget()) == QStringLiteral("birth_date"));
    typeText(dialog.focusWidget(), QStringLiteral("2012-03-15"));
}

} // namespace

TEST_CASE("the registration form opens on the first name and Tab walks every field in its order, both ways")
{
    TempDatabase t;
    ResidentFileDialog dialog(t.db(), QString());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    REQUIRE(dialog.focusWidget());
    CHECK(dialog.focusWidget()->objectName() == QStringLiteral("first_name"));
    CHECK(QApplication::focusWidget() == dialog.focusWidget());

    QStringList forward = QStringList { QStringLiteral("first_name") } + tabWalk(&dialog, true);
    CHECK(forward == kFormOrder);
    QStringList backward = tabWalk(&dialog, false) + QStringList { QStringLiteral("first_name") };
    std::reverse(backward.begin(), backward.end());
    CHECK(backward == kFormOrder);
    for (const QString& field : kRequired) {
        CHECK(forward.contains(field));
    }
}

TEST_CASE("Enter saves the new resident from a line of the form, and is a new line in the health notes")
{
    TempDatabase t;
    ResidentFileDialog dialog(t.db(), QString());
    QSignalSpy registered(&dialog, &ResidentFileDialog::registered);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    fillWithKeys(dialog);

    auto* notes = dialog.findChild<QPlainTextEdit*>(QStringLiteral("health_notes"));
    notes->setFocus();
    typeText(notes, QStringLiteral("asthme"));
    QTest::keyClick(notes, Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(notes->toPlainText() == QStringLiteral("asthme\n"));
    CHECK(registered.isEmpty());

    // A mistake: Enter shows it, saves nothing, and the cursor goes to the field to fix.
    QLineEdit* birth = dialog.findChild<DateField*>(QStringLiteral("birth_date"))->lineEdit();
    birth->setFocus();
    birth->setText(QStringLiteral("2012-13-45"));
    QTest::keyClick(birth, Qt::Key_Return);
    CHECK(dialog.isVisible());
    CHECK(registered.isEmpty());
    CHECK(dialog.focusWidget() == birth);
    birth->setText(QStringLiteral("2012-03-15"));
    QTest::keyClick(birth, Qt::Key_Return);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(registered.size() == 1);
    const Resident saved = *ResidentStore(t.db()).get(registered.at(0).at(0).toString());
    CHECK(saved.lastName == QStringLiteral("الزهراوي"));
    CHECK(saved.sex == QStringLiteral("F"));
}

TEST_CASE("after registering, the list shows the new resident selected with a confirmation")
{
    TempDatabase t;
    for (int i = 0; i < 5; ++i) {
        REQUIRE(ResidentStore(t.db()).create(TempDatabase::sampleResident()).ok());
    }
    ResidentsPage page(t.db());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    // A search that hides her: it is set aside to show her.
    auto* search = page.findChild<QLineEdit*>(QStringLiteral("residentSearch"));
    search->setText(QStringLiteral("nobody of that name"));
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(page.model()->rowCount() == 0);

    page.openFile(QString());
    auto* dialog = page.findChild<ResidentFileDialog*>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    QSignalSpy registered(dialog, &ResidentFileDialog::registered);
    fillWithKeys(*dialog);
    QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
    REQUIRE(registered.size() == 1);
    const QString id = registered.at(0).at(0).toString();

    auto* table = page.findChild<QTableView*>(QStringLiteral("residentTable"));
    REQUIRE(table->currentIndex().isValid());
    CHECK(page.model()->residentId(table->currentIndex().row()) == id);
    CHECK(table->selectionModel()->isRowSelected(table->currentIndex().row(), {}));
    auto* message = page.findChild<QLabel*>(QStringLiteral("residentsMessage"));
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("فاطمة")));
    CHECK(message->text().contains(QStringLiteral("registered")));
}
