// Words and direction (issue 14): stored names shown as words, inspection items by their
// titles, and each mixed-direction run kept in its own direction in lists, menus, editors and
// file dialogs. Each case tries a string of each kind: Arabic, Latin, mixed, ending in a period.
#include "QtCatch.h"
#include "TempDatabase.h"
#include "audit/AuditPage.h"
#include "common/Bidi.h"
#include "inspections/ActionStore.h"
#include "inspections/InspectionDialog.h"
#include "inspections/InspectionStore.h"
#include "inspections/TemplateStore.h"
#include "print/InspectionReport.h"
#include "settings/LanguageSwitcher.h"
#include "widgets/BidiStyle.h"
#include "widgets/FileFilters.h"
#include "widgets/StandardButtons.h"
#include "widgets/TextDirection.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QGlyphRun>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProxyStyle>
#include <QPushButton>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTableWidget>
#include <QTest>
#include <QTextLayout>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <memory>

using namespace riaya;

namespace {

const QString kArabic = QStringLiteral("ملء طفايات الحريق.");
const QString kLatin = QStringLiteral("Refill the fire extinguishers.");
const QString kMixedLatinFirst = QStringLiteral("Dar Taliba 2 — دار الطالبة.");
const QString kMixedArabicFirst = QStringLiteral("دار الطالبة Dar Taliba 2.");

// Where a character of a text is drawn, from the left, in a paragraph of a given direction.
qreal xOf(const QString& text, qsizetype position, Qt::LayoutDirection direction)
{
    QTextLayout layout(text);
    QTextOption option;
    option.setTextDirection(direction);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(2000);
    layout.endLayout();
    const QList<QGlyphRun> runs = layout.glyphRuns(int(position), 1);
    REQUIRE(runs.size() == 1);
    return runs.constFirst().boundingRect().left();
}

// A fresh copy of the style the window's BidiStyle draws over, without its rules.
std::unique_ptr<QStyle> plainStyle()
{
    const auto* bidi = dynamic_cast<const QProxyStyle*>(QApplication::style());
    REQUIRE(bidi);
    return std::unique_ptr<QStyle>(QStyleFactory::create(bidi->baseStyle()->name()));
}

// The columns of an image holding dark (text) pixels: the first and the last.
std::pair<int, int> inkColumns(const QImage& image)
{
    int first = image.width();
    int last = -1;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(image.pixel(x, y)) < 100) {
                first = std::min(first, x);
                last = std::max(last, x);
            }
        }
    }
    return { first, last };
}

// Types a text as a person would, one key at a time (QTest::keyClicks sends Latin-1 only).
void type(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

QImage grabbed(QWidget& widget)
{
    widget.show();
    QTest::qWait(20);
    return widget.grab().toImage();
}

} // namespace

TEST_CASE("a text's direction is that of its first strong letter, isolated runs skipped", "[words]")
{
    CHECK(textDirection(kArabic) == Qt::RightToLeft);
    CHECK(textDirection(kLatin) == Qt::LeftToRight);
    CHECK(textDirection(kMixedLatinFirst) == Qt::LeftToRight);
    CHECK(textDirection(kMixedArabicFirst) == Qt::RightToLeft);
    CHECK(textDirection(QStringLiteral("12, 14.")) == std::nullopt);
    CHECK(textDirection(QString()) == std::nullopt);
    // A Latin name inserted in an Arabic sentence does not turn the sentence around.
    CHECK(textDirection(isolate(QStringLiteral("Collège Al Massira")) + QStringLiteral(" مدرسة"))
          == Qt::RightToLeft);
}

TEST_CASE("an isolated Latin sentence keeps its final period at its end in a right-to-left line", "[words]")
{
    const qsizetype period = kLatin.size() - 1;
    // As it was: the period goes to the left of the sentence, its visual start.
    CHECK(xOf(kLatin, period, Qt::RightToLeft) < xOf(kLatin, 0, Qt::RightToLeft));
    CHECK(xOf(kLatin, period, Qt::LeftToRight) > xOf(kLatin, 0, Qt::LeftToRight));
    const QString isolated = isolate(kLatin);
    CHECK(xOf(isolated, period + 1, Qt::RightToLeft) > xOf(isolated, 1, Qt::RightToLeft));
    // An Arabic sentence stays right to left inside its isolate: its period on the left.
    const QString arabic = isolate(kArabic);
    CHECK(xOf(arabic, arabic.size() - 2, Qt::RightToLeft) < xOf(arabic, 1, Qt::RightToLeft));
    // A mixed one takes the direction of its first letter.
    const QString mixed = isolate(kMixedLatinFirst);
    CHECK(xOf(mixed, mixed.size() - 2, Qt::RightToLeft) > xOf(mixed, 1, Qt::RightToLeft));
}

TEST_CASE("every list and table of the window isolates the text of its cells", "[words]")
{
    REQUIRE(dynamic_cast<const BidiStyle*>(QApplication::style()));
    const auto table = [](const QString& text, QStyle* style) {
        auto* widget = new QTableWidget(1, 1);
        widget->setLayoutDirection(Qt::RightToLeft);
        if (style) {
            widget->setStyle(style);
        }
        widget->resize(420, 80);
        widget->setColumnWidth(0, 380);
        widget->setItem(0, 0, new QTableWidgetItem(text));
        return std::unique_ptr<QTableWidget>(widget);
    };
    const std::unique_ptr<QStyle> plain = plainStyle();
    for (const QString& text : { kLatin, kArabic, kMixedLatinFirst, kMixedArabicFirst }) {
        INFO(text.toStdString());
        const QImage raw = grabbed(*table(text, nullptr));
        // What the style draws is what an isolated text looks like...
        CHECK(raw == grabbed(*table(isolate(text), nullptr)));
        // ...and not, for a Latin sentence, what the plain style makes of it.
        if (text == kLatin) {
            const QImage before = grabbed(*table(text, plain.get()));
            CHECK(raw != before);
            if (const QString dir = qEnvironmentVariable("RIAYA_SCREENSHOT_DIR"); !dir.isEmpty()) {
                raw.save(QDir(dir).filePath(QStringLiteral("bidi-cell.png")));
                before.save(QDir(dir).filePath(QStringLiteral("bidi-cell-before.png")));
            }
        }
    }
}

TEST_CASE("menu shortcuts read left to right in an Arabic menu", "[words]")
{
    CHECK(isolatedMenuText(QStringLiteral("الإعدادات\tCtrl+,"))
          == QStringLiteral("الإعدادات\t") + isolateLtr(QStringLiteral("Ctrl+,")));
    CHECK(isolatedMenuText(QStringLiteral("الإعدادات")) == QStringLiteral("الإعدادات"));
    const QString once = isolatedMenuText(QStringLiteral("Quit\tCtrl+Q"));
    CHECK(isolatedMenuText(once) == once); // never twice

    // A menu of the window draws its shortcuts so: as the plain style draws an isolated one.
    // (Menus paint in the application's direction, as the Arabic window sets it.)
    QApplication::setLayoutDirection(Qt::RightToLeft);
    const std::unique_ptr<QStyle> plain = plainStyle();
    const auto menu = [](QStyle* style, const QString& shortcutText) {
        auto widget = std::make_unique<QMenu>();
        widget->setLayoutDirection(Qt::RightToLeft);
        if (style) {
            widget->setStyle(style);
        }
        QAction* action = widget->addAction(QStringLiteral("الإعدادات"));
        if (shortcutText.isEmpty()) {
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
        } else {
            action->setText(QStringLiteral("الإعدادات\t") + shortcutText);
        }
        widget->adjustSize();
        return widget->grab().toImage();
    };
    const QImage drawn = menu(nullptr, {});
    const QString shortcut = QKeySequence(Qt::CTRL | Qt::Key_Comma).toString(QKeySequence::NativeText);
    CHECK(drawn == menu(plain.get(), isolateLtr(shortcut)));
    const QImage before = menu(plain.get(), shortcut);
    if (const QString dir = qEnvironmentVariable("RIAYA_SCREENSHOT_DIR"); !dir.isEmpty()) {
        drawn.save(QDir(dir).filePath(QStringLiteral("bidi-menu.png")));
        before.save(QDir(dir).filePath(QStringLiteral("bidi-menu-before.png")));
    }
    CHECK(drawn != before); // "+,Ctrl" without it
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

TEST_CASE("editors follow the direction of what is typed in them", "[words]")
{
    QDialog dialog;
    dialog.setLayoutDirection(Qt::LeftToRight); // a French window
    auto* line = new QLineEdit(&dialog);
    auto* notes = new QPlainTextEdit(&dialog);
    auto* count = new QSpinBox(&dialog);
    auto* date = new QDateEdit(&dialog);
    auto* layout = new QVBoxLayout(&dialog);
    for (QWidget* widget : std::initializer_list<QWidget*> { line, notes, count, date }) {
        layout->addWidget(widget);
    }
    dialog.resize(500, 300);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    // Every editor of the application follows its text, without a call in the dialog...
    CHECK(line->property("riayaFollowsTextDirection").toBool());
    CHECK(notes->property("riayaFollowsTextDirection").toBool());
    // ...but not the fields of a spin box or a date.
    CHECK_FALSE(count->findChild<QLineEdit*>()->property("riayaFollowsTextDirection").toBool());
    CHECK_FALSE(date->findChild<QLineEdit*>()->property("riayaFollowsTextDirection").toBool());

    line->setFocus();
    type(line, QStringLiteral("ملء"));
    CHECK(line->layoutDirection() == Qt::RightToLeft);
    line->clear();
    CHECK(line->layoutDirection() == Qt::LeftToRight); // empty: the window's again
    type(line, kMixedLatinFirst);
    CHECK(line->layoutDirection() == Qt::LeftToRight);

    dialog.setLayoutDirection(Qt::RightToLeft); // an Arabic window
    line->clear();
    CHECK(line->layoutDirection() == Qt::RightToLeft);
    type(line, kLatin);
    CHECK(line->layoutDirection() == Qt::LeftToRight);

    // Arabic typed in a description starts on the right, even in a left-to-right window.
    dialog.setLayoutDirection(Qt::LeftToRight);
    notes->setFocus();
    type(notes, kArabic);
    CHECK(notes->document()->defaultTextOption().textDirection() == Qt::RightToLeft);
    const auto [arabicFirst, arabicLast] = inkColumns(notes->viewport()->grab().toImage());
    CHECK(arabicFirst > notes->viewport()->width() / 3);
    notes->clear();
    type(notes, kLatin);
    CHECK(notes->document()->defaultTextOption().textDirection() == Qt::LeftToRight);
    const auto [latinFirst, latinLast] = inkColumns(notes->viewport()->grab().toImage());
    CHECK(latinFirst < 20);
}

TEST_CASE("file dialogs keep their patterns left to right and still filter by them", "[words]")
{
    const QString filters = isolatedFilters(QStringLiteral("حزم رعاية (*.bundle);;كل الملفات (*)"));
    CHECK(filters
          == QStringLiteral("حزم رعاية ") + QChar(0x2066) + QStringLiteral("(*.bundle);;كل الملفات ")
              + QChar(0x2066) + QStringLiteral("(*)"));
    CHECK(isolatedFilters(QStringLiteral("Everything")) == QStringLiteral("Everything"));

    QFileDialog dialog;
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setNameFilters(filters.split(QStringLiteral(";;")));
    auto* model = dialog.findChild<QFileSystemModel*>();
    REQUIRE(model);
    CHECK(model->nameFilters() == QStringList { QStringLiteral("*.bundle") });
}

TEST_CASE("standard buttons read in the imperative in Arabic, as the project's own buttons do", "[words]")
{
    applyLanguage(QStringLiteral("ar"));
    QDialogButtonBox buttons(QDialogButtonBox::Save | QDialogButtonBox::Cancel | QDialogButtonBox::Close
                             | QDialogButtonBox::Discard);
    const auto text = [&buttons](QDialogButtonBox::StandardButton which) {
        return buttons.button(which)->text().remove(QLatin1Char('&'));
    };
    CHECK(text(QDialogButtonBox::Save) == QStringLiteral("احفظ"));
    CHECK(text(QDialogButtonBox::Cancel) == QStringLiteral("ألغِ"));
    CHECK(text(QDialogButtonBox::Close) == QStringLiteral("أغلق"));
    // Qt's own catalogue says "ارفض" (refuse): the project's says what happens to the work.
    CHECK(text(QDialogButtonBox::Discard) == QStringLiteral("لا تحفظ"));
    for (const StandardText& reworded : rewordedStandardTexts()) {
        INFO(reworded.source);
        CHECK(QCoreApplication::translate(reworded.context, reworded.source)
              != QLatin1String(reworded.source));
    }
    applyLanguage(QStringLiteral("en"));
}

TEST_CASE("the audit screen names tables, fields, codes and the local operator in words", "[words]")
{
    TempDatabase t;
    InspectionStore inspections(t.db());
    const QString id = *inspections.start(t.db().site().institutionId, QStringLiteral("care-standards-1"),
                                          QDate::currentDate(), QStringLiteral("Samira"));
    Inspection draft = *inspections.get(id);
    for (const TemplateItem* item : TemplateStore::builtIn().constFirst().items()) {
        draft.answers[item->key].value = QStringLiteral("na");
    }
    draft.findings.append({ {}, QStringLiteral("safety.1.1"), kLatin, QStringLiteral("critical") });
    REQUIRE(inspections.saveDraft(draft).ok());
    REQUIRE(inspections.finalize(id).ok());
    CorrectiveAction action;
    action.inspectionId = id;
    action.findingId = inspections.get(id)->findings.constFirst().id;
    action.description = kLatin;
    action.responsible = QStringLiteral("مدير الدار");
    action.dueOn = QDate::currentDate().addDays(10);
    const QString actionId = *ActionStore(t.db()).raise(action);
    REQUIRE(ActionStore(t.db()).setState(actionId, QStringLiteral("in_progress"), QString(), {}).ok());

    AuditPage page(t.db());
    page.resize(1000, 600);
    page.show();
    page.setRecordFilter(actionId);
    auto* entries = page.findChild<QTableWidget*>(QStringLiteral("auditEntries"));
    REQUIRE(entries->rowCount() == 2);
    CHECK(entries->item(0, 1)->text() == QStringLiteral("The operator of this computer"));
    CHECK(entries->item(0, 3)->text() == QStringLiteral("Corrective actions"));
    auto* values = page.findChild<QTableWidget*>(QStringLiteral("auditValues"));
    QStringList fields;
    QStringList after;
    for (int row = 0; row < values->rowCount(); ++row) {
        fields << values->item(row, 0)->text();
        after << values->item(row, 2)->text();
    }
    CHECK(fields.contains(QStringLiteral("State of the action")));
    CHECK(after.contains(isolate(actionStateLabel(QStringLiteral("in_progress")))));
    entries->setCurrentCell(1, 0); // the creation: every field it was given
    fields.clear();
    for (int row = 0; row < values->rowCount(); ++row) {
        fields << values->item(row, 0)->text();
    }
    for (const QString& raw : { QStringLiteral("due_on"), QStringLiteral("finding_id"),
                                QStringLiteral("responsible"), QStringLiteral("inspection_id") }) {
        INFO(raw.toStdString());
        CHECK_FALSE(fields.contains(raw));
    }
    CHECK(fields.contains(QStringLiteral("Due on")));
    CHECK(fields.contains(QStringLiteral("Finding")));
}

TEST_CASE("inspection items are shown by their titles in the user's language, not by their keys", "[words]")
{
    TempDatabase t;
    InspectionStore store(t.db());
    const QString id = *store.start(t.db().site().institutionId, QStringLiteral("care-standards-1"),
                                    QDate::currentDate(), QStringLiteral("Samira"));
    Inspection draft = *store.get(id);
    draft.findings.append({ {}, QStringLiteral("safety.1.1"), kArabic, QStringLiteral("critical") });
    draft.findings.append({ {}, QString(), kLatin, QStringLiteral("minor") });
    REQUIRE(store.saveDraft(draft).ok());
    const InspectionTemplate standards = *store.templateOf(*store.get(id));
    const TemplateItem* first = standards.item(QStringLiteral("safety.1.1"));
    REQUIRE(first);

    for (const QString& language : { QStringLiteral("ar"), QStringLiteral("fr"), QStringLiteral("en") }) {
        INFO(language.toStdString());
        applyLanguage(language);
        InspectionDialog dialog(t.db(), id);
        auto* tree = dialog.findChild<QTreeWidget*>(QStringLiteral("inspectionItems"));
        const QTreeWidgetItem* row = tree->topLevelItem(0)->child(0);
        CHECK(row->text(0) == first->text.in(language));
        CHECK_FALSE(row->text(0).contains(QStringLiteral("safety.")));
        auto* findings = dialog.findChild<QTableWidget*>(QStringLiteral("inspectionFindings"));
        REQUIRE(findings->rowCount() == 2);
        CHECK(findings->item(0, 1)->text() == first->text.in(language));
        CHECK(findings->item(1, 1)->text() == standards.itemTitle(QString()));
    }
    applyLanguage(QStringLiteral("en"));
    CHECK(standards.itemTitle(QStringLiteral("no.such.item")) == QStringLiteral("no.such.item"));
}

TEST_CASE("a label takes the direction of its own text: a Latin sentence in an Arabic dialog ends with its "
          "period",
          "[words]")
{
    // QLabel lays out plain text in the text's direction, so labels need no isolate of their own
    // (ActionDialog's finding, MessageLabel's messages); this holds Qt to it.
    const auto label = [](const QString& text) {
        auto widget = std::make_unique<QLabel>(text);
        widget->setLayoutDirection(Qt::RightToLeft);
        widget->resize(400, 30);
        return widget;
    };
    for (const QString& text : { kLatin, kMixedLatinFirst }) {
        INFO(text.toStdString());
        const auto [first, last] = inkColumns(grabbed(*label(text)));
        CHECK(first < 10); // a Latin sentence starts on the left, in a right-to-left dialog
    }
    for (const QString& text : { kArabic, kMixedArabicFirst }) {
        INFO(text.toStdString());
        const auto [first, last] = inkColumns(grabbed(*label(text)));
        CHECK(last > 390); // an Arabic one on the right
    }
    // Isolating the whole text would hide its direction from the label: an Arabic sentence
    // would move to the left. Labels are given their texts as they are.
    const auto [first, last] = inkColumns(grabbed(*label(isolate(kArabic))));
    CHECK(last < 390);
}

TEST_CASE("the inspection report names items by their titles and isolates each cell", "[words]")
{
    TempDatabase t;
    InspectionStore store(t.db());
    const QString id = *store.start(t.db().site().institutionId, QStringLiteral("care-standards-1"),
                                    QDate::currentDate(), QStringLiteral("Samira"));
    Inspection draft = *store.get(id);
    draft.findings.append({ {}, QStringLiteral("safety.1.1"), kLatin, QStringLiteral("critical") });
    REQUIRE(store.saveDraft(draft).ok());
    const Result<InspectionReport::Content> content = InspectionReport::gather(t.db(), id);
    REQUIRE(content.ok());
    const TemplateItem* first = content->standards.item(QStringLiteral("safety.1.1"));
    const QString html = InspectionReport::html(*content);
    CHECK(html.contains(QStringLiteral("<td>") + isolate(kLatin).toHtmlEscaped() + QStringLiteral("</td>")));
    CHECK(html.contains(isolate(first->text.shown()).toHtmlEscaped()));
    for (const TemplateItem* item : content->standards.items()) {
        INFO(item->key.toStdString());
        CHECK_FALSE(html.contains(item->key + QLatin1Char(' ')));
    }
    const QString pdf = QDir(t.dir()).filePath(QStringLiteral("report.pdf"));
    REQUIRE(InspectionReport::writePdf(*content, pdf, QStringLiteral("ar")).ok());
    CHECK(QFileInfo(pdf).size() > 1000);
}
