#include "MonthlyReports.h"

#include "common/DateDisplay.h"
#include "common/DateParse.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "families/Family.h"
#include "families/PlacementFigures.h"
#include "institutions/Institution.h"
#include "institutions/InstitutionStore.h"
#include "reports/FigureLists.h"
#include "reports/InstitutionScope.h"
#include "reports/MonthAggregates.h"
#include "reports/MonthReport.h"
#include "security/Access.h"

#include <QLocale>

namespace riaya {
namespace {

using Kind = ReportColumn::Kind;

QString languageInUse()
{
    return QLocale().name().left(2);
}

// Adds the list behind a figure as one more table of the report.
Status addList(Database& db, ReportDocument& report, const QString& list, const FigureFilter& filter,
               const QDate& today, const QString& detail = {})
{
    const Result<ReportTable> table = FigureLists::open(db, { list, filter, detail }, today);
    if (!table) {
        return table.error();
    }
    report.tables.append(*table);
    return {};
}

ReportTable figuresTable(const MonthFigures& f)
{
    ReportTable table { MonthlyReports::tr("Figures of the month"),
                        { { MonthlyReports::tr("Figure") }, { MonthlyReports::tr("Value"), Kind::Integer } },
                        {},
                        {} };
    const QList<QPair<QString, int>> rows {
        { MonthlyReports::tr("Places"), f.capacity },
        { MonthlyReports::tr("In the house on the first day"), f.residentsAtStart },
        { MonthlyReports::tr("Admissions"), f.admissions },
        { MonthlyReports::tr("Exits: left"), f.exitsLeft },
        { MonthlyReports::tr("Exits: transferred"), f.exitsTransferred },
        { MonthlyReports::tr("Exits: placed in a family"), f.exitsPlaced },
        { MonthlyReports::tr("In the house after the last day"), f.residentsAtEnd },
        { MonthlyReports::tr("Presence marks: present"), f.presence.present },
        { MonthlyReports::tr("Presence marks: absent"), f.presence.absent },
        { MonthlyReports::tr("Presence marks: on leave"), f.presence.leave },
        { MonthlyReports::tr("Presence marks: sick"), f.presence.sick },
        { MonthlyReports::tr("Incidents"), f.incidents },
    };
    for (const auto& [label, value] : rows) {
        table.rows.append({ label, value });
    }
    table.rows.append({ MonthlyReports::tr("Presence rate"),
                        QString::number(qRound(f.presence.rate() * 100)) + QLatin1Char('%') });
    return table;
}

} // namespace

Result<ReportDocument> MonthlyReports::house(Database& db, const QString& institutionId, const QDate& month)
{
    const Result<MonthFigures> figures = MonthReport::compute(db, institutionId, month);
    if (!figures) {
        return figures.error();
    }
    const Result<Institution> institution = InstitutionStore(db).get(institutionId);
    if (!institution) {
        return institution.error();
    }
    const QDate first = figures->month;
    const QDate last = first.addMonths(1).addDays(-1);
    ReportDocument report;
    report.language = languageInUse();
    report.title = tr("Monthly report of %1, %2").arg(institution->name, displayMonth(first));
    report.titleBlock = { { tr("Institution"), institution->name },
                          { tr("Type"), institutionKindLabel(institution->kind) },
                          { tr("Province"), institution->province },
                          { tr("Month"), displayMonth(first) } };
    QString approvedBy = tr("Not approved");
    QString approvedOn;
    if (const Result<QList<ApprovedMonth>> approved = MonthReport::approved(db, institutionId); approved) {
        for (const ApprovedMonth& a : *approved) {
            if (a.month == monthKey(first)) {
                approvedBy = a.approvedBy;
                approvedOn = displayDate(QDate::fromString(a.approvedAt.left(10), Qt::ISODate));
            }
        }
    }
    report.titleBlock.append({ tr("Approved by"), approvedBy });
    if (!approvedOn.isEmpty()) {
        report.titleBlock.append({ tr("Approved on"), approvedOn });
    }
    report.titleBlock.append({ tr("Printed on"), displayDate(QDate::currentDate()) });
    report.tables.append(figuresTable(*figures));
    FigureFilter filter;
    filter.institutionId = institutionId;
    filter.month = first;
    if (const Result<int> refreshed = MonthAggregates::refresh(db); !refreshed) {
        return refreshed.error();
    }
    for (const char* list : { "presence", "admissions", "exits" }) {
        if (Status added = addList(db, report, QString::fromLatin1(list), filter, last); !added) {
            return added.error();
        }
    }
    if (Status added = addList(db, report, QStringLiteral("results"), filter, last, schoolYearOf(first));
        !added) {
        return added.error();
    }
    if (Access::allows(db, Permission::ReadIncidents)) {
        if (Status added = addList(db, report, QStringLiteral("incidents"), filter, last); !added) {
            return added.error();
        }
    }
    if (Access::allows(db, Permission::ReadInspections)) {
        for (const char* list : { "actions_overdue", "actions_due" }) {
            if (Status added = addList(db, report, QString::fromLatin1(list), filter, QDate::currentDate());
                !added) {
                return added.error();
            }
        }
    }
    return report;
}

Result<ReportDocument> MonthlyReports::national(Database& db, const FigureFilter& filter, const QDate& today)
{
    if (Status allowed = Access::require(db, Permission::ReadResidents); !allowed) {
        return allowed.error();
    }
    if (const Result<int> refreshed = MonthAggregates::refresh(db, today); !refreshed) {
        return refreshed.error();
    }
    const FigureMonth month = figureMonth(filter, today);
    ReportDocument report;
    report.language = languageInUse();
    report.title = tr("National monthly report, %1").arg(displayMonth(month.first));
    report.titleBlock = { { tr("Month"), displayMonth(month.first) } };
    for (const auto& [label, value] :
         { std::pair { tr("Region"), filter.region }, std::pair { tr("Province"), filter.province },
           std::pair { tr("Type"),
                       filter.kind.isEmpty() ? QString() : institutionKindLabel(filter.kind) } }) {
        if (!value.isEmpty()) {
            report.titleBlock.append({ label, value });
        }
    }
    report.titleBlock.append({ tr("Printed on"), displayDate(today) });
    const QList<ReportColumn> figureColumns {
        { tr("Places"), Kind::Integer },    { tr("Residents"), Kind::Integer },
        { tr("Occupancy"), Kind::Percent }, { tr("Admissions"), Kind::Integer },
        { tr("Exits"), Kind::Integer },     { tr("Presence rate"), Kind::Percent },
        { tr("Incidents"), Kind::Integer },
    };
    const QString sums = QStringLiteral(
        "sum(i.capacity), sum(f.residents_at_end), CAST(sum(f.residents_at_end) AS REAL) / sum(i.capacity),"
        " sum(f.admissions), sum(f.exits_left + f.exits_transferred + f.exits_placed),"
        " CAST(sum(f.presence_present) AS REAL) / nullif(sum(f.presence_present + f.presence_absent"
        " + f.presence_leave + f.presence_sick), 0), sum(f.incidents)");
    const QString from
        = QStringLiteral(" FROM month_figures AS f JOIN institutions AS i ON i.id = f.institution_id"
                         " WHERE f.month = :month AND ")
        + institutionScope(filter);
    auto read = [&](const QString& sql, int textColumns, ReportTable& table) -> Status {
        SqlQuery query(db.connection(), sql);
        query.bind(QStringLiteral(":month"), month.key);
        bindInstitutionScope(query, filter);
        if (!query.exec()) {
            return Error::internal(tr("Cannot read the figures: %1").arg(query.errorText()));
        }
        while (query.next()) {
            QVariantList row;
            for (int column = 0; column < table.columns.size(); ++column) {
                const QVariant value = query.value(column);
                row.append(column < textColumns                              ? QVariant(value.toString())
                               : value.isNull()                              ? QVariant()
                               : table.columns[column].kind == Kind::Integer ? QVariant(value.toInt())
                                                                             : QVariant(value.toDouble()));
            }
            table.rows.append(row);
        }
        return {};
    };
    ReportTable institutions {
        tr("Institutions"),
        QList<ReportColumn> { { tr("Institution") }, { tr("Region") }, { tr("Province") } } + figureColumns,
        {},
        {}
    };
    ReportTable regions {
        tr("Totals per region"), QList<ReportColumn> { { tr("Region") } } + figureColumns, {}, {}
    };
    ReportTable total { {}, QList<ReportColumn> { { tr("Total") } } + figureColumns, {}, {} };
    if (Status done = read(QStringLiteral("SELECT i.name, i.region, i.province, ") + sums + from
                               + QStringLiteral(" GROUP BY i.id ORDER BY i.region, i.province, i.name"),
                           3, institutions);
        !done) {
        return done.error();
    }
    if (Status done = read(QStringLiteral("SELECT coalesce(i.region, ''), ") + sums + from
                               + QStringLiteral(" GROUP BY 1 ORDER BY 1"),
                           1, regions);
        !done) {
        return done.error();
    }
    if (Status done = read(QStringLiteral("SELECT '', ") + sums + from, 1, total); !done) {
        return done.error();
    }
    if (!total.rows.isEmpty()) {
        QVariantList totals = total.rows.constFirst();
        totals[0] = tr("Total");
        institutions.totals = QVariantList { tr("Total"), QString(), QString() } + totals.mid(1);
        regions.totals = totals;
    }
    report.tables.append(institutions);
    report.tables.append(regions);
    FigureFilter lastEnded = filter;
    lastEnded.month = month.last < today ? month.first : month.first.addMonths(-1);
    if (Status added = addList(db, report, QStringLiteral("sites_missing"), lastEnded, today); !added) {
        return added.error();
    }
    if (Access::allows(db, Permission::ReadInspections)) {
        if (Status added = addList(db, report, QStringLiteral("actions_overdue"), filter, today); !added) {
            return added.error();
        }
    }
    if (Access::allows(db, Permission::ReadFamilies)) {
        const Result<PlacementFigures> care = PlacementFigures::compute(db, month.first, month.last);
        if (!care) {
            return care.error();
        }
        ReportTable foster {
            tr("Foster care"), { { tr("Figure") }, { tr("Value"), Kind::Integer } }, {}, {}
        };
        const PlacementFigures::Month inMonth
            = care->months.isEmpty() ? PlacementFigures::Month {} : care->months.constLast();
        foster.rows.append({ tr("Children placed in families at the end of the month"), care->activeAtEnd });
        foster.rows.append({ tr("Placements started"), inMonth.started });
        foster.rows.append({ tr("Placements ended"), inMonth.ended });
        foster.rows.append({ tr("Follow-up visits overdue"), care->overdueVisits });
        for (auto state = care->familiesByState.cbegin(); state != care->familiesByState.cend(); ++state) {
            foster.rows.append({ tr("Families: %1").arg(familyStateLabel(state.key())), state.value() });
        }
        for (const PlacementFigures::Return& r : care->returns) {
            foster.rows.append({ tr("Returns: %1").arg(r.reason.isEmpty() ? r.outcome : r.reason), r.count });
        }
        report.tables.append(foster);
    }
    return report;
}

} // namespace riaya
