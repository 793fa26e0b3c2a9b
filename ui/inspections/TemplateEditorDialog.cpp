#include "TemplateEditorDialog.h"

#include "inspections/TemplateStore.h"
#include "widgets/MessageLabel.h"
#include "widgets/ScreenFit.h"
#include "widgets/UnsavedChanges.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace riaya {
namespace {

constexpr int kSectionRole = Qt::UserRole;
constexpr int kStandardRole = Qt::UserRole + 1;
constexpr int kItemRole = Qt::UserRole + 2;

QString* textIn(LocalizedText& text, int language)
{
    return language == 0 ? &text.ar : language == 1 ? &text.fr : &text.en;
}

QString textOf(const LocalizedText& text, int language)
{
    return language == 0 ? text.ar : language == 1 ? text.fr : text.en;
}

} // namespace

TemplateEditorDialog::TemplateEditorDialog(Database& db, const InspectionTemplate& base, QWidget* parent)
    : EditorDialog(parent)
    , m_db(db)
    , m_edited(base)
    , m_edition(new QSpinBox(this))
    , m_tree(new QTreeWidget(this))
    , m_weight(new QSpinBox(this))
    , m_scoring(new QComboBox(this))
    , m_max(new QSpinBox(this))
    , m_error(new MessageLabel(this))
{
    m_tree->setObjectName(QStringLiteral("templateTree"));
    m_edition->setObjectName(QStringLiteral("templateEdition"));
    m_error->setObjectName(QStringLiteral("templateError"));
    m_edition->setRange(1, 999);
    m_edition->setValue(base.edition + 1);
    m_weight->setRange(1, 10);
    m_max->setRange(1, 10);
    m_scoring->addItem(tr("compliant / partly / not compliant"), QStringLiteral("compliance"));
    m_scoring->addItem(tr("a scale from 0"), QStringLiteral("scale"));
    m_tree->setHeaderHidden(true);
    m_tree->setWordWrap(true);

    auto* fields = new QWidget(this);
    m_fields = fields;
    auto* form = new QFormLayout(fields);
    const QStringList languages { tr("Arabic"), tr("French"), tr("English") };
    for (int language = 0; language < 3; ++language) {
        m_text[language] = new QLineEdit(this);
        m_text[language]->setObjectName(QStringLiteral("templateText%1").arg(language));
        form->addRow(tr("Text (%1):").arg(languages.at(language)), m_text[language]);
    }
    m_text[0]->setLayoutDirection(Qt::RightToLeft);
    for (int language = 0; language < 3; ++language) {
        m_guidance[language] = new QLineEdit(this);
        form->addRow(tr("Guidance (%1):").arg(languages.at(language)), m_guidance[language]);
    }
    m_guidance[0]->setLayoutDirection(Qt::RightToLeft);
    form->addRow(tr("&Weight:"), m_weight);
    form->addRow(tr("S&coring:"), m_scoring);
    form->addRow(tr("Scale &maximum:"), m_max);
    auto* add = new QPushButton(tr("&Add an item"), this);
    auto* remove = new QPushButton(tr("&Remove the item"), this);
    auto* itemButtons = new QHBoxLayout;
    itemButtons->addWidget(add);
    itemButtons->addWidget(remove);
    itemButtons->addStretch(1);
    form->addRow(itemButtons);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(fields);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* top = new QFormLayout;
    top->addRow(tr("Publish as &edition:"), m_edition);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* publish = buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    publish->setObjectName(QStringLiteral("publishTemplate"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TemplateEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TemplateEditorDialog::reject);
    connect(add, &QPushButton::clicked, this, &TemplateEditorDialog::addItem);
    connect(remove, &QPushButton::clicked, this, &TemplateEditorDialog::removeItem);
    connect(m_scoring, &QComboBox::currentIndexChanged, this, [this] {
        m_max->setEnabled(m_scoring->isEnabled() && m_scoring->currentData() == QLatin1String("scale"));
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        storeFields();
        showFields();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(base.title.shown(), this));
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setWindowTitle(tr("Edit the standards as a new edition"));
    // The fields show one node of the document at a time: what they held for the nodes left is
    // kept in m_changed, what they hold now is compared with what they showed.
    unsavedChanges()->addCondition([this] { return m_changed || unsavedChanges()->changedUnder(this); },
                                   [this] { return this->publish(); });
    setEnterSaves(this, nullptr); // a new edition is published with its button only
    // Tab follows the fields as they read: the weight and scoring were made before the texts.
    chainTabOrder({ m_edition, m_tree, m_text[0], m_text[1], m_text[2], m_guidance[0], m_guidance[1],
                    m_guidance[2], m_weight, m_scoring, m_max, add, remove });
    resizeToFit(this, { 1100, 700 });
    rebuildTree({ 0, 0, 0 });
}

TemplateEditorDialog::Path TemplateEditorDialog::pathOf(const QTreeWidgetItem* node) const
{
    if (!node) {
        return {};
    }
    return { node->data(0, kSectionRole).toInt(), node->data(0, kStandardRole).toInt(),
             node->data(0, kItemRole).toInt() };
}

void TemplateEditorDialog::rebuildTree(const Path& select)
{
    m_shown = {};
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    QTreeWidgetItem* selected = nullptr;
    for (int s = 0; s < m_edited.sections.size(); ++s) {
        const TemplateSection& section = m_edited.sections.at(s);
        auto* sectionNode = new QTreeWidgetItem(m_tree, { section.title.shown() });
        sectionNode->setData(0, kSectionRole, s);
        sectionNode->setData(0, kStandardRole, -1);
        sectionNode->setData(0, kItemRole, -1);
        for (int t = 0; t < section.standards.size(); ++t) {
            const TemplateStandard& standard = section.standards.at(t);
            auto* standardNode = new QTreeWidgetItem(sectionNode, { standard.title.shown() });
            standardNode->setData(0, kSectionRole, s);
            standardNode->setData(0, kStandardRole, t);
            standardNode->setData(0, kItemRole, -1);
            for (int i = 0; i < standard.items.size(); ++i) {
                const TemplateItem& item = standard.items.at(i);
                auto* itemNode = new QTreeWidgetItem(standardNode,
                                                     { item.key + QStringLiteral("  ") + item.text.shown() });
                itemNode->setData(0, kSectionRole, s);
                itemNode->setData(0, kStandardRole, t);
                itemNode->setData(0, kItemRole, i);
                if (s == select.section && t == select.standard && i == select.item) {
                    selected = itemNode;
                }
            }
        }
    }
    m_tree->expandAll();
    m_tree->setCurrentItem(selected ? selected : m_tree->topLevelItem(0));
    showFields();
}

void TemplateEditorDialog::storeFields()
{
    if (m_shown.section < 0) {
        return;
    }
    m_changed = m_changed || unsavedChanges()->changedUnder(m_fields);
    TemplateSection& section = m_edited.sections[m_shown.section];
    LocalizedText* text = &section.title;
    if (m_shown.standard >= 0) {
        TemplateStandard& standard = section.standards[m_shown.standard];
        text = &standard.title;
        if (m_shown.item >= 0) {
            TemplateItem& item = standard.items[m_shown.item];
            text = &item.text;
            for (int language = 0; language < 3; ++language) {
                *textIn(item.guidance, language) = m_guidance[language]->text();
            }
            item.weight = m_weight->value();
            item.scoring = m_scoring->currentData() == QLatin1String("scale")
                ? TemplateItem::Scoring::Scale
                : TemplateItem::Scoring::Compliance;
            item.max = item.scoring == TemplateItem::Scoring::Scale ? m_max->value() : 0;
        }
    }
    for (int language = 0; language < 3; ++language) {
        *textIn(*text, language) = m_text[language]->text();
    }
}

void TemplateEditorDialog::showFields()
{
    m_shown = pathOf(m_tree->currentItem());
    if (m_shown.section < 0) {
        return;
    }
    TemplateSection& section = m_edited.sections[m_shown.section];
    LocalizedText text = section.title;
    const TemplateItem* item = nullptr;
    if (m_shown.standard >= 0) {
        text = section.standards.at(m_shown.standard).title;
        if (m_shown.item >= 0) {
            item = &section.standards.at(m_shown.standard).items.at(m_shown.item);
            text = item->text;
        }
    }
    for (int language = 0; language < 3; ++language) {
        m_text[language]->setText(textOf(text, language));
        m_guidance[language]->setText(item ? textOf(item->guidance, language) : QString());
        m_guidance[language]->setEnabled(item);
    }
    m_weight->setEnabled(item);
    m_scoring->setEnabled(item);
    m_max->setEnabled(item && item->scoring == TemplateItem::Scoring::Scale);
    if (item) {
        m_weight->setValue(item->weight);
        m_scoring->setCurrentIndex(item->scoring == TemplateItem::Scoring::Scale ? 1 : 0);
        m_max->setValue(std::max(1, item->max));
    }
    unsavedChanges()->markSaved(m_fields);
}

void TemplateEditorDialog::addItem()
{
    storeFields();
    const Path at = m_shown;
    if (at.section < 0 || at.standard < 0) {
        m_error->showError(tr("Choose the standard (or one of its items) the new item belongs to."));
        return;
    }
    TemplateStandard& standard = m_edited.sections[at.section].standards[at.standard];
    TemplateItem item;
    // A key not used in the document: the standard's key and the next free number.
    for (int n = int(standard.items.size()) + 1;; ++n) {
        item.key = QStringLiteral("%1.%2").arg(standard.key).arg(n);
        if (!m_edited.item(item.key)) {
            break;
        }
    }
    item.weight = 1;
    standard.items.append(item);
    m_changed = true;
    rebuildTree({ at.section, at.standard, int(standard.items.size()) - 1 });
    m_text[0]->setFocus();
}

void TemplateEditorDialog::removeItem()
{
    storeFields();
    const Path at = m_shown;
    if (at.item < 0) {
        return;
    }
    m_edited.sections[at.section].standards[at.standard].items.removeAt(at.item);
    m_changed = true;
    rebuildTree({ at.section, at.standard, std::max(0, at.item - 1) });
}

void TemplateEditorDialog::accept()
{
    if (publish()) {
        QDialog::accept();
    }
}

bool TemplateEditorDialog::publish()
{
    storeFields();
    InspectionTemplate edition = m_edited;
    edition.id.clear();
    edition.builtIn = false;
    edition.edition = m_edition->value();
    const Result<QString> id = TemplateStore(m_db).publish(edition);
    if (!id) {
        m_error->showError(id.error().describe());
        return false;
    }
    m_changed = false;
    return true;
}

} // namespace riaya
