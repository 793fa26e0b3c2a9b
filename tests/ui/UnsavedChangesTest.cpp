// Nothing typed is lost: every editor asks before closing with unsaved work, and the window
// asks before quitting. The list of editors below is checked against the sources, so a new
// dialog cannot be added without the guard or without being tested here.
#include "widgets/UnsavedChanges.h"

#include "MainWindow.h"
#include "QtCatch.h"
#include "TempDatabase.h"
#include "daily/Incident.h"
#include "daily/PresenceStore.h"
#include "daily/SchoolResultStore.h"
#include "families/FamilyDialog.h"
#include "families/FamilyStore.h"
#include "families/PlaceChildDialog.h"
#include "families/PlacementDialog.h"
#include "families/PlacementStore.h"
#include "incidents/IncidentDialog.h"
#include "inspections/ActionDialog.h"
#include "inspections/InspectionDialog.h"
#include "inspections/InspectionStore.h"
#include "inspections/ProgressDialog.h"
#include "inspections/TemplateEditorDialog.h"
#include "inspections/TemplateStore.h"
#include "institutions/InstitutionStore.h"
#include "presence/PresencePage.h"
#include "residents/ResidentFileDialog.h"
#include "residents/ResidentStore.h"
#include "residents/StayDialog.h"
#include "residents/StayStore.h"
#include "security/SignInDialog.h"
#include "security/UserStore.h"
#include "settings/LanguageSwitcher.h"
#include "sharing/AcceptRequestDialog.h"
#include "sharing/AssignInspectorDialog.h"
#include "sharing/RefuseRequestDialog.h"
#include "sharing/TransferRequestDialog.h"
#include "widgets/DateField.h"
#include "widgets/EditorDialog.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <functional>
#include <memory>

using namespace riaya;

namespace {

const QString kShipped = QStringLiteral("care-standards-1");

// One house with what every editor opens on: a resident present, an approved family with the
// resident placed, a draft inspection with a finding.
struct Records
{
    TempDatabase t;
    QString resident;
    QString family;
    QString placement;
    QString inspection;

    Records()
    {
        Database& db = t.db();
        const QDate today = QDate::currentDate();
        resident = *ResidentStore(db).create(TempDatabase::sampleResident());
        REQUIRE(StayStore(db).admit(resident, db.site().institutionId, today.addYears(-1), QString()).ok());
        FamilyStore families(db);
        Family f;
        f.familyName = QStringLiteral("Bennani");
        f.members = { { QStringLiteral("Said Bennani"), QStringLiteral("père"), 1975, true } };
        family = *families.add(f, today.addDays(-100));
        REQUIRE(
            families
                .changeState(family, QStringLiteral("application"), today.addDays(-99), QStringLiteral("a"))
                .ok());
        REQUIRE(
            families
                .changeState(family, QStringLiteral("home_study"), today.addDays(-98), QStringLiteral("b"))
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
        const QString placed = *ResidentStore(db).create(TempDatabase::sampleResident());
        Placement p;
        p.residentId = placed;
        p.familyId = family;
        p.startedOn = today.addDays(-80);
        p.legalReference = QStringLiteral("PO-1");
        placement = *PlacementStore(db).place(p);
        InspectionStore inspections(db);
        inspection = *inspections.start(db.site().institutionId, kShipped, today, QStringLiteral("Samira"));
        Inspection draft = *inspections.get(inspection);
        draft.findings.append(
            { {}, QString(), QStringLiteral("Extinguisher empty"), QStringLiteral("major") });
        REQUIRE(inspections.saveDraft(draft).ok());
    }
};

// A request and an action as the dialogs that decide them receive them.
SiteRequest sampleRequest(const QString& kind)
{
    SiteRequest request;
    request.id = QStringLiteral("request-1");
    request.kind = kind;
    request.subjectName = QStringLiteral("Yasmine");
    request.fromName = QStringLiteral("Dar Taliba");
    request.reason = QStringLiteral("closer to her family");
    request.effectiveOn = QDate::currentDate();
    return request;
}

CorrectiveAction sampleAction()
{
    CorrectiveAction action;
    action.id = QStringLiteral("action-1");
    action.description = QStringLiteral("Refill the extinguishers");
    action.responsible = QStringLiteral("Director");
    action.dueOn = QDate::currentDate().addDays(20);
    return action;
}

// Every editor dialog of ui/, by class name (the source check below compares the two lists),
// with the field it must open on.
struct EditorCase
{
    const char* className;
    const char* firstField;
    std::function<EditorDialog*(Records&)> make;
};

const QList<EditorCase>& editorCases()
{
    static const QList<EditorCase> cases {
        { "riaya::ResidentFileDialog", "first_name",
          [](Records& r) { return new ResidentFileDialog(r.t.db(), QString()); } },
        { "riaya::ResidentFileDialog", "first_name",
          [](Records& r) { return new ResidentFileDialog(r.t.db(), r.resident); } },
        { "riaya::StayDialog", "stayDate",
          [](Records& r) { return new StayDialog(r.t.db(), r.resident, StayDialog::Action::Exit); } },
        { "riaya::StayDialog", "stayDate",
          [](Records& r) { return new StayDialog(r.t.db(), r.resident, StayDialog::Action::Transfer); } },
        { "riaya::IncidentDialog", "incidentDate",
          [](Records& r) {
              Incident incident;
              incident.institutionId = r.t.db().site().institutionId;
              return new IncidentDialog(r.t.db(), incident);
          } },
        { "riaya::FamilyDialog", "familyName",
          [](Records& r) { return new FamilyDialog(r.t.db(), QString()); } },
        { "riaya::FamilyDialog", "familyName",
          [](Records& r) { return new FamilyDialog(r.t.db(), r.family); } },
        { "riaya::PlaceChildDialog", "childSearch",
          [](Records& r) { return new PlaceChildDialog(r.t.db(), *FamilyStore(r.t.db()).get(r.family)); } },
        { "riaya::PlacementDialog", "visitDate",
          [](Records& r) { return new PlacementDialog(r.t.db(), r.placement); } },
        { "riaya::InspectionDialog", "inspectionItems",
          [](Records& r) { return new InspectionDialog(r.t.db(), r.inspection); } },
        { "riaya::ActionDialog", "actionDescription",
          [](Records& r) {
              const Inspection inspection = *InspectionStore(r.t.db()).get(r.inspection);
              return new ActionDialog(r.t.db(), inspection, inspection.findings.constFirst().id);
          } },
        { "riaya::ProgressDialog", "progressState",
          [](Records& r) { return new ProgressDialog(r.t.db(), sampleAction()); } },
        { "riaya::AcceptRequestDialog", "acceptNote",
          [](Records& r) {
              return new AcceptRequestDialog(r.t.db(), sampleRequest(QStringLiteral("institution_change")));
          } },
        { "riaya::RefuseRequestDialog", "refuseReason",
          [](Records& r) {
              return new RefuseRequestDialog(r.t.db(), sampleRequest(QStringLiteral("transfer")));
          } },
        { "riaya::TransferRequestDialog", "transferDay", // no other site's house is known here
          [](Records& r) {
              return new TransferRequestDialog(r.t.db(), r.resident, QStringLiteral("Yasmine"));
          } },
        { "riaya::AssignInspectorDialog", "assignInstitution", // no site is enrolled here
          [](Records& r) {
              // Two institutions, so that the first field has another to choose.
              if (InstitutionStore(r.t.db()).list()->size() < 2) {
                  Institution other;
                  other.name = QStringLiteral("Dar Talib Tahannaout");
                  other.capacity = 40;
                  REQUIRE(InstitutionStore(r.t.db()).create(other).ok());
              }
              return new AssignInspectorDialog(r.t.db());
          } },
        { "riaya::TemplateEditorDialog", "templateEdition",
          [](Records& r) {
              return new TemplateEditorDialog(r.t.db(), TemplateStore::builtIn().constFirst());
          } },
    };
    return cases;
}

// Types text as a keyboard would, one key event per character (QTest::keyClicks is Latin-1 only).
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar ch : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &press);
    }
}

// Changes what the focused field holds, as a person at the keyboard would.
void changeFocusedField(QWidget* field)
{
    if (qobject_cast<QLineEdit*>(field) || qobject_cast<QPlainTextEdit*>(field)) {
        typeText(field, QStringLiteral("سx"));
    } else if (auto* combo = qobject_cast<QComboBox*>(field)) {
        QTest::keyClick(combo, combo->currentIndex() + 1 < combo->count() ? Qt::Key_Down : Qt::Key_Up);
    } else if (qobject_cast<QAbstractSpinBox*>(field)) {
        QTest::keyClick(field, Qt::Key_Down);
    } else {
        QTest::keyClick(field, Qt::Key_1); // the list of inspection items answers with digits
    }
}

// Answers the next unsaved-changes question with `button`, recording that it was asked.
struct Answer
{
    bool asked = false;
    QString text;
};
std::shared_ptr<Answer> answerNextQuestion(QMessageBox::StandardButton button)
{
    static int latest = 0; // a newer answer replaces one still waiting
    const int generation = ++latest;
    auto answer = std::make_shared<Answer>();
    // Owned by the application, so a poll still waiting when the test ends is freed with it.
    auto* poll = new QTimer(QCoreApplication::instance());
    poll->setInterval(10);
    auto tries = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, [poll, answer, button, tries, generation] {
        if (generation != latest) {
            poll->stop();
            poll->deleteLater();
            return;
        }
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box && box->objectName() == QLatin1String("unsavedChangesQuestion")) {
            answer->asked = true;
            answer->text = box->text();
            if (const QString dir = qEnvironmentVariable("RIAYA_SCREENSHOT_DIR"); !dir.isEmpty()) {
                QDir().mkpath(dir);
                box->grab().save(QDir(dir).filePath(
                    QStringLiteral("unsaved-question-%1.png").arg(QLocale().name().left(2))));
            }
            box->button(button)->click();
        }
        if (answer->asked || ++*tries > 300) {
            poll->stop();
            poll->deleteLater();
        }
    });
    poll->start();
    return answer;
}

void pressEscape(QWidget* dialog)
{
    QTest::keyClick(dialog->focusWidget() ? dialog->focusWidget() : dialog, Qt::Key_Escape);
}

std::unique_ptr<EditorDialog> shown(EditorDialog* dialog)
{
    std::unique_ptr<EditorDialog> owned(dialog);
    owned->show();
    REQUIRE(QTest::qWaitForWindowExposed(owned.get()));
    return owned;
}

QStringList classesIn(const QString& folder, const QRegularExpression& declaration, int baseGroup,
                      const QString& base)
{
    QStringList found;
    QDirIterator files(folder, { QStringLiteral("*.h") }, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (auto match = declaration.globalMatch(text); match.hasNext();) {
            const auto m = match.next();
            if (m.captured(baseGroup) == base) {
                found << QStringLiteral("riaya::") + m.captured(1);
            }
        }
    }
    return found;
}

// The fields the focus passes through, pressing Tab (or Shift+Tab) until it comes back.
QList<QWidget*> tabWalk(QWidget* dialog, bool forward)
{
    // A date field takes Tab for its day, month and year before passing it on.
    QList<QWidget*> visited { dialog->focusWidget() };
    for (int step = 0; step < 300; ++step) {
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab, forward ? Qt::NoModifier : Qt::ShiftModifier);
        QWidget* now = dialog->focusWidget();
        if (!now || (now == visited.constFirst() && visited.size() > 1)) {
            break;
        }
        if (now != visited.constLast()) {
            visited << now;
        }
    }
    return visited;
}

// The fields a person sees, in the order of the rows of each form they sit in.
QList<QList<QWidget*>> formsInRowOrder(QWidget* dialog)
{
    QList<QList<QWidget*>> forms;
    const std::function<void(QLayoutItem*, QList<QWidget*>&)> collect
        = [&](QLayoutItem* item, QList<QWidget*>& into) {
              if (!item) {
                  return;
              }
              if (QWidget* widget = item->widget()) {
                  if (UnsavedChanges::isField(widget) && widget->isVisible() && widget->isEnabled()) {
                      into << widget;
                  }
              } else if (QLayout* layout = item->layout()) {
                  for (int i = 0; i < layout->count(); ++i) {
                      collect(layout->itemAt(i), into);
                  }
              }
          };
    for (QFormLayout* form : dialog->findChildren<QFormLayout*>()) {
        QList<QWidget*> fields;
        for (int row = 0; row < form->rowCount(); ++row) {
            collect(form->itemAt(row, QFormLayout::LabelRole), fields);
            collect(form->itemAt(row, QFormLayout::FieldRole), fields);
            collect(form->itemAt(row, QFormLayout::SpanningRole), fields);
        }
        if (fields.size() > 1) {
            forms << fields;
        }
    }
    return forms;
}

// Whether `walk` meets the fields of `form` in the form's order.
bool followsForm(const QList<QWidget*>& walk, const QList<QWidget*>& form)
{
    QList<QWidget*> met;
    for (QWidget* widget : walk) {
        if (form.contains(widget) && !met.contains(widget)) {
            met << widget;
        }
    }
    return met == form;
}

// The field the focus is in, by name: a date field for the line inside it.
QString fieldName(const QWidget* focused)
{
    if (const auto* date = qobject_cast<const DateField*>(focused->parentWidget())) {
        return date->objectName();
    }
    return focused->objectName();
}

QStringList names(const QList<QWidget*>& widgets)
{
    QStringList out;
    for (const QWidget* w : widgets) {
        out << (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                          : w->objectName());
    }
    return out;
}

} // namespace

TEST_CASE("every dialog of ui/ that edits records is an EditorDialog and is tested here")
{
    const QString ui = QStringLiteral(RIAYA_SOURCE_DIR "/ui");
    const QRegularExpression declaration(QStringLiteral(R"(class (\w+) : public (\w+))"));
    // The dialogs that edit nothing a person would lose: each says why.
    const QStringList notEditors {
        QStringLiteral("riaya::SignInDialog"), // a password, asked again
        QStringLiteral("riaya::ImportDialog"), // runs an import of files chosen again in a click
        QStringLiteral("riaya::MonthCloseDialog"), // approves and exports: an action, not a record
        QStringLiteral("riaya::SetupWizard"), // the first start: nothing exists to lose yet
        QStringLiteral("riaya::PassphraseDialog"), // a passphrase is never kept, only typed again
        QStringLiteral("riaya::RevokeDialog"), // an action confirmed with its reason, not a record
        QStringLiteral("riaya::VoidIncidentDialog"), // an action confirmed with its reason
        QStringLiteral("riaya::HelpDialog"), // reads the guide, edits nothing
        QStringLiteral("riaya::FigureListDialog"), // shows the list behind a figure, edits nothing
        QStringLiteral(
            "riaya::RosterImportWizard"), // reads a file, chosen again in a click; writes at its end only
    };
    QStringList plain = classesIn(ui, declaration, 2, QStringLiteral("QDialog"))
        + classesIn(ui, declaration, 2, QStringLiteral("QWizard"));
    CHECK(plain.removeAll(QStringLiteral("riaya::EditorDialog")) == 1); // the base itself
    for (const QString& name : std::as_const(plain)) {
        INFO(name.toStdString()
             << " derives from QDialog: make it an EditorDialog, or list it above with why");
        CHECK(notEditors.contains(name));
    }
    QStringList tested;
    for (const EditorCase& c : editorCases()) {
        tested << QLatin1String(c.className);
    }
    const QStringList editors = classesIn(ui, declaration, 2, QStringLiteral("EditorDialog"));
    CHECK(editors.size() >= 9);
    for (const QString& name : editors) {
        INFO(name.toStdString() << " is an EditorDialog missing from editorCases()");
        CHECK(tested.contains(name));
    }
    // A dialog made on the spot with fields would escape both lists.
    QDirIterator sources(ui, { QStringLiteral("*.cpp") }, QDir::Files, QDirIterator::Subdirectories);
    const QRegularExpression inline_(QStringLiteral(R"(\bQDialog\s+\w+\s*\(|new QDialog\b)"));
    while (sources.hasNext()) {
        QFile file(sources.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        INFO(file.fileName().toStdString() << " makes a plain QDialog: use an EditorDialog");
        CHECK_FALSE(inline_.match(QString::fromUtf8(file.readAll())).hasMatch());
    }
}

TEST_CASE("every editor opens on its first field, closes quietly untouched, and asks once typed in")
{
    Records records;
    for (const EditorCase& c : editorCases()) {
        INFO(c.className << " (first field " << c.firstField << ")");
        {
            // Untouched: Esc closes without a question.
            auto dialog = shown(c.make(records));
            CHECK(dialog->metaObject()->className() == QByteArray(c.className));
            REQUIRE(dialog->focusWidget());
            CHECK(fieldName(dialog->focusWidget()) == QLatin1String(c.firstField));
            CHECK_FALSE(dialog->hasUnsavedChanges());
            // Tab reaches every field shown, both ways, in the order of the rows of each form.
            QWidget* first = dialog->focusWidget();
            const QList<QWidget*> forward = tabWalk(dialog.get(), true);
            REQUIRE(dialog->focusWidget() == first);
            QList<QWidget*> backward = tabWalk(dialog.get(), false);
            std::reverse(backward.begin() + 1, backward.end());
            for (const QList<QWidget*>& form : formsInRowOrder(dialog.get())) {
                INFO("form " << names(form).join(QLatin1Char(' ')).toStdString() << "; Tab walks "
                             << names(forward).join(QLatin1Char(' ')).toStdString());
                CHECK(followsForm(forward, form));
                CHECK(followsForm(backward, form));
            }
            const auto answer = answerNextQuestion(QMessageBox::Cancel);
            pressEscape(dialog.get());
            QTest::qWait(20);
            CHECK_FALSE(answer->asked);
            CHECK_FALSE(dialog->isVisible());
        }
        {
            auto dialog = shown(c.make(records));
            changeFocusedField(dialog->focusWidget());
            CHECK(dialog->hasUnsavedChanges());
            // Cancel keeps the dialog and what was typed.
            auto answer = answerNextQuestion(QMessageBox::Cancel);
            pressEscape(dialog.get());
            CHECK(answer->asked);
            CHECK(dialog->isVisible());
            CHECK(dialog->hasUnsavedChanges());
            // The cross of the title bar asks the same.
            answer = answerNextQuestion(QMessageBox::Cancel);
            dialog->close();
            CHECK(answer->asked);
            CHECK(dialog->isVisible());
            // Discard closes it as cancelled.
            answer = answerNextQuestion(QMessageBox::Discard);
            pressEscape(dialog.get());
            CHECK(answer->asked);
            CHECK_FALSE(dialog->isVisible());
            CHECK(dialog->result() == QDialog::Rejected);
        }
    }
}

TEST_CASE("Save in the question registers the typed resident, a refused save keeps the dialog open")
{
    TempDatabase t;
    auto dialog = shown(new ResidentFileDialog(t.db(), QString()));
    QSignalSpy registered(static_cast<ResidentFileDialog*>(dialog.get()), &ResidentFileDialog::registered);
    auto* first = dialog->findChild<QLineEdit*>(QStringLiteral("first_name"));
    typeText(first, QStringLiteral("فاطمة"));
    // Not enough to register: the question's Save shows the fields to fix and stays.
    auto answer = answerNextQuestion(QMessageBox::Save);
    pressEscape(dialog.get());
    CHECK(answer->asked);
    CHECK(answer->text.contains(QStringLiteral("New resident")));
    CHECK(dialog->isVisible());
    CHECK_FALSE(dialog->findChild<QWidget*>(QStringLiteral("error_last_name"))->isHidden());
    CHECK(ResidentStore(t.db()).count({}).value() == 0);

    typeText(dialog->findChild<QLineEdit*>(QStringLiteral("last_name")), QStringLiteral("العلوي"));
    auto* sex = dialog->findChild<QComboBox*>(QStringLiteral("sex"));
    sex->setCurrentIndex(sex->findData(QStringLiteral("F")));
    typeText(dialog->findChild<DateField*>(QStringLiteral("birth_date"))->lineEdit(),
             QStringLiteral("2012-03-15"));
    answer = answerNextQuestion(QMessageBox::Save);
    pressEscape(dialog.get());
    CHECK(answer->asked);
    CHECK_FALSE(dialog->isVisible());
    CHECK(dialog->result() == QDialog::Accepted);
    REQUIRE(registered.size() == 1);
    CHECK(ResidentStore(t.db()).get(registered.at(0).at(0).toString())->firstName == QStringLiteral("فاطمة"));
}

TEST_CASE("a school result typed in a resident's file is asked about and recorded by Save")
{
    Records records;
    auto dialog = shown(new ResidentFileDialog(records.t.db(), records.resident));
    // A change of language relabels the choices: not a change of the file.
    applyLanguage(QStringLiteral("fr"));
    CHECK_FALSE(dialog->hasUnsavedChanges());
    applyLanguage(QStringLiteral("en"));
    auto* tabs = dialog->findChild<QTabWidget*>();
    auto* average = dialog->findChild<QLineEdit*>(QStringLiteral("resultAverage"));
    tabs->setCurrentIndex(3);
    typeText(average, QStringLiteral("14.5"));
    tabs->setCurrentIndex(0);
    CHECK(dialog->hasUnsavedChanges());
    const auto answer = answerNextQuestion(QMessageBox::Save);
    pressEscape(dialog.get());
    CHECK(answer->asked);
    CHECK_FALSE(dialog->isVisible());
    const auto results = SchoolResultStore(records.t.db()).resultsOf(records.resident);
    REQUIRE(results->size() == 1);
    CHECK(results->constFirst().average == 14.5);
}

TEST_CASE("a family's forms are saved each by its button, and Save saves the one typed in")
{
    Records records;
    auto dialog = shown(new FamilyDialog(records.t.db(), records.family));
    auto* tabs = dialog->findChild<QTabWidget*>();
    tabs->setCurrentIndex(2);
    auto* worker = dialog->findChild<QLineEdit*>(QStringLiteral("studySocialWorker"));
    typeText(worker, QStringLiteral("Nadia"));
    typeText(dialog->findChild<QPlainTextEdit*>(QStringLiteral("studyAssessment")), QStringLiteral("Calme"));
    tabs->setCurrentIndex(0);
    const auto answer = answerNextQuestion(QMessageBox::Save);
    pressEscape(dialog.get());
    CHECK(answer->asked);
    CHECK(tabs->currentIndex() == 2); // the form saved is brought forward
    CHECK_FALSE(dialog->isVisible());
    CHECK(FamilyStore(records.t.db()).homeStudies(records.family)->size() == 2);

    // A decision recorded with its button leaves nothing to ask about.
    auto again = shown(new FamilyDialog(records.t.db(), records.family));
    auto* reason = again->findChild<QLineEdit*>(QStringLiteral("decisionReason"));
    again->findChild<QTabWidget*>()->setCurrentIndex(1);
    reason->setFocus();
    typeText(reason, QStringLiteral("renouvellement"));
    CHECK(again->hasUnsavedChanges());
    auto* next = again->findChild<QComboBox*>(QStringLiteral("nextState"));
    next->setCurrentIndex(next->findData(QStringLiteral("suspended")));
    QTest::keyClick(reason, Qt::Key_Return); // Enter records the decision of its own form
    CHECK(FamilyStore(records.t.db()).get(records.family)->state == QStringLiteral("suspended"));
    CHECK_FALSE(again->hasUnsavedChanges());
    const auto none = answerNextQuestion(QMessageBox::Cancel);
    pressEscape(again.get());
    QTest::qWait(20);
    CHECK_FALSE(none->asked);
    CHECK_FALSE(again->isVisible());
}

TEST_CASE("a visit recorded with its button is saved, Enter in the end of a placement ends nothing")
{
    Records records;
    auto dialog = shown(new PlacementDialog(records.t.db(), records.placement));
    auto* reason = dialog->findChild<QLineEdit*>(QStringLiteral("endReason"));
    reason->setFocus();
    typeText(reason, QStringLiteral("retour"));
    QTest::keyClick(reason, Qt::Key_Return);
    CHECK(PlacementStore(records.t.db()).get(records.placement)->isActive());
    reason->clear();
    auto* worker = dialog->findChild<QLineEdit*>(QStringLiteral("visitSocialWorker"));
    worker->setFocus();
    typeText(worker, QStringLiteral("Nadia"));
    QTest::keyClick(worker, Qt::Key_Return); // Enter records the visit
    CHECK(PlacementStore(records.t.db()).visits(records.placement)->size() == 1);
    CHECK_FALSE(dialog->hasUnsavedChanges());
}

TEST_CASE("unsaved presence marks are asked about before another day is shown and before quitting")
{
    Records records;
    PresencePage page(records.t.db());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto* table = page.findChild<QTableWidget*>(QStringLiteral("presenceTable"));
    REQUIRE(table->rowCount() == 1);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_2);
    REQUIRE(page.hasUnsavedMarks());
    const QDate today = page.day();

    auto answer = answerNextQuestion(QMessageBox::Cancel);
    QPushButton* previous = nullptr;
    for (QPushButton* button : page.findChildren<QPushButton*>()) {
        previous = button->text() == QLatin1String("&Previous day") ? button : previous;
    }
    REQUIRE(previous);
    QTest::mouseClick(previous, Qt::LeftButton);
    CHECK(answer->asked);
    CHECK(page.day() == today);
    CHECK(page.hasUnsavedMarks());

    answer = answerNextQuestion(QMessageBox::Save);
    CHECK(page.goToDay(today.addDays(-1)));
    CHECK(answer->asked);
    CHECK(page.day() == today.addDays(-1));
    const auto saved = PresenceStore(records.t.db()).sheet(records.t.db().site().institutionId, today);
    CHECK(saved->constFirst().state == QStringLiteral("absent"));

    // Marks of another day, discarded: nothing written.
    QTest::keyClick(table, Qt::Key_1);
    answer = answerNextQuestion(QMessageBox::Discard);
    CHECK(page.goToDay(today));
    CHECK(answer->asked);
    const auto yesterday
        = PresenceStore(records.t.db()).sheet(records.t.db().site().institutionId, today.addDays(-1));
    CHECK(yesterday->constFirst().state.isEmpty());
}

TEST_CASE("the window asks before quitting with unsaved presence marks, and Save saves them")
{
    Records records;
    const QString house = records.t.db().site().institutionId;
    records.t.close();
    auto db = Database::open(records.t.path());
    REQUIRE(db.ok());
    MainWindow window(std::move(*db));
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.showPage(MainWindow::PresenceNav);
    auto* table = window.findChild<QTableWidget*>(QStringLiteral("presenceTable"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_4);
    window.showPage(MainWindow::ResidentsNav); // leaving the page keeps the marks

    auto answer = answerNextQuestion(QMessageBox::Cancel);
    QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
    CHECK(answer->asked);
    CHECK(answer->text.contains(QStringLiteral("Daily presence")));
    CHECK(window.isVisible());
    CHECK(window.findChild<QTableWidget*>(QStringLiteral("presenceTable"))->isVisible()); // shown to be seen

    answer = answerNextQuestion(QMessageBox::Save);
    window.close();
    CHECK(answer->asked);
    CHECK_FALSE(window.isVisible());
    CHECK(PresenceStore(window.database()).sheet(house, QDate::currentDate())->constFirst().state
          == QStringLiteral("sick"));
}

TEST_CASE("the window asks about an open resident's file before quitting")
{
    Records records;
    records.t.close();
    auto db = Database::open(records.t.path());
    REQUIRE(db.ok());
    MainWindow window(std::move(*db));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* file = new ResidentFileDialog(window.database(), QString(), &window);
    file->show();
    REQUIRE(QTest::qWaitForWindowExposed(file));
    typeText(file->focusWidget(), QStringLiteral("فاطمة"));
    auto answer = answerNextQuestion(QMessageBox::Cancel);
    window.close();
    CHECK(answer->asked);
    CHECK(window.isVisible());
    CHECK(file->isVisible());
    answer = answerNextQuestion(QMessageBox::Discard);
    window.close();
    CHECK(answer->asked);
    CHECK_FALSE(window.isVisible());
}

TEST_CASE("after the lock, quitting with unsaved marks is asked without showing them, signing in keeps them")
{
    Records records;
    const QString password = QStringLiteral("cedar-tree-42");
    REQUIRE(UserStore(records.t.db())
                .create({ {},
                          QStringLiteral("rachid"),
                          QStringLiteral("Rachid"),
                          { QStringLiteral("administrator") } },
                        password)
                .ok());
    REQUIRE(UserStore(records.t.db())
                .create({ {}, QStringLiteral("amina"), QStringLiteral("Amina"), { QStringLiteral("staff") } },
                        password)
                .ok());
    records.t.close();
    auto db = Database::open(records.t.path());
    REQUIRE(db.ok());
    REQUIRE(UserStore(**db).signIn(QStringLiteral("amina"), password).ok());
    MainWindow window(std::move(*db));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::PresenceNav);
    auto* page = window.findChild<PresencePage*>();
    auto* table = window.findChild<QTableWidget*>(QStringLiteral("presenceTable"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_2);
    REQUIRE(page->hasUnsavedMarks());

    // Whoever is at the keyboard cancels the sign-in, is told that work would be lost, goes
    // back to the sign-in, and the person who typed signs in again.
    QStringList seen;
    int step = 0;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal) {
            return;
        }
        if (step == 0 && modal->objectName() == QLatin1String("signInDialog")) {
            seen << modal->objectName();
            static_cast<QDialog*>(modal)->reject();
            ++step;
        } else if (step == 1 && modal->objectName() == QLatin1String("quitLosingWork")) {
            auto* box = static_cast<QMessageBox*>(modal);
            seen << box->text();
            for (QAbstractButton* button : box->buttons()) {
                if (button->text() == QLatin1String("&Sign in again")) {
                    button->click();
                }
            }
            ++step;
        } else if (step == 2 && modal->objectName() == QLatin1String("signInDialog")) {
            seen << modal->objectName();
            auto* signIn = static_cast<SignInDialog*>(modal);
            CHECK(signIn->signIn(QStringLiteral("amina"), password));
            signIn->accept();
            ++step;
        }
    });
    poll.start();
    window.lock();
    poll.stop();
    CHECK(step == 3);
    REQUIRE(seen.size() == 3);
    CHECK_FALSE(seen.at(1).contains(QStringLiteral("presence"), Qt::CaseInsensitive));
    CHECK(window.isVisible());
    CHECK(page->hasUnsavedMarks());
}

TEST_CASE("screenshots of the unsaved-changes question in Arabic and French")
{
    if (qEnvironmentVariableIsEmpty("RIAYA_SCREENSHOT_DIR")) {
        return;
    }
    TempDatabase t;
    for (const QString& language : { QStringLiteral("ar"), QStringLiteral("fr") }) {
        applyLanguage(language);
        auto dialog = shown(new ResidentFileDialog(t.db(), QString()));
        typeText(dialog->focusWidget(), QStringLiteral("فاطمة"));
        const auto answer = answerNextQuestion(QMessageBox::Discard);
        pressEscape(dialog.get());
        CHECK(answer->asked);
    }
    applyLanguage(QStringLiteral("en"));
}

TEST_CASE("a date picked in the calendar is an unsaved change, as a typed one is")
{
    TempDatabase t;
    Incident incident;
    incident.institutionId = t.db().site().institutionId;
    auto dialog = shown(new IncidentDialog(t.db(), incident));
    auto* date = dialog->findChild<DateField*>(QStringLiteral("incidentDate"));
    REQUIRE(date);
    CHECK_FALSE(dialog->hasUnsavedChanges());
    const QDate picked = QDate::currentDate().addDays(-2);
    date->showCalendar();
    date->calendar()->setSelectedDate(picked);
    QTest::keyClick(date->calendar()->focusWidget() ? date->calendar()->focusWidget() : date->calendar(),
                    Qt::Key_Return);
    REQUIRE(date->date() == picked);
    CHECK(dialog->hasUnsavedChanges());
    // Picked back to the day it had: nothing left to save.
    date->showCalendar();
    date->calendar()->setSelectedDate(QDate::currentDate());
    QTest::keyClick(date->calendar()->focusWidget() ? date->calendar()->focusWidget() : date->calendar(),
                    Qt::Key_Return);
    CHECK_FALSE(dialog->hasUnsavedChanges());
}
