#include "RecordTable.h"

#include "MessageLabel.h"

#include <QHeaderView>
#include <QTableWidget>

namespace riaya {

QTableWidget* newRecordTable(int columns, QWidget* parent, const QString& objectName)
{
    auto* table = new QTableWidget(0, columns, parent);
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false); // Tab moves on to the next field; the arrows move in the list
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void fillRecordRow(QTableWidget* table, int row, const QStringList& cells, bool alarm)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        if (alarm) {
            item->setForeground(errorColour());
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
        table->setItem(row, column, item);
    }
}

} // namespace riaya
