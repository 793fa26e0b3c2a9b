#pragma once

#include "common/Result.h"
#include "reports/Dashboard.h"
#include "reports/ReportTable.h"

#include <QVariantMap>
#include <functional>

namespace riaya {

class Database;

// The pieces every list behind a figure is made of (reports/FigureLists), and the lists
// themselves: of people (PeopleLists.cpp) and of institutions, actions, families and sites
// (InstitutionLists.cpp).
namespace lists {

using Kind = ReportColumn::Kind;
using Label = std::function<QString(const QString&)>;

// A column of a list: its heading, its kind, and how a stored code reads in words.
struct Column
{
    QString heading;
    Kind kind = Kind::Text;
    Label label = {};
};

// Runs a query whose columns are the list's, binding the filter's scope and `binds`.
Result<ReportTable> table(Database& db, const QString& title, const QList<Column>& columns,
                          const QString& sql, const FigureFilter& filter, const QVariantMap& binds = {});
QString isoDay(const QDate& day);
// A resident's name in SQL over `residents AS r`.
QString nameSql();
Column nameColumn();
Column institutionColumn();
Column sexColumn();

Result<ReportTable> residentsIn(Database& db, const FigureQuery& q, const QDate& today);
Result<ReportTable> residentsOfLevel(Database& db, const FigureQuery& q);
Result<ReportTable> residentsOfStatus(Database& db, const FigureQuery& q);
Result<ReportTable> movements(Database& db, const FigureQuery& q, const QDate& today, bool admissions);
// Per resident in a house, per institution otherwise.
Result<ReportTable> presence(Database& db, const FigureQuery& q, const QDate& today);
Result<ReportTable> daysUnmarked(Database& db, const FigureQuery& q, const QDate& today);
Result<ReportTable> results(Database& db, const FigureQuery& q);
Result<ReportTable> placements(Database& db, const FigureQuery& q, const QDate& today);
Result<ReportTable> overdueVisits(Database& db, const QDate& today);

Result<ReportTable> incidents(Database& db, const FigureQuery& q, const QDate& today);
Result<ReportTable> actions(Database& db, const FigureQuery& q, const QDate& today, bool overdue);
Result<ReportTable> occupancy(Database& db, const FigureQuery& q, const QDate& today, bool byRegion);
Result<ReportTable> inspections(Database& db, const FigureQuery& q);
Result<ReportTable> inspectionsVisited(Database& db, const FigureQuery& q, const QDate& today);
Result<ReportTable> families(Database& db, const FigureQuery& q);
Result<ReportTable> sitesMissing(Database& db, const FigureQuery& q, const QDate& today);
Result<ReportTable> monthClose(Database& db, const FigureQuery& q);

} // namespace lists
} // namespace riaya
