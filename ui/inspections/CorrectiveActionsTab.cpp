#include "CorrectiveActionsTab.h"

#include "InspectionsText.h"
#include "ProgressDialog.h"
#include "common/Bidi.h"
#include "common/DateDisplay.h"
#include "db/Database.h"
#include "inspections/ActionStore.h"
#include "inspections/InspectionStore.h"
#include "security/Access.h"
#include "widgets/EmptyState.h"
#include "widgets/ListExport.h"
#include "widgets/RecordTable.h"
#include "widgets/SearchField.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace riaya {

CorrectiveActionsTab::CorrectiveActionsTab(Database& db, const QHash<QString, QString>& institutionNames,
                                           QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_institutionNames(institutionNames)
    , m_table(newRecordTable(6, this, QStringLiteral("actionList")))
    , m_empty(new EmptyState(m_table))
    , m_search(new SearchField(this))
    , m_overdueOnly(new QCheckBox(this))
    , m_inProgress(new QPushButton(this))
    , m_done(new QPushButton(this))
    , m_verify(new QPushButton(this))
    , m_progress(new QPushButton(this))
    , m_export(new ExportListButton(
          m_table, [] { return InspectionsText::tr("Corrective actions"); }, this))
{
    setObjectName(QStringLiteral("correctiveActionsTab"));
    m_overdueOnly->setObjectName(QStringLiteral("overdueOnly"));
    m_progress->setObjectName(QStringLiteral("recordProgress"));
    m_inProgress->setObjectName(QStringLiteral("actionInProgress"));
    m_done->setObjectName(QStringLiteral("actionDone"));
    m_verify->setObjectName(QStringLiteral("actionVerify"));
    m_search->setObjectName(QStringLiteral("actionSearch"));
    m_search->setResultsView(m_table);
    m_search->setMinimumWidth(200);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_overdueOnly);
    buttons->addWidget(m_search, 1);
    buttons->addStretch(1);
    for (QPushButton* button : { m_progress, m_inProgress, m_done, m_verify }) {
        buttons->addWidget(button);
    }
    buttons->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table);

    const bool mayConduct = Access::allows(m_db, Permission::ConductInspections);
    for (QPushButton* button : { m_inProgress, m_done, m_verify }) {
        button->setVisible(mayConduct);
    }
    // The inspected house (a site running an institution) records its progress.
    m_progress->setVisible(Access::allows(m_db, Permission::ReportActionProgress)
                           && !m_db.site().institutionId.isEmpty());
    connect(m_overdueOnly, &QCheckBox::toggled, this, [this] { refresh(m_institutionId); });
    connect(m_search, &SearchField::searched, this, &CorrectiveActionsTab::applySearch);
    connect(m_inProgress, &QPushButton::clicked, this, [this] { moveAction(QStringLiteral("in_progress")); });
    connect(m_done, &QPushButton::clicked, this, [this] { moveAction(QStringLiteral("done")); });
    connect(m_verify, &QPushButton::clicked, this, [this] { moveAction(QStringLiteral("verified")); });
    connect(m_progress, &QPushButton::clicked, this, &CorrectiveActionsTab::recordProgress);
    connect(m_table, &QTableWidget::currentCellChanged, this, &CorrectiveActionsTab::updateButtons);
    connect(m_export, &ExportListButton::exported, this, &CorrectiveActionsTab::message);
    retranslate();
}

bool CorrectiveActionsTab::refresh(const QString& institutionId)
{
    m_institutionId = institutionId;
    const Result<QList<CorrectiveAction>> actions
        = ActionStore(m_db).list({ institutionId, {}, m_overdueOnly->isChecked(), false });
    if (!actions) {
        emit message(actions.error().message, true);
        return false;
    }
    m_actions = *actions;
    m_table->setRowCount(int(m_actions.size()));
    int overdue = 0;
    for (int row = 0; row < m_actions.size(); ++row) {
        const CorrectiveAction& a = m_actions.at(row);
        overdue += a.isOverdue() ? 1 : 0;
        fillRecordRow(m_table, row,
                      { displayDate(a.dueOn), m_institutionNames.value(a.institutionId, a.institutionId),
                        a.description, a.responsible, actionStateText(a), a.evidence },
                      a.isOverdue());
        setExportValue(m_table, row, 0, a.dueOn);
    }
    // The item each action answers, by its title, where the eye is on the action.
    const QHash<QString, QString> items = actionItemTitles(m_db, m_actions);
    for (int row = 0; row < m_actions.size(); ++row) {
        m_table->item(row, 2)->setToolTip(items.value(m_actions.at(row).id));
    }
    m_table->resizeColumnsToContents();
    applySearch();
    updateButtons();
    emit overdueCounted(overdue);
    return true;
}

void CorrectiveActionsTab::applySearch()
{
    const QString typed = m_search->text().trimmed();
    if (!typed.isEmpty()) {
        m_empty->setText(InspectionsText::tr("No corrective action matches “%1”. Press Esc to see them all.")
                             .arg(isolate(typed)));
    } else if (m_overdueOnly->isChecked()) {
        m_empty->setText(InspectionsText::tr("No corrective action is overdue."));
    } else {
        m_empty->setText(InspectionsText::tr("No corrective action yet: they are set when an inspection "
                                             "finds something to correct."));
    }
    showMatchingRows(m_table, typed);
}

const CorrectiveAction* CorrectiveActionsTab::selectedAction()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_actions.size() || m_table->isRowHidden(row)) {
        return nullptr;
    }
    return &m_actions.at(row);
}

void CorrectiveActionsTab::updateButtons()
{
    const CorrectiveAction* action = selectedAction();
    const bool open = action && action->state != QLatin1String("verified");
    m_progress->setEnabled(open);
    // The rest of an action is written by the site that raised it (and the ministry).
    for (QPushButton* button : { m_inProgress, m_done, m_verify }) {
        button->setEnabled(open && (m_db.site().isMinistry || action->originSite == m_db.site().id));
    }
}

void CorrectiveActionsTab::recordProgress()
{
    const CorrectiveAction* action = selectedAction();
    if (!action) {
        emit message(InspectionsText::tr("Select an action first."), true);
        return;
    }
    ProgressDialog dialog(m_db, *action, this);
    if (dialog.exec() == QDialog::Accepted) {
        emit message(
            InspectionsText::tr("The progress is recorded; the inspector sees it after the next bundles."),
            false);
        emit changed();
    }
}

void CorrectiveActionsTab::moveAction(const QString& state)
{
    const CorrectiveAction* selected = selectedAction();
    if (!selected) {
        emit message(InspectionsText::tr("Select an action first."), true);
        return;
    }
    const CorrectiveAction action = *selected;
    bool ok = false;
    const QString note = QInputDialog::getText(this, actionStateLabel(state),
                                               InspectionsText::tr("What was seen or done (optional):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok) {
        return;
    }
    // Verified during the newest follow-up of the inspection that raised it, when there is one.
    QString followUp;
    if (state == QLatin1String("verified")) {
        if (const auto all = InspectionStore(m_db).list(action.institutionId)) {
            for (const Inspection& i : *all) {
                if (i.followsUp == action.inspectionId) {
                    followUp = i.rootId;
                    break;
                }
            }
        }
    }
    const Status moved = ActionStore(m_db).setState(action.id, state, note, followUp);
    emit message(moved ? QString() : moved.error().describe(), !moved);
    emit changed();
}

void CorrectiveActionsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void CorrectiveActionsTab::retranslate()
{
    m_overdueOnly->setText(InspectionsText::tr("&Overdue only"));
    m_search->setPlaceholderText(InspectionsText::tr("Search: institution, action, responsible…"));
    applySearch();
    m_inProgress->setText(InspectionsText::tr("In &progress"));
    m_done->setText(InspectionsText::tr("&Done"));
    m_verify->setText(InspectionsText::tr("&Verified…"));
    m_progress->setText(InspectionsText::tr("&Record progress…"));
    m_table->setHorizontalHeaderLabels({ InspectionsText::tr("Due"), InspectionsText::tr("Institution"),
                                         InspectionsText::tr("Action"), InspectionsText::tr("Responsible"),
                                         InspectionsText::tr("State"), InspectionsText::tr("Evidence") });
    // The page may have filled the rows in the new language before the headers changed.
    m_table->resizeColumnsToContents();
}

} // namespace riaya
