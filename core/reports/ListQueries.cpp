#include "ListQueries.h"

#include "common/DateDisplay.h"
#include "daily/Incident.h"
#include "daily/SchoolResult.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "families/Family.h"
#include "families/Placement.h"
#include "families/PlacementStore.h"
#include "inspections/CorrectiveAction.h"
#include "reports/FigureLists.h"
#include "reports/InstitutionScope.h"
#include "reports/MissingMonths.h"
#include "reports/MonthReport.h"
#include "residents/Resident.h"

#include <QSet>

namespace riaya::lists {
namespace {

QVariant cell(const QVariant& value, const Column& column)
{
    if (value.isNull()) {
        return {};
    }
    switch (column.kind) {
    case Kind::Date:
        return QDate::fromString(value.toString().left(10), Qt::ISODate);
    case Kind::Integer:
        return value.toInt();
    case Kind::Decimal:
    case Kind::Percent:
        return value.toDouble();
    case Kind::Text:
        break;
    }
    return column.label ? column.label(value.toString()) : value.toString();
}

} // namespace

// Runs a query whose columns are the list's, binding the filter's scope and `binds`.
Result<ReportTable> table(Database& db, const QString& title, const QList<Column>& columns,
                          const QString& sql, const FigureFilter& filter, const QVariantMap& binds)
{
    SqlQuery query(db.connection(), sql);
    for (auto bind = binds.cbegin(); bind != binds.cend(); ++bind) {
        query.bind(bind.key(), bind.value());
    }
    bindInstitutionScope(query, filter);
    if (!query.exec()) {
        return Error::internal(FigureLists::tr("Cannot read the list: %1").arg(query.errorText()));
    }
    ReportTable list;
    list.title = title;
    for (const Column& column : columns) {
        list.columns.append({ column.heading, column.kind });
    }
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < columns.size(); ++i) {
            row.append(cell(query.value(i), columns[i]));
        }
        list.rows.append(row);
    }
    return list;
}

QString isoDay(const QDate& day)
{
    return day.toString(Qt::ISODate);
}

QString nameSql()
{
    return QStringLiteral("r.last_name || ' ' || r.first_name");
}

Column nameColumn()
{
    return { FigureLists::tr("Name") };
}
Column institutionColumn()
{
    return { FigureLists::tr("Institution") };
}
Column sexColumn()
{
    return { FigureLists::tr("Sex"), Kind::Text, [](const QString& sex) { return residentSexLabel(sex); } };
}

} // namespace riaya::lists
