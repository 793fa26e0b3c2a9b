#include "RecordTable.h"

#include "EmptyState.h"
#include "MessageLabel.h"
#include "text/TextFolding.h"

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

void markRowVoided(QTableWidget* table, int row, const QString& why, int reasonColumn)
{
    for (int column = 0; column < table->columnCount(); ++column) {
        QTableWidgetItem* item = table->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            table->setItem(row, column, item);
        }
        if (column == reasonColumn) {
            item->setText(why);
        }
        QFont struck = item->font();
        struck.setStrikeOut(column != reasonColumn);
        item->setFont(struck);
        item->setForeground(QColor(0x6b, 0x6b, 0x6b)); // greyed, still readable: the reason is read

        item->setToolTip(why);
    }
}

int showMatchingRows(QTableWidget* table, const QString& typed)
{
    const QStringList words = searchWords(typed);
    int shown = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table->columnCount(); ++column) {
            if (const QTableWidgetItem* item = table->item(row, column)) {
                cells << item->text();
            }
        }
        const bool match = containsSearchWords(cells.join(QLatin1Char(' ')), words);
        table->setRowHidden(row, !match);
        shown += match ? 1 : 0;
    }
    if (table->currentRow() >= 0 && table->isRowHidden(table->currentRow())) {
        table->setCurrentCell(-1, -1);
        table->clearSelection();
    }
    if (EmptyState* empty = EmptyState::of(table)) {
        empty->refresh();
    }
    return shown;
}

} // namespace riaya
