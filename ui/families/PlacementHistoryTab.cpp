#include "PlacementHistoryTab.h"

#include "common/DateDisplay.h"
#include "families/FamilyStore.h"
#include "families/PlacementStore.h"
#include "security/Access.h"

#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace riaya {

PlacementHistoryTab::PlacementHistoryTab(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_table(new QTableWidget(0, 5, this))
{
    m_table->setObjectName(QStringLiteral("placementHistory"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
}

int PlacementHistoryTab::rowCount() const
{
    return m_table->rowCount();
}

void PlacementHistoryTab::setResident(const QString& residentId)
{
    m_table->setHorizontalHeaderLabels(
        { tr("Family"), tr("Placed on"), tr("Ended"), tr("Outcome"), tr("Reason") });
    m_table->setRowCount(0);
    if (residentId.isEmpty() || !Access::allows(m_db, Permission::ReadFamilies)) {
        return;
    }
    const Result<QList<Placement>> placements = PlacementStore(m_db).list({ residentId, {}, false });
    if (!placements) {
        return;
    }
    FamilyStore families(m_db);
    m_table->setRowCount(int(placements->size()));
    for (int row = 0; row < placements->size(); ++row) {
        const Placement& p = placements->at(row);
        const Result<Family> family = families.get(p.familyId);
        const QStringList cells { family ? family->familyName : p.familyId, displayDate(p.startedOn),
                                  p.isActive() ? tr("living with the family") : displayDate(p.endedOn),
                                  p.isActive() ? QString() : placementOutcomeLabel(p.outcome), p.endReason };
        for (int column = 0; column < cells.size(); ++column) {
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
    m_table->resizeColumnsToContents();
}

} // namespace riaya
