#include "InstitutionHistoryTab.h"

#include "InspectionsText.h"
#include "ScoreTrend.h"
#include "common/DateDisplay.h"
#include "inspections/ActionStore.h"
#include "widgets/RecordTable.h"

#include <QEvent>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace riaya {

InstitutionHistoryTab::InstitutionHistoryTab(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_note(new QLabel(this))
    , m_trend(new ScoreTrend(this))
    , m_openActions(newRecordTable(4, this, QStringLiteral("openActions")))
{
    setObjectName(QStringLiteral("institutionHistoryTab"));
    m_trend->setObjectName(QStringLiteral("scoreTrend"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_trend);
    layout->addWidget(m_openActions, 1);
    retranslate();
}

void InstitutionHistoryTab::refresh(const QString& institutionId, const QList<Inspection>& inspections)
{
    if (institutionId.isEmpty()) {
        m_note->setText(InspectionsText::tr(
            "Choose an institution above to see its inspections over time and its open actions."));
        m_trend->setPoints({});
        m_openActions->setRowCount(0);
        return;
    }
    QList<std::pair<QDate, double>> points;
    for (auto it = inspections.crbegin(); it != inspections.crend(); ++it) {
        if (it->isFinal() && it->score) {
            points.append({ it->visitedOn, *it->score });
        }
    }
    m_trend->setPoints(points);
    const Result<QList<CorrectiveAction>> open = ActionStore(m_db).list({ institutionId, {}, false, true });
    const QList<CorrectiveAction> actions = open ? *open : QList<CorrectiveAction>();
    m_note->setText(QStringList {
        InspectionsText::tr("%n finalized inspection(s).", nullptr, int(points.size())),
        InspectionsText::tr("%n corrective action(s) still open.", nullptr, int(actions.size())) }
                        .join(QLatin1Char('\n')));
    m_openActions->setRowCount(int(actions.size()));
    for (int row = 0; row < actions.size(); ++row) {
        const CorrectiveAction& a = actions.at(row);
        fillRecordRow(m_openActions, row,
                      { displayDate(a.dueOn), a.description, a.responsible, actionStateText(a) },
                      a.isOverdue());
    }
    const QHash<QString, QString> items = actionItemTitles(m_db, actions);
    for (int row = 0; row < actions.size(); ++row) {
        m_openActions->item(row, 1)->setToolTip(items.value(actions.at(row).id));
    }
    m_openActions->resizeColumnsToContents();
}

void InstitutionHistoryTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void InstitutionHistoryTab::retranslate()
{
    m_openActions->setHorizontalHeaderLabels({ InspectionsText::tr("Due"), InspectionsText::tr("Action"),
                                               InspectionsText::tr("Responsible"),
                                               InspectionsText::tr("State") });
    // The page may have filled the rows in the new language before the headers changed.
    m_openActions->resizeColumnsToContents();
}

} // namespace riaya
