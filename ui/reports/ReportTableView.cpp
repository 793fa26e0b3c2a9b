#include "ReportTableView.h"

#include "common/Bidi.h"
#include "common/DateDisplay.h"
#include "widgets/ListExport.h"
#include "widgets/RecordTable.h"

#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>

namespace riaya {

QTableWidget* newReportTableView(QWidget* parent, const QString& objectName)
{
    QTableWidget* view = newRecordTable(0, parent, objectName);
    view->setSortingEnabled(false);
    return view;
}

QString reportCellText(const QVariant& value, ReportColumn::Kind kind)
{
    if (value.isNull() || !value.isValid()) {
        return {};
    }
    const QLocale locale;
    switch (kind) {
    case ReportColumn::Kind::Integer:
        return value.canConvert<int>() && value.typeId() != QMetaType::QString
            ? locale.toString(value.toInt())
            : value.toString();
    case ReportColumn::Kind::Decimal:
        return locale.toString(value.toDouble(), 'f', 1);
    case ReportColumn::Kind::Percent:
        return locale.toString(qRound(value.toDouble() * 100)) + QStringLiteral(" %");
    case ReportColumn::Kind::Date:
        return value.typeId() == QMetaType::QDate ? displayDate(value.toDate()) : value.toString();
    case ReportColumn::Kind::Text:
        break;
    }
    return value.typeId() == QMetaType::QDate ? displayDate(value.toDate()) : value.toString();
}

void showReportTable(QTableWidget* view, const ReportTable& table)
{
    view->clear();
    view->setColumnCount(int(table.columns.size()));
    QStringList headings;
    for (int column = 0; column < table.columns.size(); ++column) {
        headings.append(table.columns[column].heading);
    }
    view->setHorizontalHeaderLabels(headings);
    for (int column = 0; column < table.columns.size(); ++column) {
        setExportKind(view, column, table.columns[column].kind);
    }
    const qsizetype rows = table.rows.size() + (table.totals.isEmpty() ? 0 : 1);
    view->setRowCount(int(rows));
    auto fill = [&](int row, const QVariantList& values, bool bold) {
        QStringList cells;
        for (int column = 0; column < table.columns.size(); ++column) {
            cells.append(isolate(reportCellText(values.value(column), table.columns[column].kind)));
        }
        fillRecordRow(view, row, cells);
        for (int column = 0; column < table.columns.size(); ++column) {
            if (table.columns[column].kind != ReportColumn::Kind::Text) {
                setExportValue(view, row, column, values.value(column));
            }
            if (bold) {
                QFont font = view->item(row, column)->font();
                font.setBold(true);
                view->item(row, column)->setFont(font);
            }
        }
    };
    for (int row = 0; row < table.rows.size(); ++row) {
        fill(row, table.rows[row], false);
    }
    if (!table.totals.isEmpty()) {
        fill(int(table.rows.size()), table.totals, true);
    }
    view->resizeColumnsToContents();
}

} // namespace riaya
