#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>
#include <QVariantMap>

namespace riaya {

class Database;

// A resident who was in the house on days of the month that have no mark of hers.
struct UnmarkedResident
{
    QString residentId;
    QString name;
    int daysInHouse = 0; // days of the month she was in the house
    int daysUnmarked = 0; // of those, the days without a presence mark
};

// A resident in school without the result the month's close asks for.
struct MissingResult
{
    QString residentId;
    QString name;
};

// Which school results the close of a month asks for. Schools give a first result by the end
// of January (the first semester, or the first of three terms, has ended) and the year's
// decision in June, so February's close asks for a result of the school year and June's for
// the year's decision; the other months ask for none.
enum class ResultsDue
{
    None,
    FirstResult, // any result of the school year
    YearDecision // a result carrying the year's decision
};

// What a month's records lack before its figures are approved, computed from the house's
// stays, presence marks and school results. A resident is expected on the sheet from the day
// she was admitted until the day before she left (the presence sheet's rule); a mark counts
// whichever house took it.
struct MonthCompleteness
{
    Q_DECLARE_TR_FUNCTIONS(MonthCompleteness)

public:
    QString institutionId;
    QDate month; // its first day
    int marksExpected = 0; // one per resident and day in the house
    int marksRecorded = 0; // of those
    QList<QDate> daysWithoutMarks; // someone was in the house and nobody was marked
    QList<UnmarkedResident> unmarked; // most unmarked days first, then by name
    ResultsDue resultsDue = ResultsDue::None;
    QString schoolYear; // of the results due, "2025-2026"
    QList<MissingResult> missingResults; // by name

    int marksMissing() const { return marksExpected - marksRecorded; }
    bool complete() const { return marksMissing() == 0 && missingResults.isEmpty(); }
    // The counts recorded with an approval (month_reports.figures), so the ministry sees that
    // a month was approved incomplete and by how much.
    QVariantMap toMap() const;
    // What is missing, a line for each kind, for a person to read before approving (names
    // the first few residents); empty when the month is complete.
    QStringList describe(int namesShown = 5) const;

    // Refused for a month that has not ended, an invalid month or an unknown institution.
    static Result<MonthCompleteness> check(Database& db, const QString& institutionId, const QDate& month);
    static ResultsDue resultsDueIn(const QDate& month);
    // The school year a day falls in, September to August: "2025-2026".
    static QString schoolYearOf(const QDate& day);
};

} // namespace riaya
