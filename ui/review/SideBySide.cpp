#include "SideBySide.h"

#include "common/Bidi.h"
#include "common/DateDisplay.h"
#include "common/FieldLabels.h"
#include "db/Database.h"
#include "sync/RecordKinds.h"
#include "sync/TrustStore.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTableWidget>

namespace riaya {

QString siteDisplayName(Database& db, const QString& siteId)
{
    if (siteId == db.site().id) {
        return db.site().name;
    }
    const Result<TrustedSite> site = TrustStore(db).find(siteId);
    return site ? site->name : siteId;
}

QString recordFieldLabel(const QString& entity, const QString& column)
{
    return fieldLabel(entity, column);
}

// A stored value as words: codes by their labels, days in the one display format.
QString shownValue(const QString& entity, const QString& column, const QString& stored)
{
    if (column.endsWith(QLatin1String("_date")) || column.endsWith(QLatin1String("_on"))) {
        if (const QDate day = QDate::fromString(stored, Qt::ISODate); day.isValid()) {
            return displayDate(day);
        }
    }
    return recordValueLabel(entity, column, stored);
}

void showSideBySide(QTableWidget* table, const QString& entity, const QVariantMap& left,
                    const QVariantMap& right)
{
    static const QStringList stamps { QStringLiteral("id"), QStringLiteral("origin_site"),
                                      QStringLiteral("version"), QStringLiteral("updated_at"),
                                      QStringLiteral("updated_by") };
    QStringList columns = left.keys();
    for (const QString& column : right.keys()) {
        if (!columns.contains(column)) {
            columns << column;
        }
    }
    table->setRowCount(0);
    for (const QString& column : std::as_const(columns)) {
        const QString storedA = left.value(column).toString();
        const QString storedB = right.value(column).toString();
        const bool bothLive = column == QLatin1String("deleted") && storedA == storedB;
        const QString a = shownValue(entity, column, storedA);
        const QString b = shownValue(entity, column, storedB);
        if (stamps.contains(column) || bothLive || (a.isEmpty() && b.isEmpty())) {
            continue;
        }
        const int row = table->rowCount();
        table->insertRow(row);
        auto* label = new QTableWidgetItem(recordFieldLabel(entity, column));
        auto* first = new QTableWidgetItem(isolate(a));
        auto* second = new QTableWidgetItem(isolate(b));
        if (storedA != storedB) {
            for (QTableWidgetItem* item : { label, first, second }) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
                item->setBackground(QColor(0xff, 0xf3, 0xc4));
            }
        }
        table->setItem(row, 0, label);
        table->setItem(row, 1, first);
        table->setItem(row, 2, second);
    }
    table->resizeRowsToContents();
}

} // namespace riaya
