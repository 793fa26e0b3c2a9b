#pragma once

#include "common/Result.h"
#include "reports/Dashboard.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace riaya {

class Database;

// Where one enrolled site stands with one month, as the ministry sees it.
struct SiteMonth
{
    enum class State
    {
        Approved, // the supervisor's approval of the month has arrived
        Received, // bundles arrived after the month ended, but not its approval
        Missing // nothing since the month ended
    };
    QString siteId;
    QString siteName;
    QString institutionId; // of the records the site sent; empty when it sent none yet
    QString institutionName;
    QString month; // YYYY-MM
    State state = State::Missing;
    QDate receivedOn; // the first bundle received after the month ended
    int daysLate = 0; // after the due day: when it arrived, or until today when it has not
    qint64 bundlesNotReceived = 0; // sent (a later one arrived) but never received
    QDate lastReceivedOn; // any bundle; invalid when none ever came
    int silentDays = -1; // days since the last bundle; -1 when none ever came
};

// The sites that have not sent their month: for each enrolled site, approved, received or
// missing, how many days late against the due day (the 10th of the next month unless the
// ministry set another: meta key report_due_day), the bundles sent but not received, and how
// long the site has been silent.
class MissingMonths
{
    Q_DECLARE_TR_FUNCTIONS(MissingMonths)

public:
    static constexpr int kDefaultDueDay = 10;
    static constexpr int kDefaultSilentDays = 45;

    // Every enrolled site for the filter's month (the filter's institutions: sites whose
    // records are of them), missing first, then the latest.
    static Result<QList<SiteMonth>> forMonth(Database& db, const FigureFilter& filter,
                                             const QDate& today = QDate::currentDate());
    // The day of the next month a month is due.
    static int dueDay(Database& db);
    static QString stateLabel(SiteMonth::State state);
    static QString stateKey(SiteMonth::State state); // approved, received, missing
};

} // namespace riaya
