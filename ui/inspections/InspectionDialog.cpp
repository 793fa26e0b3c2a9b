#include "InspectionDialog.h"

#include "ActionDialog.h"
#include "common/Bidi.h"
#include "common/DateDisplay.h"
#include "db/Database.h"
#include "inspections/InspectionStore.h"
#include "institutions/InstitutionStore.h"
#include "widgets/DateField.h"
#include "widgets/EditorDialog.h"
#include "widgets/MessageLabel.h"
#include "widgets/ScreenFit.h"
#include "widgets/UnsavedChanges.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace riaya {
namespace {

constexpr int kKeyRole = Qt::UserRole;

QString percent(const std::optional<double>& value)
{
    return value ? displayDigits(QLocale().toString(*value, 'f', 1)) + QStringLiteral(" %")
                 : QStringLiteral("—");
}

// The answer a key stands for on an item, or nothing.
QString answerForKey(const TemplateItem& item, const QKeyEvent& key)
{
    const QString text = key.text();
    if (key.key() == Qt::Key_N || key.key() == Qt::Key_Minus || text == QLatin1String("-")) {
        return QStringLiteral("na");
    }
    bool digit = false;
    const int value = text.toInt(&digit);
    if (!digit) {
        return {};
    }
    if (item.scoring == TemplateItem::Scoring::Scale) {
        return value <= item.max ? QString::number(value) : QString();
    }
    static const QStringList byDigit { QStringLiteral("na"), QStringLiteral("compliant"),
                                       QStringLiteral("partly"), QStringLiteral("not_compliant") };
    return value < byDigit.size() ? byDigit.at(value) : QString();
}

} // namespace

InspectionDialog::InspectionDialog(Database& db, const QString& inspectionId, QWidget* parent)
    : EditorDialog(parent)
    , m_db(db)
    , m_header(new QLabel(this))
    , m_date(new DateField(this))
    , m_inspector(new QLineEdit(this))
    , m_items(new QTreeWidget(this))
    , m_itemText(new QLabel(this))
    , m_guidance(new MessageLabel(this))
    , m_answerButtons(new QHBoxLayout)
    , m_note(new QLineEdit(this))
    , m_evidence(new QLineEdit(this))
    , m_total(new QLabel(this))
    , m_findings(new QTableWidget(0, 3, this))
    , m_addFinding(new QPushButton(tr("Add a &finding…"), this))
    , m_removeFinding(new QPushButton(tr("Remove the finding"), this))
    , m_raiseAction(new QPushButton(tr("Raise a corrective &action…"), this))
    , m_save(new QPushButton(tr("&Save draft"), this))
    , m_finalize(new QPushButton(tr("Finali&ze…"), this))
    , m_error(new MessageLabel(this))
{
    m_items->setObjectName(QStringLiteral("inspectionItems"));
    m_findings->setObjectName(QStringLiteral("inspectionFindings"));
    m_total->setObjectName(QStringLiteral("inspectionTotal"));
    m_error->setObjectName(QStringLiteral("inspectionError"));
    m_note->setObjectName(QStringLiteral("inspectionNote"));
    m_finalize->setObjectName(QStringLiteral("inspectionFinalize"));
    m_header->setWordWrap(true);
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.2);
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_itemText->setWordWrap(true);
    QFont itemFont = m_itemText->font();
    itemFont.setPointSizeF(itemFont.pointSizeF() * 1.15);
    m_itemText->setFont(itemFont);
    m_date->setObjectName(QStringLiteral("inspectionDate"));
    m_date->setMaximumDate(QDate::currentDate());
    m_items->setColumnCount(2);
    m_items->setHeaderLabels({ tr("Item"), tr("Answer") });
    m_items->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_items->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_items->header()->setStretchLastSection(false);
    m_items->setWordWrap(true);
    m_items->installEventFilter(this);
    m_findings->setHorizontalHeaderLabels({ tr("Severity"), tr("Item"), tr("Finding") });
    m_findings->horizontalHeader()->setStretchLastSection(true);
    m_findings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findings->setSelectionMode(QAbstractItemView::SingleSelection);
    m_findings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findings->setTabKeyNavigation(false); // Tab moves on to the next field; the arrows move in the list
    m_findings->verticalHeader()->hide();
    m_findings->setMaximumHeight(150);

    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->addWidget(m_itemText);
    detailLayout->addWidget(m_guidance);
    detailLayout->addLayout(m_answerButtons);
    auto* hint = new MessageLabel(detail);
    hint->showHint(tr("Keys: 1 compliant · 2 partly · 3 not compliant · 0 or N not applicable; on a "
                      "scale the digit is the score. Each answer moves to the next item."));
    detailLayout->addWidget(hint);
    auto* notes = new QFormLayout;
    notes->addRow(tr("&Note:"), m_note);
    notes->addRow(tr("&Evidence:"), m_evidence);
    detailLayout->addLayout(notes);
    detailLayout->addWidget(m_total);
    detailLayout->addStretch(1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_items);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* top = new QHBoxLayout;
    auto* dateLabel = new QLabel(tr("Date of the &visit:"), this);
    dateLabel->setBuddy(m_date); // the mnemonic moves to the date, and is not shown as "&"
    top->addWidget(dateLabel);
    top->addWidget(m_date);
    top->addSpacing(12);
    auto* inspectorLabel = new QLabel(tr("&Inspector:"), this);
    inspectorLabel->setBuddy(m_inspector);
    top->addWidget(inspectorLabel);
    top->addWidget(m_inspector, 1);
    auto* findingButtons = new QHBoxLayout;
    findingButtons->addWidget(new QLabel(tr("Findings"), this));
    findingButtons->addStretch(1);
    findingButtons->addWidget(m_addFinding);
    findingButtons->addWidget(m_removeFinding);
    findingButtons->addWidget(m_raiseAction);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(m_finalize, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_addFinding->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(buttons, &QDialogButtonBox::rejected, this, &InspectionDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &InspectionDialog::save);
    connect(m_finalize, &QPushButton::clicked, this, &InspectionDialog::finalize);
    connect(m_addFinding, &QPushButton::clicked, this, &InspectionDialog::addFinding);
    connect(m_removeFinding, &QPushButton::clicked, this, &InspectionDialog::removeFinding);
    connect(m_raiseAction, &QPushButton::clicked, this, &InspectionDialog::raiseAction);
    connect(m_items, &QTreeWidget::currentItemChanged, this, [this] {
        storeNotes();
        showItem();
    });
    connect(m_date, &DateField::dateChanged, this, [this] { m_modified = true; });
    connect(m_inspector, &QLineEdit::textEdited, this, [this] { m_modified = true; });
    connect(m_note, &QLineEdit::textEdited, this, [this] { m_modified = true; });
    connect(m_evidence, &QLineEdit::textEdited, this, [this] { m_modified = true; });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addLayout(findingButtons);
    layout->addWidget(m_findings);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    // The answers live in the draft record, not in fields: the dialog knows what it changed.
    unsavedChanges()->addCondition([this] { return m_modified && !m_readOnly; }, [this] { return save(); });
    setFirstField(m_items); // answering is done with the keys in the list of items
    setEnterSaves(this, m_save); // a draft: Enter saves it, whatever field it is in
    resizeToFit(this, { 1100, 680 });
    load(inspectionId);
}

void InspectionDialog::load(const QString& id)
{
    InspectionStore store(m_db);
    const Result<Inspection> inspection = store.get(id);
    const Result<InspectionTemplate> standards
        = inspection ? store.templateOf(*inspection) : inspection.error();
    if (!inspection || !standards) {
        showError(inspection ? standards.error().message : inspection.error().message);
        m_items->setEnabled(false);
        return;
    }
    m_inspection = *inspection;
    m_template = *standards;
    m_readOnly = m_inspection.isFinal();
    const Result<Institution> institution = InstitutionStore(m_db).get(m_inspection.institutionId);
    m_header->setText(tr("%1 — %2, edition %3")
                          .arg(isolate(institution ? institution->name : m_inspection.institutionId),
                               m_template.title.shown())
                          .arg(m_template.edition));
    setWindowTitle(m_readOnly ? tr("Inspection (finalized, read-only)") : tr("Inspection (draft)"));
    m_date->setDate(m_inspection.visitedOn);
    m_inspector->setText(m_inspection.inspector);
    for (QWidget* editor : std::initializer_list<QWidget*> {
             m_date, m_inspector, m_note, m_evidence, m_addFinding, m_removeFinding, m_save, m_finalize }) {
        editor->setEnabled(!m_readOnly);
    }
    m_shownKey.clear();
    m_items->clear();
    for (const TemplateSection& section : m_template.sections) {
        auto* sectionItem = new QTreeWidgetItem(m_items, { section.title.shown() });
        QFont bold = sectionItem->font(0);
        bold.setBold(true);
        sectionItem->setFont(0, bold);
        sectionItem->setFont(1, bold);
        sectionItem->setFlags(Qt::ItemIsEnabled);
        sectionItem->setData(0, kKeyRole, section.key);
        for (const TemplateItem* item : section.items()) {
            // The item's text; its key only as a secondary mark in the tip.
            auto* row = new QTreeWidgetItem(sectionItem, { item->text.shown() });
            row->setData(0, kKeyRole, item->key);
            row->setToolTip(0, item->guidance.shown() + QStringLiteral("\n") + isolateLtr(item->key));
        }
    }
    m_items->expandAll();
    refreshTree();
    refreshFindings();
    m_modified = false;
    if (QTreeWidgetItem* first
        = m_items->topLevelItemCount() > 0 ? m_items->topLevelItem(0)->child(0) : nullptr) {
        m_items->setCurrentItem(first);
    }
    m_items->setFocus();
}

const TemplateItem* InspectionDialog::currentItem() const
{
    const QTreeWidgetItem* row = m_items->currentItem();
    return row && row->parent() ? m_template.item(row->data(0, kKeyRole).toString()) : nullptr;
}

void InspectionDialog::showItem()
{
    while (QLayoutItem* old = m_answerButtons->takeAt(0)) {
        delete old->widget();
        delete old;
    }
    const TemplateItem* item = currentItem();
    m_shownKey = item ? item->key : QString();
    m_itemText->setText(item ? item->text.shown() : QString());
    m_guidance->showHint(item ? item->guidance.shown() : QString());
    const Answer answer = item ? m_inspection.answers.value(item->key) : Answer();
    m_note->setText(answer.note);
    m_evidence->setText(answer.evidence);
    if (!item) {
        return;
    }
    for (const QString& value : item->acceptedAnswers()) {
        auto* button
            = new QPushButton(item->scoring == TemplateItem::Scoring::Scale && value != QLatin1String("na")
                                  ? displayDigits(value)
                                  : answerLabel(value),
                              this);
        button->setObjectName(QStringLiteral("answer-") + value);
        button->setCheckable(true);
        button->setChecked(answer.value == value);
        button->setEnabled(!m_readOnly);
        button->setFocusPolicy(Qt::NoFocus); // the keys stay with the list of items
        connect(button, &QPushButton::clicked, this, [this, value] { answerCurrent(value); });
        m_answerButtons->addWidget(button);
    }
    m_answerButtons->addStretch(1);
}

void InspectionDialog::storeNotes()
{
    // The notes belong to the item they were typed for: kept in it before another is shown.
    if (!m_shownKey.isEmpty() && !m_readOnly) {
        Answer& answer = m_inspection.answers[m_shownKey];
        answer.note = m_note->text();
        answer.evidence = m_evidence->text();
    }
}

void InspectionDialog::answerCurrent(const QString& value)
{
    const TemplateItem* item = currentItem();
    if (!item || m_readOnly) {
        return;
    }
    storeNotes();
    m_inspection.answers[item->key].value = value;
    m_modified = true;
    refreshTree();
    QTreeWidgetItem* next = m_items->itemBelow(m_items->currentItem());
    while (next && !next->parent()) {
        next = m_items->itemBelow(next);
    }
    if (next) {
        m_items->setCurrentItem(next);
    } else {
        showItem();
    }
}

void InspectionDialog::refreshTree()
{
    const Scores scores = computeScores(m_template, m_inspection.answers);
    for (int s = 0; s < m_items->topLevelItemCount(); ++s) {
        QTreeWidgetItem* section = m_items->topLevelItem(s);
        if (s < scores.sections.size()) {
            section->setText(1, percent(scores.sections.at(s).percent()));
        }
        for (int i = 0; i < section->childCount(); ++i) {
            QTreeWidgetItem* row = section->child(i);
            const QString key = row->data(0, kKeyRole).toString();
            const QString value = m_inspection.answers.value(key).value;
            const TemplateItem* item = m_template.item(key);
            row->setText(1,
                         value.isEmpty() ? QString()
                             : item && item->scoring == TemplateItem::Scoring::Scale
                                 && value != QLatin1String("na")
                             ? displayDigits(QStringLiteral("%1 / %2").arg(value).arg(item->max))
                             : answerLabel(value));
            row->setForeground(1, value == QLatin1String("not_compliant") ? errorColour() : QColor());
        }
    }
    m_total->setText(tr("Total: %1 — %2 of %3 items answered, %4 not applicable")
                         .arg(percent(scores.total.percent()))
                         .arg(scores.total.answered)
                         .arg(scores.total.items)
                         .arg(scores.total.notApplicable));
}

void InspectionDialog::refreshFindings()
{
    m_findings->setRowCount(int(m_inspection.findings.size()));
    for (int row = 0; row < m_inspection.findings.size(); ++row) {
        const Finding& finding = m_inspection.findings.at(row);
        m_findings->setItem(row, 0, new QTableWidgetItem(severityLabel(finding.severity)));
        m_findings->setItem(row, 1, new QTableWidgetItem(m_template.itemTitle(finding.itemKey)));
        m_findings->setItem(row, 2, new QTableWidgetItem(finding.text));
    }
    m_raiseAction->setEnabled(!m_inspection.findings.isEmpty());
}

bool InspectionDialog::save()
{
    if (m_readOnly) {
        return true;
    }
    storeNotes();
    if (!m_date->check()) {
        return false; // the field says what is wrong under itself
    }
    Inspection draft = m_inspection;
    draft.visitedOn = m_date->date();
    draft.inspector = m_inspector->text();
    InspectionStore store(m_db);
    if (Status saved = store.saveDraft(draft); !saved) {
        showError(saved.error().describe());
        return false;
    }
    m_inspection = *store.get(draft.id);
    refreshFindings();
    m_modified = false;
    m_error->showSuccess(tr("Saved."));
    return true;
}

void InspectionDialog::finalize()
{
    if (!save()) {
        return;
    }
    if (QMessageBox::question(
            this, tr("Finalize the inspection"),
            tr("A finalized inspection cannot be changed; a correction becomes a new version "
               "with its reason. Finalize it now?"))
        != QMessageBox::Yes) {
        return;
    }
    if (Status done = InspectionStore(m_db).finalize(m_inspection.id); !done) {
        showError(done.error().describe());
        return;
    }
    load(m_inspection.id);
    m_error->showSuccess(tr("Finalized."));
}

void InspectionDialog::addFinding()
{
    // Accepting hands the finding to the draft, which is saved with it.
    EditorDialog dialog(this);
    dialog.unsavedChanges()->addFields(&dialog, [] { return true; });
    dialog.setWindowTitle(tr("New finding"));
    auto* text = new QPlainTextEdit(&dialog);
    text->setTabChangesFocus(true);
    auto* severity = new QComboBox(&dialog);
    for (const QString& level : findingSeverities()) {
        severity->addItem(severityLabel(level), level);
    }
    severity->setCurrentIndex(1);
    auto* item = new QComboBox(&dialog);
    item->addItem(tr("The institution as a whole"), QString());
    for (const TemplateItem* templateItem : m_template.items()) {
        item->addItem(templateItem->text.shown(), templateItem->key);
    }
    if (const TemplateItem* current = currentItem()) {
        item->setCurrentIndex(item->findData(current->key));
    }
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Item:"), item);
    form->addRow(tr("&Severity:"), severity);
    form->addRow(tr("&What was found:"), text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    resizeToFit(&dialog, { 620, 300 });
    if (dialog.exec() != QDialog::Accepted || text->toPlainText().trimmed().isEmpty()) {
        return;
    }
    m_inspection.findings.append({ {},
                                   item->currentData().toString(),
                                   text->toPlainText().trimmed(),
                                   severity->currentData().toString() });
    m_modified = true;
    save();
}

void InspectionDialog::removeFinding()
{
    const int row = m_findings->currentRow();
    if (row < 0 || row >= m_inspection.findings.size()) {
        return;
    }
    m_inspection.findings.removeAt(row);
    m_modified = true;
    save();
}

void InspectionDialog::raiseAction()
{
    if (m_modified && !save()) {
        return;
    }
    const int row = std::max(0, m_findings->currentRow());
    if (row >= m_inspection.findings.size()) {
        return;
    }
    ActionDialog dialog(m_db, m_inspection, m_inspection.findings.at(row).id, this);
    dialog.exec();
}

void InspectionDialog::showError(const QString& message)
{
    m_error->showError(message);
}

bool InspectionDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_items && event->type() == QEvent::KeyPress && !m_readOnly) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (const TemplateItem* item = currentItem(); item && !(key->modifiers() & Qt::ControlModifier)) {
            if (const QString value = answerForKey(*item, *key); !value.isEmpty()) {
                answerCurrent(value);
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace riaya
