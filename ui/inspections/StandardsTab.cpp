#include "StandardsTab.h"

#include "InspectionsText.h"
#include "TemplateEditorDialog.h"
#include "common/DateDisplay.h"
#include "inspections/TemplateStore.h"
#include "widgets/FileFilters.h"
#include "widgets/RecordTable.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace riaya {

StandardsTab::StandardsTab(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_templates(newRecordTable(4, this, QStringLiteral("templateList")))
    , m_import(new QPushButton(this))
    , m_edit(new QPushButton(this))
{
    setObjectName(QStringLiteral("standardsTab"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_templates);
    connect(m_import, &QPushButton::clicked, this, &StandardsTab::importTemplate);
    connect(m_edit, &QPushButton::clicked, this, &StandardsTab::editTemplate);
    retranslate();
}

void StandardsTab::refresh()
{
    const Result<QList<InspectionTemplate>> templates = TemplateStore(m_db).list();
    const QList<InspectionTemplate> list = templates ? *templates : QList<InspectionTemplate>();
    m_templates->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const InspectionTemplate& t = list.at(row);
        fillRecordRow(m_templates, row,
                      { t.title.shown(), displayDigits(QString::number(t.edition)),
                        displayDigits(QString::number(t.items().size())),
                        t.builtIn ? InspectionsText::tr("shipped with Riaya")
                                  : InspectionsText::tr("published by the ministry") });
        m_templates->item(row, 0)->setData(Qt::UserRole, t.id);
    }
    m_templates->resizeColumnsToContents();
}

void StandardsTab::importTemplate()
{
    const QString path
        = QFileDialog::getOpenFileName(this, InspectionsText::tr("Import a standards document"), QString(),
                                       isolatedFilters(InspectionsText::tr("Standards documents (*.json)")));
    if (path.isEmpty()) {
        return;
    }
    const Result<QString> id = TemplateStore(m_db).importFile(path);
    emit message(
        id ? InspectionsText::tr("The new edition was published; it reaches the sites in the next bundles.")
           : id.error().describe(),
        !id);
    refresh();
}

void StandardsTab::editTemplate()
{
    const int row = m_templates->currentRow();
    const QString id = row >= 0 ? m_templates->item(row, 0)->data(Qt::UserRole).toString() : QString();
    const Result<InspectionTemplate> base
        = id.isEmpty() ? TemplateStore(m_db).current() : TemplateStore(m_db).get(id);
    if (!base) {
        emit message(base.error().message, true);
        return;
    }
    TemplateEditorDialog dialog(m_db, *base, this);
    if (dialog.exec() == QDialog::Accepted) {
        emit message(
            InspectionsText::tr("The new edition was published; it reaches the sites in the next bundles."),
            false);
    }
    refresh();
}

void StandardsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void StandardsTab::retranslate()
{
    m_import->setText(InspectionsText::tr("&Import a file…"));
    m_edit->setText(InspectionsText::tr("&Edit as a new edition…"));
    m_templates->setHorizontalHeaderLabels({ InspectionsText::tr("Document"), InspectionsText::tr("Edition"),
                                             InspectionsText::tr("Items"), InspectionsText::tr("Origin") });
    // The page may have filled the rows in the new language before the headers changed.
    m_templates->resizeColumnsToContents();
}

} // namespace riaya
