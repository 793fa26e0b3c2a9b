#include "InstitutionScope.h"

#include "common/DateParse.h"
#include "db/SqlQuery.h"

namespace riaya {

QString institutionScope(const FigureFilter& filter)
{
    QString sql = QStringLiteral("i.deleted = 0");
    if (!filter.institutionId.isEmpty()) {
        return sql + QStringLiteral(" AND i.id = :scope_institution");
    }
    if (!filter.region.isEmpty()) {
        sql += QStringLiteral(" AND i.region = :scope_region");
    }
    if (!filter.province.isEmpty()) {
        sql += QStringLiteral(" AND i.province = :scope_province");
    }
    if (!filter.kind.isEmpty()) {
        sql += QStringLiteral(" AND i.kind = :scope_kind");
    }
    return sql;
}

void bindInstitutionScope(SqlQuery& query, const FigureFilter& filter)
{
    if (!filter.institutionId.isEmpty()) {
        query.bind(QStringLiteral(":scope_institution"), filter.institutionId);
        return;
    }
    if (!filter.region.isEmpty()) {
        query.bind(QStringLiteral(":scope_region"), filter.region);
    }
    if (!filter.province.isEmpty()) {
        query.bind(QStringLiteral(":scope_province"), filter.province);
    }
    if (!filter.kind.isEmpty()) {
        query.bind(QStringLiteral(":scope_kind"), filter.kind);
    }
}

FigureMonth figureMonth(const FigureFilter& filter, const QDate& today)
{
    const QDate day = filter.month.isValid() ? filter.month : today;
    const QDate first(day.year(), day.month(), 1);
    return { monthKey(first), first, first.addMonths(1).addDays(-1) };
}

QString schoolYearOf(const QDate& day)
{
    const int start = day.month() >= 9 ? day.year() : day.year() - 1;
    return QStringLiteral("%1-%2").arg(start).arg(start + 1);
}

} // namespace riaya
