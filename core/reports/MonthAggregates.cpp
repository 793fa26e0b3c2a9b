#include "MonthAggregates.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

#include <QHash>
#include <QMap>
#include <algorithm>

namespace riaya {
namespace {

constexpr auto kNowOnly = "9999-12"; // marked by residents and results: no month to compute

QString monthKey(const QDate& day)
{
    return day.toString(QStringLiteral("yyyy-MM"));
}

QString nextMonth(const QString& month)
{
    return monthKey(QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate).addMonths(1));
}

struct MonthRow
{
    int admissions = 0;
    int exitsLeft = 0;
    int exitsTransferred = 0;
    int exitsPlaced = 0;
    int girlsIn = 0; // admissions of girls, to follow who is there at each month's end
    int girlsOut = 0;
    int boysIn = 0;
    int boysOut = 0;
    int present = 0;
    int absent = 0;
    int leave = 0;
    int sick = 0;
    int daysMarked = 0;
    int incidents = 0;
    QMap<QString, int> incidentKinds;

    int exits() const { return exitsLeft + exitsTransferred + exitsPlaced; }
};

class InstitutionFigures
{
public:
    InstitutionFigures(Database& db, QString institution, QString fromMonth, QString lastMonth)
        : m_db(db)
        , m_institution(std::move(institution))
        , m_from(std::move(fromMonth))
        , m_last(std::move(lastMonth))
    { }

    Status compute()
    {
        if (m_from != QLatin1String(kNowOnly)) {
            if (Status done = readStays(); !done) {
                return done;
            }
            if (Status done = readPresence(); !done) {
                return done;
            }
            if (Status done = readIncidents(); !done) {
                return done;
            }
            if (Status done = writeMonths(); !done) {
                return done;
            }
        }
        if (Status done = writeYearResults(); !done) {
            return done;
        }
        return writeResidentCounts();
    }

private:
    bool run(SqlQuery& query) const
    {
        query.bind(QStringLiteral(":institution"), m_institution);
        return query.exec();
    }

    Status failed(const SqlQuery& query) const
    {
        return Error::internal(MonthAggregates::tr("Cannot compute the figures of %1: %2")
                                   .arg(m_institution, query.errorText()));
    }

    // Every stay counts: who is there at a month's start depends on all the admissions before it.
    Status readStays()
    {
        SqlQuery stays(
            m_db.connection(),
            QStringLiteral("SELECT substr(s.admitted_on, 1, 7), substr(s.exited_on, 1, 7), s.exit_kind,"
                           " r.sex, count(*) FROM stays AS s LEFT JOIN residents AS r"
                           " ON r.id = s.resident_id WHERE s.institution_id = :institution"
                           " AND s.deleted = 0 GROUP BY 1, 2, 3, 4"));
        if (!run(stays)) {
            return failed(stays);
        }
        while (stays.next()) {
            const int count = stays.value(4).toInt();
            const bool girl = stays.value(3).toString() == QLatin1String("F");
            MonthRow& in = m_months[stays.value(0).toString()];
            in.admissions += count;
            (girl ? in.girlsIn : in.boysIn) += count;
            if (stays.value(1).isNull()) {
                continue;
            }
            MonthRow& out = m_months[stays.value(1).toString()];
            const QString kind = stays.value(2).toString();
            (kind == QLatin1String("left")              ? out.exitsLeft
                 : kind == QLatin1String("transferred") ? out.exitsTransferred
                                                        : out.exitsPlaced)
                += count;
            (girl ? out.girlsOut : out.boysOut) += count;
        }
        return {};
    }

    Status readPresence()
    {
        SqlQuery marks(m_db.connection(),
                       QStringLiteral("SELECT substr(day, 1, 7), state, count(*) FROM presence"
                                      " WHERE institution_id = :institution AND day >= :from AND deleted = 0"
                                      " GROUP BY 1, 2"));
        marks.bind(QStringLiteral(":from"), m_from + QStringLiteral("-01"));
        if (!run(marks)) {
            return failed(marks);
        }
        while (marks.next()) {
            MonthRow& row = m_months[marks.value(0).toString()];
            const QString state = marks.value(1).toString();
            const int count = marks.value(2).toInt();
            (state == QLatin1String("present")      ? row.present
                 : state == QLatin1String("absent") ? row.absent
                 : state == QLatin1String("leave")  ? row.leave
                                                    : row.sick)
                += count;
        }
        SqlQuery days(m_db.connection(),
                      QStringLiteral("SELECT substr(day, 1, 7), count(DISTINCT day) FROM presence"
                                     " WHERE institution_id = :institution AND day >= :from AND deleted = 0"
                                     " GROUP BY 1"));
        days.bind(QStringLiteral(":from"), m_from + QStringLiteral("-01"));
        if (!run(days)) {
            return failed(days);
        }
        while (days.next()) {
            m_months[days.value(0).toString()].daysMarked = days.value(1).toInt();
        }
        return {};
    }

    Status readIncidents()
    {
        SqlQuery incidents(m_db.connection(),
                           QStringLiteral("SELECT substr(occurred_on, 1, 7), kind, count(*) FROM incidents"
                                          " WHERE institution_id = :institution AND occurred_on >= :from"
                                          " AND deleted = 0 AND voided_at IS NULL GROUP BY 1, 2"));
        incidents.bind(QStringLiteral(":from"), m_from + QStringLiteral("-01"));
        if (!run(incidents)) {
            return failed(incidents);
        }
        while (incidents.next()) {
            MonthRow& row = m_months[incidents.value(0).toString()];
            row.incidents += incidents.value(2).toInt();
            row.incidentKinds[incidents.value(1).toString()] += incidents.value(2).toInt();
        }
        return {};
    }

    // From the first month with a record to `m_last`, carrying who is there from month to month;
    // rows are written from `m_from` on (the months before it are unchanged).
    Status writeMonths()
    {
        if (Status cleared
            = clear(QStringLiteral("DELETE FROM month_figures WHERE institution_id = :institution"
                                   " AND month >= :from"));
            !cleared) {
            return cleared;
        }
        if (Status cleared
            = clear(QStringLiteral("DELETE FROM month_incidents WHERE institution_id = :institution"
                                   " AND month >= :from"));
            !cleared) {
            return cleared;
        }
        if (m_months.isEmpty()) {
            return {};
        }
        SqlQuery insert(
            m_db.connection(),
            QStringLiteral("INSERT INTO month_figures VALUES (:institution, :month, :start, :admissions,"
                           " :left, :transferred, :placed, :end, :girls, :boys, :present, :absent,"
                           " :leave, :sick, :days, :incidents)"));
        SqlQuery kinds(
            m_db.connection(),
            QStringLiteral("INSERT INTO month_incidents VALUES (:institution, :month, :kind, :count)"));
        int inHouse = 0;
        int girls = 0;
        int boys = 0;
        const QString first = m_months.firstKey();
        for (QString month = first; month <= m_last; month = nextMonth(month)) {
            const MonthRow row = m_months.value(month);
            const int start = inHouse;
            inHouse += row.admissions - row.exits();
            girls += row.girlsIn - row.girlsOut;
            boys += row.boysIn - row.boysOut;
            if (month < m_from) {
                continue;
            }
            insert.bind(QStringLiteral(":month"), month)
                .bind(QStringLiteral(":start"), start)
                .bind(QStringLiteral(":admissions"), row.admissions)
                .bind(QStringLiteral(":left"), row.exitsLeft)
                .bind(QStringLiteral(":transferred"), row.exitsTransferred)
                .bind(QStringLiteral(":placed"), row.exitsPlaced)
                .bind(QStringLiteral(":end"), inHouse)
                .bind(QStringLiteral(":girls"), girls)
                .bind(QStringLiteral(":boys"), boys)
                .bind(QStringLiteral(":present"), row.present)
                .bind(QStringLiteral(":absent"), row.absent)
                .bind(QStringLiteral(":leave"), row.leave)
                .bind(QStringLiteral(":sick"), row.sick)
                .bind(QStringLiteral(":days"), row.daysMarked)
                .bind(QStringLiteral(":incidents"), row.incidents);
            if (!run(insert)) {
                return failed(insert);
            }
            for (auto kind = row.incidentKinds.cbegin(); kind != row.incidentKinds.cend(); ++kind) {
                kinds.bind(QStringLiteral(":month"), month)
                    .bind(QStringLiteral(":kind"), kind.key())
                    .bind(QStringLiteral(":count"), kind.value());
                if (!run(kinds)) {
                    return failed(kinds);
                }
            }
        }
        return {};
    }

    Status clear(const QString& sql)
    {
        SqlQuery query(m_db.connection(), sql);
        query.bind(QStringLiteral(":from"), m_from);
        return run(query) ? Status() : failed(query);
    }

    Status writeYearResults()
    {
        SqlQuery clear(m_db.connection(),
                       QStringLiteral("DELETE FROM year_results WHERE institution_id = :institution"));
        SqlQuery fill(m_db.connection(),
                      QStringLiteral("INSERT INTO year_results SELECT r.institution_id, s.school_year,"
                                     " sum(s.decision = 'passed'), sum(s.decision = 'repeated'),"
                                     " sum(s.decision = 'dropped_out') FROM school_results AS s"
                                     " JOIN residents AS r ON r.id = s.resident_id"
                                     " WHERE r.institution_id = :institution AND r.deleted = 0"
                                     " AND s.deleted = 0 AND s.decision IS NOT NULL GROUP BY s.school_year"));
        if (!run(clear)) {
            return failed(clear);
        }
        return run(fill) ? Status() : failed(fill);
    }

    Status writeResidentCounts()
    {
        SqlQuery clear(m_db.connection(),
                       QStringLiteral("DELETE FROM resident_counts WHERE institution_id = :institution"));
        SqlQuery fill(
            m_db.connection(),
            QStringLiteral("INSERT INTO resident_counts SELECT institution_id, sex,"
                           " coalesce(school_level, ''), status, count(*) FROM residents"
                           " WHERE institution_id = :institution AND deleted = 0 GROUP BY 2, 3, 4"));
        if (!run(clear)) {
            return failed(clear);
        }
        return run(fill) ? Status() : failed(fill);
    }

    Database& m_db;
    QString m_institution;
    QString m_from;
    QString m_last;
    QMap<QString, MonthRow> m_months; // YYYY-MM, in order
};

} // namespace

bool MonthAggregates::isStale(Database& db)
{
    SqlQuery query(db.connection(), QStringLiteral("SELECT 1 FROM figures_stale LIMIT 1"));
    return query.exec() && query.next();
}

Result<int> MonthAggregates::refresh(Database& db, const QDate& today)
{
    SqlQuery marked(db.connection(),
                    QStringLiteral("SELECT institution_id, min(from_month) FROM figures_stale"
                                   " WHERE institution_id IS NOT NULL GROUP BY 1"));
    if (!marked.exec()) {
        return Error::internal(tr("Cannot read which figures to compute: %1").arg(marked.errorText()));
    }
    QList<QPair<QString, QString>> institutions;
    while (marked.next()) {
        institutions.append({ marked.value(0).toString(), marked.value(1).toString() });
    }
    if (institutions.isEmpty()) {
        return 0;
    }
    Transaction transaction(db.connection());
    const QString lastMonth = monthKey(today);
    for (const auto& [institution, from] : std::as_const(institutions)) {
        if (Status done = InstitutionFigures(db, institution, from, lastMonth).compute(); !done) {
            return done.error();
        }
    }
    SqlQuery done(db.connection(), QStringLiteral("DELETE FROM figures_stale"));
    if (!done.exec() || !transaction.commit()) {
        return Error::internal(tr("Cannot save the figures: %1").arg(done.errorText()));
    }
    return static_cast<int>(institutions.size());
}

Result<int> MonthAggregates::rebuild(Database& db, const QDate& today)
{
    Transaction transaction(db.connection());
    for (const char* sql : { "DELETE FROM month_figures", "DELETE FROM month_incidents",
                             "DELETE FROM year_results", "DELETE FROM resident_counts",
                             "INSERT OR IGNORE INTO figures_stale SELECT id, '0000-00' FROM institutions" }) {
        if (QString error; !SqlQuery::execute(db.connection(), QString::fromLatin1(sql), &error)) {
            return Error::internal(tr("Cannot compute the figures again: %1").arg(error));
        }
    }
    const Result<int> computed = refresh(db, today);
    if (!computed || !transaction.commit()) {
        return computed ? Error::internal(tr("Cannot save the figures.")) : computed.error();
    }
    return computed;
}

} // namespace riaya
