#include "incidents/IncidentsPage.h"

#include "QtCatch.h"
#include "TempDatabase.h"
#include "daily/IncidentStore.h"
#include "incidents/IncidentDialog.h"
#include "residents/ResidentStore.h"
#include "residents/StayStore.h"
#include "widgets/DateField.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace riaya;

TEST_CASE("an incident is written down with the residents concerned, and a bad one is refused")
{
    TempDatabase t;
    const QString id = *ResidentStore(t.db()).create(TempDatabase::sampleResident());
    REQUIRE(
        StayStore(t.db()).admit(id, t.db().site().institutionId, QDate::currentDate().addDays(-10), {}).ok());
    IncidentsPage page(t.db());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto* table = page.findChild<QTableWidget*>(QStringLiteral("incidentTable"));
    CHECK(table->rowCount() == 0);

    bool answered = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<IncidentDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            return;
        }
        // Without a description: refused, the dialog stays open with the reason.
        dialog->findChild<DateField*>(QStringLiteral("incidentDate"))->setDate(QDate::currentDate());
        dialog->accept();
        answered = dialog->isVisible()
            && !dialog->findChild<QLabel*>(QStringLiteral("incidentError"))->text().isEmpty();
        auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("incidentKind"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("health")));
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("incidentDescription"))
            ->setPlainText(QStringLiteral("نقل إلى المستوصف بسبب ارتفاع الحرارة"));
        // The residents present are listed before anything is typed; Add takes the current one.
        dialog->findChild<QTableWidget*>(QStringLiteral("incidentResidentResults"))->setCurrentCell(0, 0);
        dialog->findChild<QPushButton*>(QStringLiteral("addResident"))->click();
        dialog->accept();
    });
    Incident blank;
    blank.institutionId = t.db().site().institutionId;
    page.openIncident(blank);
    CHECK(QTest::qWaitFor([&] { return table->rowCount() == 1; }, 3000));
    CHECK(answered);
    const auto stored = IncidentStore(t.db()).list(t.db().site().institutionId);
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().residentIds == QStringList { id });
    CHECK(table->item(0, 2)->text() == QStringLiteral("فاطمة أيت علي"));
}
