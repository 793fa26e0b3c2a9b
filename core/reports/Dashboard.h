#pragma once

#include "common/Result.h"
#include "reports/ReportTable.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QVariantMap>

namespace riaya {

class Database;

// Which institutions and which month a home page or a report covers. Empty fields do not
// filter; `institutionId` wins over the others.
struct FigureFilter
{
    QDate month; // any day of it; the trends cover the twelve months that end with it
    QString region;
    QString province;
    QString kind; // institution type
    QString institutionId;
};

// The list behind a figure: which list, for which institutions and month, and what narrows it
// (an incident kind, a family state, a school year...). Opened by FigureLists::open.
struct FigureQuery
{
    QString list; // one of FigureLists::lists()
    FigureFilter filter;
    QString detail;
};

// One number of a home page: a count, or a share of `outOf` (a rate then reads value / outOf).
struct Figure
{
    QString id; // stable, for scripts: "occupancy", "admissions", ...
    QString label; // in the reader's language
    double value = 0;
    double outOf = 0; // 0: a count
    QString text; // shown in place of the number when set: a status, a date
    bool warning = false; // worth a look: over capacity, overdue, missing
    FigureQuery query;

    double share() const { return outOf > 0 ? value / outOf : 0.0; }
};

// A chart of a home page: a value per category (a region, a month, a kind), each opening its
// list; a line when the categories are months, bars otherwise.
struct FigureSeries
{
    QString id;
    QString title;
    bool line = false;
    bool percent = false; // values are shares from 0 to 1
    QStringList categories;
    QList<double> values;
    QList<FigureQuery> queries; // one per category
};

struct HomeFigures
{
    QString title; // whose figures: the house's name, or the filter in words
    QList<Figure> figures;
    QList<FigureSeries> charts;

    const Figure* figure(const QString& id) const;
};

// What the filters of the ministry's home page offer, from the institutions there are.
struct FilterChoices
{
    QStringList regions;
    QStringList provinces;
    QStringList kinds;
    QList<QPair<QString, QString>> institutions; // id, name
};

// The home pages' figures, read from the kept aggregates (MonthAggregates, refreshed first)
// and from the few small tables that need no aggregate (inspections, actions, families).
class Dashboard
{
    Q_DECLARE_TR_FUNCTIONS(Dashboard)

public:
    // A house: today's residents against capacity, the month's presence and the days not
    // marked, movements, school success, incidents, corrective actions due, the month close
    // and the last backup.
    static Result<HomeFigures> house(Database& db, const QString& institutionId,
                                     const QDate& today = QDate::currentDate());
    // The ministry, for the filter's institutions and month.
    static Result<HomeFigures> ministry(Database& db, const FigureFilter& filter,
                                        const QDate& today = QDate::currentDate());
    static Result<FilterChoices> choices(Database& db);
    // The figures as JSON, for `riaya-cli dashboard --json`.
    static QJsonObject toJson(const HomeFigures& figures);
};

} // namespace riaya
