#include "InspectionsPage.h"

#include "CorrectiveActionsTab.h"
#include "InspectionListTab.h"
#include "InstitutionHistoryTab.h"
#include "StandardsTab.h"
#include "db/Database.h"
#include "institutions/InstitutionStore.h"
#include "security/Access.h"
#include "widgets/MessageLabel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace riaya {

InspectionsPage::InspectionsPage(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_title(new QLabel(this))
    , m_institution(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_list(new InspectionListTab(db, m_institutionNames, this))
    , m_actions(new CorrectiveActionsTab(db, m_institutionNames, this))
    , m_history(new InstitutionHistoryTab(db, this))
    , m_standards(new StandardsTab(db, this))
    , m_message(new MessageLabel(this))
{
    setObjectName(QStringLiteral("inspectionsPage"));
    m_institution->setObjectName(QStringLiteral("inspectionInstitution"));
    m_message->setObjectName(QStringLiteral("inspectionMessage"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_institution->setMinimumWidth(320);
    m_institution->setEditable(true); // typing filters a thousand houses
    m_institution->setInsertPolicy(QComboBox::NoInsert);

    m_tabs->addTab(m_list, QString());
    m_tabs->addTab(m_actions, QString());
    m_tabs->addTab(m_history, QString());
    m_tabs->addTab(m_standards, QString());
    m_tabs->setTabVisible(m_tabs->indexOf(m_standards),
                          Access::allows(m_db, Permission::ManageTemplates) && m_db.site().isMinistry);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_institution);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);

    m_institution->addItem(QString(), QString());
    if (const auto institutions = InstitutionStore(m_db).list()) {
        for (const Institution& institution : *institutions) {
            m_institution->addItem(institution.name, institution.id);
            m_institutionNames.insert(institution.id, institution.name);
        }
    }
    if (!m_db.site().institutionId.isEmpty()) {
        m_institution->setCurrentIndex(std::max(0, m_institution->findData(m_db.site().institutionId)));
    }
    connect(m_institution, &QComboBox::currentIndexChanged, this, &InspectionsPage::refresh);
    connect(m_list, &InspectionListTab::changed, this, &InspectionsPage::refresh);
    connect(m_actions, &CorrectiveActionsTab::changed, this, &InspectionsPage::refresh);
    connect(m_actions, &CorrectiveActionsTab::overdueCounted, this, &InspectionsPage::showOverdue);
    connect(m_list, &InspectionListTab::message, this, &InspectionsPage::showMessage);
    connect(m_actions, &CorrectiveActionsTab::message, this, &InspectionsPage::showMessage);
    connect(m_standards, &StandardsTab::message, this, &InspectionsPage::showMessage);
    retranslate();
    refresh();
}

QString InspectionsPage::institutionId() const
{
    return m_institution->currentData().toString();
}

void InspectionsPage::refresh()
{
    const QString institution = institutionId();
    if (!m_list->refresh(institution)) {
        return;
    }
    m_actions->refresh(institution);
    m_history->refresh(institution, m_list->inspections());
    if (m_tabs->isTabVisible(m_tabs->indexOf(m_standards))) {
        m_standards->refresh();
    }
}

void InspectionsPage::openInspection(const QString& id)
{
    m_list->openInspection(id);
}

void InspectionsPage::showOverdue(int overdue)
{
    m_tabs->setTabText(m_tabs->indexOf(m_actions),
                       overdue > 0 ? tr("Corrective actions (%n overdue)", nullptr, overdue)
                                   : tr("Corrective actions"));
}

void InspectionsPage::showMessage(const QString& text, bool error)
{
    if (error) {
        m_message->showError(text);
    } else {
        m_message->showSuccess(text);
    }
}

void InspectionsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void InspectionsPage::retranslate()
{
    m_title->setText(tr("Inspections"));
    m_institution->setItemText(0, tr("All institutions"));
    m_tabs->setTabText(m_tabs->indexOf(m_list), tr("Inspections"));
    m_tabs->setTabText(m_tabs->indexOf(m_actions), tr("Corrective actions"));
    m_tabs->setTabText(m_tabs->indexOf(m_history), tr("Institution history"));
    m_tabs->setTabText(m_tabs->indexOf(m_standards), tr("Standards documents"));
}

} // namespace riaya
