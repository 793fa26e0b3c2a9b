#include "inspections/InspectionsPage.h"

#include "QtCatch.h"
#include "TempDatabase.h"
#include "inspections/ActionStore.h"
#include "inspections/InspectionDialog.h"
#include "inspections/InspectionStore.h"
#include "inspections/TemplateEditorDialog.h"
#include "inspections/TemplateStore.h"
#include "institutions/InstitutionStore.h"
#include "settings/LanguageSwitcher.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace riaya;

namespace {

const QString kShipped = QStringLiteral("care-standards-1");

// A finalized inspection of the site's house, with a finding and an overdue action.
QString finalizedWithOverdueAction(Database& db, const QDate& visited)
{
    InspectionStore store(db);
    const QString id
        = *store.start(db.site().institutionId, kShipped, visited, QStringLiteral("سميرة العلوي"));
    Inspection draft = *store.get(id);
    int n = 0;
    for (const TemplateItem* item : TemplateStore::builtIn().constFirst().items()) {
        const bool scale = item->scoring == TemplateItem::Scoring::Scale;
        draft.answers[item->key].value = scale
            ? QString::number(n % 5)
            : (n % 4 == 0 ? QStringLiteral("partly") : QStringLiteral("compliant"));
        ++n;
    }
    draft.answers[QStringLiteral("safety.1.1")]
        = { QStringLiteral("not_compliant"), QStringLiteral("طفايتان فارغتان"),
            QStringLiteral("سجل الصيانة") };
    draft.findings.append({ {},
                            QStringLiteral("safety.1.1"),
                            QStringLiteral("طفايات الحريق في الجناح ب فارغة"),
                            QStringLiteral("critical") });
    REQUIRE(store.saveDraft(draft).ok());
    REQUIRE(store.finalize(id).ok());
    CorrectiveAction action;
    action.inspectionId = id;
    action.findingId = store.get(id)->findings.constFirst().id;
    action.description = QStringLiteral("ملء طفايات الحريق وتوقيع سجل الصيانة");
    action.responsible = QStringLiteral("مدير الدار");
    action.dueOn = visited.addDays(20);
    REQUIRE(ActionStore(db).raise(action).ok());
    return id;
}

QString screenshotDir()
{
    return qEnvironmentVariable("RIAYA_SCREENSHOT_DIR");
}

} // namespace

TEST_CASE("an inspection is scored with the keyboard, item after item, with scores as it goes")
{
    TempDatabase t;
    InspectionStore store(t.db());
    const QString id
        = *store.start(t.db().site().institutionId, kShipped, QDate::currentDate(), QStringLiteral("Samira"));
    InspectionDialog dialog(t.db(), id);
    dialog.show();
    auto* tree = dialog.findChild<QTreeWidget*>(QStringLiteral("inspectionItems"));
    REQUIRE(tree->currentItem()->data(0, Qt::UserRole).toString() == QStringLiteral("safety.1.1"));
    QTest::keyClick(tree, Qt::Key_1); // compliant, then the next item
    QTest::keyClick(tree, Qt::Key_3); // not compliant
    QTest::keyClick(tree, Qt::Key_N); // not applicable
    CHECK(tree->currentItem()->data(0, Qt::UserRole).toString() == QStringLiteral("safety.2.1"));
    dialog.findChild<QLineEdit*>(QStringLiteral("inspectionNote"))
        ->setText(QStringLiteral("Tableau électrique fermé à clé"));
    QTest::keyClick(tree, Qt::Key_2); // partly, the note goes with it
    QTest::keyClick(tree, Qt::Key_9); // no answer on this item: ignored
    CHECK(dialog.isModified());
    const QString total = dialog.findChild<QLabel*>(QStringLiteral("inspectionTotal"))->text();
    CHECK(total.contains(QStringLiteral("4 of")));
    REQUIRE(dialog.save());
    const Inspection saved = *store.get(id);
    CHECK(saved.answers.value(QStringLiteral("safety.1.1")).value == QStringLiteral("compliant"));
    CHECK(saved.answers.value(QStringLiteral("safety.1.2")).value == QStringLiteral("not_compliant"));
    CHECK(saved.answers.value(QStringLiteral("safety.1.3")).value == QStringLiteral("na"));
    CHECK(saved.answers.value(QStringLiteral("safety.2.1")).value == QStringLiteral("partly"));
    CHECK(saved.answers.value(QStringLiteral("safety.2.1")).note
          == QStringLiteral("Tableau électrique fermé à clé"));
    // weights 3, 3, (na), 3 in the shipped document: (3 + 0 + 1.5) / 9
    CHECK(*saved.score == Approx(50.0));

    // Finalizing too early is refused with the items named, and the draft stays.
    CHECK_FALSE(store.finalize(id).ok());
    CHECK(store.get(id)->state == QStringLiteral("draft"));
}

TEST_CASE("a finalized inspection opens read-only")
{
    TempDatabase t;
    const QString id = finalizedWithOverdueAction(t.db(), QDate::currentDate().addDays(-60));
    InspectionDialog dialog(t.db(), id);
    auto* tree = dialog.findChild<QTreeWidget*>(QStringLiteral("inspectionItems"));
    QTest::keyClick(tree, Qt::Key_1);
    CHECK_FALSE(dialog.isModified());
    CHECK_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("inspectionFinalize"))->isEnabled());
    CHECK(InspectionStore(t.db()).get(id)->answers.value(QStringLiteral("safety.1.1")).value
          == QStringLiteral("not_compliant"));

    if (const QString dir = screenshotDir(); !dir.isEmpty()) {
        for (const QString& language : { QStringLiteral("ar"), QStringLiteral("fr") }) {
            applyLanguage(language);
            InspectionDialog shown(t.db(), id);
            shown.resize(1100, 760);
            shown.show();
            QTest::qWait(30);
            REQUIRE(shown.grab().save(QDir(dir).filePath(QStringLiteral("inspection-%1.png").arg(language))));
        }
        applyLanguage(QStringLiteral("en"));
    }
}

TEST_CASE("the inspections screen marks overdue actions and shows an institution's history")
{
    TempDatabase t;
    finalizedWithOverdueAction(t.db(), QDate::currentDate().addDays(-200));
    const QString recent = finalizedWithOverdueAction(t.db(), QDate::currentDate().addDays(-60));
    REQUIRE(InspectionStore(t.db())
                .start(t.db().site().institutionId, kShipped, QDate::currentDate(), QStringLiteral("Karim"),
                       recent)
                .ok());
    InspectionsPage page(t.db());
    page.resize(1100, 640);
    page.show();
    auto* list = page.findChild<QTableWidget*>(QStringLiteral("inspectionList"));
    CHECK(list->rowCount() == 3);
    CHECK(list->item(0, 3)->text().contains(QStringLiteral("follow-up")));
    auto* actions = page.findChild<QTableWidget*>(QStringLiteral("actionList"));
    REQUIRE(actions->rowCount() == 2);
    CHECK(actions->item(0, 4)->text().contains(QStringLiteral("overdue")));
    auto* tabs = page.findChild<QTabWidget*>();
    CHECK(tabs->tabText(1).contains(QStringLiteral("2 overdue")));
    auto* open = page.findChild<QTableWidget*>(QStringLiteral("openActions"));
    CHECK(open->rowCount() == 2);

    if (const QString dir = screenshotDir(); !dir.isEmpty()) {
        for (const QString& language : { QStringLiteral("ar"), QStringLiteral("fr") }) {
            applyLanguage(language);
            for (const auto& [tab, name] : { std::pair { 0, QStringLiteral("inspection-list") },
                                             std::pair { 1, QStringLiteral("inspection-actions") },
                                             std::pair { 2, QStringLiteral("inspection-history") } }) {
                tabs->setCurrentIndex(tab);
                QTest::qWait(30);
                REQUIRE(
                    page.grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, language))));
            }
        }
        applyLanguage(QStringLiteral("en"));
    }
}

TEST_CASE("the ministry edits the standards and publishes them as a new edition")
{
    SiteSettings hub;
    hub.name = QStringLiteral("الوزارة");
    hub.ministry = true;
    TempDatabase t(hub);
    TemplateEditorDialog editor(t.db(), TemplateStore::builtIn().constFirst());
    editor.show();
    auto* tree = editor.findChild<QTreeWidget*>(QStringLiteral("templateTree"));
    REQUIRE(tree->currentItem());
    auto* arabic = editor.findChild<QLineEdit*>(QStringLiteral("templateText0"));
    arabic->setText(QStringLiteral("طفايات الحريق موجودة ومراقبة"));
    editor.findChild<QPushButton*>(QStringLiteral("publishTemplate"))->click();
    CHECK(editor.result() == QDialog::Accepted);
    const auto templates = TemplateStore(t.db()).list();
    REQUIRE(templates->size() == 2);
    const InspectionTemplate& second = templates->constLast();
    CHECK(second.edition == 2);
    CHECK(second.item(QStringLiteral("safety.1.1"))->text.ar
          == QStringLiteral("طفايات الحريق موجودة ومراقبة"));
    CHECK(TemplateStore(t.db()).current()->id == second.id);

    if (const QString dir = screenshotDir(); !dir.isEmpty()) {
        for (const QString& language : { QStringLiteral("ar"), QStringLiteral("fr") }) {
            applyLanguage(language);
            TemplateEditorDialog shown(t.db(), second);
            shown.show();
            QTest::qWait(30);
            REQUIRE(shown.grab().save(
                QDir(dir).filePath(QStringLiteral("standards-editor-%1.png").arg(language))));
        }
        applyLanguage(QStringLiteral("en"));
    }

    // An added item without its texts is refused, naming what is missing; nothing is published.
    TemplateEditorDialog again(t.db(), second);
    again.show();
    for (QPushButton* button : again.findChildren<QPushButton*>()) {
        if (button->text().contains(QStringLiteral("Add an item"))) {
            button->click();
        }
    }
    again.findChild<QPushButton*>(QStringLiteral("publishTemplate"))->click();
    CHECK(again.result() != QDialog::Accepted);
    CHECK(again.findChild<QLabel*>(QStringLiteral("templateError"))
              ->text()
              .contains(QStringLiteral("Arabic, French and English")));
    CHECK(TemplateStore(t.db()).list()->size() == 2);
}
