#include "Dashboard.h"

#include "FigureQueries.h"
#include "backup/Backup.h"
#include "common/DateDisplay.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "institutions/InstitutionStore.h"
#include "reports/InstitutionScope.h"
#include "reports/MonthAggregates.h"
#include "reports/MonthReport.h"
#include "security/Access.h"
#include "sync/BundleLog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace riaya {

using namespace figures;

const Figure* HomeFigures::figure(const QString& id) const
{
    for (const Figure& f : figures) {
        if (f.id == id) {
            return &f;
        }
    }
    return nullptr;
}

Result<HomeFigures> Dashboard::house(Database& db, const QString& institutionId, const QDate& today)
{
    if (Status allowed = Access::require(db, Permission::ReadResidents); !allowed) {
        return allowed.error();
    }
    const Result<Institution> institution = InstitutionStore(db).get(institutionId);
    if (!institution) {
        return institution.error();
    }
    if (const Result<int> refreshed = MonthAggregates::refresh(db, today); !refreshed) {
        return refreshed.error();
    }
    FigureFilter filter;
    filter.institutionId = institutionId;
    filter.month = today;
    HomeFigures home;
    home.title = institution->name;
    const Result<double> inHouse = countOf(
        db,
        QStringLiteral("SELECT count(*) FROM stays AS s JOIN institutions AS i ON i.id = s.institution_id"
                       " WHERE s.deleted = 0 AND s.admitted_on <= :today AND (s.exited_on IS NULL OR "
                       "s.exited_on > :today2)"
                       " AND "),
        filter,
        { { QStringLiteral(":today"), today.toString(Qt::ISODate) },
          { QStringLiteral(":today2"), today.toString(Qt::ISODate) } });
    if (!inHouse) {
        return inHouse.error();
    }
    home.figures.append({ QStringLiteral("residents_today"),
                          tr("Residents in the house today"),
                          *inHouse,
                          double(institution->capacity),
                          {},
                          *inHouse > institution->capacity,
                          queryOf(QStringLiteral("residents_in"), filter) });
    const Result<double> marked = countOf(
        db,
        QStringLiteral("SELECT coalesce(sum(f.days_marked), 0) FROM month_figures AS f JOIN institutions AS i"
                       " ON i.id = f.institution_id WHERE f.month = :month AND "),
        filter, { { QStringLiteral(":month"), monthKey(today) } });
    if (!marked) {
        return marked.error();
    }
    const double unmarked = std::max(0.0, today.day() - *marked);
    home.figures.append({ QStringLiteral("days_unmarked"),
                          tr("Days of this month without presence marks"),
                          unmarked,
                          0,
                          {},
                          unmarked > 1,
                          queryOf(QStringLiteral("days_unmarked"), filter) });
    if (Status common = addCommonFigures(db, filter, today, home); !common) {
        return common.error();
    }
    // The month close: last month approved, exported, acknowledged.
    const QDate lastMonth = QDate(today.year(), today.month(), 1).addMonths(-1);
    QString approvedAt; // the bundle written after it carries the approval
    Figure close { QStringLiteral("month_close"),
                   tr("Close of %1").arg(displayMonth(lastMonth)),
                   0,
                   0,
                   {},
                   true,
                   queryOf(QStringLiteral("month_close"), filter) };
    if (const Result<QList<ApprovedMonth>> approved = MonthReport::approved(db, institutionId); approved) {
        for (const ApprovedMonth& month : *approved) {
            if (month.month == monthKey(lastMonth)) {
                close.value = 1;
                close.warning = false;
                approvedAt = month.approvedAt;
                close.text = tr("Approved by %1 on %2")
                                 .arg(month.approvedBy,
                                      displayDate(QDate::fromString(month.approvedAt.left(10), Qt::ISODate)));
            }
        }
    }
    if (close.text.isEmpty()) {
        close.text = tr("Not approved yet");
    } else if (const Result<QList<BundleLogLine>> bundles = recentBundles(db, 50); bundles) {
        // Exported: a bundle written after the approval (it carries it); acknowledged: the
        // ministry's answer says it has that bundle's changes.
        const BundleLogLine* sent = nullptr;
        for (const BundleLogLine& line : *bundles) { // newest first
            if (!line.received && line.at >= approvedAt) {
                sent = &line;
            }
        }
        close.text += QLatin1Char('\n')
            + (!sent ? tr("not exported yet")
                   : sent->acknowledged
                   ? tr("exported on %1, acknowledged")
                         .arg(displayDate(QDate::fromString(sent->at.left(10), Qt::ISODate)))
                   : tr("exported on %1, not acknowledged yet")
                         .arg(displayDate(QDate::fromString(sent->at.left(10), Qt::ISODate))));
        close.warning = !sent || !sent->acknowledged;
    }
    home.figures.append(close);
    const QDateTime backup = std::max(Backup::lastMade(db, QStringLiteral("daily")),
                                      Backup::lastMade(db, QStringLiteral("manual")));
    home.figures.append({ QStringLiteral("last_backup"), tr("Last backup"), backup.isValid() ? 1.0 : 0.0, 0,
                          backup.isValid() ? displayDate(backup.toLocalTime().date()) : tr("None yet"),
                          !backup.isValid() || backup.daysTo(QDateTime::currentDateTimeUtc()) > 7,
                          queryOf(QString(), filter) });
    return home;
}

Result<FilterChoices> Dashboard::choices(Database& db)
{
    if (Status allowed = Access::require(db, Permission::ReadResidents); !allowed) {
        return allowed.error();
    }
    FilterChoices choices;
    const std::pair<const char*, QStringList*> lists[] = {
        { "SELECT DISTINCT region FROM institutions WHERE deleted = 0 AND region <> '' ORDER BY 1",
          &choices.regions },
        { "SELECT DISTINCT province FROM institutions WHERE deleted = 0 AND province <> '' ORDER BY 1",
          &choices.provinces },
        { "SELECT DISTINCT kind FROM institutions WHERE deleted = 0 ORDER BY 1", &choices.kinds },
    };
    for (const auto& [sql, list] : lists) {
        SqlQuery query(db.connection(), QString::fromLatin1(sql));
        if (!query.exec()) {
            return Error::internal(tr("Cannot read the figures: %1").arg(query.errorText()));
        }
        while (query.next()) {
            list->append(query.value(0).toString());
        }
    }
    SqlQuery institutions(
        db.connection(), QStringLiteral("SELECT id, name FROM institutions WHERE deleted = 0 ORDER BY name"));
    if (!institutions.exec()) {
        return Error::internal(tr("Cannot read the figures: %1").arg(institutions.errorText()));
    }
    while (institutions.next()) {
        choices.institutions.append({ institutions.value(0).toString(), institutions.value(1).toString() });
    }
    return choices;
}

QJsonObject Dashboard::toJson(const HomeFigures& home)
{
    QJsonArray figures;
    for (const Figure& f : home.figures) {
        QJsonObject figure { { QStringLiteral("id"), f.id },
                             { QStringLiteral("label"), f.label },
                             { QStringLiteral("value"), f.value },
                             { QStringLiteral("list"), f.query.list } };
        if (f.outOf > 0) {
            figure.insert(QStringLiteral("out_of"), f.outOf);
            figure.insert(QStringLiteral("share"), f.share());
        }
        if (!f.text.isEmpty()) {
            figure.insert(QStringLiteral("text"), f.text);
        }
        if (f.warning) {
            figure.insert(QStringLiteral("warning"), true);
        }
        figures.append(figure);
    }
    QJsonArray charts;
    for (const FigureSeries& s : home.charts) {
        QJsonArray points;
        for (int i = 0; i < s.categories.size(); ++i) {
            points.append(QJsonObject { { QStringLiteral("category"), s.categories[i] },
                                        { QStringLiteral("value"), s.values[i] } });
        }
        charts.append(QJsonObject { { QStringLiteral("id"), s.id },
                                    { QStringLiteral("title"), s.title },
                                    { QStringLiteral("points"), points } });
    }
    return { { QStringLiteral("title"), home.title },
             { QStringLiteral("figures"), figures },
             { QStringLiteral("charts"), charts } };
}

} // namespace riaya
