#include "MonthAggregates.h"

#include "common/DateParse.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

#include <QHash>
#include <QMap>
#include <algorithm>

namespace riaya {
namespace {

constexpr auto kNowOnly = "9999-12"; // marked by residents and results: no month to compute

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

// Computes the figures of the marked institutions, each from its marked month on. One
// institution is read through its indexes; many (a rebuild, a national import) in one pass
// over each table, since their rows lie interleaved across the whole file.
class FiguresComputation
{
public:
    FiguresComputation(Database& db, QHash<QString, QString> fromMonth, QString lastMonth)
        : m_db(db)
        , m_from(std::move(fromMonth))
        , m_last(std::move(lastMonth))
    {
        m_one = m_from.size() == 1 ? m_from.cbegin().key() : QString();
        m_earliest = *std::min_element(m_from.cbegin(), m_from.cend());
    }

    Status compute()
    {
        if (m_earliest != QLatin1String(kNowOnly)) {
            for (auto step : { &FiguresComputation::readStays, &FiguresComputation::readPresence,
                               &FiguresComputation::readIncidents, &FiguresComputation::writeMonths }) {
                if (Status done = (this->*step)(); !done) {
                    return done;
                }
            }
        }
        if (Status done = writeYearResults(); !done) {
            return done;
        }
        return writeResidentCounts();
    }

private:
    // The institutions read: the one marked, or all (rows of others are then skipped).
    QString scope(const QString& column) const
    {
        return m_one.isEmpty() ? QStringLiteral("1") : column + QStringLiteral(" = :institution");
    }

    bool run(SqlQuery& query) const
    {
        if (!m_one.isEmpty()) {
            query.bind(QStringLiteral(":institution"), m_one);
        }
        return query.exec();
    }

    Status failed(const SqlQuery& query) const
    {
        return Error::internal(MonthAggregates::tr("Cannot compute the figures: %1").arg(query.errorText()));
    }

    // The months of a marked institution, or null for a row of another.
    QMap<QString, MonthRow>* monthsOf(const QString& institution)
    {
        return m_from.contains(institution) ? &m_months[institution] : nullptr;
    }

    // Every stay counts: who is there at a month's start depends on all the admissions before it.
    Status readStays()
    {
        SqlQuery stays(
            m_db.connection(),
            QStringLiteral("SELECT s.institution_id, substr(s.admitted_on, 1, 7), substr(s.exited_on, 1, 7),"
                           " s.exit_kind, r.sex, count(*) FROM stays AS s LEFT JOIN residents AS r"
                           " ON r.id = s.resident_id WHERE ")
                + scope(QStringLiteral("s.institution_id"))
                + QStringLiteral(" AND s.deleted = 0 GROUP BY 1, 2, 3, 4, 5"));
        if (!run(stays)) {
            return failed(stays);
        }
        while (stays.next()) {
            QMap<QString, MonthRow>* months = monthsOf(stays.value(0).toString());
            if (!months) {
                continue;
            }
            const int count = stays.value(5).toInt();
            const bool girl = stays.value(4).toString() == QLatin1String("F");
            MonthRow& in = (*months)[stays.value(1).toString()];
            in.admissions += count;
            (girl ? in.girlsIn : in.boysIn) += count;
            if (stays.value(2).isNull()) {
                continue;
            }
            MonthRow& out = (*months)[stays.value(2).toString()];
            const QString kind = stays.value(3).toString();
            (kind == QLatin1String("left")              ? out.exitsLeft
                 : kind == QLatin1String("transferred") ? out.exitsTransferred
                                                        : out.exitsPlaced)
                += count;
            (girl ? out.girlsOut : out.boysOut) += count;
        }
        return {};
    }

    // One pass: the marks per day and state, the days marked counted here.
    Status readPresence()
    {
        SqlQuery marks(m_db.connection(),
                       QStringLiteral("SELECT institution_id, day, state, count(*) FROM presence WHERE ")
                           + scope(QStringLiteral("institution_id"))
                           + QStringLiteral(" AND day >= :from AND deleted = 0 GROUP BY 1, 2, 3"));
        marks.bind(QStringLiteral(":from"), m_earliest + QStringLiteral("-01"));
        if (!run(marks)) {
            return failed(marks);
        }
        QString lastDay;
        QString lastInstitution;
        while (marks.next()) {
            const QString institution = marks.value(0).toString();
            QMap<QString, MonthRow>* months = monthsOf(institution);
            if (!months) {
                continue;
            }
            const QString day = marks.value(1).toString();
            MonthRow& row = (*months)[day.left(7)];
            if (day != lastDay || institution != lastInstitution) {
                ++row.daysMarked;
                lastDay = day;
                lastInstitution = institution;
            }
            const QString state = marks.value(2).toString();
            const int count = marks.value(3).toInt();
            (state == QLatin1String("present")      ? row.present
                 : state == QLatin1String("absent") ? row.absent
                 : state == QLatin1String("leave")  ? row.leave
                                                    : row.sick)
                += count;
        }
        return {};
    }

    Status readIncidents()
    {
        SqlQuery incidents(
            m_db.connection(),
            QStringLiteral("SELECT institution_id, substr(occurred_on, 1, 7), kind, count(*) FROM incidents"
                           " WHERE ")
                + scope(QStringLiteral("institution_id"))
                + QStringLiteral(" AND occurred_on >= :from AND deleted = 0 AND voided_at IS NULL"
                                 " GROUP BY 1, 2, 3"));
        incidents.bind(QStringLiteral(":from"), m_earliest + QStringLiteral("-01"));
        if (!run(incidents)) {
            return failed(incidents);
        }
        while (incidents.next()) {
            if (QMap<QString, MonthRow>* months = monthsOf(incidents.value(0).toString())) {
                MonthRow& row = (*months)[incidents.value(1).toString()];
                row.incidents += incidents.value(3).toInt();
                row.incidentKinds[incidents.value(2).toString()] += incidents.value(3).toInt();
            }
        }
        return {};
    }

    // From the first month with a record to `m_last`, carrying who is there from month to month;
    // rows are written from each institution's marked month on (the months before it stand).
    Status writeMonths()
    {
        SqlQuery clearMonths(m_db.connection(),
                             QStringLiteral("DELETE FROM month_figures WHERE institution_id = :institution"
                                            " AND month >= :from"));
        SqlQuery clearKinds(m_db.connection(),
                            QStringLiteral("DELETE FROM month_incidents WHERE institution_id = :institution"
                                           " AND month >= :from"));
        SqlQuery insert(
            m_db.connection(),
            QStringLiteral("INSERT INTO month_figures VALUES (:institution, :month, :start, :admissions,"
                           " :left, :transferred, :placed, :end, :girls, :boys, :present, :absent,"
                           " :leave, :sick, :days, :incidents)"));
        SqlQuery kinds(
            m_db.connection(),
            QStringLiteral("INSERT INTO month_incidents VALUES (:institution, :month, :kind, :count)"));
        for (auto marked = m_from.cbegin(); marked != m_from.cend(); ++marked) {
            const QString& institution = marked.key();
            const QString& from = marked.value();
            if (from == QLatin1String(kNowOnly)) {
                continue;
            }
            for (SqlQuery* clear : { &clearMonths, &clearKinds }) {
                clear->bind(QStringLiteral(":institution"), institution).bind(QStringLiteral(":from"), from);
                if (!clear->exec()) {
                    return failed(*clear);
                }
            }
            const QMap<QString, MonthRow> months = m_months.value(institution);
            if (months.isEmpty()) {
                continue;
            }
            int inHouse = 0;
            int girls = 0;
            int boys = 0;
            for (QString month = months.firstKey(); month <= m_last; month = nextMonth(month)) {
                const MonthRow row = months.value(month);
                const int start = inHouse;
                inHouse += row.admissions - row.exits();
                girls += row.girlsIn - row.girlsOut;
                boys += row.boysIn - row.boysOut;
                if (month < from) {
                    continue;
                }
                insert.bind(QStringLiteral(":institution"), institution)
                    .bind(QStringLiteral(":month"), month)
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
                if (!insert.exec()) {
                    return failed(insert);
                }
                for (auto kind = row.incidentKinds.cbegin(); kind != row.incidentKinds.cend(); ++kind) {
                    kinds.bind(QStringLiteral(":institution"), institution)
                        .bind(QStringLiteral(":month"), month)
                        .bind(QStringLiteral(":kind"), kind.key())
                        .bind(QStringLiteral(":count"), kind.value());
                    if (!kinds.exec()) {
                        return failed(kinds);
                    }
                }
            }
        }
        return {};
    }

    // Figures of now, small per institution: cleared and filled again for the marked ones.
    Status replace(const QString& table, const QString& fill)
    {
        if (m_one.isEmpty()) {
            SqlQuery clear(m_db.connection(),
                           QStringLiteral("DELETE FROM ") + table
                               + QStringLiteral(" WHERE institution_id IN (SELECT institution_id"
                                                " FROM figures_stale)"));
            SqlQuery insert(m_db.connection(),
                            fill
                                + QStringLiteral(" AND x.institution_id IN (SELECT institution_id FROM"
                                                 " figures_stale)")
                                + m_groupBy);
            if (!clear.exec()) {
                return failed(clear);
            }
            return insert.exec() ? Status() : failed(insert);
        }
        SqlQuery clear(m_db.connection(),
                       QStringLiteral("DELETE FROM ") + table
                           + QStringLiteral(" WHERE institution_id = :institution"));
        SqlQuery insert(m_db.connection(),
                        fill + QStringLiteral(" AND x.institution_id = :institution") + m_groupBy);
        return run(clear) && run(insert) ? Status() : failed(insert);
    }

    Status writeYearResults()
    {
        m_groupBy = QStringLiteral(" GROUP BY x.institution_id, s.school_year");
        return replace(QStringLiteral("year_results"),
                       QStringLiteral("INSERT INTO year_results SELECT x.institution_id, s.school_year,"
                                      " sum(s.decision = 'passed'), sum(s.decision = 'repeated'),"
                                      " sum(s.decision = 'dropped_out') FROM residents AS x"
                                      " JOIN school_results AS s ON s.resident_id = x.id"
                                      " WHERE x.deleted = 0 AND s.deleted = 0 AND s.decision IS NOT NULL"));
    }

    Status writeResidentCounts()
    {
        m_groupBy = QStringLiteral(" GROUP BY 1, 2, 3, 4");
        return replace(QStringLiteral("resident_counts"),
                       QStringLiteral("INSERT INTO resident_counts SELECT x.institution_id, x.sex,"
                                      " coalesce(x.school_level, ''), x.status, count(*) FROM residents AS x"
                                      " WHERE x.deleted = 0 AND x.institution_id IS NOT NULL"));
    }

    Database& m_db;
    QHash<QString, QString> m_from; // institution -> its first month to compute
    QString m_last;
    QString m_one; // the one institution marked, if only one is
    QString m_earliest;
    QString m_groupBy;
    QHash<QString, QMap<QString, MonthRow>> m_months; // YYYY-MM, in order
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
    QHash<QString, QString> fromMonth;
    while (marked.next()) {
        fromMonth.insert(marked.value(0).toString(), marked.value(1).toString());
    }
    if (fromMonth.isEmpty()) {
        return 0;
    }
    Transaction transaction(db.connection());
    if (Status done = FiguresComputation(db, fromMonth, monthKey(today)).compute(); !done) {
        return done.error();
    }
    SqlQuery done(db.connection(), QStringLiteral("DELETE FROM figures_stale"));
    if (!done.exec() || !transaction.commit()) {
        return Error::internal(tr("Cannot save the figures: %1").arg(done.errorText()));
    }
    return static_cast<int>(fromMonth.size());
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
