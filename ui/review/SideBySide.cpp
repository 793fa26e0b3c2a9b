#include "SideBySide.h"

#include "common/Bidi.h"
#include "common/DateDisplay.h"
#include "db/Database.h"
#include "residents/Resident.h"
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
    if (entity == QLatin1String("residents")) {
        if (const QString label = residentFieldLabel(column); label != column) {
            return label;
        }
    }
    static const struct
    {
        const char* column;
        const char* label;
    } common[] = {
        { "name", QT_TRANSLATE_NOOP("riaya::SideBySide", "Name") },
        { "name_latin", QT_TRANSLATE_NOOP("riaya::SideBySide", "Name in Latin letters") },
        { "kind", QT_TRANSLATE_NOOP("riaya::SideBySide", "Kind") },
        { "capacity", QT_TRANSLATE_NOOP("riaya::SideBySide", "Places") },
        { "region", QT_TRANSLATE_NOOP("riaya::SideBySide", "Region") },
        { "province", QT_TRANSLATE_NOOP("riaya::SideBySide", "Province") },
        { "admitted_on", QT_TRANSLATE_NOOP("riaya::SideBySide", "Admitted on") },
        { "exited_on", QT_TRANSLATE_NOOP("riaya::SideBySide", "Left on") },
        { "exit_kind", QT_TRANSLATE_NOOP("riaya::SideBySide", "Kind of exit") },
        { "day", QT_TRANSLATE_NOOP("riaya::SideBySide", "Day") },
        { "state", QT_TRANSLATE_NOOP("riaya::SideBySide", "State") },
        { "note", QT_TRANSLATE_NOOP("riaya::SideBySide", "Note") },
        { "description", QT_TRANSLATE_NOOP("riaya::SideBySide", "Description") },
        { "deleted", QT_TRANSLATE_NOOP("riaya::SideBySide", "Removed") },
        { "status", QT_TRANSLATE_NOOP("riaya::SideBySide", "Status") },
        { "institution_id", QT_TRANSLATE_NOOP("riaya::SideBySide", "Institution") },
        { "registered_at", QT_TRANSLATE_NOOP("riaya::SideBySide", "Registered by") },
        { "merged_into", QT_TRANSLATE_NOOP("riaya::SideBySide", "Merged into") },
    };
    for (const auto& entry : common) {
        if (column == QLatin1String(entry.column)) {
            return QCoreApplication::translate("riaya::SideBySide", entry.label);
        }
    }
    return column;
}

QString residentValueLabel(const QString& column, const QString& stored)
{
    if (column == QLatin1String("status")) {
        return residentStatusLabel(stored);
    }
    if (column == QLatin1String("sex")) {
        return residentSexLabel(stored);
    }
    if (column == QLatin1String("school_level")) {
        return stored.isEmpty() ? stored : schoolLevelLabel(stored);
    }
    if (column == QLatin1String("birth_date")) {
        const QDate date = QDate::fromString(stored, Qt::ISODate);
        return date.isValid() ? displayDate(date) : stored;
    }
    return stored;
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
        QString a = left.value(column).toString();
        QString b = right.value(column).toString();
        if (entity == QLatin1String("residents")) {
            a = residentValueLabel(column, a);
            b = residentValueLabel(column, b);
        }
        const bool bothLive = column == QLatin1String("deleted") && a == b;
        if (stamps.contains(column) || bothLive || (a.isEmpty() && b.isEmpty())) {
            continue;
        }
        if (column == QLatin1String("deleted")) {
            static const char* const removed[] = { QT_TRANSLATE_NOOP("riaya::SideBySide", "No"),
                                                   QT_TRANSLATE_NOOP("riaya::SideBySide", "Yes") };
            for (QString* value : { &a, &b }) {
                *value = QCoreApplication::translate("riaya::SideBySide",
                                                     removed[*value == QLatin1String("1") ? 1 : 0]);
            }
        }
        const int row = table->rowCount();
        table->insertRow(row);
        auto* label = new QTableWidgetItem(recordFieldLabel(entity, column));
        auto* first = new QTableWidgetItem(isolate(a));
        auto* second = new QTableWidgetItem(isolate(b));
        if (a != b) {
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
