#include "sharing/RequestsPage.h"

#include "QtCatch.h"
#include "SharingFixtures.h"
#include "inspections/ActionStore.h"
#include "inspections/InspectionStore.h"
#include "inspections/InspectionsPage.h"
#include "inspections/ProgressDialog.h"
#include "residents/ResidentStore.h"
#include "residents/ResidentsPage.h"
#include "residents/StayStore.h"
#include "settings/LanguageSwitcher.h"
#include "sharing/AcceptRequestDialog.h"
#include "sharing/AssignInspectorDialog.h"
#include "sharing/GrantStore.h"
#include "sharing/RefuseRequestDialog.h"
#include "sharing/RequestStore.h"
#include "sharing/TransferRequestDialog.h"
#include "widgets/DateField.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

// The requests between sites on screen (docs/sharing.md): real databases exchanging real
// bundles through the ministry, the dialogs driven as a person would.
using namespace riaya;

namespace {

// Saves a picture for docs/screenshots in Arabic and French when RIAYA_SCREENSHOT_DIR is set.
void screenshot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("RIAYA_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        return;
    }
    for (const QString& language : { QStringLiteral("ar"), QStringLiteral("fr") }) {
        applyLanguage(language);
        QTest::qWait(30);
        REQUIRE(widget.grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, language))));
    }
    applyLanguage(QStringLiteral("en"));
}

// A dialog made in each language (dialogs are worded when made), for the screenshots.
template<typename Make> void dialogScreenshot(const QString& name, Make make)
{
    const QString dir = qEnvironmentVariable("RIAYA_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        return;
    }
    for (const QString& language : { QStringLiteral("ar"), QStringLiteral("fr") }) {
        applyLanguage(language);
        auto dialog = make();
        dialog->show();
        QTest::qWait(30);
        REQUIRE(dialog->grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, language))));
    }
    applyLanguage(QStringLiteral("en"));
}

QString admittedChild(SyncNetwork::Site& house, const QString& firstName)
{
    Resident r = TempDatabase::sampleResident();
    r.firstName = firstName;
    const Result<QString> id = ResidentStore(house.db()).create(r);
    REQUIRE(id.ok());
    REQUIRE(StayStore(house.db())
                .admit(*id, house.db().site().institutionId, QDate::currentDate().addMonths(-6),
                       QStringLiteral("يتيم"))
                .ok());
    return *id;
}

// Two houses that know each other's institution through the ministry.
struct TwoHouses
{
    SyncNetwork n;
    SyncNetwork::Site& houseA = n.site();
    SyncNetwork::Site& houseB = n.addSite();
    TwoHouses()
    {
        exchange(n, houseA);
        exchange(n, houseB);
        exchange(n, houseA);
    }
    // A transfer of a child of A to B, asked at A and relayed to B.
    std::pair<QString, QString> relayedTransfer(const QString& firstName)
    {
        const QString child = admittedChild(houseA, firstName);
        const Result<QString> asked
            = RequestStore(houseA.db())
                  .requestTransfer(child, houseB.db().site().institutionId, QStringLiteral("تقريب من الأسرة"),
                                   QDate::currentDate().addDays(-1));
        REQUIRE(asked.ok());
        exchange(n, houseA);
        exchange(n, houseB);
        return { child, *asked };
    }
};

template<typename D> D* modal()
{
    return qobject_cast<D*>(QApplication::activeModalWidget());
}

void answerYes()
{
    QTimer::singleShot(0, [] {
        if (auto* box = modal<QMessageBox>()) {
            box->button(QMessageBox::Yes)->click();
        }
    });
}

void selectRow(QTableWidget* table, int row)
{
    table->setCurrentCell(row, 0);
}

} // namespace

TEST_CASE("the house asked lists an incoming transfer, accepting it moves the file here")
{
    TwoHouses h;
    const auto [child, request] = h.relayedTransfer(QStringLiteral("ياسين"));
    RequestsPage page(h.houseB.db());
    page.resize(1200, 640);
    page.show();
    auto* incoming = page.findChild<QTableWidget*>(QStringLiteral("incomingRequests"));
    REQUIRE(incoming->rowCount() == 1);
    CHECK(incoming->item(0, 1)->text() == ResidentStore(h.houseB.db()).get(child)->displayName());
    CHECK(incoming->item(0, 6)->text() == requestStateLabel(QStringLiteral("requested")));
    auto* accept = page.findChild<QPushButton*>(QStringLiteral("acceptRequest"));
    CHECK_FALSE(accept->isEnabled()); // nothing selected yet
    selectRow(incoming, 0);
    REQUIRE(accept->isEnabled());
    screenshot(page, QStringLiteral("requests-house"));
    dialogScreenshot(QStringLiteral("requests-accept"), [&] {
        return std::make_unique<AcceptRequestDialog>(h.houseB.db(),
                                                     *RequestStore(h.houseB.db()).get(request));
    });

    bool driven = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = modal<AcceptRequestDialog>();
        REQUIRE(dialog);
        // The house asked for comes first among the institutions this site runs.
        auto* into = dialog->findChild<QComboBox*>(QStringLiteral("acceptInstitution"));
        CHECK(into->currentData().toString() == h.houseB.db().site().institutionId);
        CHECK(into->count() == 1);
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("acceptNote"))
            ->setPlainText(QStringLiteral("مرحبا"));
        QTest::keyClick(dialog->findChild<QPushButton*>(QStringLiteral("confirmAccept")), Qt::Key_Space);
        driven = true;
    });
    accept->click();
    REQUIRE(driven);
    const Result<QList<Stay>> stays = StayStore(h.houseB.db()).staysOf(child);
    REQUIRE(stays.ok());
    REQUIRE(stays->size() == 2);
    CHECK(stays->last().institutionId == h.houseB.db().site().institutionId);
    CHECK(stays->last().isOpen());
    CHECK(incoming->item(0, 6)->text().startsWith(requestStateLabel(QStringLiteral("accepted"))));
    CHECK(incoming->item(0, 6)->text().contains(QStringLiteral("مرحبا")));
    CHECK_FALSE(accept->isEnabled()); // a decision is final
    CHECK(page.findChild<QLabel*>(QStringLiteral("requestsMessage"))
              ->text()
              .contains(QStringLiteral("accepted")));
}

TEST_CASE("refusing without a reason shows the error and changes nothing, with one it is refused")
{
    TwoHouses h;
    const auto [child, request] = h.relayedTransfer(QStringLiteral("مريم"));
    RequestsPage page(h.houseB.db());
    page.show();
    auto* incoming = page.findChild<QTableWidget*>(QStringLiteral("incomingRequests"));
    REQUIRE(incoming->rowCount() == 1);
    selectRow(incoming, 0);

    bool refusedEmpty = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = modal<RefuseRequestDialog>();
        REQUIRE(dialog);
        dialog->accept(); // Enter with no reason
        refusedEmpty = dialog->isVisible()
            && !dialog->findChild<QLabel*>(QStringLiteral("refuseError"))->text().isEmpty();
        CHECK(RequestStore(h.houseB.db()).get(request)->isPending());
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("refuseReason"))
            ->setPlainText(QStringLiteral("لا مكان شاغر"));
        dialog->findChild<QPushButton*>(QStringLiteral("confirmRefuse"))->click();
    });
    page.findChild<QPushButton*>(QStringLiteral("refuseRequest"))->click();
    CHECK(refusedEmpty);
    const Result<SiteRequest> decided = RequestStore(h.houseB.db()).get(request);
    CHECK(decided->state == QStringLiteral("refused"));
    CHECK(decided->decisionNote == QStringLiteral("لا مكان شاغر"));
    CHECK(incoming->item(0, 6)->text().contains(QStringLiteral("لا مكان شاغر")));

    SECTION("Escape closes the dialog without deciding")
    {
        const auto [other, second] = h.relayedTransfer(QStringLiteral("سعاد"));
        page.refresh();
        REQUIRE(incoming->rowCount() == 2);
        selectRow(incoming, 0); // the pending one comes first
        QTimer::singleShot(0, [&] {
            auto* dialog = modal<RefuseRequestDialog>();
            REQUIRE(dialog);
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        page.findChild<QPushButton*>(QStringLiteral("refuseRequest"))->click();
        CHECK(RequestStore(h.houseB.db()).get(second)->isPending());
    }
}

TEST_CASE("a house asks for a transfer from the residents page, then cancels it")
{
    TwoHouses h;
    const QString child = admittedChild(h.houseA, QStringLiteral("خديجة"));
    ResidentsPage residents(h.houseA.db());
    residents.show();
    auto* transfer = residents.findChild<QPushButton*>(QStringLiteral("transferResident"));
    REQUIRE(transfer->isVisible());
    CHECK_FALSE(transfer->isEnabled()); // no resident selected
    REQUIRE(residents.selectResident(child));
    REQUIRE(transfer->isEnabled());
    dialogScreenshot(QStringLiteral("requests-transfer"), [&] {
        return std::make_unique<TransferRequestDialog>(h.houseA.db(), child, QStringLiteral("خديجة"));
    });

    bool refusedEmpty = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = modal<TransferRequestDialog>();
        REQUIRE(dialog);
        // Only the houses of other sites are offered.
        auto* into = dialog->findChild<QComboBox*>(QStringLiteral("transferInstitution"));
        REQUIRE(into->count() == 1);
        CHECK(into->itemData(0).toString() == h.houseB.db().site().institutionId);
        dialog->accept(); // no reason
        refusedEmpty = dialog->isVisible()
            && !dialog->findChild<QLabel*>(QStringLiteral("transferError"))->text().isEmpty();
        CHECK(RequestStore(h.houseA.db()).list(RequestStore::Which::Outgoing)->isEmpty());
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("transferReason"))
            ->setPlainText(QStringLiteral("اكتظاظ"));
        dialog->findChild<QPushButton*>(QStringLiteral("confirmTransfer"))->click();
    });
    transfer->click();
    CHECK(refusedEmpty);
    const auto outgoing = RequestStore(h.houseA.db()).list(RequestStore::Which::Outgoing);
    REQUIRE(outgoing->size() == 1);
    CHECK(outgoing->constFirst().reason == QStringLiteral("اكتظاظ"));
    CHECK(outgoing->constFirst().effectiveOn == QDate::currentDate());

    RequestsPage page(h.houseA.db());
    page.show();
    auto* mine = page.findChild<QTableWidget*>(QStringLiteral("outgoingRequests"));
    REQUIRE(mine->rowCount() == 1);
    auto* cancel = page.findChild<QPushButton*>(QStringLiteral("cancelRequest"));
    selectRow(mine, 0);
    REQUIRE(cancel->isEnabled());
    answerYes();
    cancel->click();
    CHECK(RequestStore(h.houseA.db()).get(outgoing->constFirst().id)->state == QStringLiteral("cancelled"));
    CHECK(mine->item(0, 6)->text() == requestStateLabel(QStringLiteral("cancelled")));
    CHECK_FALSE(cancel->isEnabled());
}

TEST_CASE("the ministry sees every request read-only, and assigns an inspector's site to an institution")
{
    TwoHouses h;
    SyncNetwork::Site& inspector = h.n.addSite(siteWithoutHouse(QStringLiteral("مفتشية الجهة")));
    h.relayedTransfer(QStringLiteral("عمر"));
    Database& ministry = h.n.ministry.db();
    RequestsPage page(ministry);
    page.resize(1200, 640);
    page.show();
    auto* all = page.findChild<QTableWidget*>(QStringLiteral("allRequests"));
    REQUIRE(all);
    CHECK(all->rowCount() == 1);
    for (const char* decision : { "acceptRequest", "refuseRequest", "cancelRequest" }) {
        CHECK_FALSE(page.findChild<QPushButton*>(QLatin1String(decision))->isVisible());
    }
    CHECK_FALSE(page.findChild<QTableWidget*>(QStringLiteral("outgoingRequests"))->isVisible());
    screenshot(page, QStringLiteral("requests-ministry"));

    page.findChild<QTabWidget*>(QStringLiteral("requestsTabs"))->setCurrentIndex(1);
    auto* assign = page.findChild<QPushButton*>(QStringLiteral("assignInspector"));
    REQUIRE(assign->isVisible());
    const QString institution = h.houseA.db().site().institutionId;
    bool refusedUnchosen = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = modal<AssignInspectorDialog>();
        REQUIRE(dialog);
        auto* site = dialog->findChild<QComboBox*>(QStringLiteral("assignSite"));
        auto* house = dialog->findChild<QComboBox*>(QStringLiteral("assignInstitution"));
        site->setCurrentIndex(-1); // no enrolled site chosen
        dialog->accept();
        refusedUnchosen = dialog->isVisible();
        site->setCurrentIndex(site->findData(inspector.db().site().id));
        house->setCurrentIndex(house->findData(institution));
        dialog->findChild<QPushButton*>(QStringLiteral("confirmAssign"))->click();
    });
    assign->click();
    CHECK(refusedUnchosen);
    auto* grants = page.findChild<QTableWidget*>(QStringLiteral("grantList"));
    REQUIRE(grants->rowCount() == 1);
    CHECK(grants->item(0, 1)->text() == RequestStore::siteName(ministry, inspector.db().site().id));
    screenshot(page, QStringLiteral("requests-grants"));

    // The ministry ends what it gave.
    auto* end = page.findChild<QPushButton*>(QStringLiteral("endGrant"));
    selectRow(grants, 0);
    REQUIRE(end->isEnabled());
    answerYes();
    end->click();
    INFO(page.findChild<QLabel*>(QStringLiteral("requestsMessage"))->text().toStdString());
    CHECK(GrantStore(ministry).list()->constFirst().active == false);
    CHECK_FALSE(end->isEnabled());
}

TEST_CASE("the inspected house records the progress of an inspector's action, and changes nothing else of it")
{
    SyncNetwork n;
    SyncNetwork::Site& house = n.site();
    SyncNetwork::Site& inspector = n.addSite(siteWithoutHouse(QStringLiteral("مفتشية الجهة")));
    exchange(n, house);
    exchange(n, inspector);
    const QString institution = house.db().site().institutionId;
    REQUIRE(GrantStore(n.ministry.db())
                .assignInspector(inspector.db().site().id, institution, QStringLiteral("زيارة"))
                .ok());
    exchange(n, inspector);
    const RaisedAction raised = raiseInspectionAction(inspector, institution);
    exchange(n, inspector);
    exchange(n, house);

    InspectionsPage page(house.db());
    page.resize(1200, 640);
    page.show();
    page.findChild<QTabWidget*>()->setCurrentIndex(1);
    auto* actions = page.findChild<QTableWidget*>(QStringLiteral("actionList"));
    REQUIRE(actions->rowCount() == 1);
    selectRow(actions, 0);
    auto* progress = page.findChild<QPushButton*>(QStringLiteral("recordProgress"));
    REQUIRE(progress->isVisible());
    CHECK(progress->isEnabled());
    // The inspector's action is the inspector's to change otherwise.
    for (const char* name : { "actionInProgress", "actionDone", "actionVerify" }) {
        CHECK_FALSE(page.findChild<QPushButton*>(QLatin1String(name))->isEnabled());
    }
    dialogScreenshot(QStringLiteral("action-progress"), [&] {
        return std::make_unique<ProgressDialog>(house.db(), *ActionStore(house.db()).get(raised.action));
    });

    QTimer::singleShot(0, [&] {
        auto* dialog = modal<ProgressDialog>();
        REQUIRE(dialog);
        auto* state = dialog->findChild<QComboBox*>(QStringLiteral("progressState"));
        CHECK(state->count() == 3);
        CHECK(state->findData(QStringLiteral("verified")) < 0); // the inspector verifies
        state->setCurrentIndex(state->findData(QStringLiteral("done")));
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("progressNote"))
            ->setPlainText(QStringLiteral("استبدلت الطفايات"));
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("progressEvidence"))
            ->setPlainText(QStringLiteral("فاتورة المورد"));
        dialog->findChild<QPushButton*>(QStringLiteral("saveProgress"))->click();
    });
    progress->click();
    const Result<CorrectiveAction> recorded = ActionStore(house.db()).get(raised.action);
    CHECK(recorded->state == QStringLiteral("done"));
    CHECK(recorded->evidence == QStringLiteral("فاتورة المورد"));
    CHECK(recorded->stateNote == QStringLiteral("استبدلت الطفايات"));
    REQUIRE(actions->rowCount() == 1);
    CHECK(actions->item(0, 5)->text() == QStringLiteral("فاتورة المورد"));
    screenshot(page, QStringLiteral("action-progress-list"));
}

TEST_CASE("progress is refused on a verified action, inline, and its button is disabled")
{
    TempDatabase t;
    Database& db = t.db();
    InspectionStore inspections(db);
    const Result<QString> visit
        = inspections.start(db.site().institutionId, QStringLiteral("care-standards-1"), QDate::currentDate(),
                            QStringLiteral("سميرة العلوي"));
    REQUIRE(visit.ok());
    Inspection draft = *inspections.get(*visit);
    draft.findings.append({ {}, {}, QStringLiteral("سجل الحضور غير موقع"), QStringLiteral("minor") });
    REQUIRE(inspections.saveDraft(draft).ok());
    CorrectiveAction action;
    action.inspectionId = *visit;
    action.findingId = inspections.get(*visit)->findings.constFirst().id;
    action.description = QStringLiteral("توقيع السجل يوميا");
    action.responsible = QStringLiteral("المدير");
    action.dueOn = QDate::currentDate().addDays(10);
    const Result<QString> raised = ActionStore(db).raise(action);
    REQUIRE(raised.ok());
    REQUIRE(ActionStore(db).setState(*raised, QStringLiteral("verified")).ok());

    ProgressDialog dialog(db, *ActionStore(db).get(*raised));
    dialog.show();
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("progressError"))
              ->text()
              .contains(QStringLiteral("verified")));
    CHECK(ActionStore(db).get(*raised)->state == QStringLiteral("verified"));

    InspectionsPage page(db);
    page.show();
    auto* actions = page.findChild<QTableWidget*>(QStringLiteral("actionList"));
    REQUIRE(actions->rowCount() == 1);
    selectRow(actions, 0);
    CHECK_FALSE(page.findChild<QPushButton*>(QStringLiteral("recordProgress"))->isEnabled());
    CHECK_FALSE(page.findChild<QPushButton*>(QStringLiteral("actionVerify"))->isEnabled());
}
