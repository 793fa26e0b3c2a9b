#pragma once

#include "common/Result.h"
#include "daily/Presence.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QVariantMap>

namespace riaya {

class Database;
class RecordWriter;

// A house's figures for one month, as its supervisor reviews them before the month's bundle.
struct MonthFigures
{
    QString institutionId;
    QDate month; // its first day
    int capacity = 0;
    int residentsAtStart = 0; // in the house on the first day
    int admissions = 0;
    int exitsLeft = 0;
    int exitsTransferred = 0;
    int exitsPlaced = 0;
    int residentsAtEnd = 0; // still in the house after the last day
    PresenceRate presence;
    int incidents = 0;

    int exits() const { return exitsLeft + exitsTransferred + exitsPlaced; }
    // Field name -> number, as stored in month_reports.figures and printed by the CLI.
    QVariantMap toMap() const;
};

struct ApprovedMonth
{
    QString institutionId;
    QString month; // YYYY-MM
    QVariantMap figures;
    QString approvedBy;
    QString approvedAt;
};

// How a month is approved.
struct MonthApproval
{
    // Who approves. Empty for the person signed in, whose name is recorded; only the local
    // operator of a database without accounts (a script) names someone here, and a name
    // other than the signed-in person's is refused.
    QString approvedBy;
    // The supervisor has seen what the month lacks (MonthCompleteness) and approves it as it
    // is; without this an incomplete month is refused. The approval records what was missing.
    bool acceptIncomplete = false;
};

// Month close: the figures of a finished month, and the supervisor's approval, kept as a
// record that travels to the ministry with the month's bundle.
class MonthReport
{
    Q_DECLARE_TR_FUNCTIONS(MonthReport)

public:
    // Refused for a month that has not ended yet, or an unknown institution. Returns the
    // house's capacity.
    static Result<int> checkMonth(Database& db, const QString& institutionId, const QDate& month);
    // Refused for a month that has not ended yet, or an unknown institution.
    static Result<MonthFigures> compute(Database& db, const QString& institutionId, const QDate& month);
    // Records the approval of freshly computed figures, with what the month lacked (figures
    // "completeness" and "approved_incomplete"); approving a month again (after a correction)
    // replaces its figures. Returns the figures approved. Refused when the month is
    // incomplete and the approval does not accept it.
    static Result<MonthFigures> approve(Database& db, const QString& institutionId, const QDate& month,
                                        const MonthApproval& approval = {});
    // An approval as a house's supervisor made it elsewhere and the ministry received it (the
    // demo's months at the ministry): the figures computed here as approve() computes them,
    // the month approved as it is, recorded in `approvedBy`'s name at `approvedAt`, through the
    // caller's writer and transaction (whose InsertOrigin names the house's site).
    static Result<MonthFigures> recordApproval(Database& db, RecordWriter& writer,
                                               const QString& institutionId, const QDate& month,
                                               const QString& approvedBy, const QString& approvedAt);
    // The name an approval by the database's actor records: the signed-in person's full name
    // (the user name when there is none), or "local" for the local operator.
    static QString approverName(Database& db);
    // The months approved, newest first: one institution's, or every one's when empty.
    static Result<QList<ApprovedMonth>> approved(Database& db, const QString& institutionId = {});
    // The last month (YYYY-MM) a site's supervisor approved, as received here; empty when none.
    static Result<QString> lastApprovedBy(Database& db, const QString& originSite);

private:
    static Result<MonthFigures> writeApproval(Database& db, RecordWriter& writer,
                                              const QString& institutionId, const QDate& month,
                                              const QString& approvedBy, const QString& approvedAt,
                                              bool acceptIncomplete);
};

} // namespace riaya
