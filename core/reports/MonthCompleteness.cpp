#include "MonthCompleteness.h"

#include "MonthReport.h"
#include "common/Bidi.h"
#include "common/FieldConversion.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "security/Access.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <algorithm>
#include <bit>

namespace riaya {
namespace {

// The days of one month as bits: bit 0 is the first day.
using DayBits = quint32;

DayBits daysBetween(const QDate& first, const QDate& from, const QDate& untilExcluded)
{
    DayBits bits = 0;
    for (QDate day = from; day < untilExcluded; day = day.addDays(1)) {
        bits |= DayBits(1) << first.daysTo(day);
    }
    return bits;
}

struct ResidentDays
{
    QString name;
    bool inSchool = false;
    DayBits inHouse = 0;
    DayBits marked = 0;
};

QString nameOf(const SqlQuery& query, int firstColumn)
{
    return QStringLiteral("%1 %2")
        .arg(query.value(firstColumn).toString(), query.value(firstColumn + 1).toString())
        .trimmed();
}

// Days of the month as ranges of their numbers: "1–3, 5, 7–30".
QString dayRanges(const QList<QDate>& days)
{
    QStringList ranges;
    for (qsizetype i = 0; i < days.size();) {
        qsizetype j = i;
        while (j + 1 < days.size() && days.at(j).daysTo(days.at(j + 1)) == 1) {
            ++j;
        }
        ranges << (i == j ? QString::number(days.at(i).day())
                          : QStringLiteral("%1–%2").arg(days.at(i).day()).arg(days.at(j).day()));
        i = j + 1;
    }
    return ranges.join(MonthCompleteness::tr(", ", "between the items of a list"));
}

// The first names of a list, and how many more there are.
template<typename Item, typename Describe>
QString firstOf(const QList<Item>& items, int shown, Describe describe)
{
    QStringList names;
    for (qsizetype i = 0; i < items.size() && i < shown; ++i) {
        names << describe(items.at(i));
    }
    QString text = names.join(MonthCompleteness::tr(", ", "between the items of a list"));
    if (items.size() > shown) {
        text = MonthCompleteness::tr("%1 and %n more", nullptr, static_cast<int>(items.size() - shown))
                   .arg(text);
    }
    return text;
}

} // namespace

QStringList MonthCompleteness::describe(int namesShown) const
{
    QStringList lines;
    if (marksMissing() > 0) {
        lines << tr("%n of the %1 presence marks expected are missing.", nullptr, marksMissing())
                     .arg(marksExpected);
    }
    if (!daysWithoutMarks.isEmpty()) {
        lines << tr("Nobody was marked on %n days: %1.", nullptr, static_cast<int>(daysWithoutMarks.size()))
                     .arg(dayRanges(daysWithoutMarks));
    }
    if (!unmarked.isEmpty()) {
        lines << tr("%n residents have days without a mark: %1.", nullptr, static_cast<int>(unmarked.size()))
                     .arg(firstOf(unmarked, namesShown, [](const UnmarkedResident& r) {
                         return tr("%1 (%n days)", nullptr, r.daysUnmarked).arg(isolate(r.name));
                     }));
    }
    if (!missingResults.isEmpty()) {
        const QString line = resultsDue == ResultsDue::YearDecision
            ? tr("%n residents in school have no decision for the school year %1: %2.", nullptr,
                 static_cast<int>(missingResults.size()))
            : tr("%n residents in school have no result yet for the school year %1: %2.", nullptr,
                 static_cast<int>(missingResults.size()));
        lines << line.arg(schoolYear, firstOf(missingResults, namesShown, [](const MissingResult& r) {
                              return isolate(r.name);
                          }));
    }
    return lines;
}

QVariantMap MonthCompleteness::toMap() const
{
    return { { QStringLiteral("marks_expected"), marksExpected },
             { QStringLiteral("marks_recorded"), marksRecorded },
             { QStringLiteral("days_without_marks"), static_cast<int>(daysWithoutMarks.size()) },
             { QStringLiteral("residents_unmarked"), static_cast<int>(unmarked.size()) },
             { QStringLiteral("results_missing"), static_cast<int>(missingResults.size()) } };
}

ResultsDue MonthCompleteness::resultsDueIn(const QDate& month)
{
    switch (month.month()) {
    case 2:
        return ResultsDue::FirstResult;
    case 6:
        return ResultsDue::YearDecision;
    default:
        return ResultsDue::None;
    }
}

QString MonthCompleteness::schoolYearOf(const QDate& day)
{
    const int start = day.month() >= 9 ? day.year() : day.year() - 1;
    return QStringLiteral("%1-%2").arg(start).arg(start + 1);
}

Result<MonthCompleteness> MonthCompleteness::check(Database& db, const QString& institutionId,
                                                   const QDate& month)
{
    if (Status allowed = Access::require(db, Permission::ReadResidents); !allowed) {
        return allowed.error();
    }
    if (const Result<int> house = MonthReport::checkMonth(db, institutionId, month); !house) {
        return house.error();
    }
    MonthCompleteness report;
    report.institutionId = institutionId;
    report.month = QDate(month.year(), month.month(), 1);
    const QDate first = report.month;
    const QDate afterLast = first.addMonths(1);
    const QVariant firstDay = optionalDate(first);
    const QVariant lastDay = optionalDate(afterLast.addDays(-1));

    // Who was in the house on which days: the stays that overlap the month.
    QHash<QString, ResidentDays> residents;
    SqlQuery stays(
        db.connection(),
        QStringLiteral("SELECT s.resident_id, s.admitted_on, s.exited_on, r.first_name, r.last_name,"
                       " coalesce(r.school_level, '') <> '' OR coalesce(r.school_name, '') <> ''"
                       " FROM stays s JOIN residents r ON r.id = s.resident_id AND r.deleted = 0"
                       " WHERE s.institution_id = :id AND s.deleted = 0 AND s.admitted_on <= :last"
                       " AND (s.exited_on IS NULL OR s.exited_on > :first)"));
    stays.bind(QStringLiteral(":id"), institutionId)
        .bind(QStringLiteral(":last"), lastDay)
        .bind(QStringLiteral(":first"), firstDay);
    if (!stays.exec()) {
        return Error::internal(tr("Cannot read the stays: %1").arg(stays.errorText()));
    }
    while (stays.next()) {
        const QDate admitted = std::max(first, isoDate(stays.value(1)));
        const QDate exited
            = stays.value(2).isNull() ? afterLast : std::min(afterLast, isoDate(stays.value(2)));
        ResidentDays& days = residents[stays.value(0).toString()];
        days.name = nameOf(stays, 3);
        days.inSchool = stays.value(5).toBool();
        days.inHouse |= daysBetween(first, admitted, exited);
    }

    // Their marks of the month, whichever house took them.
    SqlQuery marks(
        db.connection(),
        QStringLiteral("SELECT p.resident_id, p.day FROM presence p"
                       " WHERE p.deleted = 0 AND p.day BETWEEN :first AND :last"
                       " AND p.resident_id IN (SELECT resident_id FROM stays WHERE institution_id = :id"
                       " AND deleted = 0 AND admitted_on <= :last2"
                       " AND (exited_on IS NULL OR exited_on > :first2))"));
    marks.bind(QStringLiteral(":first"), firstDay)
        .bind(QStringLiteral(":last"), lastDay)
        .bind(QStringLiteral(":id"), institutionId)
        .bind(QStringLiteral(":last2"), lastDay)
        .bind(QStringLiteral(":first2"), firstDay);
    if (!marks.exec()) {
        return Error::internal(tr("Cannot read the presence marks: %1").arg(marks.errorText()));
    }
    while (marks.next()) {
        const auto found = residents.find(marks.value(0).toString());
        const QDate day = isoDate(marks.value(1));
        if (found != residents.end() && day.isValid()) {
            found->marked |= DayBits(1) << first.daysTo(day);
        }
    }

    DayBits someoneExpected = 0;
    DayBits someoneMarked = 0;
    for (auto it = residents.cbegin(); it != residents.cend(); ++it) {
        const DayBits marked = it->inHouse & it->marked;
        report.marksExpected += std::popcount(it->inHouse);
        report.marksRecorded += std::popcount(marked);
        someoneExpected |= it->inHouse;
        someoneMarked |= marked;
        if (marked != it->inHouse) {
            report.unmarked.append(
                { it.key(), it->name, std::popcount(it->inHouse), std::popcount(it->inHouse & ~it->marked) });
        }
    }
    for (QDate day = first; day < afterLast; day = day.addDays(1)) {
        const DayBits bit = DayBits(1) << first.daysTo(day);
        if ((someoneExpected & bit) && !(someoneMarked & bit)) {
            report.daysWithoutMarks.append(day);
        }
    }
    std::sort(report.unmarked.begin(), report.unmarked.end(),
              [](const UnmarkedResident& a, const UnmarkedResident& b) {
                  return a.daysUnmarked != b.daysUnmarked ? a.daysUnmarked > b.daysUnmarked : a.name < b.name;
              });

    // The results the month asks for, of the residents in school still in the house at its end.
    report.resultsDue = resultsDueIn(first);
    if (report.resultsDue != ResultsDue::None) {
        report.schoolYear = schoolYearOf(first);
        const DayBits lastDayBit = DayBits(1) << first.daysTo(afterLast.addDays(-1));
        QStringList inSchool;
        for (auto it = residents.cbegin(); it != residents.cend(); ++it) {
            if (it->inSchool && (it->inHouse & lastDayBit)) {
                inSchool << it.key();
            }
        }
        SqlQuery results(db.connection(),
                         QStringLiteral("SELECT DISTINCT resident_id FROM school_results WHERE deleted = 0"
                                        " AND school_year = :year AND (:decision = 0 OR decision IS NOT NULL)"
                                        " AND resident_id IN (SELECT resident_id FROM stays"
                                        " WHERE institution_id = :id AND deleted = 0)"));
        results.bind(QStringLiteral(":year"), report.schoolYear)
            .bind(QStringLiteral(":id"), institutionId)
            .bind(QStringLiteral(":decision"), report.resultsDue == ResultsDue::YearDecision ? 1 : 0);
        if (!results.exec()) {
            return Error::internal(tr("Cannot read the school results: %1").arg(results.errorText()));
        }
        QSet<QString> withResult;
        while (results.next()) {
            withResult.insert(results.value(0).toString());
        }
        for (const QString& id : std::as_const(inSchool)) {
            if (!withResult.contains(id)) {
                report.missingResults.append({ id, residents.value(id).name });
            }
        }
        std::sort(report.missingResults.begin(), report.missingResults.end(),
                  [](const MissingResult& a, const MissingResult& b) { return a.name < b.name; });
    }
    return report;
}

} // namespace riaya
