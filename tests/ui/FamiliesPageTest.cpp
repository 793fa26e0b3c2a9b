#include "families/FamiliesPage.h"

#include "QtCatch.h"
#include "TempDatabase.h"
#include "families/FamilyDialog.h"
#include "families/FamilyStore.h"
#include "families/PlaceChildDialog.h"
#include "families/PlacementDialog.h"
#include "families/PlacementStore.h"
#include "residents/ResidentFileDialog.h"
#include "residents/ResidentStore.h"
#include "residents/StayStore.h"
#include "settings/LanguageSwitcher.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace riaya;

namespace {

void setCell(QTableWidget* table, int row, int column, const QString& text)
{
    table->setItem(row, column, new QTableWidgetItem(text));
}

QString screenshotDir()
{
    return qEnvironmentVariable("RIAYA_SCREENSHOT_DIR");
}

} // namespace

TEST_CASE("a family is registered, studied and approved from its page, and a child placed with it")
{
    TempDatabase t;
    const QDate today = QDate::currentDate();
    Resident r = TempDatabase::sampleResident();
    const QString child = *ResidentStore(t.db()).create(r);
    REQUIRE(StayStore(t.db())
                .admit(child, t.db().site().institutionId, today.addYears(-1), QStringLiteral("يتيم"))
                .ok());

    FamilyDialog dialog(t.db(), QString());
    dialog.show();
    dialog.findChild<QLineEdit*>(QStringLiteral("familyName"))->setText(QStringLiteral("العلوي"));
    auto* members = dialog.findChild<QTableWidget*>(QStringLiteral("familyMembers"));
    // Saved without a head of family: refused, named, nothing saved.
    REQUIRE_FALSE(dialog.saveDetails());
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("familyError"))->text().contains(QStringLiteral("head")));
    CHECK(FamilyStore(t.db()).search({})->isEmpty());
    members->setRowCount(2);
    setCell(members, 0, 0, QStringLiteral("أحمد العلوي"));
    setCell(members, 0, 1, QStringLiteral("زوج"));
    setCell(members, 0, 2, QStringLiteral("1978"));
    auto* head = new QTableWidgetItem;
    head->setCheckState(Qt::Checked);
    members->setItem(0, 3, head);
    setCell(members, 1, 0, QStringLiteral("فاطمة بناني"));
    setCell(members, 1, 1, QStringLiteral("زوجة"));
    REQUIRE(dialog.saveDetails());
    const QString family = dialog.familyId();
    REQUIRE_FALSE(family.isEmpty());
    CHECK(FamilyStore(t.db()).get(family)->members.size() == 2);

    auto* next = dialog.findChild<QComboBox*>(QStringLiteral("nextState"));
    auto* reason = dialog.findChild<QLineEdit*>(QStringLiteral("decisionReason"));
    const auto decide = [&](const QString& state) {
        next->setCurrentIndex(next->findData(state));
        reason->setText(QStringLiteral("قرار ") + state);
        return dialog.recordDecision();
    };
    REQUIRE(decide(QStringLiteral("application")));
    REQUIRE(decide(QStringLiteral("home_study")));
    dialog.findChild<QLineEdit*>(QStringLiteral("approvalNumber"))->setText(QStringLiteral("AP-2026-3"));
    CHECK_FALSE(decide(QStringLiteral("approved"))); // no home study yet
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("familyError"))
              ->text()
              .contains(QStringLiteral("home study")));
    dialog.findChild<QLineEdit*>(QStringLiteral("studySocialWorker"))->setText(QStringLiteral("نادية"));
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("studyAssessment"))
        ->setPlainText(QStringLiteral("بيت لائق وأسرة مستقرة"));
    REQUIRE(dialog.addHomeStudy());
    REQUIRE(decide(QStringLiteral("approved")));
    CHECK(FamilyStore(t.db()).get(family)->state == QStringLiteral("approved"));
    CHECK(dialog.findChild<QTableWidget*>(QStringLiteral("familyHistory"))->rowCount() == 4);

    PlaceChildDialog place(t.db(), *FamilyStore(t.db()).get(family));
    place.show();
    place.search(r.firstName);
    REQUIRE(place.findChild<QListWidget*>(QStringLiteral("children"))->count() >= 1);
    place.accept(); // no reference yet
    CHECK(place.result() != QDialog::Accepted);
    CHECK(
        place.findChild<QLabel*>(QStringLiteral("placeError"))->text().contains(QStringLiteral("reference")));
    place.findChild<QLineEdit*>(QStringLiteral("legalReference"))->setText(QStringLiteral("كفالة 45/2026"));
    place.accept();
    REQUIRE(place.result() == QDialog::Accepted);
    CHECK(ResidentStore(t.db()).get(child)->status == QStringLiteral("placed"));

    if (const QString dir = screenshotDir(); !dir.isEmpty()) {
        REQUIRE(PlacementStore(t.db())
                    .recordVisit({ {},
                                   place.placementId(),
                                   today,
                                   QStringLiteral("نادية"),
                                   QStringLiteral("good"),
                                   QStringLiteral("يتابع دراسته بانتظام"),
                                   QStringLiteral("جيدة"),
                                   {},
                                   QStringLiteral("زيارة بعد شهر") })
                    .ok());
        for (const QString& language : { QStringLiteral("ar"), QStringLiteral("fr") }) {
            applyLanguage(language);
            FamilyDialog page(t.db(), family);
            page.show();
            QTest::qWait(30);
            REQUIRE(page.grab().save(QDir(dir).filePath(QStringLiteral("family-%1.png").arg(language))));
            page.findChild<QTabWidget*>()->setCurrentIndex(1);
            QTest::qWait(30);
            REQUIRE(page.grab().save(
                QDir(dir).filePath(QStringLiteral("family-decisions-%1.png").arg(language))));
            PlacementDialog placement(t.db(), place.placementId());
            placement.show();
            QTest::qWait(30);
            REQUIRE(
                placement.grab().save(QDir(dir).filePath(QStringLiteral("placement-%1.png").arg(language))));
            PlaceChildDialog another(t.db(), *FamilyStore(t.db()).get(family));
            another.show();
            another.search(r.firstName);
            QTest::qWait(30);
            REQUIRE(
                another.grab().save(QDir(dir).filePath(QStringLiteral("place-child-%1.png").arg(language))));
            ResidentFileDialog file(t.db(), child);
            file.show();
            file.findChild<QTabWidget*>()->setCurrentIndex(4); // placements in families
            QTest::qWait(30);
            REQUIRE(file.grab().save(
                QDir(dir).filePath(QStringLiteral("resident-placements-%1.png").arg(language))));
        }
        applyLanguage(QStringLiteral("en"));
    }
}

TEST_CASE("the placement page records visits and ends a placement with a return and its reason")
{
    TempDatabase t;
    const QDate today = QDate::currentDate();
    FamilyStore families(t.db());
    Family f;
    f.familyName = QStringLiteral("Bennani");
    f.members = { { QStringLiteral("Said Bennani"), QStringLiteral("père"), 1975, true } };
    const QString family = *families.add(f, today.addDays(-100));
    REQUIRE(
        families.changeState(family, QStringLiteral("application"), today.addDays(-99), QStringLiteral("a"))
            .ok());
    REQUIRE(
        families.changeState(family, QStringLiteral("home_study"), today.addDays(-98), QStringLiteral("b"))
            .ok());
    REQUIRE(families
                .addHomeStudy({ {},
                                family,
                                today.addDays(-97),
                                QStringLiteral("N"),
                                QStringLiteral("ok"),
                                QStringLiteral("approve") })
                .ok());
    REQUIRE(families
                .changeState(family, QStringLiteral("approved"), today.addDays(-96), QStringLiteral("c"),
                             QStringLiteral("A"), today.addYears(1))
                .ok());
    const QString child = *ResidentStore(t.db()).create(TempDatabase::sampleResident());
    Placement p;
    p.residentId = child;
    p.familyId = family;
    p.startedOn = today.addDays(-80);
    p.legalReference = QStringLiteral("PO-1");
    const QString id = *PlacementStore(t.db()).place(p);

    PlacementDialog dialog(t.db(), id);
    dialog.show();
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("nextVisit"))->text().contains(QStringLiteral("overdue")));
    CHECK_FALSE(dialog.recordVisit()); // no social worker named
    dialog.findChild<QLineEdit*>(QStringLiteral("visitSocialWorker"))->setText(QStringLiteral("Nadia"));
    dialog.findChild<QLineEdit*>(QStringLiteral("visitConcerns"))->setText(QStringLiteral("Pleure le soir"));
    REQUIRE(dialog.recordVisit());
    CHECK(dialog.findChild<QTableWidget*>(QStringLiteral("placementVisits"))->rowCount() == 1);
    CHECK_FALSE(
        dialog.findChild<QLabel*>(QStringLiteral("nextVisit"))->text().contains(QStringLiteral("overdue")));

    auto* outcome = dialog.findChild<QComboBox*>(QStringLiteral("outcome"));
    outcome->setCurrentIndex(outcome->findData(QStringLiteral("returned_to_origin_family")));
    CHECK_FALSE(dialog.endPlacement()); // a return needs its reason
    CHECK(PlacementStore(t.db()).get(id)->isActive());
    dialog.findChild<QLineEdit*>(QStringLiteral("endReason"))
        ->setText(QStringLiteral("La mère a retrouvé un emploi"));
    REQUIRE(dialog.endPlacement());
    CHECK_FALSE(PlacementStore(t.db()).get(id)->isActive());

    FamiliesPage page(t.db());
    page.resize(1000, 600);
    page.show();
    CHECK(page.findChild<QTableWidget*>(QStringLiteral("familyList"))->rowCount() == 1);
    page.findChild<QLineEdit*>(QStringLiteral("familySearch"))
        ->setText(QStringLiteral("بناني")); // the Arabic spelling
    QTest::qWait(300); // the search follows the typing after a short pause
    CHECK(page.findChild<QTableWidget*>(QStringLiteral("familyList"))->rowCount() == 1);
    CHECK(page.findChild<QTableWidget*>(QStringLiteral("placementList"))->rowCount() == 0);
    auto* figures = page.findChild<QTableWidget*>(QStringLiteral("placementFigures"));
    bool returnShown = false;
    for (int row = 0; row < figures->rowCount(); ++row) {
        returnShown = returnShown
            || figures->item(row, 0)->text().contains(QStringLiteral("La mère a retrouvé un emploi"));
    }
    CHECK(returnShown);

    if (const QString dir = screenshotDir(); !dir.isEmpty()) {
        page.findChild<QLineEdit*>(QStringLiteral("familySearch"))->clear();
        for (const QString& language : { QStringLiteral("ar"), QStringLiteral("fr") }) {
            applyLanguage(language);
            auto* tabs = page.findChild<QTabWidget*>();
            for (const auto& [tab, name] : { std::pair { 0, QStringLiteral("families-list") },
                                             std::pair { 2, QStringLiteral("families-figures") } }) {
                tabs->setCurrentIndex(tab);
                QTest::qWait(30);
                REQUIRE(
                    page.grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, language))));
            }
        }
        applyLanguage(QStringLiteral("en"));
    }
}
